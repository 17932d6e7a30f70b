"""The model's lemmatizer applied by look-ups: the same lemmas, set faster.

spaCy's ``Lemmatizer`` makes a ``Token`` for every token, works out its lemma (in rule mode from
its text, coarse tag and morphology, remembering only the forms that reach the rule tables) and
sets it through ``Token.lemma_``. What it gives a token depends on its text, coarse tag and
morphology alone (``rule_lemmatize`` and ``lookup_lemmatize`` read nothing else), so the lemma is
asked of spaCy's own lemmatizer once per distinct triple, remembered, and the lemmas of a whole
``Doc`` are read and written as arrays. A token that already has a lemma (the attribute ruler
sets some) keeps it unless the lemmatizer overwrites, as in spaCy. A token without a coarse tag is
passed to spaCy every time, since spaCy warns about it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

log = logging.getLogger(__name__)

LEMMATIZER = "lemmatizer"
FACTORY = "tacitus_lemmas"
# the lemmatizer's table of known words by coarse tag
INDEX = "lemma_index"
# the values a lemma depends on, then the lemma already set
READ = (ORTH, POS, MORPH, LEMMA)
# the modes whose lemma depends on text, coarse tag and morphology only
MODES = frozenset({"rule", "lookup"})
# lemmatizers known to read a token's text, coarse tag and morphology only (English overrides
# ``is_base_form``, which reads the tag and morphology)
KNOWN = (Lemmatizer, EnglishLemmatizer)
# distinct (text, tag, morphology) triples remembered before the memory is emptied
MEMO_LIMIT = 100_000


class WordList(list[str]):
    """A list of words that answers ``in`` from a set of the same words (never changed after)."""

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self._words = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._words


def index_by_sets(lemmatizer: Lemmatizer) -> None:
    """Give each word list of the lemmatizer's ``lemma_index`` table a set to answer ``in``."""
    if not lemmatizer.lookups.has_table(INDEX):
        return
    table = lemmatizer.lookups.get_table(INDEX)
    for key, words in list(table.items()):
        if isinstance(words, list) and not isinstance(words, WordList):
            table[key] = WordList(words)


class LookupLemmas:
    """A pipeline component setting what ``lemmatizer`` sets, from remembered lemmas."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        index_by_sets(lemmatizer)
        self.vocab = lemmatizer.vocab
        # (orth, pos, morph) -> the lemma's string id
        self._memo: dict[tuple[int, int, int], int] = {}

    @property
    def lookups(self) -> Lookups:
        """The wrapped lemmatizer's tables (``parser.english_words`` reads them)."""
        return self.lemmatizer.lookups

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        overwrite = self.lemmatizer.overwrite
        memo = self._memo
        lemmas: list[int] = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array(list(READ)).tolist()):
            if lemma and not overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            value = memo.get(key)
            if value is None:
                value = self._lemma(doc, i)
                if pos:
                    if len(memo) >= MEMO_LIMIT:
                        memo.clear()
                    memo[key] = value
            lemmas.append(value)
        column: Any = numpy.array(lemmas, dtype=numpy.uint64).reshape(-1, 1)
        doc.from_array([LEMMA], column)
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def _lemma(self, doc: Doc, i: int) -> int:
        return self.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])


@Language.factory(FACTORY)
def make_lookup_lemmas(nlp: Language, name: str) -> LookupLemmas:
    """The lemmas of the pipeline's lemmatizer (which must still be in the pipeline)."""
    lemmatizer = nlp.get_pipe(LEMMATIZER)
    if not isinstance(lemmatizer, Lemmatizer):
        raise TypeError(f"not a spaCy lemmatizer: {type(lemmatizer).__name__}")
    return LookupLemmas(lemmatizer)


def use_lookup_lemmas(nlp: Language) -> bool:
    """Put a ``LookupLemmas`` in the lemmatizer's place; ``False`` (the lemmatizer kept) if there
    is none, or it is not spaCy's ``Lemmatizer`` in a mode whose lemma depends on the token's
    text, coarse tag and morphology alone."""
    if LEMMATIZER not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe(LEMMATIZER)
    if isinstance(lemmatizer, LookupLemmas):
        return True
    if (not isinstance(lemmatizer, Lemmatizer) or type(lemmatizer) not in KNOWN
            or lemmatizer.mode not in MODES):
        log.info("keeping spaCy's lemmatizer: %s", type(lemmatizer).__name__)
        return False
    nlp.add_pipe(FACTORY, after=LEMMATIZER)
    nlp.remove_pipe(LEMMATIZER)
    nlp.rename_pipe(FACTORY, LEMMATIZER)
    return True
