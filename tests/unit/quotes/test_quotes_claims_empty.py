"""Claims that say nothing: a pro-form standing for an act named elsewhere ("urged Beijing to do
so"), and a negated experience ("said he had not witnessed such riots"), which denies no deed.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

QURESHI = ("Qureshi", "QURESHI")
PAKISTAN = ("Pakistan", "PAK")
IRAN = ("Iran", "IRN")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("The deal lets Iran keep its drones, something Pakistan has urged Iran to"
                     " do.", [PAKISTAN, IRAN], [], id="to-do"),
        pytest.param("Qureshi asked Iran to do the same.", [QURESHI, IRAN], [], id="do-the-same"),
        pytest.param("Pakistan urged Iran to do so.", [PAKISTAN, IRAN], [], id="do-so"),
        pytest.param("Iran denied this.", [IRAN], [("denial", "IRN", None, "this")],
                     id="a-denial-of-this-stays"),
        pytest.param("Pakistan urged Iran to do more for the refugees.", [PAKISTAN, IRAN],
                     [("appeal", "PAK", "IRN", "do more for the refugees")], id="do-more-stays"),
        pytest.param("Qureshi said he had not experienced such riots in forty years.",
                     [QURESHI], [], id="not-experienced"),
        pytest.param("Qureshi said Pakistan had never witnessed a flood like it.",
                     [QURESHI, PAKISTAN], [], id="never-witnessed"),
        pytest.param("Qureshi said Pakistan had not sent troops.", [QURESHI, PAKISTAN],
                     [("denial", "PAKGOV", None, "Pakistan had not sent troops")],
                     id="a-deed-is-still-denied"),
    ],
)
def test_empty_claims(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                      expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
