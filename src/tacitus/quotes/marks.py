"""Pair quotation marks in a text: straight, curly and mixed ("… ” opens straight, closes curly)."""

from __future__ import annotations

from dataclasses import dataclass

OPENING = "“"
CLOSING = "”"
STRAIGHT = '"'
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
    """Every quotation in ``text``; a quotation never runs over a line break."""
    pairs: list[MarkPair] = []
    open_at: int | None = None
    for index, char in enumerate(text):
        if char == "\n":
            open_at = None
        elif char == OPENING or (char == STRAIGHT and open_at is None):
            open_at = index
        elif char in (CLOSING, STRAIGHT) and open_at is not None:
            pair = _inside(text, open_at, index)
            if pair is not None:
                pairs.append(pair)
            open_at = None
    return tuple(pairs)


def _inside(text: str, open_at: int, close_at: int) -> MarkPair | None:
    start, end = open_at + 1, close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in TRAILING_PUNCTUATION):
        end -= 1
    if start == end:
        return None
    return MarkPair(open_at, close_at, start, end)
