"""The topic of a claim: the PLOVER context of the keyword nearest the head of its text."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tacitus.quotes.spans import Piece

# A keyword that is not below the claim's head in the parse counts as this far from it.
UNRELATED_DEPTH = 99


def topic_of(doc: Doc, piece: Piece, keywords: tuple[tuple[str, tuple[str, ...]], ...]
             ) -> str | None:
    """The context of the best keyword in ``piece``, or ``None`` when it names no topic."""
    span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
    if span is None:
        return None
    lemmas = [token.lemma_.lower() for token in span]
    best: tuple[int, int, str] | None = None
    for context, words in keywords:
        size = len(words)
        for offset in range(len(lemmas) - size + 1):
            if tuple(lemmas[offset : offset + size]) != words:
                continue
            depth = min(_depth(span[offset + k], piece.head) for k in range(size))
            candidate = (depth, offset, context)
            if best is None or candidate < best:
                best = candidate
    return best[2] if best else None


def _depth(token: Token, head: Token) -> int:
    steps = 0
    while token.i != head.i:
        if token.head.i == token.i:
            return UNRELATED_DEPTH
        token = token.head
        steps += 1
    return steps
