"""The story's own country for a speaker with none of their own (``quotes.home_country``): the
setting, else the country of the actor named first when most of the actors named are of it."""

from __future__ import annotations

from typing import Any

import pytest

SPEAKER = " “We expect business to pick up soon,” said Ali Khan, a trader."
PHRASES = [("Pakistan", "PAK"), ("China", "CHN")]


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        pytest.param("Pakistan reopened its border with China on Monday, and Pakistan said trade"
                     " with China would grow. Pakistan hopes for more.", "PAK",
                     id="the-side-named-first-and-most"),
        pytest.param("China closed a road on Monday. Pakistan reopened its border, and Pakistan"
                     " said trade with China would grow. Pakistan hopes for more.", None,
                     id="named-first-is-not-named-most"),
        pytest.param("Pakistan reopened its border with China on Monday, and Pakistan said trade"
                     " with China would grow.", None, id="two-sides-named-as-often"),
    ],
)
def test_an_unplaced_speaker_takes_the_side_the_story_leads_with(
        analyse: Any, story: str, expected: str | None) -> None:
    """No country leads twice over (no setting), but the story opens with Pakistan and names it
    more than any other: a trader it quotes with no country of his own is Pakistani. A story
    that opens with another country, or names two as often, has no side of its own."""
    quotes, _ = analyse(story + SPEAKER, PHRASES)
    assert quotes[-1].speaker_text == "Ali Khan, a trader"
    assert (quotes[-1].speaker.code if quotes[-1].speaker else None) == expected


def test_countries_named_inside_quotation_marks_do_not_count(analyse: Any) -> None:
    """China is named five times, but three of them are someone's words: the story's own side
    is still Pakistan."""
    text = ("Pakistan reopened its border with China on Monday, and Pakistan said trade with"
            " China would grow. Pakistan hopes for more. “China and China and China will"
            " follow,” an official said." + SPEAKER)
    quotes, _ = analyse(text, PHRASES)
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.code == "PAK"


@pytest.mark.parametrize(
    ("speaker", "phrases"),
    [
        pytest.param(" “We expect business to pick up soon,” said Ali Khan, an adviser to the US"
                     " State Department.", [*PHRASES, ("US State Department", "USAGOV")],
                     id="beside-another-country-s-actor"),
        pytest.param(" “We expect business to pick up soon,” the Gulf Radio dispatch said.",
                     PHRASES, id="an-outlet-s-dispatch"),
    ],
)
def test_the_story_s_side_is_no_ground_against_the_speaker_s_own_words(
        analyse: Any, speaker: str, phrases: list[tuple[str, ...]]) -> None:
    """A country's actor named beside the speaker may be whom they serve, and an outlet reports
    from anywhere: neither takes the side the story leads with."""
    story = ("Pakistan reopened its border with China on Monday, and Pakistan said trade with"
             " China would grow. Pakistan hopes for more.")
    quotes, _ = analyse(story + speaker, phrases)
    assert quotes[-1].speaker is None or quotes[-1].speaker.country != "PAK"
