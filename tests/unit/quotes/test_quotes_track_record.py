"""Track record: claims linked to later events by doer, date, action words and topic."""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.analysis.track_record import (
    STATUSES,
    actor_key,
    build_track_record,
    doer_of,
    implied_window,
    is_negated,
    load_actions,
    named_window,
    track_claims,
)
from tacitus.events.ontology import load_ontology


def actor(code: str) -> dict[str, Any]:
    return {"code": code, "name": code, "kind": "state", "country": code[:3], "roles": []}


def claim(kind: str, who: str, text: str, *, to: str | None = None, day: str = "2021-01-10",
          topic: str | None = None, article: str = "art_a", index: int = 0) -> dict[str, Any]:
    return {"id": f"clm_{kind}_{who}", "kind": kind, "actor": actor(who),
            "addressee": actor(to) if to else None, "text": text, "topic": topic,
            "sentence": text, "sentence_index": index, "article_id": article, "date": day,
            "start": 0, "end": len(text)}


def event(source: str, cameo: str, *, day: str = "2021-02-01", sentence: str = "-",
          article: str = "art_b", index: int = 0, target: str | None = None) -> dict[str, Any]:
    return {"id": f"evt_{source}_{cameo}_{day}_{index}", "source": actor(source),
            "target": actor(target) if target else None, "cameo": cameo, "cameo_name": "name",
            "date": day,
            "sentence": sentence, "article_id": article, "sentence_index": index}


def status(item: dict[str, Any], events: list[dict[str, Any]]) -> tuple[str, str]:
    (tracked,) = track_claims([item], events)
    assert tracked.status in STATUSES
    return tracked.status, tracked.note


@pytest.mark.parametrize(
    ("item", "events", "expected"),
    [
        pytest.param(claim("demand", "USA", "release the prisoners", to="IRN"),
                     [event("IRNGOV", "0841")], "met", id="demand-met-by-addressee"),
        pytest.param(claim("demand", "USA", "release the prisoners", to="IRN"),
                     [event("IRN", "173")], "defied", id="demand-defied-by-arrests"),
        pytest.param(claim("demand", "USA", "release the prisoners", to="IRN"),
                     [event("USA", "0841")], "unresolved", id="someone-else-acted"),
        pytest.param(claim("commitment", "RUS", "not attack Ukraine"),
                     [event("RUSMIL", "190")], "broken", id="promise-not-to-then-did"),
        pytest.param(claim("commitment", "RUS", "will not attack Ukraine"),
                     [event("RUS", "0871")], "kept", id="promise-not-to-then-truce"),
        pytest.param(claim("commitment", "IRN", "release the prisoners"),
                     [event("IRN", "0841"), event("IRN", "173", day="2021-03-01")], "mixed",
                     id="both-ways"),
        pytest.param(claim("threat", "IRN", "close the strait and attack ships"),
                     [event("IRN", "190")], "carried_out", id="threat-carried-out"),
        pytest.param(claim("commitment", "IRN", "release the prisoners"),
                     [event("IRN", "0841", day="2020-12-01")], "unresolved",
                     id="earlier-events-do-not-count"),
        pytest.param(claim("commitment", "IRN", "release the prisoners"),
                     [event("IRN", "0841", day="2023-12-01")], "unresolved",
                     id="outside-the-window"),
        pytest.param(claim("commitment", "IRN", "release the prisoners"),
                     [event("IRN", "0841", day="2021-01-10", article="art_a", index=0)],
                     "unresolved", id="the-claims-own-sentence-is-no-evidence"),
        pytest.param(claim("commitment", "IRN", "release the prisoners"),
                     [event("IRN", "0841", day="2021-01-10", article="art_a", index=3)],
                     "kept", id="a-later-sentence-of-the-same-article"),
        pytest.param(claim("denial", "IRN", "it had sent weapons"), [event("IRN", "0841")],
                     "not_tracked", id="denial"),
        pytest.param(claim("appeal", "PAK", "show patience"), [event("USA", "0841")],
                     "unresolved", id="appeal-without-addressee"),
    ],
)
def test_statuses(item: dict[str, Any], events: list[dict[str, Any]], expected: str) -> None:
    assert status(item, events)[0] == expected


def test_missing_evidence_is_said_plainly() -> None:
    assert status(claim("commitment", "IRN", "release the prisoners"), []) == (
        "unresolved", "no later event found by IRN aimed at no one else or at whom the claim names")
    _, note = status(claim("appeal", "PAK", "show patience"), [])
    assert note == "no addressee named: nobody to hold to it"


def test_topic_links_are_related_evidence_not_proof() -> None:
    item = claim("demand", "USA", "respect minorities", to="TAL", topic="human_rights")
    (tracked,) = track_claims([item], [event("TAL", "042", sentence="Taliban envoys discussed"
                                                  " human rights in Oslo.")])
    assert tracked.status == "unresolved"
    assert [link.relation for link in tracked.links] == ["related"]
    assert "later event(s) by TAL on human_rights" in tracked.note


def test_evidence_carries_the_event_sentence() -> None:
    item = claim("demand", "USA", "release the prisoners", to="IRN")
    (tracked,) = track_claims([item], [event("IRN", "0841", sentence="Iran freed them.")])
    (link,) = tracked.to_dict()["events"]
    assert link["sentence"] == "Iran freed them."
    assert link["relation"] == "as_claimed"
    assert "0841" in link["reason"]


def test_record_splits_claims_made_and_addressed() -> None:
    claims = [claim("demand", "USA", "release the prisoners", to="IRN"),
              claim("commitment", "IRN", "release the prisoners"),
              claim("demand", "GBR", "leave", to="FRA")]
    record = build_track_record("IRN", claims, [event("IRN", "0841")]).to_dict()
    assert [item["kind"] for item in record["made"]] == ["commitment"]
    assert [item["kind"] for item in record["addressed"]] == ["demand"]
    assert {item["status"] for item in record["made"] + record["addressed"]} == {"kept", "met"}


@pytest.mark.parametrize(("text", "negated"), [
    ("not to allow al Qaeda to use Afghan soil", True), ("won’t let Afghan soil be used", True),
    ("stop arming Taiwan", True), ("release the prisoners", False),
    ("we don't sanction friends", True), ("they wouldn’t talk to the rebels", True)])
def test_negation(text: str, negated: bool) -> None:
    assert is_negated(text) is negated


def test_doers_and_keys() -> None:
    assert doer_of(claim("demand", "USA", "x", to="TALGOV")) == "TALGOV"
    assert doer_of(claim("offer", "PAK", "x", to="USA")) == "PAK"
    assert doer_of(claim("denial", "PAK", "x")) is None
    assert actor_key("USAGOV") == "USA"
    assert actor_key("UNO") == actor_key("IGOUNO") == actor_key("UNOPKO") == "UNO"
    assert actor_key("IGOEUREEC") == "EEC"
    assert actor_key("NGOIRC") == "NGOIRC"
    assert actor_key("IGO") == "IGO"


def test_every_action_code_exists() -> None:
    ontology = load_ontology()
    for action in load_actions():
        for code in (*action.does, *action.undoes):
            assert code in ontology, (action.stem, code)


@pytest.mark.parametrize(
    ("item", "events", "expected"),
    [
        pytest.param(claim("commitment", "USA", "impose sanctions on the two ministers", to="RUS"),
                     [event("USAGOV", "163", target="IRN", day="2021-08-01")], "unresolved",
                     id="sanctions-on-someone-else-keep-nothing"),
        pytest.param(claim("commitment", "USA", "impose sanctions on the two ministers", to="RUS"),
                     [event("USAGOV", "163", target="RUSGOV", day="2021-08-01")], "kept",
                     id="sanctions-on-the-target-country-keep-it"),
        pytest.param(claim("commitment", "USA", "impose sanctions on the two ministers", to="RUS"),
                     [event("USAGOV", "163", day="2021-08-01")], "unresolved",
                     id="an-event-with-no-target-keeps-nothing"),
        pytest.param(claim("commitment", "IRN", "release the prisoners within 30 days"),
                     [event("IRN", "0841", day="2021-03-20")], "unresolved",
                     id="after-the-horizon-the-claim-set"),
        pytest.param(claim("commitment", "IRN", "release the prisoners within 30 days"),
                     [event("IRN", "0841", day="2021-02-01")], "kept",
                     id="inside-the-horizon-the-claim-set"),
        pytest.param(claim("commitment", "USA", "would also impose sanctions on Lukashenko"),
                     [event("USAGOV", "163", target="IRN", day="2021-08-01")], "unresolved",
                     id="untargeted-promise-is-not-kept-by-sanctions-on-another-country"),
        pytest.param(claim("commitment", "USA", "would also impose sanctions on Iran"),
                     [event("USAGOV", "163", target="IRN", day="2021-08-01",
                            sentence="Washington imposed sanctions on Iran's police.")], "kept",
                     id="untargeted-promise-kept-on-the-country-its-text-names"),
        pytest.param(claim("commitment", "IRN", "release the detained sailors"),
                     [event("IRN", "0841", target="GBR")], "kept",
                     id="a-promise-naming-no-one-kept-towards-anyone"),
        pytest.param(claim("commitment", "FRA", "will hold talks within its own cabinet"),
                     [event("FRAGOV", "040", target="FRA")], "kept",
                     id="untargeted-promise-kept-at-home"),
        pytest.param(claim("commitment", "EGY", "will never attack its neighbours"),
                     [event("EGYMIL", "190")], "broken",
                     id="untargeted-promise-broken-by-an-untargeted-act"),
        pytest.param(claim("demand", "FRA", "stop the shelling of Donetsk", to="RUS"),
                     [event("RUSMIL", "194", target="UKR",
                            sentence="Russian guns shelled Kharkiv overnight.")], "unresolved",
                     id="a-demand-is-not-defied-by-an-act-on-another-place"),
        pytest.param(claim("demand", "FRA", "stop the shelling of Donetsk", to="RUS"),
                     [event("RUSMIL", "194", target="UKR",
                            sentence="Russian guns shelled Donetsk again.")], "defied",
                     id="a-demand-defied-where-its-text-names"),
        pytest.param(claim("demand", "FRA", "release the detained reporters", to="RUS"),
                     [event("RUS", "0841", target="FRA")], "met",
                     id="a-demand-naming-no-one-met-towards-anyone"),
        *(pytest.param(claim("commitment", "IRN", "release the prisoners next week"),
                       [event("IRN", "0841", day=day)], expected, id=f"next-week-{day}")
          for day, expected in (("2021-03-01", "unresolved"), ("2021-01-15", "kept"))),
    ],
)
def test_a_link_needs_the_target_and_the_horizon(item: dict[str, Any],
                                                 events: list[dict[str, Any]],
                                                 expected: str) -> None:
    assert status(item, events)[0] == expected


@pytest.mark.parametrize(("text", "days"), [
    ("release them within 30 days", 30), ("leave in the next two weeks", 14),
    ("talk within a month", 30), ("cut tariffs over the coming three years", 365),
    ("fight on for years", 365), ("act in 10 years of war", 365)])
def test_the_horizon_a_claim_sets(text: str, days: int) -> None:
    assert implied_window(text, 365) == days


@pytest.mark.parametrize(("text", "days"), [
    ("free them tomorrow", 2), ("hold talks next month", 62), ("meet the envoy on Friday", 7),
    ("withdraw immediately and talk next month", 7), ("keep fighting", 365),
    ("cut rates next year", 365), ("rebuild the yesterday market", 365)])
def test_the_horizon_a_claim_names_without_a_number(text: str, days: int) -> None:
    assert named_window(text, 365) == days


@pytest.mark.parametrize(
    ("text", "cameo", "expected"),
    [
        ("significant pressure is coming", "057", "unresolved"),
        ("signal their readiness", "057", "unresolved"),
        ("keep the aides at home", "07", "unresolved"),
        ("restore electricity across the north", "083", "unresolved"),
        ("fundamental changes", "071", "unresolved"),
        ("sign the accord", "057", "carried_out"),
        ("send aid to the flood zone", "07", "carried_out"),
    ],
)
def test_words_that_only_begin_like_an_action(text: str, cameo: str, expected: str) -> None:
    assert status(claim("threat", "KEN", text), [event("KENGOV", cameo)])[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("release the hostages by the end of the week", "kept"),
        ("not release the hostages until the end of the war", "broken"),
        ("release the hostages without conditions", "kept"),
        ("never release the hostages", "broken"),
    ],
)
def test_only_a_negation_before_the_action_turns_it(text: str, expected: str) -> None:
    item = claim("commitment", "COL", text)
    assert status(item, [event("COLGOV", "0841", day="2021-01-12")])[0] == expected


@pytest.mark.parametrize(("text", "days"), [
    ("free them in the coming days", 14), ("release them within days", 7),
    ("release them within 30 days", 365), ("hand over the files within a few weeks", 31),
    ("leave by the end of the month", 31)])
def test_the_horizon_of_phrases_without_a_count(text: str, days: int) -> None:
    assert named_window(text, 365) == days
