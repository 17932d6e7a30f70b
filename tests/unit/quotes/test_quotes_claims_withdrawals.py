"""Whom a demand for a side's withdrawal asks when its cue names no one: the government of the
side that is to leave ("the withdrawal of Chinese troops" asks China's government), or the side
itself when it has no country; never the claimant itself. The sentences are written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("Pakistan called for the withdrawal of Chinese troops from the valley.",
                     [("Pakistan", "PAK"), ("Chinese troops", "CHN")],
                     [("appeal", "PAK", "CHNGOV",
                       "the withdrawal of Chinese troops from the valley")],
                     id="troops-of-a-country"),
        pytest.param("The Pakistani unions demanded Russia's withdrawal from the port.",
                     [("Pakistani unions", "PAKLAB"), ("Russia", "RUS")],
                     [("demand", "PAKLAB", "RUSGOV", "Russia's withdrawal from the port")],
                     id="owner-of-the-withdrawal"),
        pytest.param("Pakistan demanded the withdrawal of the United Nations from the valley.",
                     [("Pakistan", "PAK"), ("United Nations", "UN")],
                     [("demand", "PAK", "UNO",
                       "the withdrawal of the United Nations from the valley")],
                     id="a-side-without-a-country"),
        pytest.param("The Pakistan government demanded the withdrawal of Pakistani troops from"
                     " the valley.",
                     [("Pakistan government", "PAKGOV"), ("Pakistani troops", "PAKMIL")],
                     [("demand", "PAKGOV", None,
                       "the withdrawal of Pakistani troops from the valley")],
                     id="not-the-claimant-itself"),
        pytest.param("The Pakistani unions demanded the withdrawal of the new tax.",
                     [("Pakistani unions", "PAKLAB")],
                     [("demand", "PAKLAB", "PAKGOV", "the withdrawal of the new tax")],
                     id="no-side-withdrawn"),
    ],
)
def test_withdrawing_side(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                          expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
