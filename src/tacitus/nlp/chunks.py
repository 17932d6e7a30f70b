"""Parsing at a cost linear in the text: long tokens broken, long texts parsed in pieces.

The tokenizer's affix rules take time growing faster than the square of a token's length (20,000
``=`` in a row take minutes), and the parser's memory grows with the characters it parses at once
(eight texts of a million characters took 15 GB). So the text the model sees has no token longer
than ``MAX_TOKEN_CHARS`` (a space replaces one character in each longer run: the length stays, and
the records' evidence is cut from the article's own text), a run of one punctuation mark longer
than ``MAX_REPEAT`` is cut to that length (the parser's time grows with the tokens, and each mark is
one), a text longer than ``PIECE_CHARS`` is parsed in pieces cut at paragraph breaks and joined
into one ``Doc``, and no more than ``BATCH_CHARS`` are parsed at once, in minibatches of at most
the caller's batch size of texts and ``MINIBATCH_CHARS`` characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

# no word of English news is this long; a URL longer than this is broken too, harmlessly
MAX_TOKEN_CHARS = 64
PIECE_CHARS = 100_000
BATCH_CHARS = 200_000
# each mark of "=====…" is a token of its own: 20,000 of them cost the parser a minute
MAX_REPEAT = 8
_REPEATED = re.compile(r"([^\w\s])\1{" + str(MAX_REPEAT) + ",}")
_LONG_RUN = re.compile(r"\S{" + str(MAX_TOKEN_CHARS + 1) + ",}")
# where a piece may end, best first: a blank line, a line break, a sentence end, any space
_BREAKS = ("\n\n", "\n", ". ", " ")
# characters the model parses together at most: its working memory grows with the tokens of a
# minibatch, and a process keeps what it once used. Real-length articles parsed with 24,000
# characters at most peaked 63 MB above the model instead of 141 (16 texts), for 1-3 % more CPU
# (16,000: 37-41 MB, 2-5 %; docs/scaling.md, round six). A count of texts bounds nothing the
# characters do not (32 short texts are fewer tokens than 8 long ones) and a smaller minibatch
# costs CPU, so the texts are bounded by the caller's batch size alone. A text longer than this
# is a minibatch of its own
MINIBATCH_CHARS = 24_000


def break_long_tokens(text: str) -> str:
    """``text`` with a run of one punctuation mark cut to ``MAX_REPEAT`` (spaces for the rest)
    and every run of more than ``MAX_TOKEN_CHARS`` non-space characters broken by a space every
    ``MAX_TOKEN_CHARS`` characters; the same length, offsets unchanged."""
    return _LONG_RUN.sub(_broken, _REPEATED.sub(_cut, text))


def _cut(match: re.Match[str]) -> str:
    run = match.group()
    return run[:MAX_REPEAT] + " " * (len(run) - MAX_REPEAT)


def _broken(match: re.Match[str]) -> str:
    chars = list(match.group())
    for index in range(MAX_TOKEN_CHARS, len(chars), MAX_TOKEN_CHARS + 1):
        chars[index] = " "
    return "".join(chars)


def split_text(text: str, *, limit: int | None = None) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` (``PIECE_CHARS``) characters, at the best
    break in each; the pieces join back into ``text``."""
    limit = limit or PIECE_CHARS
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        for mark in _BREAKS:
            found = text.rfind(mark, start + limit // 2, end)
            if found != -1:
                end = found + len(mark)
                break
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def parse_bounded(nlp: Language, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """One ``Doc`` per text, in order, each with the text's very characters."""
    group: list[list[str]] = []
    size = 0
    for text in texts:
        pieces = split_text(break_long_tokens(text))
        if group and size + len(text) > BATCH_CHARS:
            yield from _parse_group(nlp, group, batch_size=batch_size)
            group, size = [], 0
        group.append(pieces)
        size += len(text)
    if group:
        yield from _parse_group(nlp, group, batch_size=batch_size)


def _parse_group(nlp: Language, group: Sequence[list[str]], *, batch_size: int) -> Iterator[Doc]:
    parsed: list[Doc] = []
    for minibatch in minibatches((piece for pieces in group for piece in pieces), most=batch_size):
        parsed.extend(nlp.pipe(minibatch, batch_size=len(minibatch)))
    docs = iter(parsed)
    for pieces in group:
        parts = [next(docs) for _ in pieces]
        yield parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)


def minibatches(texts: Iterable[str], *, most: int) -> Iterator[list[str]]:
    """``texts`` in order, in runs of at most ``most`` texts and ``MINIBATCH_CHARS`` characters
    (a longer text alone)."""
    run: list[str] = []
    size = 0
    for text in texts:
        if run and (len(run) >= most or size + len(text) > MINIBATCH_CHARS):
            yield run
            run, size = [], 0
        run.append(text)
        size += len(text)
    if run:
        yield run
