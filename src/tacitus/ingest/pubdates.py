"""Publication dates written the ways news pages write them."""

from __future__ import annotations

import re
from datetime import date, datetime

from tacitus.wordlists import word_table

# a month by the first three letters of its name or abbreviation ("sept" is "sep")
_MONTHS = {word[:3]: int(number) for word, _, number, _ in word_table("calendar", kind="month")}
_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
          r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE_PATTERNS = (
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I),
)
# Words that may surround a date on a dateline without making it a sentence.
_DATELINE_WORDS = re.compile(
    r"\b(?:published|updated|posted|last|modified|on|at|date|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"am|pm|gmt|utc|ist|pkt|est|edt|pst|pdt|cet|bst)\b", re.I)
MAX_DATELINE_CHARS = 80
# How many lines at the top of a body are searched for a dateline.
DATELINE_SEARCH_LINES = 6


def parse_date(value: str) -> date | None:
    """Return the first date written in ``value``, or ``None`` when it holds no valid date."""
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(value):
            found = _to_date(match)
            if found is not None:
                return found
    return None


def parse_iso_date(value: str) -> date:
    """Parse ``YYYY-MM-DD`` or an ISO 8601 datetime; raise ``ValueError`` otherwise."""
    text = value.strip()
    if len(text) == 10:
        return date.fromisoformat(text)
    return datetime.fromisoformat(text.replace("Z", "+00:00")).date()


def dateline_date(line: str) -> date | None:
    """Return the date when ``line`` is a dateline (a date and little else), else ``None``."""
    if len(line) > MAX_DATELINE_CHARS:
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.search(line)
        if match is None:
            continue
        found = _to_date(match)
        if found is None:
            continue
        rest = _DATELINE_WORDS.sub(" ", line[:match.start()] + " " + line[match.end():])
        words = re.findall(r"[^\W\d_]{2,}", rest)
        if len(words) <= 1:
            return found
    return None


def _to_date(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    month_name = groups.get("month")
    month = _MONTHS[month_name.lower()[:3]] if month_name else int(groups["mnum"])
    try:
        return date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None
