"""Tacitus's own gold format (JSONL) and the event scores shared by every event-level gold set.

One record a line: ``{"id", "text", "date"?, "topic"?, "events": [{"source", "target", "code"}],
"quotes"?: [{"speaker", "speaker_name"?, "text"}]}``; any field may list ``|``-separated
alternatives and an empty alternative means "no actor" is acceptable. Instead of ``text`` a record
may give ``html`` (a page, extracted as ``tacitus ingest`` would) or ``ref`` (where the article
lives in the shared corpora: ``shared_refs``). ``topic`` is ``political`` or ``non-political``.
``coded``, when given, lists what the coder coded (``events``, ``quotes``, ``claims``): a part it
leaves out is not judged on that record (a record that does not code events needs no ``events``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tacitus.errors import GoldFormatError
from tacitus.evaluation.actor_match import codes_agree
from tacitus.evaluation.intervals import bootstrap_prf
from tacitus.evaluation.matching import Level, count_matches, match_events
from tacitus.evaluation.metrics import Counts, sum_counts
from tacitus.evaluation.records import (
    ErrorEntry,
    Figure,
    FoundEvent,
    GoldEvent,
    GoldRecord,
    alternatives,
    marks_folded,
)
from tacitus.evaluation.shared_refs import with_text

TOPICS = ("political", "non-political")
CODED_PARTS = ("events", "quotes", "claims")
NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """An expected quote: its speaker's acceptable codes, (part of) what was said, and the
    speaker's acceptable names (empty: the person is not judged)."""

    speaker: tuple[str, ...]
    text: str
    speaker_name: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """A found quote reduced to its speaker code, text and the words naming its speaker."""

    speaker: str | None
    text: str
    person: str = ""


def read_tacitus_gold(path: Path) -> Iterator[tuple[GoldRecord, tuple[GoldQuote, ...] | None]]:
    """Read a Tacitus gold file; raise ``GoldFormatError`` naming the line of a bad record.

    Records given by ``html`` or ``ref`` get their text (and a date, unless the record has one)
    from the page or the shared corpus."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as error:
                raise GoldFormatError(f"{where}: not JSON ({error.msg})") from error
            yield parse_gold_record(with_text(raw, near=path, where=where), where=where)


def parse_gold_record(raw: Any, *, where: str
                      ) -> tuple[GoldRecord, tuple[GoldQuote, ...] | None]:
    """Validate one decoded gold record; ``None`` quotes means the record does not judge quotes."""
    if not isinstance(raw, dict):
        raise GoldFormatError(f"{where}: a record must be a JSON object")
    record_id, text = raw.get("id"), raw.get("text")
    if not isinstance(record_id, str | int) or isinstance(record_id, bool):
        raise GoldFormatError(f"{where}: `id` must be a string or a number")
    if not isinstance(text, str) or not text.strip():
        raise GoldFormatError(f"{where}: `text` must be a non-empty string")
    parts = coded_parts(raw, where=where)
    events = raw.get("events", [] if "events" not in parts else None)
    if not isinstance(events, list):
        raise GoldFormatError(f"{where}: `events` must be a list (empty: no event expected)")
    quotes = raw.get("quotes") if "quotes" in parts else None
    if quotes is not None and not isinstance(quotes, list):
        raise GoldFormatError(f"{where}: `quotes` must be a list when given")
    topic = raw.get("topic")
    if topic is not None and topic not in TOPICS:
        raise GoldFormatError(f"{where}: `topic` must be one of {', '.join(TOPICS)}")
    record = GoldRecord(
        id=str(record_id), text=text, date=_date(raw.get("date"), where),
        events=tuple(_event(item, where) for item in events), topic=topic,
        events_coded="events" in parts)
    return record, None if quotes is None else tuple(_quote(item, where) for item in quotes)


def coded_parts(raw: dict[str, Any], *, where: str) -> frozenset[str]:
    """What a record's coder coded: its ``coded`` list, or every part when it gives none."""
    coded = raw.get("coded")
    if coded is None:
        return frozenset(CODED_PARTS)
    if not isinstance(coded, list) or not set(coded) <= set(CODED_PARTS):
        raise GoldFormatError(f"{where}: `coded` must list some of {', '.join(CODED_PARTS)}")
    return frozenset(coded)


def _date(value: Any, where: str) -> date | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as error:
        raise GoldFormatError(f"{where}: `date` must be YYYY-MM-DD, got {value!r}") from error


def _field(item: dict[str, Any], key: str, where: str) -> str:
    value = item.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise GoldFormatError(f"{where}: event `{key}` must be a string")
    return value


def _event(item: Any, where: str) -> GoldEvent:
    if not isinstance(item, dict):
        raise GoldFormatError(f"{where}: each event must be a JSON object")
    code = alternatives(_field(item, "code", where))
    if not any(code):
        raise GoldFormatError(f"{where}: an event needs a CAMEO `code`")
    return GoldEvent(source=alternatives(_field(item, "source", where)),
                     target=alternatives(_field(item, "target", where)), code=code)


def _quote(item: Any, where: str) -> GoldQuote:
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise GoldFormatError(f"{where}: each quote must be an object with a `text` string")
    speaker, name = item.get("speaker") or "", item.get("speaker_name") or ""
    if not isinstance(speaker, str) or not isinstance(name, str):
        raise GoldFormatError(f"{where}: a quote's `speaker` and `speaker_name` must be strings")
    names = tuple(part.strip() for part in name.split("|") if part.strip())
    return GoldQuote(speaker=alternatives(speaker), text=item["text"], speaker_name=names)


def _folded(text: str) -> str:
    return marks_folded(text).strip(' "\'')


def quote_matches(found: FoundQuote, gold: GoldQuote) -> bool:
    """Same words (one containing the other, case and spacing aside) and a matching speaker
    (``codes_agree``)."""
    expected, seen = _folded(gold.text), _folded(found.text)
    if not expected or not seen or (expected not in seen and seen not in expected):
        return False
    if not found.speaker:
        return "" in gold.speaker
    return any(codes_agree(found.speaker, alt) for alt in gold.speaker if alt)


def person_matches(found: FoundQuote, gold: GoldQuote) -> bool:
    """The found speaker is the gold person: the last word of one of the gold names ("Powell",
    "ministry") is among the words naming the found speaker. True when the gold names no one."""
    if not gold.speaker_name:
        return True
    words = set(NAME_WORD.findall(found.person.lower()))
    last_words = (NAME_WORD.findall(name.lower())[-1:] for name in gold.speaker_name)
    return any(last and last[0] in words for last in last_words)


def count_quotes(gold: Sequence[GoldQuote], found: Sequence[FoundQuote]) -> Counts:
    """Greedy one-to-one quote matching (quotes rarely compete for the same gold quote)."""
    free = list(range(len(found)))
    hits = 0
    for expected in gold:
        for j in free:
            if quote_matches(found[j], expected):
                free.remove(j)
                hits += 1
                break
    return Counts(tp=hits, fp=len(found) - hits, fn=len(gold) - hits)


def score_event_records(
    records: Sequence[GoldRecord], found: Sequence[Sequence[FoundEvent]], *, prefix: str = ""
) -> tuple[tuple[Figure, ...], tuple[ErrorEntry, ...]]:
    """Micro P/R/F1 at root and full-code level, and one error entry per imperfect record."""
    figures: list[Figure] = []
    for level in (Level.root, Level.full):
        per_record = [count_matches(record.events, events, level)
                      for record, events in zip(records, found, strict=True)]
        figures.extend(_prf(f"{prefix}{level.value}", f"{level.value}-level events",
                            sum_counts(per_record), bootstrap_prf(per_record)))
    errors = tuple(_record_error(record, events) for record, events
                   in zip(records, found, strict=True)
                   if count_matches(record.events, events).f1 < 1.0
                   and (record.events or events))
    return tuple(figures), errors


def _prf(key: str, what: str, counts: Counts,
         intervals: dict[str, tuple[float, float]] | None = None) -> list[Figure]:
    n = counts.tp + counts.fn
    spans = intervals or {}
    return [
        Figure(f"{key}_precision", f"{what}: precision", counts.precision, counts.tp + counts.fp,
               spans.get("precision")),
        Figure(f"{key}_recall", f"{what}: recall", counts.recall, n, spans.get("recall")),
        Figure(f"{key}_f1", f"{what}: F1", counts.f1, n, spans.get("f1")),
    ]


def _record_error(record: GoldRecord, events: Sequence[FoundEvent]) -> ErrorEntry:
    pairs = match_events(record.events, events)
    missed = [gold.describe() for i, gold in enumerate(record.events) if i not in pairs]
    extra = [event.describe() for j, event in enumerate(events) if j not in pairs.values()]
    problem = "; ".join(part for part in (
        f"missed {len(missed)}" if missed else "", f"{len(extra)} false" if extra else "") if part)
    return ErrorEntry(record.id, problem, record.text,
                      expected=" ; ".join(missed) or "-", found=" ; ".join(extra) or "-")


def quote_figures(gold: Sequence[tuple[GoldQuote, ...] | None],
                  found: Sequence[Sequence[FoundQuote]]) -> tuple[Figure, ...]:
    """Quote P/R/F1 over the records that list quotes, with bootstrap intervals over records."""
    per_record = [count_quotes(expected, seen) for expected, seen in zip(gold, found, strict=True)
                  if expected is not None]
    if not per_record:
        return ()
    return tuple(_prf("quote", "quotes with speaker", sum_counts(per_record),
                      bootstrap_prf(per_record)))


