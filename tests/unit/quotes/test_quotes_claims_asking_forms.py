"""Asks worded in the ways news writes them besides "urged X to": "called upon X to" and "an
appeal to X to" (an appeal to a court asking nothing done is no claim). The sentences are
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

PRESIDENT = ("Pakistani president", "PAKGOV")
REBELS = ("rebels", "PAKREB")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("The Pakistani president called upon the rebels to lay down their arms.",
                     [PRESIDENT, REBELS],
                     [("appeal", "PAKGOV", "PAKREB", "lay down their arms")],
                     id="called-upon"),
        pytest.param("The Pakistani president issued an appeal to the rebels to return to the "
                     "talks.", [PRESIDENT, REBELS],
                     [("appeal", "PAKGOV", "PAKREB", "return to the talks")],
                     id="an-appeal-to-x-to"),
        # an appeal to a court with nothing asked to be done is a legal step, no claim
        pytest.param("The Pakistani rebels lodged an appeal to the high court on Monday.",
                     [REBELS], [], id="an-appeal-to-a-court"),
    ],
)
def test_asking_forms(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                      expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected

