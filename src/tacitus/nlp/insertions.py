"""Insertions: words an editor or a transcriber put in square brackets into the story.

Wire copy and transcribed broadcasts mark what is not the source's own words with square
brackets: a gloss ("the pardon list [approved by the assembly in September]"), a note on the
transcription ("[as received]", "[word indistinct]"), a name supplied ("[the president]"). What
stands inside reports no act of the story's own: it explains or repairs the sentence around it.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.nlp.doc_memo import text_of

OPENING = "["
CLOSING = "]"
# an insertion is a gloss of a few lines at the most; a bracket left open further away is a
# stray mark, not an insertion
MAX_INSERTION = 300


def in_insertion(token: Token) -> bool:
    """Whether ``token`` stands inside square brackets (module docstring)."""
    text = text_of(token.doc)
    opened = text.rfind(OPENING, max(0, token.idx - MAX_INSERTION), token.idx)
    if opened < 0 or text.rfind(CLOSING, opened, token.idx) >= 0:
        return False
    closed = text.find(CLOSING, token.idx, opened + MAX_INSERTION)
    return closed >= 0 and text.rfind(OPENING, token.idx, closed) < 0
