"""A denial by rejecting an accusation answers the accuser the accusation's phrase names ("claims
by Iran that …", "Iran's claims that …"), and no one when it names none. The sentences are
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

PAKISTAN = ("Pakistan", "PAK")
IRAN = ("Iran", "IRN")
DENIED = "its troops had crossed the border"


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("Pakistan rejected claims by Iran that its troops had crossed the border.",
                     [PAKISTAN, IRAN], [("denial", "PAK", "IRN", DENIED)], id="claims-by"),
        pytest.param("Pakistan dismissed reports from Iran that its troops had crossed the"
                     " border.", [PAKISTAN, IRAN], [("denial", "PAK", "IRN", DENIED)],
                     id="reports-from"),
        pytest.param("Pakistan rejected Iran's claims that its troops had crossed the border.",
                     [PAKISTAN, IRAN], [("denial", "PAK", "IRN", DENIED)], id="possessive"),
        pytest.param("Pakistan rejected claims that its troops had crossed the border.",
                     [PAKISTAN], [("denial", "PAK", None, DENIED)], id="no-accuser-named"),
    ],
)
def test_accuser_answered(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                          expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
