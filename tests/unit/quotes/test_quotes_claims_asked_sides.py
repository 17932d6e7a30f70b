"""Whom a cue's object asks: the first named side coordinated with a kind of body in the plural
("foreign governments and the United Nations" asks the United Nations, not the claimant's own
government), an international or non-governmental body named by its kind when no side is named,
and the claimant's own government for "the government". The sentences are written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

PAKISTAN = ("Pakistan", "PAK")
ACT = "send doctors to the valley"


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("Pakistan called on foreign governments and the United Nations to send"
                     " doctors to the valley.",
                     [PAKISTAN, ("governments", "GOV"), ("United Nations", "UN")],
                     [("appeal", "PAK", "UNO", ACT)], id="named-beside-governments"),
        pytest.param("Pakistan called on international organisations and humanitarian groups"
                     " to send doctors to the valley.",
                     [PAKISTAN], [("appeal", "PAK", "IGO", ACT)], id="bodies-by-their-kind"),
        pytest.param("Pakistan called on humanitarian groups to send doctors to the valley.",
                     [PAKISTAN], [("appeal", "PAK", "NGO", ACT)], id="humanitarian-groups"),
        pytest.param("Pakistan urged the government to send doctors to the valley.",
                     [PAKISTAN, ("government", "GOV")], [("appeal", "PAK", "PAKGOV", ACT)],
                     id="its-own-government"),
    ],
)
def test_asked_side(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                    expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
