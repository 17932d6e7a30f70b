"""What every evaluation shares: gold events, found events, figures, error entries, the result."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tacitus.ids import content_hash, stable_id
from tacitus.model import Article, Event

ALTERNATIVE_SEPARATOR = "|"


# Typographic quotation marks as the straight ones a gold file is typed with: the single ones
# are also the apostrophe ("It’s" in the article, "It's" in the gold).
STRAIGHT_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"})


def marks_folded(text: str) -> str:
    """``text`` lowered, its quotation marks straight and its spacing single, for comparing the
    words of a gold quote or claim with those found."""
    return " ".join(text.lower().translate(STRAIGHT_MARKS).split())


def alternatives(value: str) -> tuple[str, ...]:
    """The ``|``-separated alternatives of a gold field; an empty one means "no actor" is fine."""
    return tuple(part.strip().upper() for part in value.split(ALTERNATIVE_SEPARATOR))


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One expected event: each field lists its acceptable alternatives (``""`` = no actor)."""

    source: tuple[str, ...]
    target: tuple[str, ...]
    code: tuple[str, ...]

    def describe(self) -> str:
        return "|".join(self.source) + " " + "|".join(self.code) + " " + "|".join(self.target)


@dataclass(frozen=True, slots=True)
class FoundEvent:
    """An extracted event reduced to what gold files can check: actor codes and CAMEO code."""

    source: str | None
    target: str | None
    code: str

    def describe(self) -> str:
        return f"{self.source or '-'} {self.code} {self.target or '-'}"


def found_events(events: tuple[Event, ...]) -> tuple[FoundEvent, ...]:
    """The events of a coded article as ``FoundEvent``s, negated ones left out."""
    return tuple(
        FoundEvent(event.source.code, event.target.code if event.target else None, event.cameo)
        for event in events if not event.negated)


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold text with the events expected in it (an empty tuple: no event at all;
    ``events_coded`` false: its coder did not code events, so it is no judge of them)."""

    id: str
    text: str
    events: tuple[GoldEvent, ...]
    date: date | None = None
    topic: str | None = None
    events_coded: bool = True


def sentence_article(text: str, *, record_id: str, on_date: date | None = None) -> Article:
    """An English gold text as an ``Article``, unchanged so that gold character offsets hold."""
    digest = content_hash(text)
    return Article(id=stable_id("art_", record_id, digest), title="", text=text,
                   content_hash=digest, origin=f"gold:{record_id}", date=on_date, language="en")


@dataclass(frozen=True, slots=True)
class Figure:
    """One measured number: a stable key, what it means, its value and how many items it is over,
    with its 95% interval where one is computed."""

    key: str
    label: str
    value: float
    n: int
    interval: tuple[float, float] | None = None


@dataclass(frozen=True, slots=True)
class ErrorEntry:
    """One gold record the system got wrong, readable by a person."""

    record_id: str
    problem: str
    text: str
    expected: str
    found: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.record_id, "problem": self.problem, "expected": self.expected,
                "found": self.found, "text": self.text}


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The result of scoring one gold set: figures, detail tables and the per-record errors."""

    format: str
    gold: str
    n: int
    figures: tuple[Figure, ...]
    details: dict[str, Any] = field(default_factory=dict)
    errors: tuple[ErrorEntry, ...] = ()
    notes: tuple[str, ...] = ()

    def figure(self, key: str) -> float:
        """The value of the figure called ``key``."""
        for item in self.figures:
            if item.key == key:
                return item.value
        raise KeyError(key)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "gold": self.gold,
            "n": self.n,
            "figures": {item.key: round(item.value, 4) for item in self.figures},
            "figure_counts": {item.key: item.n for item in self.figures},
            "intervals": {item.key: [round(item.interval[0], 4), round(item.interval[1], 4)]
                          for item in self.figures if item.interval is not None},
            "labels": {item.key: item.label for item in self.figures},
            "details": self.details,
            "notes": list(self.notes),
            "errors": len(self.errors),
        }
