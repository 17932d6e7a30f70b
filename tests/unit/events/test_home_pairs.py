"""Pairs of a body and its own country named bare: which side is the country (pure logic on
hand-made events)."""

from __future__ import annotations

import pytest

from tacitus.events.candidates import Candidate
from tacitus.events.home_pairs import home_side
from tacitus.events.unnamed import UNNAMED
from tacitus.model import Actor, Event, Evidence


def _actor(code: str) -> Actor:
    if not code:
        return UNNAMED
    kind = "state" if len(code) == 3 else "sector"
    return Actor(code=code, name=code, kind=kind, country=code[:3] if code[:3] != "UNO" else None)


def _candidate(source: str, target: str | None, *, trigger: int = 0) -> Candidate:
    event = Event(
        id=f"{source}-{target}-{trigger}", source=_actor(source),
        target=_actor(target) if target else None,
        cameo="020", cameo_name="", plover="", plover_mode="", goldstein=0.0, quad_class=0,
        date=None, evidence=Evidence("art", 0, "A sentence.", 0, 10), trigger="urged",
        trigger_start=trigger, trigger_end=trigger + 5, confidence=0.5)
    return Candidate(event=event, group=f"0:{trigger}", variant="coded")


@pytest.mark.parametrize(("source", "target", "side"), [
    ("ISRGOV", "ISR", "target"),
    ("ISR", "ISRGOV", "source"),
    ("ISRGOV", "EGY", ""),
    ("ISRGOV", "ISRMIL", ""),
    ("ISR", "ISR", ""),
])
def test_home_side(source: str, target: str, side: str) -> None:
    assert home_side(_candidate(source, target).event) == side
