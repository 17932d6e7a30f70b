"""A promise or threat that neither its cue nor its words address to anyone, made by a side of a
country other than its executive, answers that country's government; a denial answers its
accuser and stays unaddressed, so does the government's own, and a side the words name comes
first. The sentences are written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

PRESIDENT = ("Pakistani president", "PAKGOV")
REBELS = ("rebels", "PAKREB")
AFG = ("Afghanistan", "AFG")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("The Pakistani rebels threatened to attack the convoys.", [REBELS],
                     [("threat", "PAKREB", "PAKGOV", "attack the convoys")],
                     id="rebel-threat-answers-the-state"),
        pytest.param("The Pakistani rebels denied taking the money.", [REBELS],
                     [("denial", "PAKREB", None, "taking the money")],
                     id="a-denial-answers-its-accuser"),
        pytest.param("The Pakistani rebels vowed to attack Afghanistan.", [REBELS, AFG],
                     [("threat", "PAKREB", "AFG", "attack Afghanistan")],
                     id="the-side-named-first"),
        pytest.param("The Pakistani president threatened to close the schools.", [PRESIDENT],
                     [("threat", "PAKGOV", None, "close the schools")],
                     id="the-government-answers-no-one"),
    ],
)
def test_unaddressed_claims_of_a_side_answer_its_government(
        analyse: Any, text: str, phrases: list[tuple[str, ...]],
        expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
