"""A promise or threat of a state's executive that names no one answers the one armed side of its
country the story names (its rebels); with none, or two, or a side of another country, it stays
unaddressed, and a side the words name comes first. The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

PRESIDENT = ("Pakistani president", "PAKGOV")
REBELS = ("rebels", "PAKREB")
TALIBAN = ("Taliban", "TALIBAN")
AFG = ("Afghanistan", "AFG")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("The rebels attacked a convoy on Monday. The Pakistani president vowed to"
                     " keep fighting until peace returns.", [REBELS, PRESIDENT],
                     [("threat", "PAKGOV", "PAKREB", "keep fighting until peace returns")],
                     id="the-executive-answers-its-rebels"),
        pytest.param("The Pakistani president vowed to keep fighting until peace returns.",
                     [PRESIDENT],
                     [("threat", "PAKGOV", None, "keep fighting until peace returns")],
                     id="no-rebels-named"),
        pytest.param("The Taliban attacked a convoy on Monday. The Pakistani president vowed to"
                     " keep fighting until peace returns.", [TALIBAN, PRESIDENT],
                     [("threat", "PAKGOV", None, "keep fighting until peace returns")],
                     id="another-country's-armed-side"),
        pytest.param("The rebels attacked a convoy on Monday. The Pakistani president vowed to"
                     " attack Afghanistan.", [REBELS, PRESIDENT, AFG],
                     [("threat", "PAKGOV", "AFG", "attack Afghanistan")],
                     id="the-side-named-first"),
        pytest.param("The rebels attacked a convoy on Monday. The Pakistani president denied"
                     " bombing the villages.", [REBELS, PRESIDENT],
                     [("denial", "PAKGOV", None, "bombing the villages")],
                     id="a-denial-answers-its-accuser"),
    ],
)
def test_the_executive_s_unaddressed_claims_answer_its_armed_rival(
        analyse: Any, text: str, phrases: list[tuple[str, ...]],
        expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
