"""The topic of a claim: the PLOVER context of the keyword nearest the head of its text."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from tacitus.nlp.token_arrays import arrays_of
from tacitus.quotes.spans import Piece

# A keyword that is not below the claim's head in the parse counts as this far from it.
UNRELATED_DEPTH = 99


def topic_of(doc: Doc, piece: Piece, keywords: tuple[tuple[str, tuple[str, ...]], ...]
             ) -> str | None:
    """The context of the best keyword in ``piece``, or ``None`` when it names no topic."""
    span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
    if span is None:
        return None
    # the lowered lemmas read from the Doc's arrays; only the keywords a lemma begins are tried
    # there (the best is the least of the candidates, whatever order they are found in)
    lemmas = arrays_of(doc).lemma_lower[span.start:span.end]
    starting = _by_first_word(keywords)
    best: tuple[int, int, str] | None = None
    for offset, lemma in enumerate(lemmas):
        for context, words in starting.get(lemma, ()):
            size = len(words)
            if lemmas[offset : offset + size] != words:
                continue
            depth = min(_depth(span[offset + k], piece.head) for k in range(size))
            candidate = (depth, offset, context)
            if best is None or candidate < best:
                best = candidate
    return best[2] if best else None


@lru_cache(maxsize=8)
def _by_first_word(keywords: tuple[tuple[str, tuple[str, ...]], ...]
                   ) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """The keywords (each a context and its words) by their first word."""
    starting: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for context, words in keywords:
        if words:
            starting.setdefault(words[0], []).append((context, words))
    return starting


def _depth(token: Token, head: Token) -> int:
    steps = 0
    while token.i != head.i:
        if token.head.i == token.i:
            return UNRELATED_DEPTH
        token = token.head
        steps += 1
    return steps
