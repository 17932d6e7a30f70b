"""A text is scanned only with the date patterns that may match in it (a digit for a numbered
date, the union of the worded ones for the rest), and finds what scanning every pattern finds."""

from __future__ import annotations

from datetime import date

import pytest

from tacitus.events.dates import NUMBERED, PATTERNS, WORDED, dates_in_text, patterns_in
from tacitus.events.story_time import AGO, WORDED_OR_AGO

TEXTS = (
    "The envoys met in Geneva and agreed to meet again.",
    "The envoys met on March 3, 2021 in Geneva.",
    "The envoys met on Tuesday and again this morning.",
    "Talks that began three weeks ago resumed on 12 May.",
    "The treaty of the 1990s was signed in 1994 by 12 states.",
    "Rebels who fled LAST WEEK returned yesterday.",
)
PUBLISHED = date(2021, 3, 10)


def every_match(text: str) -> list[tuple[int, str]]:
    return [(match.start(), match.group(0)) for pattern, _ in PATTERNS
            for match in pattern.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_patterns_that_may_match_find_what_every_pattern_finds(text: str) -> None:
    kept = patterns_in(text)
    assert [(match.start(), match.group(0)) for pattern, _ in kept
            for match in pattern.finditer(text)] == every_match(text)
    # kept in ``PATTERNS``' order
    assert [pattern for pattern, _ in kept] == [pattern for pattern, _ in PATTERNS
                                                if (pattern, _) in kept]


def test_a_text_without_dates_is_scanned_with_no_pattern() -> None:
    assert patterns_in(TEXTS[0]) == ()
    assert dates_in_text(TEXTS[0], PUBLISHED) == ()


def test_a_text_without_digits_skips_the_numbered_dates() -> None:
    assert patterns_in(TEXTS[2]) == WORDED
    assert patterns_in("Troops left in 2004.") == NUMBERED


@pytest.mark.parametrize("text", TEXTS)
def test_the_story_time_union_misses_no_worded_date_nor_ago(text: str) -> None:
    if any(pattern.search(text) for pattern, _ in WORDED) or AGO.search(text) is not None:
        assert WORDED_OR_AGO.search(text) is not None
    else:
        assert WORDED_OR_AGO.search(text) is None
