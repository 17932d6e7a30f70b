"""The story's own country for a speaker with none of their own (``quotes.home_country``): the
setting, else the country of the actor named first when most of the actors named are of it."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from tacitus.quotes.home_country import home_country
from tacitus.quotes.view import DocView

SPEAKER = " “We expect business to pick up soon,” said Ali Khan, a trader."
PHRASES = [("Pakistan", "PAK"), ("China", "CHN")]


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        pytest.param("Pakistan reopened its border on Monday.", "PAK",
                     id="the-only-side-named"),
        pytest.param("Pakistan reopened its border with China on Monday, and Pakistan said trade"
                     " with China would grow. Pakistan hopes for more.", None,
                     id="another-side-named-half-as-often"),
        pytest.param("China closed a road on Monday. Pakistan reopened its border, and Pakistan"
                     " said trade with China would grow. Pakistan hopes for more.", None,
                     id="named-first-is-not-named-most"),
        pytest.param("Pakistan reopened its border with China on Monday, and Pakistan said trade"
                     " with China would grow.", None, id="two-sides-named-as-often"),
    ],
)
def test_an_unplaced_speaker_takes_the_side_the_story_leads_with(
        analyse: Any, story: str, expected: str | None) -> None:
    """A story that opens with Pakistan and names no other country's actor, but too seldom to be
    set there: a trader it quotes with no country of his own is Pakistani. A story that opens
    with another country, or names another half as often as Pakistan or more, has no side of
    its own."""
    quotes, _ = analyse(story + SPEAKER, PHRASES)
    assert quotes[-1].speaker_text == "Ali Khan, a trader"
    assert (quotes[-1].speaker.code if quotes[-1].speaker else None) == expected


def test_countries_named_inside_quotation_marks_do_not_count(analyse: Any) -> None:
    """China is named three times, all in someone's words: the story's own side is still
    Pakistan."""
    text = ("Pakistan reopened its border on Monday. “China and China and China will"
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


LONE_SIDE = "Pakistan reopened its border on Monday."


@pytest.mark.parametrize(
    "speaker",
    [
        pytest.param(" “We expect business to pick up soon,” said Ali Khan, an analyst at Crest"
                     " Bank.", id="an-analyst-at-a-firm"),
        pytest.param(" “We expect business to pick up soon,” Crest Bank economist Ali Khan said.",
                     id="a-firm-s-economist"),
    ],
)
def test_a_firm_s_commentator_keeps_no_country(analyse: Any, speaker: str) -> None:
    """An analyst or an economist speaks for a firm that comments from wherever it is, not for
    the side the story leads with."""
    quotes, _ = analyse(LONE_SIDE + speaker, PHRASES)
    assert quotes[-1].speaker is None or quotes[-1].speaker.country != "PAK"


def test_a_titled_national_official_takes_the_story_s_side(analyse: Any) -> None:
    """A minister known by name and title alone in a story of one side is that side's."""
    quotes, _ = analyse(LONE_SIDE + " “We expect business to pick up soon,” Trade Minister Ali"
                        " Khan said.", PHRASES)
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.country == "PAK"


@pytest.mark.parametrize(
    ("named", "dateline", "expected"),
    [
        pytest.param(("PAK", "CHN", "PAK", "PAK"), None, "PAK", id="named-twice-as-often"),
        pytest.param(("PAK", "CHN", "PAK", "CHN", "PAK"), None, None,
                     id="the-other-side-named-more-than-half-as-often"),
        pytest.param(("PAK", "PAK"), "PAK", "PAK", id="filed-from-its-side"),
        pytest.param(("PAK", "PAK"), "IND", None, id="filed-from-another-country"),
    ],
)
def test_the_story_s_side_leads_twice_over_and_is_where_it_was_filed(
        named: tuple[str, ...], dateline: str | None, expected: str | None) -> None:
    """The side is named at least twice as often as any other country, and a story filed from
    another country's town (a paper's report at home on foreign scientists) has none."""
    view = cast(DocView, SimpleNamespace(
        setting=None, dateline=dateline,
        stated_countries=tuple((10 * place, country) for place, country in enumerate(named))))
    assert home_country(view) == expected
