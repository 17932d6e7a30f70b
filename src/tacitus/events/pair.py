"""Pair-given coding: the event that links a marked source span to a marked target span.

The spans are given, so each is an actor whether or not the actor resolver knew it. The coder
first looks for a clause-level event from the source to the target (the ``code_events`` rules:
roles from the parse, negation, modality and frames applied, plus verdicts and stance adjectives,
``pair_readings``). The pair is known to be related, so when no asserted event links them the
coder next tries the triggers the clause coder dropped, read for what they still say ("failed to
reach agreement with X" rejects, "would hold talks with X" intends to cooperate). Then it falls
back to the event the source span names itself ("a Saudi-led strike on X"), then, in order, to
the trigger on the dependency path between the two spans (or governing the phrase that holds
both), the trigger standing between them in the sentence, and the trigger nearest to them; each
fallback is less sure and its confidence says so. A call, visit, mission or operation is coded
by its purpose when it has one ("called X to congratulate him"), an order by the action ordered.
Some constructions take the PLOVER type PLOVER's own definitions give them (``pair_plover``).
Events with a PLOVER type win over CAMEO statements (01x), which PLOVER does not code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Protocol

from spacy.tokens import Doc, Span

from tacitus.errors import PairSpanError
from tacitus.events.coder import events_for
from tacitus.events.framing import FRAME_BY_ROOT
from tacitus.events.lexicon import Frames, Lexicon, load_frames, load_lexicon, merge_lexicons
from tacitus.events.matching import Trigger
from tacitus.events.ontology import Ontology, load_ontology
from tacitus.events.pair_nearby import nearby_trigger
from tacitus.events.pair_plover import (
    DISAPPROVE,
    as_agreement_reached,
    as_cooperative_offer,
    as_peacekeeping,
    calls_for_sanctions_on,
    plover_reading,
)
from tacitus.events.pair_purpose import has_plover, telling_trigger
from tacitus.events.pair_readings import stance_triggers, unasserted_triggers, verdict_triggers
from tacitus.events.triggers import sentence_triggers

# the JSONL ``pair`` field is read on the way in; re-exported for the command line
from tacitus.ingest.pair_spans import CharSpan, record_pair_spans, relocate_span
from tacitus.model import Actor, ActorMention, Article, Event

__all__ = ["CharSpan", "PairCoder", "PairEvent", "code_pair", "make_pair_coder",
           "record_pair_spans", "relocate_span"]

# How the event was found, most reliable first, and the confidence cap of each way.
HOW_CONFIDENCE = {"clause": 1.0, "reversed": 0.6, "named": 0.5, "path": 0.5, "unasserted": 0.45,
                  "between": 0.35, "nearest": 0.25}
SOURCE_CODE = "PAIRSRC"
TARGET_CODE = "PAIRTGT"


@dataclass(frozen=True, slots=True)
class PairEvent:
    """The event coded between a marked source and target, with the trigger that shows it."""

    cameo: str
    cameo_name: str
    plover: str
    plover_mode: str
    confidence: float
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence_index: int
    how: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "plover": self.plover, "plover_mode": self.plover_mode, "cameo": self.cameo,
            "cameo_name": self.cameo_name, "confidence": self.confidence,
            "trigger": self.trigger, "trigger_start": self.trigger_start,
            "trigger_end": self.trigger_end, "sentence_index": self.sentence_index,
            "how": self.how,
        }


class PairCoder(Protocol):
    """The pair-given coding stage built by ``make_pair_coder``."""

    def __call__(self, doc: Doc, mentions: Sequence[ActorMention], article: Article, *,
                 source: CharSpan | None, target: CharSpan | None) -> PairEvent | None: ...


def make_pair_coder(*, ontology: Ontology | None = None, lexicon: Lexicon | None = None,
                    frames: Frames | None = None,
                    user_lexicon: Lexicon | None = None) -> PairCoder:
    """Load the ontology, lexicon and frames once (a ``user_lexicon`` layered on the
    lexicon) and return the pair-given coder."""
    known = ontology if ontology is not None else load_ontology()
    words = lexicon if lexicon is not None else load_lexicon()
    if user_lexicon is not None:
        words = merge_lexicons(words, user_lexicon)
    framing = frames if frames is not None else load_frames()

    def code_pair(doc: Doc, mentions: Sequence[ActorMention], article: Article, *,
                  source: CharSpan | None, target: CharSpan | None) -> PairEvent | None:
        """The event from the ``source`` span to the ``target`` span (character offsets into
        ``doc.text``; one of them may be unknown), or ``None`` when their sentence reports no
        event between them."""
        del mentions  # the marked spans are the actors; other mentions cannot change the pair
        if source is None and target is None:
            raise PairSpanError("a pair needs a source or a target span")
        source_span = None if source is None else _token_span(doc, source, "source")
        target_span = None if target is None else _token_span(doc, target, "target")
        marked_source = _positions(source_span)
        marked_target = _positions(target_span)
        if marked_source and marked_source == marked_target:
            raise PairSpanError(f"source {source} and target {target} are the same words")
        found = [event for sentence_index, sentence in enumerate(doc.sents)
                 if _positions(sentence) & (marked_source | marked_target)
                 for event in _linked(sentence, sentence_index, source_span, target_span,
                                      article, known, words, framing)]
        return max(found, key=_rank, default=None)

    return code_pair


@lru_cache(maxsize=1)
def _packaged_pair_coder() -> PairCoder:
    return make_pair_coder()


def code_pair(doc: Doc, mentions: Sequence[ActorMention], article: Article, *,
              source: CharSpan | None, target: CharSpan | None) -> PairEvent | None:
    """The event from ``source`` to ``target`` with the packaged lexicon (``make_pair_coder``)."""
    return _packaged_pair_coder()(doc, mentions, article, source=source, target=target)


def _rank(event: PairEvent) -> tuple[bool, float]:
    return bool(event.plover), event.confidence


def _token_span(doc: Doc, chars: CharSpan, role: str) -> Span:
    start, end = chars
    if not 0 <= start < end <= len(doc.text):
        raise PairSpanError(f"{role} span {chars} is not inside a text of {len(doc.text)} "
                            "characters")
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not span.text.strip():
        raise PairSpanError(f"{role} span {chars} covers no word")
    return span


def _positions(span: Span | None) -> set[int]:
    return set() if span is None else set(range(span.start, span.end))


def _marked_index(source: Span | None, target: Span | None,
                  sentence_index: int) -> dict[int, ActorMention]:
    index: dict[int, ActorMention] = {}
    marked = [(span, code) for span, code in ((source, SOURCE_CODE), (target, TARGET_CODE))
              if span is not None]
    # A span nested in the other ("<t>Iraqi</t> fighters") keeps its own words.
    for span, code in sorted(marked, key=lambda item: -len(item[0])):
        mention = ActorMention(
            actor=Actor(code=code, name=code, kind="marked"), text=span.text,
            sentence_index=sentence_index, token_start=span.start, token_end=span.end,
            start=span.start_char, end=span.end_char, how="marked")
        index.update(dict.fromkeys(range(span.start, span.end), mention))
    return index


def _linked(sentence: Span, sentence_index: int, source: Span | None, target: Span | None,
            article: Article, ontology: Ontology, lexicon: Lexicon,
            frames: Frames) -> list[PairEvent]:
    """Every way this sentence links the pair, each with its confidence."""
    index = _marked_index(source, target, sentence_index)
    marked = _positions(source) | _positions(target)
    kept = sentence_triggers(sentence, lexicon, frames)
    taken = {trigger.head.i for trigger in kept}
    kept += [found for found in (*verdict_triggers(sentence), *stance_triggers(sentence))
             if found.head.i not in taken]
    triggers = [as_peacekeeping(as_agreement_reached(as_cooperative_offer(trigger)), source)
                for trigger in kept if trigger.head.i not in marked]
    linked = _clause_links(triggers, sentence, sentence_index, source, target, index, article,
                           ontology, lexicon)
    if linked:
        return linked
    # The pair is marked, so the sentence relates them: a trigger dropped as no event (refused,
    # only intended) still says how.
    unasserted = [trigger for trigger in unasserted_triggers(sentence, lexicon, frames, kept)
                  if trigger.head.i not in marked]
    linked = [replace(event, how="unasserted",
                      confidence=min(event.confidence, HOW_CONFIDENCE["unasserted"]))
              for event in _clause_links(unasserted, sentence, sentence_index, source, target,
                                         index, article, ontology, lexicon)]
    if linked:
        return linked
    named = _source_event(source, kept, ontology)
    if named is not None and not triggers:
        # "[s A Saudi-led strike] on [t a school bus]": the source span names the event itself
        return [_from_trigger(named, sentence, sentence_index, ontology, "named")]
    triggers = sorted([*triggers, *unasserted], key=lambda trigger: trigger.head.i)
    if not triggers:
        return []
    found, how = nearby_trigger(triggers, source, target)
    if (named is not None and named.cameo[:2] in FRAME_BY_ROOT
            and found.head in named.head.subtree):
        # "[s Cuba's refusal] to engage with [t Colombia]": the source's noun frames the action
        code = frames.code(FRAME_BY_ROOT[named.cameo[:2]], found.cameo) or named.cameo
        return [_from_trigger(replace(named, cameo=code), sentence, sentence_index, ontology,
                              "named")]
    telling = telling_trigger(found, triggers, ontology)
    return [_from_trigger(telling or found, sentence, sentence_index, ontology, how)]


def _source_event(source: Span | None, triggers: Sequence[Trigger],
                  ontology: Ontology) -> Trigger | None:
    """The event noun heading the source span, when the span names an event and its actor is
    only a modifier ("a Saudi-led strike", "Cuba's refusal", "Australian aid")."""
    if source is None:
        return None
    return next((trigger for trigger in triggers
                 if trigger.head == source.root and trigger.entry.kind == "noun"
                 and has_plover(trigger, ontology)), None)


def _clause_links(triggers: Sequence[Trigger], sentence: Span, sentence_index: int,
                  source: Span | None, target: Span | None, index: dict[int, ActorMention],
                  article: Article, ontology: Ontology, lexicon: Lexicon) -> list[PairEvent]:
    """The clause-level events of ``triggers`` from the source to the target (or reversed);
    ``lexicon`` (with any user lexicon) tells event nouns apart."""
    wanted = (SOURCE_CODE, TARGET_CODE)
    linked: list[PairEvent] = []
    for trigger in triggers:
        for event in events_for(trigger, sentence, sentence_index, index, ontology, article,
                                lexicon=lexicon):
            direction = (event.source.code, event.target.code if event.target else "")
            if direction == wanted or (target is None and direction[0] == SOURCE_CODE) or (
                    source is None and direction[1] == TARGET_CODE):
                how = "clause"
            elif direction == wanted[::-1]:
                how = "reversed"
            else:
                continue
            telling = telling_trigger(trigger, triggers, ontology)
            if calls_for_sanctions_on(trigger, target):
                linked.append(replace(_from_event(event, trigger, sentence_index, how),
                                      plover=DISAPPROVE[0], plover_mode=DISAPPROVE[1]))
            elif telling is None:
                linked.append(_from_event(event, trigger, sentence_index, how))
            else:
                confidence = min(event.confidence, HOW_CONFIDENCE[how])
                linked.append(replace(_from_trigger(telling, sentence, sentence_index, ontology,
                                                    how), confidence=confidence))
    return linked


def _from_event(event: Event, trigger: Trigger, sentence_index: int, how: str) -> PairEvent:
    plover, mode = plover_reading(trigger, event.plover, event.plover_mode)
    return PairEvent(
        cameo=event.cameo, cameo_name=event.cameo_name, plover=plover, plover_mode=mode,
        confidence=round(min(event.confidence, HOW_CONFIDENCE[how]), 2),
        trigger=event.trigger, trigger_start=event.trigger_start, trigger_end=event.trigger_end,
        sentence_index=sentence_index, how=how)


def _from_trigger(trigger: Trigger, sentence: Span, sentence_index: int, ontology: Ontology,
                  how: str) -> PairEvent:
    code = ontology.describe(trigger.cameo)
    plover, mode = plover_reading(trigger, code.plover, code.plover_mode)
    start = min(token.idx for token in trigger.tokens)
    end = max(token.idx + len(token) for token in trigger.tokens)
    return PairEvent(
        cameo=code.code, cameo_name=code.name, plover=plover, plover_mode=mode,
        confidence=HOW_CONFIDENCE[how], trigger=sentence.doc.text[start:end],
        trigger_start=start, trigger_end=end, sentence_index=sentence_index, how=how)
