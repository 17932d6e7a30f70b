"""ConfliBERT span countries: the hand-labelled table and the actor_country_accuracy scoring."""

from __future__ import annotations

import pytest

from tacitus.errors import KnowledgeBaseError
from tacitus.evaluation.conflibert import (
    NO_COUNTRY,
    AnnotatedSentence,
    check_span_country,
    known_label_codes,
    score_span_countries,
    span_countries,
)
from tacitus.model import Actor, ActorMention

HEADER = "# made-up labels\nsentence_no\tchar_offset\tspan_length\tcountry\n"
TEXT = "QUETTA: Police said a US drone killed three militants, a UN envoy said."
PAKISTAN = Actor("PAKCOP", "Pakistan police", "sector", "PAK")
USA = Actor("USAMIL", "United States military", "state", "USA")
UN_ENVOY = Actor("UNO", "United Nations", "igo")


def at(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


def mention(actor: Actor, phrase: str) -> ActorMention:
    start, end = at(phrase)
    return ActorMention(actor, phrase, 0, 0, 1, start, end)


def sentence(*phrases: str) -> AnnotatedSentence:
    return AnnotatedSentence(7, TEXT, (), tuple(sorted(at(phrase) for phrase in phrases)))


def key(phrase: str) -> tuple[int, int, int]:
    return (7, *at(phrase))


def test_labels_are_read_as_span_keys() -> None:
    labels = span_countries(HEADER + "3\t4\t40\tAFG\n3\t219\t21\tUNO\n5\t0\t6\t-\n",
                            known={"AFG", "UNO"})
    assert labels == {(3, 4, 44): "AFG", (3, 219, 240): "UNO", (5, 0, 6): NO_COUNTRY}


@pytest.mark.parametrize(("row", "message"), [
    ("3\t4\t40\tXYZ\n", "unknown country or organisation code 'XYZ'"),
    ("3\t4\tforty\tAFG\n", "must be numbers"),
    ("3\t4\t0\tAFG\n", "must be positive"),
    ("3\t-1\t4\tAFG\n", "not negative"),
    ("3\t4\t40\tAFG\n3\t4\t40\t-\n", "labelled twice"),
])
def test_bad_label_rows_are_refused(row: str, message: str) -> None:
    with pytest.raises(KnowledgeBaseError, match=message):
        span_countries(HEADER + row, known={"AFG"})


def test_known_codes_are_countries_and_organisations() -> None:
    codes = known_label_codes()
    assert {"USA", "PAK", "HKG", "UNO", "NAT", "EEC"} <= codes
    assert "XYZ" not in codes


def test_packaged_labels_load_and_validate() -> None:
    labels = span_countries()
    assert labels
    assert NO_COUNTRY in labels.values()
    assert all(end > start for _, start, end in labels)


def test_an_overlapping_actor_of_the_country_is_a_hit() -> None:
    found = [mention(PAKISTAN, "Police"), mention(USA, "US")]
    check = check_span_country(key("a US drone"), "USA", found)
    assert check.hit and check.found == ("USAMIL",)


def test_an_organisation_label_needs_that_organisation() -> None:
    peacekeepers = Actor("UNOPKO", "UN peacekeepers", "igo")
    assert check_span_country(key("a UN envoy"), "UNO",
                              [mention(peacekeepers, "UN envoy")]).hit
    assert check_span_country(key("a UN envoy"), "UNO",
                              [mention(USA, "UN envoy")]).outcome == "wrong country"


def test_a_span_without_an_overlapping_actor_is_no_actor() -> None:
    # the actor ends exactly where the span starts: touching is not overlapping
    before = ActorMention(USA, "QUETTA: ", 0, 0, 1, 0, at("Police")[0])
    check = check_span_country(key("Police"), "PAK", [before])
    assert check.outcome == "no actor" and not check.hit


def test_an_actor_of_another_country_is_a_wrong_country() -> None:
    check = check_span_country(key("three militants"), "PAK", [mention(USA, "three militants")])
    assert check.outcome == "wrong country" and check.found == ("USAMIL",)


def test_an_actor_with_neither_country_nor_organisation_is_no_country() -> None:
    civilians = Actor("CVL", "civilians", "sector")
    check = check_span_country(key("three militants"), "PAK",
                               [mention(civilians, "three militants")])
    assert check.outcome == "no country" and not check.hit
    # an organisation counts as an affiliation: the miss is a wrong country, not a missing one
    interpol = Actor("ITP", "Interpol", "igo")
    assert check_span_country(key("three militants"), "PAK",
                              [mention(interpol, "militants")]).outcome == "wrong country"
    # so does a code led by a country, even when the actor carries no country field
    agency = Actor("FRAMED", "Agence France-Presse", "group")
    assert check_span_country(key("three militants"), "PAK",
                              [mention(agency, "militants")]).outcome == "wrong country"


def test_scoring_skips_dash_labels_and_reports_misses_and_mismatches() -> None:
    annotated = sentence("Police", "a US drone", "three militants", "a UN envoy")
    labels = {key("Police"): "PAK", key("a US drone"): "USA", key("three militants"): "PAK",
              key("a UN envoy"): NO_COUNTRY, (7, 0, 6): "PAK", (8, 0, 6): "PAK"}
    found = [mention(PAKISTAN, "Police"), mention(USA, "drone"), mention(UN_ENVOY, "UN")]
    score = score_span_countries([annotated], [found], labels)
    assert [check.outcome for check in score.checks] == ["hit", "hit", "no actor"]
    assert score.hits == 2
    assert score.unlabelled == 0
    assert score.stray == 1  # (7, 0, 6) names no span; sentence 8 was not read
    (error,) = score.errors
    assert error.record_id == f"7:{at('three militants')[0]}-{at('three militants')[1]}"
    assert error.problem == "actor country: no actor"
    assert error.expected == "PAK for 'three militants'"
    assert error.found.startswith("in span: none; elsewhere: PAKCOP 'Police'@8")


def test_scoring_counts_spans_without_a_label() -> None:
    score = score_span_countries([sentence("Police", "a US drone")],
                                 [[mention(PAKISTAN, "Police")]], {key("Police"): "PAK"})
    assert (score.hits, len(score.checks), score.unlabelled, score.stray) == (1, 1, 1, 0)
