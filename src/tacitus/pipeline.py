"""The stages in order: the only place that knows how an article becomes coded data.

    Article ─recase→ text ─parse→ Doc ─resolve_actors→ mentions ─code_events→ events
                                          ├resolve_references→ reactions aimed at their happening
                                          ├find_quotes→ quotes (their speakers' stances are
                                          │  candidates too; ─choose_speakers→ a speaker for
                                          │  those the rules leave without one, trained)
                                          ├find_claims→ claims (judge_topic: public affairs
                                          │  only; read as acts too; ─decide_claims→ the
                                          │  likely ones, trained)
                                          ├decide_events→ the real events, one per happening
                                          │  (trained decision stage; sift_events: rules alone)
                                          └locate_events→ events
    ─restore_surface→ CodedArticle

Text set in capitals is parsed from a re-cased copy of the same length (``nlp.truecase``); the
records' evidence is then cut again from the article's own text (``nlp.surface``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from tacitus.actors import make_actor_resolver
from tacitus.actors.knowledge import load_knowledge_base
from tacitus.actors.places import Locator, make_event_locator
from tacitus.actors.spellings import (
    dictionary_names,
    gazetteer_names,
    given_names,
    known_names,
    role_nouns,
)
from tacitus.events import make_event_coder
from tacitus.events.background import news_events
from tacitus.events.decision import (
    DecideEvents,
    JudgeTopic,
    make_event_decider,
    make_topic_judge,
)
from tacitus.events.happenings import conjoined_acts, headline_and_lead, merge_happenings
from tacitus.events.pair import PairCoder, PairEvent, make_pair_coder
from tacitus.events.place_targets import TownActors, country_place_names, make_town_actors
from tacitus.events.references import make_reference_resolver
from tacitus.ingest.dictionaries import read_actor_layer, read_lexicon_file
from tacitus.model import ActorMention, Article, Claim, CodedArticle, Event, Quote
from tacitus.nlp.chunks import parse_bounded
from tacitus.nlp.garbled_marks import repair_marks
from tacitus.nlp.parser import english_words, load_language, model_identity
from tacitus.nlp.surface import restore_surface
from tacitus.nlp.truecase import Casebook, make_casebook, mark_recased, truecase
from tacitus.quotes import make_claim_finder, make_quote_finder
from tacitus.quotes.claim_decision import LOOSE_CANDIDATES, DecideClaims, make_claim_decider
from tacitus.quotes.speaker_decision import ChooseSpeakers, make_speaker_chooser
from tacitus.settings import Settings
from tacitus.tables_cache import load_tables

log = logging.getLogger(__name__)

ResolveActors = Callable[[Doc, date | None], tuple[ActorMention, ...]]
CodeEvents = Callable[[Doc, Sequence[ActorMention], Article], tuple[Event, ...]]
FindQuotes = Callable[[Doc, Sequence[ActorMention], Article], tuple[Quote, ...]]
FindClaims = Callable[[Doc, Sequence[ActorMention], Article], tuple[Claim, ...]]
ResolveReferences = Callable[[Doc, tuple[Event, ...]], tuple[Event, ...]]
LocateEvents = Callable[[Doc, Sequence[ActorMention], tuple[Event, ...]], tuple[Event, ...]]
SiftEvents = Callable[[Doc, tuple[Event, ...], Article], tuple[Event, ...]]


def sift_news_events(doc: Doc, events: tuple[Event, ...], article: Article) -> tuple[Event, ...]:
    """The events the article reports as news (background and unrealised ones dropped, rules in
    ``tacitus.events.background``), each happening kept once (``tacitus.events.happenings``)."""
    return merge_happenings(news_events(doc, events, article.date), conjoined_acts(doc),
                            headline_and_lead(doc))


def restore_pair_surface(event: PairEvent | None, original: str) -> PairEvent | None:
    """A pair event coded from a re-cased copy of ``original``, its trigger cut from the
    article's own text."""
    if event is None:
        return None
    return replace(event, trigger=original[event.trigger_start:event.trigger_end])


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
    casebook: Casebook | None = None
    resolve_references: ResolveReferences | None = None
    sift_events: SiftEvents = sift_news_events
    decide_events: DecideEvents | None = None
    judge_topic: JudgeTopic | None = None
    decide_claims: DecideClaims | None = None
    choose_speakers: ChooseSpeakers | None = None
    town_actors: TownActors | None = None

    def readable(self, text: str) -> str:
        """The text the model parses: ``text`` with garbled quotation marks set right and
        paragraphs set in capitals (or in small letters) re-cased; the same length."""
        repaired = repair_marks(text)
        return truecase(repaired, self.casebook) if self.casebook is not None else repaired

    def parse(self, text: str) -> Doc:
        """Parse one text at a cost linear in its length (``tacitus.nlp.chunks``)."""
        return next(parse_bounded(self.nlp, [text], batch_size=self.batch_size))

    def code(self, article: Article) -> CodedArticle:
        """Code one article."""
        cased = self.readable(article.text)
        return restore_surface(self.code_parsed(article, self.parse(cased)), cased)

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code articles in order, parsing them in batches."""
        pending = list(articles)
        texts = [self.readable(article.text) for article in pending]
        docs = parse_bounded(self.nlp, texts, batch_size=self.batch_size)
        for article, cased, doc in zip(pending, texts, docs, strict=True):
            yield restore_surface(self.code_parsed(article, doc), cased)

    def code_pair(self, article: Article, *, source: tuple[int, int] | None,
                  target: tuple[int, int] | None) -> PairEvent | None:
        """The event from the marked ``source`` to ``target`` (character offsets into
        ``article.text``), or ``None`` when the text reports none between them."""
        cased = self.readable(article.text)
        event = self.code_pair_parsed(article, self.parse(cased), source=source, target=target)
        return restore_pair_surface(event, article.text)

    def code_with_pair(self, article: Article, *, source: tuple[int, int] | None,
                       target: tuple[int, int] | None) -> tuple[CodedArticle, PairEvent | None]:
        """``code`` and ``code_pair`` from one parse of the article."""
        cased = self.readable(article.text)
        doc = self.parse(cased)
        event = self.code_pair_parsed(article, doc, source=source, target=target)
        return (restore_surface(self.code_parsed(article, doc), cased),
                restore_pair_surface(event, article.text))

    def code_pair_parsed(self, article: Article, doc: Doc, *, source: tuple[int, int] | None,
                         target: tuple[int, int] | None) -> PairEvent | None:
        """``code_pair`` on an article already parsed into ``doc``."""
        mentions = self.mentions_of(article, doc)
        code = self.pair_coder if self.pair_coder is not None else make_pair_coder()
        return code(doc, mentions, article, source=source, target=target)

    def mentions_of(self, article: Article, doc: Doc) -> tuple[ActorMention, ...]:
        """The actor mentions of an article parsed into ``doc``; a text re-cased as a whole is
        marked on ``doc`` first (``tacitus.nlp.truecase.mark_recased``)."""
        if self.casebook is not None:
            mark_recased(doc, article.text)
        return self.resolve_actors(doc, article.date)

    def candidates(self, article: Article, doc: Doc
                   ) -> tuple[tuple[ActorMention, ...], tuple[Event, ...]]:
        """The actor mentions of an article parsed into ``doc`` and every event the clause coder
        finds (a reaction to a happening named by a noun aimed at its actor), before any is
        sifted or decided."""
        mentions = self.mentions_of(article, doc)
        events = self.code_events(doc, mentions, article)
        if self.resolve_references is not None:
            events = self.resolve_references(doc, events)
        return mentions, events

    def code_parsed(self, article: Article, doc: Doc) -> CodedArticle:
        """Run every stage after parsing on one article's ``Doc``."""
        # 1. who is named (and referred to) in the text; 2. the candidate events
        mentions, coded = self.candidates(article, doc)
        # 3. who said what (the quote stage's own speakers: their stances are candidates)
        quotes = self.find_quotes(doc, mentions, article)
        # 4. who demanded, promised, denied what: public affairs only (a sports star "will not
        # put pressure on himself" is no commitment); each claim is an event candidate too
        public = self.judge_topic is None or self.judge_topic(doc, mentions, coded)
        found_claims = self.find_claims(doc, mentions, article) if public else ()
        # 5. only real news events of the article, each happening once
        if self.decide_events is not None:
            events = self.decide_events(doc, mentions, coded, article, quotes, found_claims)
        else:
            events = self.sift_events(doc, coded, article)
        # 6. where
        events = self.locate_events(doc, mentions, events)
        # 7. the likeliest speaker of each quote the rules leave without one (trained)
        if self.choose_speakers is not None and quotes:
            quotes = self.choose_speakers(doc, mentions, article, quotes)
        # 8. only the claims the trained stage finds likely, with their probability
        claims = found_claims
        if self.decide_claims is not None and claims:
            claims = self.decide_claims(doc, mentions, coded, article, claims)
        return CodedArticle(
            article=article, mentions=mentions, events=events, quotes=quotes, claims=claims
        )


def make_article_coder(settings: Settings, *, loose_claims: bool | None = None) -> ArticleCoder:
    """Load the language model and every knowledge table once; return the coder
    (``loose_claims``: whether the claim finder leaves its rules' vetoes to the trained claim
    decision stage; by default, when that stage runs and ``LOOSE_CANDIDATES`` says so)."""
    log.info("loading the model %s and the knowledge tables", settings.model_name)
    user_lexicon = (read_lexicon_file(settings.lexicon_path)
                    if settings.lexicon_path is not None else None)
    nlp = load_language(settings.model_name)
    kb = load_knowledge_base()
    # the place index, the casebook and the actor names: seconds to build, read from a cache
    # checked by a hash
    tables = load_tables(model_identity(nlp), lambda: make_casebook(
        known_names(kb), english=english_words(nlp), common_names=gazetteer_names(),
        heads=role_nouns(kb), given_names=given_names(kb), name_words=dictionary_names()), kb)
    locator = Locator(tables.places)
    town_actors = make_town_actors(locator.find_towns, {
        code: country.name for code, country in kb.countries.items()},
        country_names=country_place_names(kb.countries))
    return ArticleCoder(
        nlp=nlp,
        resolve_actors=make_actor_resolver(
            kb, extra=[read_actor_layer(directory) for directory in settings.actor_layers],
            base=tables.actors, towns=locator.find_towns),
        code_events=make_event_coder(user_lexicon=user_lexicon),
        find_quotes=make_quote_finder(locator),
        find_claims=make_claim_finder(
            locator, loose=(settings.decide and LOOSE_CANDIDATES) if loose_claims is None
            else loose_claims),
        locate_events=make_event_locator(locator),
        batch_size=settings.batch_size,
        pair_coder=make_pair_coder(user_lexicon=user_lexicon),
        resolve_references=make_reference_resolver(user_lexicon=user_lexicon),
        decide_events=(make_event_decider(user_lexicon=user_lexicon, towns=town_actors)
                       if settings.decide else None),
        judge_topic=make_topic_judge() if settings.decide else None,
        decide_claims=make_claim_decider() if settings.decide else None,
        choose_speakers=make_speaker_chooser(locator) if settings.decide else None,
        casebook=tables.casebook if settings.recase else None,
        town_actors=town_actors,
    )
