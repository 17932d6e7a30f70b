"""Pair quotation marks in a text: straight, curly and mixed ("… ” opens straight, closes curly).

A quotation that runs over several paragraphs opens each of them and closes only the last; where
the paragraphs were joined into one line, a mark that opens (after a space, before a word) while
a quotation is open ends the open one there and opens the next. A line break ends a quotation,
unless the line is hard-wrapped in mid-sentence (a wire story's fixed width). Wire copy in
capitals spells its marks out ("WILL NOT BE QUOTE A BASE FOR ANY ARMY UNQUOTE"). British copy
quotes in single marks (‘appalled’): a left single mark that opens a word, closed by a right one
that ends one, on one line, outside every quotation in double marks (an apostrophe, "Cayman’s",
stands inside a word; a quotation nested in another is part of it).
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
# garbled the same way, and two left ones for an opening one ("‘‘we made no gains").
DOUBLED_CLOSINGS = ("â€™â€™", "’’")
DOUBLED_OPENINGS = ("â€˜â€˜", "‘‘")
# Typewriter copy's double mark made of two apostrophes, placed as a straight one is ("said
# ''we will stay''"), and the typesetters' two grave accents that open a quotation (``we will
# stay'').
DOUBLED_STRAIGHT = "''"
GRAVE_OPENING = "``"
STRAIGHTS = (STRAIGHT, DOUBLED_STRAIGHT)
OPENINGS = frozenset({OPENING, MOJIBAKE_OPENING, GRAVE_OPENING, *DOUBLED_OPENINGS})
# (two apostrophes between letters are one typed twice: "don''t")
MARK = re.compile("|".join([re.escape(mark) for mark in (
    MOJIBAKE_OPENING, *MOJIBAKE_CLOSINGS, *DOUBLED_CLOSINGS, *DOUBLED_OPENINGS, GRAVE_OPENING)]
    + [rf"(?<!\w){DOUBLED_STRAIGHT}|{DOUBLED_STRAIGHT}(?!\w)"]
    + [re.escape(mark) for mark in (OPENING, CLOSING, STRAIGHT, "\n")]))
# single quotation marks, plain or garbled the same way (the garbled right one is also the
# apostrophe of such text: "vhpâ€™s")
SINGLE_OPENINGS = ("‘", "â€˜")
SINGLE_CLOSINGS = ("’", "â€™")
SINGLE_MARKS = (*SINGLE_OPENINGS, *SINGLE_CLOSINGS)
SINGLE_MARK = re.compile("|".join(re.escape(mark) for mark in (*SINGLE_MARKS, "\n")))
# what may stand right before a single mark that opens a quotation (or the text's start)
BEFORE_SINGLE_OPENING = " \t([{:—–-"
# Punctuation that belongs to the attribution, not to the words quoted ("…,” he said).
TRAILING_PUNCTUATION = ",;:"
# A hard-wrapped line (a wire story set to a fixed width) is about this long and ends in
# mid-sentence; a shorter line ending so is a headline or a caption, whose quotation ends there.
WRAPPED_LINE = range(40, 101)
SENTENCE_FINAL = ".!?:;)]…"
# marks spelled out in words, as wire and radio copy has them (any case: the text may have been
# re-cased): a few words between, within one sentence
SPELLED = re.compile(
    r"(?i)(?<![\w-])quote\s+([^\s.!?\"“”](?:[^.!?\"“”\n]|\n(?![ \t]*\n)){0,200}?)"
    r"\s+unquote(?![\w-])")


@dataclass(frozen=True, slots=True)
class MarkPair:
    """A quotation: the marks at ``open_at``/``close_at``; the quoted words at ``start``/``end``."""

    open_at: int
    close_at: int
    start: int
    end: int


def pair_marks(text: str) -> tuple[MarkPair, ...]:
    """Every quotation in ``text``; a quotation never runs over a line break but a hard wrap,
    and one left open at the end of its paragraph (the next paragraph goes on quoting) ends
    there (at its first wrapped line, in a wire story: a closing mark forgotten)."""
    pairs: list[MarkPair] = []
    open_at: int | None = None
    width = 1
    # the first line wrapped inside the open quotation: where it ends if left open
    wrap: int | None = None
    for found in MARK.finditer(text):
        index, mark = found.start(), found.group()
        if mark == "\n" and open_at is not None and _wrapped(text, index):
            wrap = index if wrap is None else wrap
            continue
        opening = mark in OPENINGS or (
            mark in STRAIGHTS and (open_at is None or _opens(text, index, len(mark))))
        if mark == "\n" or (opening and open_at is not None):
            if open_at is not None and _opened(text, open_at, width):
                pairs.extend(_inside(text, open_at, width, index if wrap is None else wrap))
            open_at = None
        if opening:
            open_at, width = index, len(mark)
        elif mark != "\n" and open_at is not None:
            pairs.extend(_inside(text, open_at, width, index))
            open_at = None
        wrap = None
    if open_at is not None and _opened(text, open_at, width):
        pairs.extend(_inside(text, open_at, width, len(text) if wrap is None else wrap))
    pairs.extend(_single(text, pairs))
    return tuple(sorted((*pairs, *_spelled(text, pairs)), key=lambda pair: pair.open_at))


def _single(text: str, pairs: list[MarkPair]) -> list[MarkPair]:
    """The quotations in single marks (‘…’) on one line, outside and around no quotation in
    ``pairs``."""
    found: list[MarkPair] = []
    open_at: int | None = None
    width = 1
    for match in SINGLE_MARK.finditer(text):
        index, mark = match.start(), match.group()
        if mark == "\n" or _doubled(text, index, len(mark)):
            open_at = None
        elif mark in SINGLE_OPENINGS:
            before = text[index - 1] if index > 0 else " "
            after = text[index + len(mark) : index + len(mark) + 1]
            if before in BEFORE_SINGLE_OPENING and after.isalpha():
                open_at, width = index, len(mark)
        elif open_at is not None and not text[index + len(mark) :][:1].isalnum():
            found.extend(pair for pair in _inside(text, open_at, width, index)
                         if not any(_overlap(pair, other) for other in pairs))
            open_at = None
    return found


def _overlap(pair: MarkPair, other: MarkPair) -> bool:
    return other.open_at <= pair.close_at and pair.open_at <= other.close_at


def _doubled(text: str, index: int, width: int) -> bool:
    """Whether the single mark at ``index`` is one of two typed for a double mark."""
    return text.startswith(SINGLE_MARKS, index + width) or text[:index].endswith(SINGLE_MARKS)


def _wrapped(text: str, index: int) -> bool:
    """Whether the line break at ``index`` only wraps a line in mid-sentence: a single break
    after a line of a wire story's width that ends in no sentence-final mark."""
    line_start = text.rfind("\n", 0, index) + 1
    line = text[line_start:index].rstrip()
    return (len(line) in WRAPPED_LINE and line[-1] not in SENTENCE_FINAL
            and text[index + 1 : index + 2] not in ("\n", "\r"))


def _spelled(text: str, pairs: list[MarkPair]) -> list[MarkPair]:
    """The quotations marked by the words QUOTE and UNQUOTE, outside any marked quotation."""
    found: list[MarkPair] = []
    for match in SPELLED.finditer(text):
        if any(pair.open_at <= match.start() <= pair.close_at for pair in pairs):
            continue
        found.append(MarkPair(match.start(), match.end() - len("unquote"), match.start(1),
                              match.end(1)))
    return found


def _opens(text: str, index: int, width: int = 1) -> bool:
    """A straight mark (``width`` characters long) placed as an opening one: after a space,
    before a word."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + width] if index + width < len(text) else " "
    return before.isspace() and not after.isspace()


def _opened(text: str, open_at: int, width: int) -> bool:
    """A mark that surely opened a quotation: a curly one, or a straight one placed to open."""
    mark = text[open_at : open_at + width]
    return mark not in STRAIGHTS or _opens(text, open_at, width)


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
