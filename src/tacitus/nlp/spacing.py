"""Hard-wrapped and double-spaced copy parsed as prose: two pipeline components around the model.

spaCy gives a token one trailing space at most; a line break, or a second space, is a token of its
own (``Token.is_space``). Wire copy hard-wrapped at a fixed width breaks its lines in mid-sentence,
and typed copy puts two spaces between words or after a full stop. The model learnt English from
prose, where no such token stands inside a clause: it reads one as a word, so a verb's subject or
object hangs from the line break, or the line break heads the clause.

So the first component (``close_spacing``) hands the model the same words without the whitespace
tokens between two words: every run of spaces, and every line break when the text is
hard-wrapped at a fixed width (``headings.lines_are_wrapped``; after a paragraph's end the next
word is marked as a sentence start instead, ``paragraphs.ends_paragraph``). Any other text keeps
its line breaks as they are: in a text written one paragraph a line, a line without a sentence
end is a heading or a list item, no wrap, and a short text says nothing of how it is written.
The last component (``open_spacing``) puts the parse back on a ``Doc`` of the text as it was given,
each whitespace token taken out standing where it stood and attached to the word before it, as
the model attaches whitespace; every offset is the original's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

from tacitus.nlp.headings import lines_are_wrapped
from tacitus.nlp.paragraphs import ends_paragraph, run_gap, space_runs
from tacitus.nlp.texts import joined_text

CLOSE = "tacitus_close_spacing"
OPEN = "tacitus_open_spacing"
# the key of ``Doc.user_data`` under which the closed-up Doc carries the words as given
SPACING = "tacitus.spacing"
# the annotation put back, each word's from the parse of the closed-up copy
WORD_ATTRS = (TAG, POS, MORPH, LEMMA, NORM, ENT_IOB, ENT_TYPE, ENT_KB_ID, DEP, HEAD)
# what the model gives a whitespace token: its tag, part of speech and relation to the word before
SPACE_TAG = "_SP"
SPACE_POS = "SPACE"
SPACE_DEP = "dep"
# ENT_IOB's values: inside an entity, outside
IOB_INSIDE = 1
IOB_OUTSIDE = 2
# a relative head of -1 as ``Doc.to_array`` writes it: the word before
PREVIOUS_WORD = numpy.array(-1).astype(numpy.uint64)


@dataclass(frozen=True, slots=True)
class Spacing:
    """A text's tokens as given, and which of them the model is not shown."""

    words: tuple[str, ...]
    spaces: tuple[bool, ...]
    closed: frozenset[int]


def soft_spaces(doc: Doc) -> dict[int, bool]:
    """The whitespace tokens of ``doc`` the model is not shown (module docstring), each with
    whether the word after it starts a paragraph: between two words, and no line break unless
    the text is hard-wrapped."""
    soft: dict[int, bool] = {}
    wrapped: bool | None = None
    # a run's last token stands between two words when the run neither starts nor ends the text
    for start, end in space_runs(doc):
        if not start or end == len(doc):
            continue
        gap = run_gap(doc, start, end)
        if "\n" in gap and wrapped is None:
            wrapped = lines_are_wrapped(joined_text(doc))
        if wrapped or "\n" not in gap:
            soft[end - 1] = ends_paragraph(gap, doc[start - 1].text)
    return soft


@Language.component(CLOSE)
def close_spacing(doc: Doc) -> Doc:
    """``doc`` without its soft whitespace tokens (``soft_spaces``), carrying ``doc``'s words."""
    closed = soft_spaces(doc)
    if not closed:
        return doc
    words: list[str] = []
    spaces: list[bool] = []
    # a paragraph's first word starts a sentence though the line break before it is gone
    starts: list[bool | int | None] = []
    for token in doc:
        if token.i in closed:
            spaces[-1] = True
            continue
        words.append(token.text)
        spaces.append(bool(token.whitespace_))
        starts.append(True if token.i - 1 in closed and closed[token.i - 1] else None)
    prose = Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts)
    prose.user_data.update(doc.user_data)
    prose.user_data[SPACING] = Spacing(tuple(token.text for token in doc),
                                       tuple(bool(token.whitespace_) for token in doc),
                                       frozenset(closed))
    return prose


@Language.component(OPEN)
def open_spacing(prose: Doc) -> Doc:
    """The parse of ``prose`` (made by ``close_spacing``) on a ``Doc`` of the words as given."""
    spacing = prose.user_data.pop(SPACING, None)
    if not isinstance(spacing, Spacing):
        return prose
    doc = Doc(prose.vocab, words=list(spacing.words), spaces=list(spacing.spaces))
    doc.user_data.update(prose.user_data)
    attrs = [attr for attr in WORD_ATTRS
             if attr not in (DEP, HEAD) or prose.has_annotation("DEP")]
    given = doc.to_array(attrs)
    parsed = prose.to_array(attrs)
    kept = numpy.array([i for i in range(len(doc)) if i not in spacing.closed], dtype=numpy.int64)
    column = {attr: index for index, attr in enumerate(attrs)}
    given[kept] = parsed
    if HEAD in column:
        # a relative head counted in the closed-up words, counted again in the words as given
        heads = kept[numpy.arange(len(prose)) + parsed[:, column[HEAD]].astype(numpy.int64)]
        given[kept, column[HEAD]] = (heads - kept).astype(numpy.uint64)
    strings = prose.vocab.strings
    for index in sorted(spacing.closed):
        row = given[index]
        row[column[TAG]] = strings.add(SPACE_TAG)
        row[column[POS]] = POS_IDS[SPACE_POS]
        row[column[MORPH]] = 0
        row[column[LEMMA]] = strings.add(spacing.words[index])
        before, after = given[index - 1], given[index + 1]
        inside = (after[column[ENT_IOB]] == IOB_INSIDE
                  and after[column[ENT_TYPE]] == before[column[ENT_TYPE]])
        row[column[ENT_IOB]] = IOB_INSIDE if inside else IOB_OUTSIDE
        row[column[ENT_TYPE]] = before[column[ENT_TYPE]] if inside else 0
        row[column[ENT_KB_ID]] = before[column[ENT_KB_ID]] if inside else 0
        if HEAD in column:
            row[column[DEP]] = strings.add(SPACE_DEP)
            row[column[HEAD]] = PREVIOUS_WORD
    values: Any = given
    doc.from_array(attrs, values)
    return doc


def add_prose_spacing(nlp: Language) -> None:
    """Put ``close_spacing`` first in the pipeline and ``open_spacing`` last (once)."""
    if CLOSE not in nlp.pipe_names:
        nlp.add_pipe(CLOSE, first=True)
    if OPEN not in nlp.pipe_names:
        nlp.add_pipe(OPEN, last=True)
