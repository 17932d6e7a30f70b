"""Which reports are one event: dyads, roots, dates, evidence; ids that do not depend on order."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest

from tacitus.events import dedup
from tacitus.events.dedup import (
    Cluster,
    MergeRules,
    Report,
    compatible_actors,
    compatible_roots,
    evidence_features,
    merge_reports,
    name_words,
    root_class,
    same_event,
)

RULES = MergeRules()
DAY = date(2022, 3, 16)


def report(coded_id: str, article_id: str, *, sentence: str, day: date | None = DAY,
           source: str = "RUSMIL", target: str | None = None, root: str = "19",
           start: int = 0) -> Report:
    names = name_words(["Russia", "Russian forces"])
    anchors, words = evidence_features(sentence, [], names)
    return Report(coded_id=coded_id, article_id=article_id, day=day, start=start,
                  trigger_start=start + 5, source_code=source, target_code=target, root=root,
                  anchors=anchors, words=words)


THEATRE = "Russian forces bombed a drama theatre in Mariupol on Wednesday."
THEATRE_AGAIN = "A Russian air strike destroyed the Mariupol theatre, the city council said."
BREAD = "Russian forces shelled a bread queue in Chernihiv on Wednesday."


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [("USAGOV", "USAGOV", True), ("USA", "USAGOV", True), ("USAGOVMIL", "USAMIL", True),
     ("USAGOV", "USAMIL", False), ("USAGOV", "PAKGOV", False), (None, None, True),
     ("TAL", None, False)],
)
def test_actor_codes_compare_at_country_level_with_compatible_types(
        first: str | None, second: str | None, expected: bool) -> None:
    assert compatible_actors(first, second) is expected


@pytest.mark.parametrize(("first", "second", "expected"),
                         [("19", "19", True), ("18", "19", True), ("17", "20", True),
                          ("04", "05", True), ("04", "19", False), ("01", "02", False)])
def test_roots_are_compatible_within_a_documented_group(first: str, second: str,
                                                        expected: bool) -> None:
    assert compatible_roots(first, second) is expected


def test_features_leave_out_actor_words_weekdays_and_stop_words() -> None:
    anchors, words = evidence_features(THEATRE, [(0, 14)], name_words(["Russia"]))
    assert anchors == {"mariupol"}
    assert "wednesday" in words and "russian" not in words and "the" not in words
    assert evidence_features("TROOPS ATTACKED A POST IN LIMA", [], frozenset())[0] == frozenset()


def test_paraphrases_in_other_words_are_one_event() -> None:
    assert same_event(report("e1", "a1", sentence=THEATRE),
                      report("e2", "a2", sentence=THEATRE_AGAIN), RULES) > 0


@pytest.mark.parametrize(
    "change",
    [
        {"sentence": BREAD},                      # another place, same day
        {"day": date(2022, 3, 20)},               # beyond the window
        {"day": None},                            # undated
        {"target": "UKRMIL", "root": "18"},       # a target, and another (if compatible) root
        {"root": "04"},                           # another kind of action
        {"article_id": "a1", "start": 40},        # another sentence of the same article
    ],
)
def test_reports_that_differ_stay_apart(change: dict[str, object]) -> None:
    base = report("e1", "a1", sentence=THEATRE)
    other = {"coded_id": "e2", "article_id": "a2", "sentence": THEATRE_AGAIN, **change}
    sentence = str(other.pop("sentence"))
    candidate = report(str(other.pop("coded_id")), str(other.pop("article_id")),
                       sentence=sentence, **other)  # type: ignore[arg-type]
    assert same_event(base, candidate, RULES) == 0


def test_one_sentence_stating_an_event_twice_is_one_event() -> None:
    first = report("e1", "a1", sentence=BREAD, root="19")
    assert same_event(first, replace(first, coded_id="e2", root="18", trigger_start=30),
                      RULES) == 1.0


def test_a_meeting_is_the_same_whichever_side_is_the_subject() -> None:
    first = report("e1", "a1", sentence="Blinken met Qureshi in New York.", source="USAGOV",
                   target="PAKGOV", root="04")
    second = report("e2", "a2", sentence="Qureshi met Blinken at the UN in New York.",
                    source="PAKGOV", target="USAGOV", root="04")
    assert same_event(first, second, RULES) > 0
    assert same_event(replace(first, root="19"), replace(second, root="19"), RULES) == 0


def test_one_shared_word_is_not_evidence() -> None:
    first = report("e1", "a1", sentence="TROOPS ATTACKED.")
    assert same_event(first, report("e2", "a2", sentence="TROOPS FOUGHT."), RULES) == 0
    assert same_event(first, report("e3", "a3", sentence="TROOPS ATTACKED AGAIN."), RULES) > 0


def _reports() -> list[Report]:
    return [
        report("e-b", "b", sentence=THEATRE_AGAIN, day=date(2022, 3, 17)),
        report("e-a", "a", sentence=THEATRE),
        report("e-c", "c", sentence=BREAD),
        report("e-d", "d", sentence="Russian troops attacked a bread line in Chernihiv."),
    ]


def _clusters(reports: list[Report]) -> set[tuple[str, frozenset[str]]]:
    clusters = merge_reports([], reports, RULES)
    return {(cluster.event_id, frozenset(item.coded_id for item in cluster.reports))
            for cluster in clusters}


def test_a_cluster_is_named_after_its_earliest_report_in_any_order() -> None:
    expected = {("e-a", frozenset({"e-a", "e-b"})), ("e-c", frozenset({"e-c", "e-d"}))}
    reports = _reports()
    for seed in range(5):
        random.Random(seed).shuffle(reports)
        assert _clusters(reports) == expected


def test_an_earlier_report_renames_a_stored_event() -> None:
    stored = Cluster(reports=[_reports()[0]], stored_id="e-b")
    [cluster] = merge_reports([stored], [_reports()[1]], RULES)
    assert cluster is stored and cluster.changed and cluster.event_id == "e-a"


def test_a_report_with_a_stored_id_joins_that_event() -> None:
    stored = Cluster(reports=[_reports()[2]], stored_id="e-c")
    twin = report("e-c", "z", sentence="Something else entirely.", day=None)
    [cluster] = merge_reports([stored], [twin], RULES)
    assert cluster is stored and not cluster.changed


def chained(count: int) -> Cluster:
    """A stored event of ``count`` reports, each naming the shared bridge and one village."""
    return Cluster(stored_id="e00", reports=[
        replace(report(f"e{index:02d}", f"a{index:02d}", sentence=THEATRE),
                anchors=frozenset({"bridge", f"village{index}"})) for index in range(count)])


@pytest.mark.parametrize(
    ("anchors", "joins"),
    [({"village0", "ford"}, True),     # like the earliest report alone
     ({"village19", "ford"}, True),    # like the latest report alone
     ({"bridge", "ford"}, True),       # like every report
     ({"village9", "ford"}, False),    # like one report in the middle alone: not compared
     ({"ford", "mill"}, False)],       # like none
)
def test_a_large_cluster_is_compared_through_its_earliest_and_latest_reports(
        anchors: set[str], joins: bool) -> None:
    cluster = chained(20)
    new = replace(report("e99", "a99", sentence=THEATRE), anchors=frozenset(anchors))
    [touched] = merge_reports([cluster], [new], MergeRules(compared_reports=4))
    assert (touched is cluster) is joins


def test_a_cluster_within_the_bound_is_compared_with_every_report() -> None:
    new = replace(report("e99", "a99", sentence=THEATRE), anchors=frozenset({"village9", "ford"}))
    cluster = chained(20)
    [touched] = merge_reports([cluster], [new], MergeRules(compared_reports=10))
    assert touched is cluster


@pytest.fixture
def compared(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The coder ids of the stored reports ``same_event`` is called with, in order."""
    calls: list[str] = []
    real = dedup.same_event

    def counted(first: Report, second: Report, rules: MergeRules) -> float:
        calls.append(first.coded_id)
        return real(first, second, rules)

    monkeypatch.setattr(dedup, "same_event", counted)
    return calls


def test_a_report_is_compared_only_with_clusters_it_shares_a_word_with(
        compared: list[str]) -> None:
    theatre = Cluster(stored_id="e1", reports=[report("e1", "a1", sentence=THEATRE)])
    bread = Cluster(stored_id="e2", reports=[report("e2", "a2", sentence=BREAD)])
    elsewhere = Cluster(stored_id="e3", reports=[report(
        "e3", "a3", sentence="Russian forces hit a ferry near Odesa overnight.")])
    new = report("e4", "a4", sentence=THEATRE_AGAIN)
    [touched] = merge_reports([bread, elsewhere, theatre], [new], RULES)
    # the theatre's report shares "Mariupol"; the bread queue and the ferry share nothing
    assert touched is theatre
    assert compared == ["e1"]


@pytest.mark.parametrize(
    ("change", "joins"),
    [({"root": "01"}, False),                         # a statement is never a shelling
     ({"root": "18"}, True),                          # an assault is violence as a shelling is
     ({"source_code": "UKRMIL", "target_code": "RUSMIL"}, False)],  # the other side shelling
)
def test_a_report_is_compared_only_with_reports_of_a_compatible_root_and_direction(
        compared: list[str], change: dict[str, str], joins: bool) -> None:
    harbour = "Russian forces shelled the Kherson harbour and its grain silos at dawn."
    stored = Cluster(stored_id="e1", reports=[replace(
        report("e1", "a1", sentence=harbour, target="UKRMIL"), **change)])
    new = report("e2", "a2", sentence=harbour.replace("at dawn", "before noon"), target="UKRMIL")
    touched = merge_reports([stored], [new], RULES)
    # the same words in both sentences: only the root and the direction keep them apart
    assert (compared == ["e1"]) is joins
    assert (touched == [stored]) is joins


def test_a_meeting_reported_the_other_way_round_is_still_compared() -> None:
    talks = "Russian envoys held talks with Turkish mediators in Antalya on Thursday."
    stored = Cluster(stored_id="e1", reports=[report("e1", "a1", sentence=talks, source="TUR",
                                                     target="RUSGOV", root="04")])
    new = report("e2", "a2", sentence=talks, source="RUSGOV", target="TUR", root="04")
    assert merge_reports([stored], [new], RULES) == [stored]


ROOTS = [f"{number:02d}" for number in range(1, 21)]


@pytest.mark.parametrize("first", ROOTS)
def test_two_roots_share_a_class_exactly_when_they_are_compatible(first: str) -> None:
    # the merge step indexes reports by class: overlapping groups of roots would break it
    assert [root_class(first) == root_class(second) for second in ROOTS] == [
        compatible_roots(first, second) for second in ROOTS]


def test_a_report_without_a_target_is_the_event_of_its_source_and_root() -> None:
    aimed = report("e1", "a1", sentence=THEATRE, target="UKRCVL")
    alone = report("e2", "a2", sentence=THEATRE_AGAIN)
    assert same_event(aimed, alone, RULES) > 0
    assert same_event(alone, aimed, RULES) > 0
    # another source, or another day beyond the window, still keeps them apart
    assert same_event(replace(aimed, source_code="BLRMIL"), alone, RULES) == 0
    assert same_event(replace(aimed, day=date(2022, 3, 25)), alone, RULES) == 0


def test_a_report_without_a_target_joins_the_stored_event_it_tells() -> None:
    aimed = Cluster(stored_id="e1", reports=[report("e1", "a1", sentence=THEATRE,
                                                    target="UKRCVL")])
    bread = Cluster(stored_id="e2", reports=[report("e2", "a2", sentence=BREAD,
                                                    target="UKRCVL")])
    alone = report("e3", "a3", sentence=THEATRE_AGAIN)
    assert merge_reports([bread, aimed], [alone], RULES) == [aimed]


def test_two_targets_never_meet_through_a_report_without_one() -> None:
    alone = report("e1", "a1", sentence=THEATRE, day=date(2022, 3, 15))
    on_ukraine = report("e2", "a2", sentence=THEATRE_AGAIN, target="UKRCVL")
    on_moldova = report("e3", "a3", sentence=THEATRE_AGAIN.replace("city", "town"),
                        target="MDACVL")
    clusters = merge_reports([], [alone, on_ukraine, on_moldova], RULES)
    # the report without a target joins the first it matches; the other target stays apart
    assert sorted(sorted(r.coded_id for r in cluster.reports) for cluster in clusters) == [
        ["e1", "e2"], ["e3"]]
