"""Every token's parse of one ``Doc`` as plain arrays, read once per ``Doc``.

The tree walkers read a few attributes of many tokens (``doc[i]``, ``token.head``,
``token.dep_``, ``token.pos_``, ``token.lower_``): each read makes a spaCy ``Token`` and looks
a string up, about two million times a pass over 300 short articles. ``arrays_of`` exports the
columns once with ``Doc.to_array`` and gives them as tuples indexed by token; a walker that
only tests tokens reads the arrays and makes a ``Token`` only for what it keeps.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, ORTH, POS, TAG
from spacy.tokens import Doc

from tacitus.nlp.doc_memo import DocReading, lemmas_of
from tacitus.nlp.string_ids import strings_of
from tacitus.nlp.texts import doc_text

# the columns read, in this order
COLUMNS = (HEAD, DEP, POS, TAG, ORTH, IS_SPACE, IDX)


@dataclass(frozen=True, slots=True)
class TokenArrays:
    """For each token of a ``Doc``, by its index: its head's index (``Token.head.i``), its
    dependency label (``dep_``), coarse and fine parts of speech (``pos_``, ``tag_``), its text
    (``text``) and lowered form (``lower_``), its lemma lowered (``lemma_.lower()``), whether it is
    a space (``is_space``), its first character's offset (``idx``) and the indices of its children
    in order (``children``, as ``Token.children``). Shared by every reader of one ``Doc``: never
    changed."""

    heads: tuple[int, ...]
    deps: tuple[str, ...]
    pos: tuple[str, ...]
    tags: tuple[str, ...]
    texts: tuple[str, ...]
    lower: tuple[str, ...]
    lemma_lower: tuple[str, ...]
    is_space: tuple[bool, ...]
    idx: tuple[int, ...]
    children: tuple[tuple[int, ...], ...]


def read_arrays(doc: Doc) -> TokenArrays:
    """The arrays of ``doc`` (``arrays_of`` remembers them for the last ``Doc``)."""
    if not len(doc):
        return TokenArrays(heads=(), deps=(), pos=(), tags=(), texts=(), lower=(),
                           lemma_lower=(), is_space=(), idx=(), children=())
    columns = doc.to_array(list(COLUMNS))
    store = doc.vocab.strings
    # the head column holds the offset to the head, as an unsigned number
    heads = numpy.arange(len(doc), dtype=numpy.int64) + columns[:, 0].astype(numpy.int64)
    texts = strings_of(store, columns[:, 4].tolist())
    head_of = heads.tolist()
    children: list[list[int]] = [[] for _ in head_of]
    for index, head in enumerate(head_of):
        if head != index:
            children[head].append(index)
    return TokenArrays(
        heads=tuple(head_of),
        deps=strings_of(store, columns[:, 1].tolist()),
        pos=strings_of(store, columns[:, 2].tolist()),
        tags=strings_of(store, columns[:, 3].tolist()),
        texts=texts,
        # spaCy's English lexemes are lowered by ``str.lower`` (``Token.lower_``): lowered here
        # rather than read as a further column of ids
        lower=tuple(map(str.lower, texts)),
        lemma_lower=lemmas_of(doc).lowered,
        is_space=tuple(columns[:, 5].astype(bool).tolist()),
        idx=tuple(columns[:, 6].astype(numpy.int64).tolist()),
        children=tuple(map(tuple, children)))


_ARRAYS: DocReading[TokenArrays] = DocReading(read_arrays)

# ``arrays_of(doc)``: the arrays of ``doc``, read once while it is the last ``Doc`` asked about.
# The reader's own method, not a function calling it: the walkers ask it about 160,000 times a
# pass over 300 short articles, and a wrapper's call was a third of the cost of each
arrays_of: Callable[[Doc], TokenArrays] = _ARRAYS.of


def tokens_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (``start`` and ``end`` within the Doc), cut from the Doc's text
    by the tokens' offsets: no ``Span`` made."""
    if end <= start:
        return ""
    arrays = _ARRAYS.of(doc)
    return doc_text(doc)[arrays.idx[start]:arrays.idx[end - 1] + len(arrays.texts[end - 1])]
