"""The dates of a sentence are read once per text and article date: the remembered answers are
those of reading the text anew, and a text or an article date of its own gets its own."""

from __future__ import annotations

from datetime import date

from tacitus.events.dates import PATTERNS, _earliest_date, dates_in_text, resolve_date_in_text

TEXT = "The talks that began in March 2019 resumed on Tuesday and end tomorrow."


def _scanned(text: str, article_date: date) -> tuple[tuple[int, date], ...]:
    return tuple((match.start(), found) for pattern, resolver in PATTERNS
                 for match in pattern.finditer(text)
                 if (found := resolver(match, article_date)) is not None)


def test_every_date_of_a_text_with_its_offset() -> None:
    on = date(2024, 5, 10)
    found = dates_in_text(TEXT, on)
    assert found == _scanned(TEXT, on)
    assert (TEXT.index("in March"), date(2019, 3, 1)) in found
    assert (TEXT.index("Tuesday"), date(2024, 5, 7)) in found
    assert dates_in_text(TEXT, on) is found
    # another article date reads the weekday anew
    later = dates_in_text(TEXT, date(2024, 5, 20))
    assert (TEXT.index("Tuesday"), date(2024, 5, 14)) in later
    assert dates_in_text("No date here at all.", on) == ()


def test_the_earliest_date_is_remembered_per_text_and_article_date() -> None:
    on = date(2024, 5, 10)
    assert resolve_date_in_text(TEXT, on) == date(2019, 3, 1)
    hits = _earliest_date.cache_info().hits
    assert resolve_date_in_text(TEXT, on) == date(2019, 3, 1)
    assert _earliest_date.cache_info().hits == hits + 1
    assert resolve_date_in_text("They met on Tuesday.", on) == date(2024, 5, 7)
    assert resolve_date_in_text("They met on Tuesday.", date(2024, 5, 20)) == date(2024, 5, 14)
    assert resolve_date_in_text("They met.", None) is None
