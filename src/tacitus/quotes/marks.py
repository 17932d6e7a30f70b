"""Pair quotation marks in a text: straight, curly and mixed ("… ” opens straight, closes curly).

A quotation that runs over several paragraphs opens each of them and closes only the last; where
the paragraphs were joined into one line, a mark that opens (after a space, before a word) while
a quotation is open ends the open one there and opens the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = "“"
CLOSING = "”"
STRAIGHT = '"'
# Curly marks as they come out of UTF-8 text read as Windows-1252 ("â€œ", "â€\x9d"; the last
# byte often lost as "�"), common in scraped news.
MOJIBAKE_OPENING = "â€œ"
MOJIBAKE_CLOSINGS = ("â€\x9d", "â€\ufffd")
# Two right single marks typed for a closing double one ("… after that,’’ said Gupta"), plain or
# garbled the same way.
DOUBLED_CLOSINGS = ("â€™â€™", "’’")
OPENINGS = frozenset({OPENING, MOJIBAKE_OPENING})
MARK = re.compile("|".join(re.escape(mark) for mark in (
    MOJIBAKE_OPENING, *MOJIBAKE_CLOSINGS, *DOUBLED_CLOSINGS, OPENING, CLOSING, STRAIGHT, "\n")))
# Punctuation that belongs to the attribution, not to the words quoted ("…,” he said).
TRAILING_PUNCTUATION = ",;:"


@dataclass(frozen=True, slots=True)
class MarkPair:
    """A quotation: the marks at ``open_at``/``close_at``; the quoted words at ``start``/``end``."""

    open_at: int
    close_at: int
    start: int
    end: int


def pair_marks(text: str) -> tuple[MarkPair, ...]:
    """Every quotation in ``text``; a quotation never runs over a line break, and one left open
    at the end of its paragraph (the next paragraph goes on quoting) ends there."""
    pairs: list[MarkPair] = []
    open_at: int | None = None
    width = 1
    for found in MARK.finditer(text):
        index, mark = found.start(), found.group()
        opening = mark in OPENINGS or (
            mark == STRAIGHT and (open_at is None or _opens(text, index)))
        if mark == "\n" or (opening and open_at is not None):
            if open_at is not None and _opened(text, open_at):
                pairs.extend(_inside(text, open_at, width, index))
            open_at = None
        if opening:
            open_at, width = index, len(mark)
        elif mark != "\n" and open_at is not None:
            pairs.extend(_inside(text, open_at, width, index))
            open_at = None
    if open_at is not None and _opened(text, open_at):
        pairs.extend(_inside(text, open_at, width, len(text)))
    return tuple(pairs)


def _opens(text: str, index: int) -> bool:
    """A straight mark placed as an opening one: after a space, before a word."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return before.isspace() and not after.isspace()


def _opened(text: str, open_at: int) -> bool:
    """A mark that surely opened a quotation: a curly one, or a straight one placed to open."""
    return text[open_at] != STRAIGHT or _opens(text, open_at)


def _inside(text: str, open_at: int, width: int, close_at: int) -> tuple[MarkPair, ...]:
    """The quotation between the opening mark at ``open_at`` and ``close_at``, if any."""
    start, end = open_at + width, close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in TRAILING_PUNCTUATION):
        end -= 1
    if start == end:
        return ()
    return (MarkPair(open_at, close_at, start, end),)
