"""Whom a demand or appeal for an act in the passive asks, on sentences written for these tests:
with no doer named, the government of the claimant's country (its own government too); not when
a side is named after "by", nor when the act's words name a side of another country, nor for a
claimant of no country."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

QURESHI = ("Qureshi", "QURESHI")
UNIONS = ("Pakistani unions", "PAKLAB")
IRAN = ("Iran", "IRN")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("Qureshi said the flooded villages must be rebuilt before the winter.",
                     [QURESHI],
                     [("demand", "PAKGOV", "PAKGOV",
                       "the flooded villages must be rebuilt before the winter")],
                     id="own-government-asked"),
        pytest.param("The Pakistani unions said the closed mills should be reopened.", [UNIONS],
                     [("demand", "PAKLAB", "PAKGOV", "the closed mills should be reopened")],
                     id="side-asks-its-government"),
        pytest.param("Qureshi said the fishermen held by Iran must be released at once.",
                     [QURESHI, IRAN],
                     [("demand", "PAKGOV", None,
                       "the fishermen held by Iran must be released at once")],
                     id="foreign-side-named"),
        pytest.param("The UN said the camps near the border must be reopened.", [("UN", "UN")],
                     [("demand", "UNO", None, "the camps near the border must be reopened")],
                     id="claimant-of-no-country"),
    ],
)
def test_passive_asks(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                      expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
