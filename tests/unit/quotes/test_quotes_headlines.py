"""A headline over a story: found by its shape, and its claim left to the story's telling.
Texts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

from tacitus.quotes.headlines import headline_end

STORY = ("Pakistan vows to free fishermen (Wire)\n\n"
         "Pakistan will free the Iranian fishermen it holds, Qureshi said on Monday.")


@pytest.mark.parametrize(
    ("text", "end"),
    [
        pytest.param(STORY, STORY.index("\n\n"), id="headline-over-story"),
        pytest.param("Pakistan will free the fishermen, Qureshi said.\n\nThe talks went on.", 0,
                     id="first-paragraph-is-a-sentence"),
        pytest.param("Pakistan vows to free fishermen", 0, id="headline-alone"),
        pytest.param(" ".join(["word"] * 25) + "\n\nThe story.", 0, id="too-long"),
    ],
)
def test_headline_end(text: str, end: int) -> None:
    assert headline_end(text) == end


def test_headline_claim_left_to_the_story(analyse: Any) -> None:
    _, claims = analyse(STORY, [("Pakistan", "PAK"), ("Qureshi", "QURESHI")])
    assert summary(claims) == [("commitment", "PAKGOV", "PAKCVL",
                                "free the Iranian fishermen it holds")]
