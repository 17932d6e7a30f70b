"""A promise reported on a condition another side must meet bargains: a threat ("would quit the
coalition if the government changed the law"), or an offer when the act gives the other side
what it wants ("would free the hostages if the ransom were paid"); readiness to meet or talk is
an offer; resisting and stepping up attacks are threats. The sentences are written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

REBELS = ("Pakistani rebels", "PAKREB")
GOVERNMENT = ("Pakistan government", "PAKGOV")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("Pakistani rebels said they would quit the coalition if the Pakistan "
                     "government changed the law.", [REBELS, GOVERNMENT],
                     [("threat", "PAKREB", "PAKGOV",
                       "quit the coalition if the Pakistan government changed the law")],
                     id="condition-of-another-threat"),
        pytest.param("The Pakistan government said it would raise tariffs on Chinese goods if "
                     "no deal is reached.", [GOVERNMENT],
                     [("threat", "PAKGOV", None,
                       "raise tariffs on Chinese goods if no deal is reached")],
                     id="outcome-in-the-passive-threat"),
        pytest.param("Pakistani rebels said they would free the hostages if the Pakistan "
                     "government paid the ransom.", [REBELS, GOVERNMENT],
                     [("offer", "PAKREB", "PAKGOV",
                       "free the hostages if the Pakistan government paid the ransom")],
                     id="concession-offer"),
        # a condition of the claimant's own, one nobody sets, or a precondition bargains nothing
        pytest.param("The Pakistan government said it would go to the border if it had to.",
                     [GOVERNMENT], [], id="own-condition"),
        pytest.param("The Pakistan government said it would send aid if the floods continued.",
                     [GOVERNMENT], [], id="nobody-sets-it"),
        pytest.param("Pakistani rebels said they would lay down arms only if the Pakistan "
                     "government resigned.", [REBELS, GOVERNMENT], [], id="precondition"),
    ],
)
def test_conditional_promises(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                              expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("Pakistani rebels said they were ready to meet the Pakistan government.",
                     [REBELS, GOVERNMENT],
                     [("offer", "PAKREB", "PAKGOV", "meet the Pakistan government")],
                     id="ready-to-meet-offer"),
        pytest.param("Pakistani rebels said they would resist any such move.", [REBELS],
                     [("threat", "PAKREB", "PAKGOV", "resist any such move")],
                     id="resist-threat"),
        pytest.param("Pakistani rebels said they would increase their attacks.", [REBELS],
                     [("threat", "PAKREB", "PAKGOV", "increase their attacks")],
                     id="increase-attacks-threat"),
    ],
)
def test_kind_of_the_act(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                         expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
