"""Promises stated as a resolve, on sentences written for these tests: "reaffirmed its
determination to …", "expressed his intention to …", "insisted on its intention of …" promise the
act; a resolve no one states, one denied ("no intention") or a verb negated promises nothing."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

QURESHI = ("Qureshi", "QURESHI")
REBELS = ("Pakistani rebels", "PAKREB")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("The Pakistani rebels reaffirmed their determination to continue the talks.",
                     [REBELS], [("commitment", "PAKREB", "PAKGOV", "continue the talks")],
                     id="reaffirmed-determination"),
        pytest.param("Qureshi expressed his intention to close the border crossings.",
                     [QURESHI],
                     [("commitment", "PAKGOV", "PAKCVL", "close the border crossings")],
                     id="expressed-intention"),
        pytest.param("The Pakistani rebels insisted on their intention of a prompt settlement.",
                     [REBELS], [("commitment", "PAKREB", "PAKGOV", "a prompt settlement")],
                     id="insisted-on-intention-of"),
        pytest.param("Qureshi's determination to win the vote impressed his party.", [QURESHI],
                     [], id="resolve-not-stated"),
        pytest.param("Qureshi expressed no intention of leaving the talks.", [QURESHI], [],
                     id="no-intention"),
        pytest.param("Qureshi did not express any intention to leave the talks.", [QURESHI], [],
                     id="verb-negated"),
    ],
)
def test_stated_resolves(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                         expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
