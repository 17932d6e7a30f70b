"""Events built from a trigger: what every pairing of one trigger shares is read once.

The decision stage's candidate generator (``tacitus.events.candidates``) pairs each trigger with
every actor around it, and the clause coder gives several pairs a trigger too. The trigger's
characters, its sentence's text and the evidence are the same for each pair: a ``TriggerSite``
holds them, and an event's id (``event_id``) is known before its ``Event`` is made, so that a
pairing already found is not built again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span

from tacitus.events.lexicon_matching import Trigger
from tacitus.events.ontology import Ontology
from tacitus.ids import stable_id
from tacitus.model import Actor, Article, Event, Evidence
from tacitus.nlp.texts import span_text


@dataclass(frozen=True, slots=True)
class TriggerSite:
    """Where a trigger stands: the evidence (its sentence located in the article, with the
    article's id and the sentence's index), and its first and past-last characters in the
    article."""

    evidence: Evidence
    start: int
    end: int

    @property
    def trigger(self) -> str:
        """The trigger's words as written."""
        offset = self.evidence.start
        return self.evidence.sentence[self.start - offset:self.end - offset]


def trigger_site(trigger: Trigger, sentence: Span, sentence_index: int,
                 article: Article) -> TriggerSite:
    """Where ``trigger`` stands in ``sentence`` (the ``sentence_index``-th of ``article``)."""
    start = min(token.idx for token in trigger.tokens)
    end = max(token.idx + len(token) for token in trigger.tokens)
    evidence = Evidence(article.id, sentence_index, span_text(sentence), sentence.start_char,
                        sentence.end_char)
    return TriggerSite(evidence, start, end)


def event_id(site: TriggerSite, code: str, source: Actor, target: Actor | None) -> str:
    """The id of the event coded ``code`` (a known code, as the ontology spells it) from
    ``source`` to ``target`` at ``site``."""
    evidence = site.evidence
    return stable_id("evt_", evidence.article_id, evidence.sentence_index, site.start, code,
                     source.code, target.code if target else "")


def site_event(site: TriggerSite, ontology: Ontology, *, code: str, source: Actor,
               target: Actor | None, when: date | None, confidence: float,
               known_id: str | None = None) -> Event:
    """The event coded ``code`` from ``source`` to ``target`` at ``site`` (``known_id``: its id,
    when the caller has it already)."""
    described = ontology.describe(code)
    return Event(
        id=known_id if known_id is not None else event_id(site, described.code, source, target),
        source=source,
        target=target,
        cameo=described.code,
        cameo_name=described.name,
        plover=described.plover,
        plover_mode=described.plover_mode,
        goldstein=described.goldstein,
        quad_class=described.quad_class,
        date=when,
        evidence=site.evidence,
        trigger=site.trigger,
        trigger_start=site.start,
        trigger_end=site.end,
        confidence=confidence,
    )
