"""A claim one speaker makes and another relays ("X said it would …, state media reported"): the
one who said it claims, not the outlet that reported the saying. The sentences are written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

QURESHI = ("Qureshi", "QURESHI")
REUTERS = ("Reuters", "REUTERS")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("Qureshi said his country would retaliate against any strike, state television"
                     " reported.", [QURESHI, ("state television", "REUTERS")],
                     [("threat", "PAKGOV", None, "retaliate against any strike")],
                     id="the-one-who-said-it-claims"),
        pytest.param("Reuters reported that Pakistan would retaliate against any strike.",
                     [REUTERS, ("Pakistan", "PAK")], [], id="a-report-alone-claims-nothing"),
        pytest.param("Qureshi said on Monday that his country would retaliate against any"
                     " strike.", [QURESHI],
                     [("threat", "PAKGOV", None, "retaliate against any strike")],
                     id="no-relay"),
    ],
)
def test_a_relayed_claim_is_the_sayers(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                                       expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
