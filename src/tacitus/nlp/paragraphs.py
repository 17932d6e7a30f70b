"""A sentence never runs across a paragraph: a pipeline component that marks paragraph starts.

The parser decides sentence boundaries from syntax alone, and after a closing quotation mark it
often carries on into the next paragraph ("… he said.”\\nThe ministry …"), so one piece of evidence
spans two paragraphs and a speaker leaks into the next one. A line break starts a sentence when the
line before it ends a sentence (full stop, question or exclamation mark, colon, closing quotation
mark or bracket) or when it is a blank line; a hard-wrapped line ending mid-sentence does not.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "tacitus_paragraph_starts"
SENTENCE_FINAL = frozenset(".!?:;\"'”’)]…")


@Language.component(COMPONENT)
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first word of every paragraph; leave other tokens alone."""
    gap = ""
    previous = ""
    for token in doc:
        if token.is_space:
            gap += token.text_with_ws
            continue
        if previous and ends_paragraph(gap, previous):
            token.is_sent_start = True
        previous, gap = token.text, token.whitespace_
    return doc


def ends_paragraph(gap: str, previous: str) -> bool:
    """Whether the whitespace ``gap`` after the word ``previous`` breaks a paragraph: a blank
    line, or a line break after a sentence end (not a hard wrap in mid-sentence)."""
    return "\n" in gap and (gap.count("\n") > 1
                            or (bool(previous) and previous[-1] in SENTENCE_FINAL))


def add_paragraph_starts(nlp: Language) -> None:
    """Put the component before the parser (once)."""
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser" if "parser" in nlp.pipe_names else None)
