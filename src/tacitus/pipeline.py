"""The stages in order: the only place that knows how an article becomes coded data.

    Article ─parse→ Doc ─resolve_actors→ mentions ─code_events→ events ─locate_events→ events
                                                  ├find_quotes→ quotes
                                                  └find_claims→ claims
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from tacitus.actors import make_actor_resolver
from tacitus.actors.places import make_event_locator
from tacitus.events import make_event_coder
from tacitus.events.pair import PairCoder, PairEvent, make_pair_coder
from tacitus.model import ActorMention, Article, Claim, CodedArticle, Event, Quote
from tacitus.nlp.parser import load_language
from tacitus.quotes import make_claim_finder, make_quote_finder
from tacitus.settings import Settings
from tacitus.userdata import read_actor_layer, read_lexicon_file

ResolveActors = Callable[[Doc, date | None], tuple[ActorMention, ...]]
CodeEvents = Callable[[Doc, Sequence[ActorMention], Article], tuple[Event, ...]]
FindQuotes = Callable[[Doc, Sequence[ActorMention], Article], tuple[Quote, ...]]
FindClaims = Callable[[Doc, Sequence[ActorMention], Article], tuple[Claim, ...]]
LocateEvents = Callable[[Doc, Sequence[ActorMention], tuple[Event, ...]], tuple[Event, ...]]


@dataclass(frozen=True, slots=True)
class ArticleCoder:
    """Every loaded resource a run needs, built once by ``make_article_coder``."""

    nlp: Language
    resolve_actors: ResolveActors
    code_events: CodeEvents
    find_quotes: FindQuotes
    find_claims: FindClaims
    locate_events: LocateEvents
    batch_size: int = 32
    pair_coder: PairCoder | None = None

    def code(self, article: Article) -> CodedArticle:
        """Code one article."""
        return self.code_parsed(article, self.nlp(article.text))

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code articles in order, parsing them in batches."""
        pending = list(articles)
        docs = self.nlp.pipe((article.text for article in pending), batch_size=self.batch_size)
        for article, doc in zip(pending, docs, strict=True):
            yield self.code_parsed(article, doc)

    def code_pair(self, article: Article, *, source: tuple[int, int] | None,
                  target: tuple[int, int] | None) -> PairEvent | None:
        """The event from the marked ``source`` to ``target`` (character offsets into
        ``article.text``), or ``None`` when the text reports none between them."""
        return self.code_pair_parsed(article, self.nlp(article.text), source=source,
                                     target=target)

    def code_pair_parsed(self, article: Article, doc: Doc, *, source: tuple[int, int] | None,
                         target: tuple[int, int] | None) -> PairEvent | None:
        """``code_pair`` on an article already parsed into ``doc``."""
        mentions = self.resolve_actors(doc, article.date)
        code = self.pair_coder if self.pair_coder is not None else make_pair_coder()
        return code(doc, mentions, article, source=source, target=target)

    def code_parsed(self, article: Article, doc: Doc) -> CodedArticle:
        """Run every stage after parsing on one article's ``Doc``."""
        # 1. who is named (and referred to) in the text
        mentions = self.resolve_actors(doc, article.date)
        # 2. who did what to whom, and where
        events = self.locate_events(doc, mentions, self.code_events(doc, mentions, article))
        # 3. who said what
        quotes = self.find_quotes(doc, mentions, article)
        # 4. who demanded, promised, denied what
        claims = self.find_claims(doc, mentions, article)
        return CodedArticle(
            article=article, mentions=mentions, events=events, quotes=quotes, claims=claims
        )


def make_article_coder(settings: Settings) -> ArticleCoder:
    """Load the language model and every knowledge table once; return the coder."""
    user_lexicon = (read_lexicon_file(settings.lexicon_path)
                    if settings.lexicon_path is not None else None)
    return ArticleCoder(
        nlp=load_language(settings.model_name),
        resolve_actors=make_actor_resolver(
            extra=[read_actor_layer(directory) for directory in settings.actor_layers]),
        code_events=make_event_coder(user_lexicon=user_lexicon),
        find_quotes=make_quote_finder(),
        find_claims=make_claim_finder(),
        locate_events=make_event_locator(),
        batch_size=settings.batch_size,
        pair_coder=make_pair_coder(user_lexicon=user_lexicon),
    )
