"""Headings: the lines of a text written one paragraph a line that are no paragraph.

A web page as extraction gives it puts each paragraph on a line of its own, and between them
the lines that are not prose: section headings ("5. Military aid and mixed messaging"), the
titles of related stories ("SEE MORE: Protests: students under siege"), list items and
captions. Such a line ends in no sentence-final mark and is short; it names or summarises, it
reports no act of its own. The first line is the text's title, which the story's lede
restates: it is no heading here. A text hard-wrapped at a fixed width (wire copy) ends most of its
lines in mid-sentence too, but its lines are short: there a line break is no paragraph's end
(``lines_are_wrapped``, read by ``tacitus.nlp.spacing``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from tacitus.nlp.doc_memo import text_of
from tacitus.nlp.paragraphs import SENTENCE_FINAL

# a text is written one paragraph a line when at least this share of its lines (after the first,
# its title) end a sentence; a wire story hard-wrapped at a fixed width ends most of its lines
# in mid-sentence (a fifth to a third end one)
PARAGRAPH_LINE_SHARE = 0.6
# and it has at least this many lines after its title: a headline and a one-line lede say nothing
# of how the text is written
PARAGRAPH_LINES = 3
# a text is hard-wrapped when no more than this share of its lines are longer than WRAP_WIDTH
# characters (wire copy wraps at 70 to 80; a page's list items and headings between long
# paragraphs end no sentence either, but its paragraphs run to hundreds of characters a line)
WRAP_WIDTH = 100
MAX_LONG_LINE_SHARE = 0.1
# a line of more words than this is prose cut short (a truncated last paragraph), not a heading
MAX_HEADING_WORDS = 20


def in_heading(token: Token) -> bool:
    """Whether ``token`` stands in a heading line (module docstring)."""
    text = text_of(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    if start == 0 or not text[:start].strip():
        return False
    end = text.find("\n", token.idx)
    line = text[start:] if end < 0 else text[start:end]
    words = line.split()
    return (bool(words) and line.rstrip()[-1] not in SENTENCE_FINAL
            and len(words) <= MAX_HEADING_WORDS and lines_are_paragraphs(text))


@lru_cache(maxsize=8)
def lines_are_paragraphs(text: str) -> bool:
    """Whether ``text`` is written one paragraph a line: most of its lines after the first end a
    sentence, so that a line ending in no such mark is no hard wrap (read once a text: each
    trigger of an article asks)."""
    lines = lines_after_title(text)
    if len(lines) < PARAGRAPH_LINES:
        return False
    ended = sum(1 for line in lines if line[-1] in SENTENCE_FINAL)
    return ended >= PARAGRAPH_LINE_SHARE * len(lines)


@lru_cache(maxsize=8)
def lines_are_wrapped(text: str) -> bool:
    """Whether ``text`` is hard-wrapped at a fixed width: it has lines enough after its title,
    most of them end in mid-sentence and hardly any is longer than a wrapped line."""
    lines = lines_after_title(text)
    if len(lines) < PARAGRAPH_LINES or lines_are_paragraphs(text):
        return False
    return sum(1 for line in lines if len(line) > WRAP_WIDTH) <= MAX_LONG_LINE_SHARE * len(lines)


def lines_after_title(text: str) -> list[str]:
    """The lines of ``text`` after its first, stripped, blank ones left out."""
    return [line for line in (raw.strip() for raw in text.split("\n")[1:]) if line]
