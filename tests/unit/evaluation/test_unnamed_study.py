"""The unnamed-doer study (``scripts/unnamed_study.py``) sorts the gold events that allow the
unknown doer by what became of them, and the wrong kept unknown-doer events by cause (pure logic
on hand-made events)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))

from unnamed_study import allows_unnamed, cause_of, fate_of

from tacitus.evaluation.records import GoldEvent, alternatives
from tacitus.model import Actor, Event, Evidence


def _event(source: str, target: str | None, cameo: str) -> Event:
    return Event(
        id=f"{source}-{cameo}-{target}",
        source=Actor(code=source, name=source, kind="unknown" if not source else "state"),
        target=Actor(code=target, name=target, kind="state") if target else None,
        cameo=cameo, cameo_name="", plover="", plover_mode="", goldstein=0.0, quad_class=0,
        date=None, evidence=Evidence("art", 0, "A sentence.", 0, 10), trigger="exploded",
        trigger_start=0, trigger_end=8, confidence=0.5)


def _gold(source: str, code: str, target: str) -> GoldEvent:
    return GoldEvent(alternatives(source), alternatives(target), alternatives(code))


BOMBING = _gold("", "18|183", "PERCOP|PER")


def test_an_empty_alternative_allows_the_unknown_doer() -> None:
    assert allows_unnamed(BOMBING)
    assert allows_unnamed(_gold("PERREB|", "18", "PER"))
    assert not allows_unnamed(_gold("PERREB", "18", "PER"))


@pytest.mark.parametrize(("kept", "candidates", "fate"), [
    ([_event("", "BOLGOV", "183")], [], "kept wrong target"),
    ([], [_event("", "PERCOP", "183")], "candidate"),
    ([], [_event("", "BOLGOV", "183")], "unnamed candidate"),
    ([], [_event("PERREB", "BOLGOV", "183"), _event("", "PERCOP", "111")], "none"),
])
def test_a_missed_gold_event_is_sorted_by_what_came_nearest(
        kept: list[Event], candidates: list[Event], fate: str) -> None:
    assert fate_of(BOMBING, False, kept, candidates) == fate


def test_a_matched_gold_event_is_a_hit() -> None:
    assert fate_of(BOMBING, True, [], []) == "hit"


@pytest.mark.parametrize(("event", "place", "gold", "cause"), [
    (_event("", "PERCOP", "183"), False, [BOMBING], "duplicate"),
    (_event("", "PERCOP", "183"), False, [_gold("PERREB", "18", "PERCOP")], "named doer"),
    (_event("", "BOLGOV", "183"), False, [BOMBING], "victim"),
    (_event("", "BOLGOV", "183"), True, [_gold("PERREB", "18", "PERCOP")], "place"),
    (_event("", "BOLGOV", "183"), False, [_gold("PERREB", "18", "PERCOP")], "no target"),
    (_event("", "BOLGOV", "183"), False, [_gold("PERGOV", "04", "BOLGOV")], "spurious"),
])
def test_a_wrong_unknown_doer_event_gets_its_first_cause(
        event: Event, place: bool, gold: list[GoldEvent], cause: str) -> None:
    assert cause_of(event, place, gold) == cause
