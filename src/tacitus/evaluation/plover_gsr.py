"""PLOVER gold-standard records: event type, source and target country, actor resolution.

The records use PLOVER 0.6 event names; they are renamed to the 2021 names Tacitus codes
(DEMAND → REQUEST, DISAPPROVE and INVESTIGATE → ACCUSE, FIGHT → ASSAULT).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tacitus.errors import GoldFormatError
from tacitus.evaluation.actor_match import same_country
from tacitus.evaluation.metrics import ratio
from tacitus.evaluation.records import ErrorEntry, Evaluation, Figure, sentence_article
from tacitus.model import CodedArticle, Event

if TYPE_CHECKING:
    from tacitus.pipeline import ArticleCoder

RENAMED_EVENTS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
                  "FIGHT": "ASSAULT"}
HEADER_EVENT = "DOCUMENT"


@dataclass(frozen=True, slots=True)
class GoldActor:
    """An actor as the gold record names it: its words in the text and its code."""

    text: str
    code: str


@dataclass(frozen=True, slots=True)
class PloverRecord:
    """One PLOVER gold sentence: text, PLOVER event type (2021 names), sources and targets."""

    id: str
    text: str
    event: str
    sources: tuple[GoldActor, ...]
    targets: tuple[GoldActor, ...]


def _actors(value: Any) -> tuple[GoldActor, ...]:
    # the file writes "no actor" as null, "" or a stray context word instead of a list
    if not isinstance(value, list):
        return ()
    return tuple(GoldActor(str(item.get("actorText", "")), str(item["code"]))
                 for item in value if isinstance(item, dict) and item.get("code"))


def parse_plover_records(raw: Any, *, name: str) -> list[PloverRecord]:
    """Validate the decoded GSR array (its DOCUMENT header skipped)."""
    if not isinstance(raw, list):
        raise GoldFormatError(f"{name}: the PLOVER gold file must be a JSON array")
    records: list[PloverRecord] = []
    for index, item in enumerate(raw):
        if not isinstance(item, dict) or not isinstance(item.get("event"), str):
            raise GoldFormatError(f"{name}[{index}]: a record needs an `event`")
        if item["event"] == HEADER_EVENT:
            continue
        if not isinstance(item.get("text"), str) or not isinstance(item.get("id"), str):
            raise GoldFormatError(f"{name}[{index}]: a record needs `id` and `text`")
        event = item["event"].upper()
        records.append(PloverRecord(item["id"], item["text"], RENAMED_EVENTS.get(event, event),
                                    _actors(item.get("source")), _actors(item.get("target"))))
    return records


def read_plover_gsr(path: Path) -> list[PloverRecord]:
    """Read ``PLOVER_GSR_CAMEO.json``."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise GoldFormatError(f"{path}: not JSON ({error.msg})") from error
    return parse_plover_records(raw, name=str(path))


def chosen_event(record: PloverRecord, events: Sequence[Event]) -> Event | None:
    """The event judged for actors: the first of the gold type, else the most confident."""
    typed = [event for event in events if event.plover == record.event]
    if typed:
        return typed[0]
    return max(events, key=lambda event: event.confidence, default=None)


def actor_hits(record: PloverRecord, coded: CodedArticle) -> list[tuple[GoldActor, bool]]:
    """For each gold actor whose words are in the text: is a mention there of its country?"""
    results: list[tuple[GoldActor, bool]] = []
    for actor in (*record.sources, *record.targets):
        start = record.text.find(actor.text) if actor.text else -1
        if start < 0:
            continue
        end = start + len(actor.text)
        there = [m.actor for m in coded.mentions if m.start < end and start < m.end]
        results.append((actor, any(same_country(found, actor.code) for found in there)))
    return results


def evaluate_plover_gsr(path: Path, coder: ArticleCoder, *, limit: int | None = None
                        ) -> Evaluation:
    """Event-type recall, source/target country accuracy of the coded event, actor accuracy."""
    records = read_plover_gsr(path)[:limit]
    coded = list(coder.code_many(sentence_article(r.text, record_id=r.id) for r in records))
    typed = sources = targets = with_source = with_target = found_any = 0
    actor_results: list[bool] = []
    errors: list[ErrorEntry] = []
    for record, item in zip(records, coded, strict=True):
        events = [event for event in item.events if not event.negated]
        found_any += bool(events)
        hit_type = any(event.plover == record.event for event in events)
        typed += hit_type
        event = chosen_event(record, events)
        source_ok = event is not None and any(same_country(event.source, a.code)
                                              for a in record.sources)
        target_ok = event is not None and event.target is not None and any(
            same_country(event.target, a.code) for a in record.targets)
        with_source += bool(record.sources)
        with_target += bool(record.targets)
        sources += source_ok
        targets += target_ok
        actor_results.extend(ok for _, ok in actor_hits(record, item))
        if not hit_type or (record.sources and not source_ok) or (record.targets and not target_ok):
            errors.append(ErrorEntry(
                record.id, "event type" if not hit_type else "actor", record.text,
                expected=f"{_codes(record.sources)} {record.event} {_codes(record.targets)}",
                found=" ; ".join(f"{e.source.code} {e.plover or e.cameo} "
                                 f"{e.target.code if e.target else '-'}" for e in events) or "-"))
    n = len(records)
    figures = (
        Figure("event_found", "share of records with any event coded", ratio(found_any, n), n),
        Figure("event_type_recall", "records where an event of the gold PLOVER type is coded",
               ratio(typed, n), n),
        Figure("source_country_accuracy", "coded event's source has the gold source country",
               ratio(sources, with_source), with_source),
        Figure("target_country_accuracy", "coded event's target has the gold target country",
               ratio(targets, with_target), with_target),
        Figure("actor_country_accuracy",
               "gold actors (located by their words) resolved to the gold country",
               ratio(sum(actor_results), len(actor_results)), len(actor_results)),
    )
    return Evaluation(format="plover-gsr", gold=str(path), n=n, figures=figures,
                      errors=tuple(errors))


def _codes(actors: Sequence[GoldActor]) -> str:
    return "|".join(actor.code for actor in actors) or "-"
