"""The data model: what Tacitus reads, finds and stores, as frozen dataclasses.

Every record that Tacitus derives from text (an actor mention, an event, a quote, a claim) carries
its provenance: the article it came from, the index of the sentence, and character offsets into
``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, extracted and ready to be parsed.

    ``id`` is derived from the content hash, so the same text always gets the same id.
    """

    id: str
    title: str
    text: str
    content_hash: str
    origin: str
    date: date | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    language: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "url": self.url,
            "source": self.source,
            "author": self.author,
            "language": self.language,
            "origin": self.origin,
            "content_hash": self.content_hash,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor: a CAMEO-style code and a human name.

    ``code`` is a country (ISO alpha-3), known-group or organisation code followed by zero or more
    three-letter type codes, e.g. ``USAGOV``, ``PAKGOV``, ``TAL``, ``AFGREB``, ``UNO`` (the UN).
    ``country`` is the three-letter country part when there is one. ``kind`` says what it is:
    ``state``, ``person``, ``igo``, ``group``, ``sector``.
    """

    code: str
    name: str
    kind: str
    country: str | None = None
    roles: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "roles": list(self.roles),
        }


def same_actor(one: Actor, other: Actor) -> bool:
    """Whether two actors are the same (code and name; their kinds, countries and roles aside)."""
    return (one.code, one.name) == (other.code, other.name)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """Where an actor is named (or referred to by a pronoun or description) in an article.

    ``token_start``/``token_end`` index the spaCy ``Doc`` of the article text (end exclusive);
    ``start``/``end`` are character offsets into ``Article.text``. ``how`` records how the mention
    was resolved: ``kb`` (knowledge-base name), ``office`` (office holder by date), ``title``
    (learnt from a title or apposition), ``dictionary`` (a users' dictionary layer), ``pronoun``
    or ``anaphor`` (coreference); ``confidence`` in [0, 1] says how sure that resolution is.
    """

    actor: Actor
    text: str
    sentence_index: int
    token_start: int
    token_end: int
    start: int
    end: int
    how: str = "kb"
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Place:
    """A named town or city: ``country`` is the three-letter actor country code; ``feature`` is
    ``capital`` or ``city``."""

    name: str
    country: str
    lat: float
    lon: float
    feature: str
    population: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon,
                "feature": self.feature}


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence that justifies a record, located in its article."""

    article_id: str
    sentence_index: int
    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom: one coded CAMEO event with its evidence.

    ``start``/``end`` delimit the evidence sentence in ``Article.text``; ``trigger_start`` and
    ``trigger_end`` delimit the word(s) that express the action.
    """

    id: str
    source: Actor
    target: Actor | None
    cameo: str
    cameo_name: str
    plover: str
    plover_mode: str
    goldstein: float
    quad_class: int
    date: date | None
    evidence: Evidence
    trigger: str
    trigger_start: int
    trigger_end: int
    confidence: float
    negated: bool = False
    location: Place | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_name": self.cameo_name,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "date": self.date.isoformat() if self.date else None,
            "sentence": self.evidence.sentence,
            "sentence_index": self.evidence.sentence_index,
            "start": self.evidence.start,
            "end": self.evidence.end,
            "trigger": self.trigger,
            "trigger_start": self.trigger_start,
            "trigger_end": self.trigger_end,
            "confidence": self.confidence,
            "article_id": self.evidence.article_id,
            "location": self.location.to_dict() if self.location else None,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what: a direct or indirect quotation with its speaker.

    ``start``/``end`` delimit the quoted text itself in ``Article.text``. ``speaker`` is ``None``
    only when no speaker could be found at all.
    """

    id: str
    speaker: Actor | None
    speaker_text: str
    cue: str
    text: str
    direct: bool
    start: int
    end: int
    sentence_index: int
    article_id: str
    date: date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "speaker_text": self.speaker_text,
            "cue": self.cue,
            "text": self.text,
            "direct": self.direct,
            "start": self.start,
            "end": self.end,
            "sentence_index": self.sentence_index,
            "article_id": self.article_id,
            "date": self.date.isoformat() if self.date else None,
        }


CLAIM_KINDS = ("demand", "commitment", "denial", "appeal", "offer", "threat")


@dataclass(frozen=True, slots=True)
class Claim:
    """Who demanded, promised, denied, appealed for, offered or threatened what.

    ``kind`` is one of ``CLAIM_KINDS``; ``text`` is the action asked for or promised, as written;
    ``start``/``end`` delimit ``text`` in ``Article.text``; ``confidence`` is the claim decision
    stage's probability that the claim is right (``None`` when no decision stage ran).
    """

    id: str
    kind: str
    actor: Actor
    addressee: Actor | None
    text: str
    topic: str | None
    start: int
    end: int
    evidence: Evidence
    date: date | None = None
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "actor": self.actor.to_dict(),
            "addressee": self.addressee.to_dict() if self.addressee else None,
            "text": self.text,
            "topic": self.topic,
            "start": self.start,
            "end": self.end,
            "sentence": self.evidence.sentence,
            "sentence_index": self.evidence.sentence_index,
            "article_id": self.evidence.article_id,
            "date": self.date.isoformat() if self.date else None,
            "confidence": self.confidence,
        }


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """An article with everything Tacitus found in it."""

    article: Article
    mentions: tuple[ActorMention, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "actors": _unique_actors(self.mentions),
            "events": [event.to_dict() for event in self.events],
            "quotes": [quote.to_dict() for quote in self.quotes],
            "claims": [claim.to_dict() for claim in self.claims],
        }


def _unique_actors(mentions: tuple[ActorMention, ...]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for mention in mentions:
        entry = seen.setdefault(mention.actor.code + "|" + mention.actor.name,
                                {**mention.actor.to_dict(), "mentions": 0})
        entry["mentions"] += 1
    return list(seen.values())


INGEST_STATUSES = ("new", "duplicate", "skipped", "failed")


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    """What happened to one input: stored as new, already there, skipped or failed, and why."""

    origin: str
    status: str
    reason: str = ""
    article_id: str | None = None
    title: str | None = None

