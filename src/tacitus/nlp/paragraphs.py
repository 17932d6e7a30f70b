"""A sentence never runs across a paragraph: a pipeline component that marks paragraph starts.

The parser decides sentence boundaries from syntax alone, and after a closing quotation mark it
often carries on into the next paragraph ("… he said.”\\nThe ministry …"), so one piece of evidence
spans two paragraphs and a speaker leaks into the next one. A line break starts a sentence when the
line before it ends a sentence (full stop, question or exclamation mark, colon, closing quotation
mark or bracket) or when it is a blank line; a hard-wrapped line ending mid-sentence does not.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "tacitus_paragraph_starts"
SENTENCE_FINAL = frozenset(".!?:;\"'”’)]…")


@Language.component(COMPONENT)
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first word of every paragraph; leave other tokens alone."""
    for start, end in space_runs(doc):
        if start and end < len(doc):
            word = doc[start - 1]
            if ends_paragraph(run_gap(doc, start, end), word.text):
                doc[end].is_sent_start = True
    return doc


def space_runs(doc: Doc) -> list[tuple[int, int]]:
    """The runs of whitespace tokens of ``doc`` (``Token.is_space``), each as its first index and
    the index after its last, read from the Doc's array: a paragraph breaks only where one
    stands (a word's own trailing whitespace is one space at most)."""
    flags = numpy.asarray(doc.to_array(IS_SPACE), dtype=bool).reshape(-1)
    if not flags.any():
        return []
    edges = numpy.diff(numpy.concatenate(([False], flags, [False])).astype(numpy.int8))
    return list(zip(numpy.flatnonzero(edges == 1).tolist(),
                    numpy.flatnonzero(edges == -1).tolist(), strict=True))


def run_gap(doc: Doc, start: int, end: int) -> str:
    """The whitespace between the word before the run of whitespace tokens ``start:end`` and the
    word after it: the first word's trailing space and the run's characters."""
    return doc[start - 1].whitespace_ + "".join(
        doc[index].text_with_ws for index in range(start, end))


def ends_paragraph(gap: str, previous: str) -> bool:
    """Whether the whitespace ``gap`` after the word ``previous`` breaks a paragraph: a blank
    line, or a line break after a sentence end (not a hard wrap in mid-sentence)."""
    return "\n" in gap and (gap.count("\n") > 1
                            or (bool(previous) and previous[-1] in SENTENCE_FINAL))


def add_paragraph_starts(nlp: Language) -> None:
    """Put the component before the parser (once)."""
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser" if "parser" in nlp.pipe_names else None)
