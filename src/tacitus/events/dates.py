"""When an event happened: a date expression in its sentence, read relative to the article date.

Conventions: a weekday ("on Friday", "Wednesday evening") is the most recent such day on or before
the article date; "yesterday" is the day before; "today", "tonight" and "this morning" are the
article date; "last week" is seven days before; a period without a day is dated to its first day
("in 2019" → 1 January 2019, "last month" → the first of the previous month, "in March 2020" →
1 March 2020); a day and month without a year ("on 12 March") is the latest such date on or before
the article date. With no date expression the event takes the article date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Span

from tacitus.nlp.texts import span_text
from tacitus.wordlists import word_list, word_table

# month names and abbreviations -> the month's number
MONTHS = {word: int(number) for word, _, number, _ in word_table("calendar", kind="month")}
WEEKDAYS = word_list("calendar", kind="weekday")

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# A capitalised month name is required ("may" is also a verb, "march" a noun).
_CASED_MONTH = r"(?P<month>(?-i:[A-Z])[a-z]+)\.?"

Resolver = Callable[[re.Match[str], date | None], date | None]


def _month_number(match: re.Match[str]) -> int | None:
    return MONTHS.get(match["month"].lower())


def _full_date(match: re.Match[str], article_date: date | None) -> date | None:
    month = _month_number(match)
    if month is None:
        return None
    return _safe_date(int(match["year"]), month, int(match["day"]))


def _day_month(match: re.Match[str], article_date: date | None) -> date | None:
    month = _month_number(match)
    if month is None or article_date is None:
        return None
    found = _safe_date(article_date.year, month, int(match["day"]))
    if found is not None and found > article_date:
        found = _safe_date(article_date.year - 1, month, int(match["day"]))
    return found


def _month_year(match: re.Match[str], article_date: date | None) -> date | None:
    month = _month_number(match)
    return None if month is None else date(int(match["year"]), month, 1)


def _year(match: re.Match[str], article_date: date | None) -> date | None:
    return date(int(match["year"]), 1, 1)


def _weekday(match: re.Match[str], article_date: date | None) -> date | None:
    if article_date is None:
        return None
    wanted = WEEKDAYS.index(match["weekday"].lower())
    return article_date - timedelta(days=(article_date.weekday() - wanted) % 7)


def _relative_days(days: int) -> Resolver:
    def resolve(match: re.Match[str], article_date: date | None) -> date | None:
        return None if article_date is None else article_date - timedelta(days=days)
    return resolve


def _last_month(match: re.Match[str], article_date: date | None) -> date | None:
    if article_date is None:
        return None
    first = article_date.replace(day=1) - timedelta(days=1)
    return first.replace(day=1)


def _last_year(match: re.Match[str], article_date: date | None) -> date | None:
    return None if article_date is None else date(article_date.year - 1, 1, 1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _within_calendar(resolver: Resolver) -> Resolver:
    """``resolver``, giving no date where the calendar ends ("Monday" in an article dated
    1 January of year 1 would fall before the first day)."""
    def resolve(match: re.Match[str], article_date: date | None) -> date | None:
        try:
            return resolver(match, article_date)
        except (OverflowError, ValueError):
            return None
    return resolve


def _compiled(sources: tuple[tuple[str, Resolver], ...]
              ) -> tuple[tuple[re.Pattern[str], Resolver], ...]:
    return tuple((re.compile(pattern, re.IGNORECASE), _within_calendar(resolver))
                 for pattern, resolver in sources)


# dates written with a number (a day or a year), and dates written in words
NUMBERED = _compiled((
    (rf"\b{_CASED_MONTH}\s+{_DAY},?\s+{_YEAR}\b", _full_date),
    (rf"\b{_DAY}\s+{_CASED_MONTH},?\s+{_YEAR}\b", _full_date),
    (rf"\b{_DAY}\s+{_CASED_MONTH}", _day_month),
    (rf"\b{_CASED_MONTH}\s+{_DAY}\b(?!\s*(?:,\s*)?\d)", _day_month),
    (rf"\b(?:in|since|during|of)\s+{_CASED_MONTH}\s+{_YEAR}\b", _month_year),
    (rf"\b(?:in|since|during)\s+{_YEAR}\b(?!\s*(?:%|percent|per cent))", _year),
))
WORDED = _compiled((
    (r"\b(?P<weekday>" + "|".join(WEEKDAYS) + r")\b", _weekday),
    (r"\byesterday\b", _relative_days(1)),
    (r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", _relative_days(0)),
    (r"\blast week\b", _relative_days(7)),
    (r"\blast month\b", _last_month),
    (r"\blast year\b", _last_year),
))
# Tried in this order at each position; the earliest match in the sentence wins.
PATTERNS = NUMBERED + WORDED
# A text without a digit holds no date of ``NUMBERED``; one where their union finds nothing,
# none of ``WORDED``: each text is searched once for a digit and once for any worded date, and
# only the patterns that may match are scanned (most sentences have neither)
DIGIT = re.compile(r"\d")
ANY_WORDED = re.compile("|".join(pattern.pattern for pattern, _ in WORDED), re.IGNORECASE)


def patterns_for(*, numbered: bool, worded: bool) -> tuple[tuple[re.Pattern[str], Resolver], ...]:
    """The patterns of ``PATTERNS``, in its order, of the kinds a text may hold."""
    return (NUMBERED if numbered else ()) + (WORDED if worded else ())


def patterns_in(text: str) -> tuple[tuple[re.Pattern[str], Resolver], ...]:
    """The patterns of ``PATTERNS``, in its order, that may match in ``text``."""
    return patterns_for(numbered=DIGIT.search(text) is not None,
                        worded=ANY_WORDED.search(text) is not None)


def resolve_event_date(sentence: Span, article_date: date | None) -> date | None:
    """The date of the event told in ``sentence``; the article date when no expression is found."""
    return resolve_date_in_text(span_text(sentence), article_date)


def resolve_date_in_text(text: str, article_date: date | None) -> date | None:
    """``resolve_event_date`` for plain text."""
    return _earliest_date(text, article_date)


# how many (text, article date) readings are remembered: the stages read the date of the same
# sentence for each event, candidate and quotation in it (a dozen patterns scanned each time)
DATE_MEMORY = 4096


@lru_cache(maxsize=DATE_MEMORY)
def _earliest_date(text: str, article_date: date | None) -> date | None:
    best: tuple[int, date] | None = None
    for pattern, resolver in patterns_in(text):
        for match in pattern.finditer(text):
            if best is not None and match.start() >= best[0]:
                break
            found = resolver(match, article_date)
            if found is not None:
                best = (match.start(), found)
                break
    return best[1] if best is not None else article_date


@lru_cache(maxsize=DATE_MEMORY)
def dates_in_text(text: str, article_date: date) -> tuple[tuple[int, date], ...]:
    """(character offset in ``text``, date) of every date expression of ``text``, pattern by
    pattern in ``PATTERNS``' order, each pattern's in the text's order (remembered)."""
    return tuple((match.start(), found)
                 for pattern, resolver in patterns_in(text) for match in pattern.finditer(text)
                 if (found := resolver(match, article_date)) is not None)
