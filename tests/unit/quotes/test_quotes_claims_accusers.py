"""A denial by rejecting an accusation answers the accuser the accusation's phrase names ("claims
by Iran that …", "Iran's claims that …"), and no one when it names none. The sentences are
written for these tests. A denial told otherwise ("said there was no evidence for …") answers
the accuser of the accusation its own words name, never the claimant's own side."""

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
        pytest.param("Pakistan rejected the Iranian claims that its troops had crossed the"
                     " border.", [PAKISTAN, ("Iranian", "IRN")],
                     [("denial", "PAK", "IRN", DENIED)], id="accuser-as-modifier"),
    ],
)
def test_accuser_answered(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                          expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("Pakistan said there was no evidence to support Iran's claim.",
                     [PAKISTAN, IRAN],
                     [("denial", "PAK", "IRN", "there was no evidence to support Iran's claim")],
                     id="claim-owned-in-the-words"),
        pytest.param("Pakistan denied the allegations by Iran about the border.",
                     [PAKISTAN, IRAN],
                     [("denial", "PAK", "IRN", "the allegations by Iran about the border")],
                     id="allegations-by-in-the-words"),
        pytest.param("Pakistan denied the allegations by the Pakistani senators.",
                     [PAKISTAN, ("Pakistani senators", "PAKLEG")],
                     [("denial", "PAK", None, "the allegations by the Pakistani senators")],
                     id="not-its-own-side"),
    ],
)
def test_accuser_in_the_denied_words(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                                     expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
