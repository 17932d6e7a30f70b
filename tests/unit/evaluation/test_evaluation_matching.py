"""Tacitus's matching rules: root/full code, 3-letter actors, alternatives, one-to-one pairing."""

from __future__ import annotations

import pytest

from tacitus.evaluation.events_gold import score_event_records
from tacitus.evaluation.matching import Level, actor_matches, count_matches, event_matches
from tacitus.evaluation.metrics import Counts
from tacitus.evaluation.records import FoundEvent, GoldEvent, GoldRecord, alternatives


def gold(source: str, code: str, target: str) -> GoldEvent:
    return GoldEvent(alternatives(source), alternatives(target), alternatives(code))


@pytest.mark.parametrize(("found", "allowed", "expected"), [
    ("USAGOV", "USA", True),
    ("AFGREB", "TAL|AFG", True),
    ("PAKGOV", "USA", False),
    (None, "USA|", True),
    (None, "", True),
    (None, "USA", False),
    ("USA", "", False),
    ("usagov", "USA", True),
])
def test_actor_alternatives(found: str | None, allowed: str, expected: bool) -> None:
    assert actor_matches(found, alternatives(allowed)) is expected


@pytest.mark.parametrize(("code", "allowed", "level", "expected"), [
    ("042", "04", Level.root, True),
    ("042", "04", Level.full, False),
    ("042", "03|042", Level.full, True),
    ("190", "18|19", Level.root, True),
    ("173", "18|19", Level.root, False),
])
def test_code_levels(code: str, allowed: str, level: Level, expected: bool) -> None:
    found = FoundEvent("USA", "PAK", code)
    assert event_matches(found, gold("USA", allowed, "PAK"), level) is expected


def test_each_gold_event_matches_at_most_one_found_event() -> None:
    expected = [gold("CHN", "04", "USA")]
    found = [FoundEvent("CHN", "USA", "040"), FoundEvent("CHNGOV", "USAGOV", "042")]
    assert count_matches(expected, found) == Counts(tp=1, fp=1, fn=0)


def test_the_pairing_is_maximal_whatever_the_order() -> None:
    # the first found event fits both gold events, the second only the first gold event:
    # a greedy pairing would score 1, the maximum pairing scores 2
    expected = [gold("USA", "04", "PAK|CHN"), gold("USA", "04", "PAK")]
    found = [FoundEvent("USA", "PAK", "042"), FoundEvent("USA", "CHN", "040")]
    assert count_matches(expected, found).tp == 2


def test_an_empty_events_list_makes_every_found_event_false() -> None:
    assert count_matches([], [FoundEvent("RUS", "UKR", "173")]) == Counts(tp=0, fp=1, fn=0)


def test_actors_can_be_ignored() -> None:
    expected = [gold("ARN", "06", "GON")]
    found = [FoundEvent("FRA", None, "064")]
    assert count_matches(expected, found).tp == 0
    assert count_matches(expected, found, check_actors=False).tp == 1


def test_four_record_gold_set_scores_known_numbers() -> None:
    records = [
        GoldRecord("a", "…", (gold("USA", "042|043", "PAK"),)),
        GoldRecord("b", "…", (gold("TAL|AFG", "19", ""),)),
        GoldRecord("c", "…", ()),
        GoldRecord("d", "…", (gold("CHN", "04", "USA|"), gold("CHN", "04", "USA"))),
    ]
    found = [
        [FoundEvent("USAGOV", "PAKGOV", "042")],
        [FoundEvent("TALMIL", None, "190"), FoundEvent("USA", None, "010")],
        [FoundEvent("RUS", "UKR", "173")],
        [FoundEvent("CHN", "USA", "040")],
    ]
    figures, errors = score_event_records(records, found)
    values = {figure.key: figure.value for figure in figures}
    # root: tp 3, fp 2, fn 1
    assert values["root_precision"] == pytest.approx(3 / 5)
    assert values["root_recall"] == pytest.approx(3 / 4)
    assert values["root_f1"] == pytest.approx(2 * 0.6 * 0.75 / 1.35)
    # full: only record a (042 is listed) matches → tp 1, fp 4, fn 3
    assert values["full_precision"] == pytest.approx(1 / 5)
    assert values["full_recall"] == pytest.approx(1 / 4)
    assert [error.record_id for error in errors] == ["b", "c", "d"]
    assert errors[2].problem == "missed 1" and errors[2].expected.startswith("CHN 04 USA")
