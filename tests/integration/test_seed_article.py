"""The seed article, end to end through `tacitus code`: the result the project was born for."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tacitus.cli import app

BOILERPLATE = ("Post a Comment", "kept private", "will not be shown publicly")


def code_json(path: Path, *extra: str) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["code", str(path), *extra, "--format", "json"])
    assert result.exit_code == 0, result.output
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


@pytest.fixture(scope="module", params=["article.html", "article.txt"])
def seed(request: pytest.FixtureRequest, shared_dir: Path) -> dict[str, Any]:
    return code_json(shared_dir / "seed" / request.param)


def events_between(coded: dict[str, Any], source: str, target: str) -> list[dict[str, Any]]:
    return [
        event for event in coded["events"]
        if event["source"]["code"].startswith(source)
        and event["target"] is not None and event["target"]["code"].startswith(target)
    ]


def test_title_and_date_come_from_the_page(seed: dict[str, Any]) -> None:
    assert seed["article"]["title"].startswith("Taliban's actions will define its relationship")
    assert seed["article"]["date"] == "2021-09-24"
    assert seed["article"]["language"] == "en"


def test_body_has_no_boilerplate(seed: dict[str, Any]) -> None:
    text = seed["article"]["text"]
    assert text.startswith("The US sees")
    for phrase in BOILERPLATE:
        assert phrase not in text
    assert text.count("The US sees a “unity in approach”") == 1


def test_blinken_qureshi_meeting_is_a_usa_to_pak_consultation(seed: dict[str, Any]) -> None:
    meetings = events_between(seed, "USA", "PAK")
    assert any(event["cameo"].startswith("04") for event in meetings), seed["events"]


@pytest.mark.parametrize("target", ["CHN", "RUS"])
def test_talks_with_china_and_russia(seed: dict[str, Any], target: str) -> None:
    talks = [e for e in events_between(seed, "USA", target) if e["cameo"].startswith("04")]
    assert talks, seed["events"]
    assert talks[0]["date"] == "2021-09-22"  # "on Wednesday evening", article dated Friday 24th


def test_not_cutting_ties_is_not_an_event(seed: dict[str, Any]) -> None:
    assert not [event for event in seed["events"] if event["cameo"].startswith("16")]


def test_every_event_carries_its_evidence(seed: dict[str, Any]) -> None:
    text = seed["article"]["text"]
    assert seed["events"]
    for event in seed["events"]:
        assert text[event["start"]:event["end"]] == event["sentence"]
        assert event["trigger"] in event["sentence"]
        assert text[event["trigger_start"]:event["trigger_end"]] == event["trigger"]
        assert {"code", "name"} <= set(event["source"])
        for key in ("id", "cameo", "plover", "goldstein", "quad_class", "date"):
            assert event[key] is not None, key


def test_the_two_direct_quotes_are_blinkens(seed: dict[str, Any]) -> None:
    text = seed["article"]["text"]
    direct = {quote["text"][:40]: quote for quote in seed["quotes"] if quote["direct"]}
    opening = [q for key, q in direct.items() if key.startswith("I think there is very strong")]
    closing = [q for key, q in direct.items() if key.startswith("The relationship that it has")]
    assert opening and closing, list(direct)
    for quote in (opening[0], closing[0]):
        assert quote["speaker"]["code"].startswith("USA")
        assert "Blinken" in quote["speaker"]["name"]
        assert text[quote["start"]:quote["end"]] == quote["text"]


def test_us_demands_on_the_taliban_one_per_condition(seed: dict[str, Any]) -> None:
    demands = [
        claim for claim in seed["claims"]
        if claim["kind"] == "demand" and claim["actor"]["code"].startswith("USA")
        and claim["addressee"] is not None and claim["addressee"]["code"].startswith("TAL")
    ]
    texts = " | ".join(claim["text"] for claim in demands)
    assert len(demands) >= 3, texts
    for condition in ("Afghans and foreigners to leave", "rights of women", "extremists"):
        assert condition in texts
