"""Ultimatums, on sentences written for these tests: a threat "unless" another side acts also
demands that act of it (one demand for each side the clause names); a passive clause, or one
whose subject is the threatening side itself, asks no one; a deadline's alternative ("… or face
sanctions") is a threat."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

REBELS = ("Pakistani rebels", "PAKREB")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("The Pakistani rebels threatened to kill the hostages unless China freed "
                     "their commander.", [REBELS, ("China", "CHN")],
                     [("threat", "PAKREB", "PAKGOV", "kill the hostages"),
                      ("demand", "PAKREB", "CHN", "China freed their commander")],
                     id="threat-unless-another-acts"),
        pytest.param("Iran threatened to close the pass unless Afghanistan paid the tolls and "
                     "Pakistan withdrew its guards.",
                     [("Iran", "IRN"), ("Afghanistan", "AFG"), ("Pakistan", "PAK")],
                     [("threat", "IRN", None, "close the pass"),
                      ("demand", "IRN", "AFG", "Afghanistan paid the tolls"),
                      ("demand", "IRN", "PAK", "Pakistan withdrew its guards")],
                     id="terms-for-two-sides"),
        pytest.param("The Pakistani rebels threatened to kill the hostages unless they were "
                     "freed.", [REBELS], [("threat", "PAKREB", "PAKGOV",
                                           "kill the hostages unless they were freed")],
                     id="passive-terms"),
        pytest.param("Iran threatened to close the pass unless Iran received the tolls.",
                     [("Iran", "IRN")],
                     [("threat", "IRN", None, "close the pass unless Iran received the tolls")],
                     id="own-side-terms"),
        pytest.param("Iran promised to reopen the pass unless Afghanistan objected.",
                     [("Iran", "IRN"), ("Afghanistan", "AFG")],
                     # made to the other side its words name (``named_addressees``)
                     [("commitment", "IRN", "AFG",
                       "reopen the pass unless Afghanistan objected")],
                     id="promise-not-threat"),
        # a deadline's alternative undergone by the one given it is a threat on it
        pytest.param("China gave Pakistan two weeks to repay the loan or face sanctions.",
                     [("China", "CHN"), ("Pakistan", "PAK")],
                     [("demand", "CHN", "PAK", "repay the loan"),
                      ("threat", "CHN", "PAK", "face sanctions")],
                     id="deadline-or-face"),
    ],
)
def test_ultimatums(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                    expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
