"""What the name matchers read of every token of a ``Doc``, read once per ``Doc`` through arrays.

The actor resolver, its regions and the locator's stages (the resolver's towns, the decision
stage's towns, the event locator, the quote and claim finders' places) each walked every token of
the same ``Doc`` to fold its text (and map its named entities), making a spaCy ``Token`` for each:
seven walks per article. The reading is the same for every walk of one ``Doc``; it is read from the
``Doc``'s arrays (no ``Token`` made) and kept for the last ``Doc`` read (``reading_of``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter

import numpy
from spacy.attrs import DEP, IS_ALPHA, IS_PUNCT, IS_SPACE, POS
from spacy.tokens import Doc

from tacitus.actors.aliases import KeyMemo, fold
from tacitus.nlp.doc_memo import entities_of
from tacitus.nlp.token_arrays import arrays_of

# what a token is read for, by column
READ = (IS_ALPHA, DEP, IS_SPACE, IS_PUNCT, POS)
# a text's first character ("" for none), as ``text[:1]``
FIRST = itemgetter(slice(None, 1))
# every token text folded (``aliases.fold``), by one dictionary look-up a token
_FOLDED = KeyMemo(fold)


@dataclass(frozen=True, slots=True)
class TokenReading:
    """Every token's text, folded text (``aliases.fold``), whether it is alphabetic, its
    dependency label's id and whether it is a space or a punctuation mark, the token span of
    the named entity each token is in, if any, its part of speech's id (``Token.pos``), in
    order, the indices of the alphabetic tokens written with a capital (where a town's name
    may start) and the indices of the tokens whose first character is a capital (where a
    region's or a country's name may start).
    Shared by every reader of the same ``Doc``: never changed after it is made."""

    texts: tuple[str, ...]
    folded: list[str]
    alpha: tuple[bool, ...]
    deps: tuple[int, ...]
    space_or_punct: tuple[bool, ...]
    entities: dict[int, tuple[int, int]]
    pos: tuple[int, ...] = ()
    capitalised: tuple[int, ...] = ()
    upper_initial: tuple[int, ...] = ()


def read_tokens(doc: Doc) -> TokenReading:
    """The reading of every token of ``doc``."""
    if not len(doc):
        return TokenReading(texts=(), folded=[], alpha=(), deps=(), space_or_punct=(),
                            entities={})
    # column by column: one call over the column each, not a Python step per token and column
    columns = doc.to_array(list(READ))
    texts = arrays_of(doc).texts
    alpha = tuple(columns[:, 0].astype(bool).tolist())
    # the tests of every token run inside ``map`` and ``compress``, not a Python step a token
    upper_initial = tuple(compress(range(len(texts)), map(str.isupper, map(FIRST, texts))))
    return TokenReading(
        texts=texts, folded=list(_FOLDED.all_of(texts)),
        alpha=alpha,
        deps=tuple(columns[:, 1].tolist()),
        space_or_punct=tuple(numpy.logical_or(columns[:, 2], columns[:, 3]).tolist()),
        entities={index: (span.start, span.end) for span in entities_of(doc)
                  for index in range(span.start, span.end)},
        pos=tuple(columns[:, 4].tolist()),
        capitalised=tuple(index for index in upper_initial if alpha[index]),
        upper_initial=upper_initial)


class LastReading:
    """The reading of the last ``Doc`` asked for (held until another is), so that the walks of one
    article read its tokens once."""

    def __init__(self) -> None:
        self._last: tuple[Doc, TokenReading] | None = None

    def of(self, doc: Doc) -> TokenReading:
        last = self._last
        if last is not None and last[0] is doc and len(last[1].texts) == len(doc):
            return last[1]
        reading = read_tokens(doc)
        self._last = (doc, reading)
        return reading


# the reading every stage shares (each forked worker has its own)
_LAST = LastReading()

# ``reading_of(doc)``: the reading of ``doc``, made once while it is the last ``Doc`` asked for
# (the reader's own method, with no wrapper's call: the name and place matchers ask it about
# 25,000 times a pass over 300 short articles)
reading_of: Callable[[Doc], TokenReading] = _LAST.of


def names_at_capitals(doc: Doc, covered: frozenset[int],
                      name_at: Callable[[int], tuple[int, str] | None]
                      ) -> list[tuple[int, int, str]]:
    """The names ``doc`` holds outside the ``covered`` tokens, left to right and none inside
    another, each as its token span and value: ``name_at`` reads the end and the value of the
    name starting at a token, if one does; a name starts only at a token whose first character
    is a capital."""
    found: list[tuple[int, int, str]] = []
    index = 0
    for start in reading_of(doc).upper_initial:
        if start < index or start in covered:
            continue
        name = name_at(start)
        if name is None or covered & set(range(start, name[0])):
            continue
        found.append((start, *name))
        index = name[0]
    return found
