"""A text's candidates for the decision stage tests: parsed, actors resolved, every pairing."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from tacitus.actors import make_actor_resolver
from tacitus.evaluation.records import sentence_article
from tacitus.events.candidates import Candidate, find_candidates
from tacitus.events.coder import make_event_coder
from tacitus.events.lexicon import load_frames, load_lexicon
from tacitus.events.ontology import load_ontology
from tacitus.model import ActorMention, Article

ON_DATE = date(2021, 9, 24)


def text_candidates(nlp: Language, text: str, on_date: date = ON_DATE, *, coded: bool = False
                    ) -> tuple[Article, Doc, tuple[ActorMention, ...], tuple[Candidate, ...]]:
    """The article of ``text``, its parse, its actor mentions and its candidates (with the clause
    coder's events among them when ``coded``, else none coded)."""
    article = sentence_article(text, record_id="t", on_date=on_date)
    doc = nlp(text)
    mentions = tuple(make_actor_resolver()(doc, article.date))
    events = make_event_coder()(doc, mentions, article) if coded else ()
    candidates = find_candidates(doc, mentions, events, article, lexicon=load_lexicon(),
                                 frames=load_frames(), ontology=load_ontology())
    return article, doc, mentions, candidates


def candidate_roots(nlp: Language, text: str, source: str, target: str) -> set[str]:
    """The CAMEO roots of ``text``'s candidates between actors whose codes begin with ``source``
    and ``target`` (``""``: no target or any)."""
    _, _, _, candidates = text_candidates(nlp, text)
    return {c.event.cameo[:2] for c in candidates
            if c.event.source.code.startswith(source)
            and (c.event.target.code if c.event.target else "").startswith(target)}


def construction_pairs(nlp: Language, text: str, construction: str, *, coded: bool = False
                       ) -> set[tuple[str, str, str]]:
    """The (source code, CAMEO root, target code or ``""``) of ``text``'s candidates that
    ``construction`` made (with the clause coder's events among the candidates when ``coded``)."""
    _, _, _, candidates = text_candidates(nlp, text, coded=coded)
    return {(c.event.source.code, c.event.cameo[:2], c.event.target.code if c.event.target else "")
            for c in candidates if c.construction == construction}
