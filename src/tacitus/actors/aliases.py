"""Longest-match lookup of written names over a spaCy Doc, indexed by the first word.

A name is compared with the Doc's tokens with whitespace removed, so it matches however spaCy splits
it ("al-Qaeda" is three tokens, "U.S." one). Case rules, per run of letters and digits: a run
with a capital after its first letter ("US", "NATO", "LeT") must match exactly, a capitalised run
must start with a capital in the text, a lower-case run ("al" in "al-Qaeda") matches any case.
"""

from __future__ import annotations

import marshal
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, TypeVar

from spacy.tokens import Doc

from tacitus.nlp.doc_memo import DocReading, lemmas_of

T = TypeVar("T")

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "–": "-", "—": "-"})
FIRST_WORD = re.compile(r"[^\W_]+")
# texts whose keys (``KeyMemo``) or a table's short lists (``NameTable.match_at``) are kept
KEY_MEMORY = 1 << 16


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Strip accents and unify apostrophes and dashes, for comparing written forms (remembered:
    the stages fold the same token texts over and over)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(APOSTROPHES))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=1 << 16)
def first_word(text: str) -> str:
    """The first run of letters and digits of ``text``, lowered: the key a name is indexed by
    (remembered: every table asks it of the same token texts)."""
    match = FIRST_WORD.match(text)
    return match.group(0).lower() if match else ""


class KeyMemo(dict[str, str]):
    """``read`` of every text asked so far, so that a walk over a Doc's tokens reads each with
    one dictionary look-up (``lru_cache`` costs a call a token); forgotten all at once past
    ``KEY_MEMORY`` texts, so that a long run's memory stays bounded."""

    def __init__(self, read: Callable[[str], str]) -> None:
        super().__init__()
        self._read = read

    def __missing__(self, text: str) -> str:
        value = self[text] = self._read(text)
        return value

    def all_of(self, texts: Sequence[str]) -> tuple[str, ...]:
        """``read`` of each text of ``texts``, in order."""
        if len(self) > KEY_MEMORY:
            self.clear()
        return tuple(map(self.__getitem__, texts))


def _lemma_key(lemma: str) -> str:
    return first_word(fold(lemma))


# the first word of a token's (folded) text, and of a lemma folded
_TEXT_KEYS = KeyMemo(first_word)
_LEMMA_KEYS = KeyMemo(_lemma_key)


class FirstWords:
    """The first word (``first_word``) of every token text of the last ``Doc`` and texts asked
    about: each name table asks it of the same texts (``may_start``)."""

    def __init__(self) -> None:
        self._last: tuple[Doc, Sequence[str], tuple[str, ...]] | None = None

    def of(self, doc: Doc, texts: Sequence[str]) -> tuple[str, ...]:
        last = self._last
        if last is not None and last[0] is doc and last[1] is texts:
            return last[2]
        words = _TEXT_KEYS.all_of(texts)
        self._last = (doc, texts, words)
        return words


def _lemma_first_words(doc: Doc) -> tuple[str, ...]:
    return _LEMMA_KEYS.all_of(lemmas_of(doc).lemmas)


_FIRST_WORDS = FirstWords()
# the first word of every token's lemma, for the tables that match lemmas
_LEMMA_FIRST_WORDS: DocReading[tuple[str, ...]] = DocReading(_lemma_first_words)


@dataclass(frozen=True, slots=True)
class Name(Generic[T]):
    """One written form and what it names; ``exact``/``capital`` hold positions with case rules."""

    compact: str
    lowered: str
    exact: frozenset[int]
    capital: frozenset[int]
    value: T


def compile_name(form: str, value: T) -> Name[T]:
    exact: set[int] = set()
    capital: set[int] = set()
    compact = ""
    for word in fold(form).split():
        for run in FIRST_WORD.finditer(word):
            text, start = run.group(0), len(compact) + run.start()
            if any(char.isupper() for char in text[1:]):
                exact.update(range(start, start + len(text)))
            elif text[:1].isupper():
                capital.add(start)
        compact += word
    return Name(compact, compact.lower(), frozenset(exact), frozenset(capital), value)


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    start: int
    end: int
    value: T


class NameTable(Generic[T]):
    """Written forms indexed by their first word; ``match_at`` returns the longest that fits."""

    def __init__(self, *, lemma_last: bool = False, ignore_case: bool = False) -> None:
        self._index: dict[str, list[Name[T]]] = {}
        self._lemma_last = lemma_last
        self._ignore_case = ignore_case
        # buckets of a table read from its compiled form, turned into names on first use
        self._raw: dict[str, bytes] = {}
        self._decode: Callable[[object], T] | None = None
        # every key a name is indexed under, compiled or not
        self._keys: set[str] = set()
        # the names of a bucket a token's text and the next one's leave to try (``_shortlist``)
        self._shortlists: dict[tuple[str, str | None], list[Name[T]]] = {}

    @classmethod
    def from_compiled(cls, raw: dict[str, bytes], decode: Callable[[object], T], *,
                      lemma_last: bool = False, ignore_case: bool = False) -> NameTable[T]:
        """A table from ``compiled``'s buckets, ``decode`` turning each encoded value back; a
        bucket is rebuilt when first looked up, so a table read from a cache costs little."""
        table: NameTable[T] = cls(lemma_last=lemma_last, ignore_case=ignore_case)
        table._raw = dict(raw)
        table._decode = decode
        table._keys = set(raw)
        return table

    def compiled(self, encode: Callable[[T], object]) -> dict[str, bytes]:
        """Each bucket as bytes (``marshal`` of plain tuples; ``encode`` gives each value as
        strings, numbers and tuples), for ``from_compiled``."""
        def plain(name: Name[T]) -> Any:
            return (name.compact, name.lowered, tuple(sorted(name.exact)),
                    tuple(sorted(name.capital)), encode(name.value))

        return {key: marshal.dumps(tuple(plain(name) for name in self._bucket(key)))
                for key in [*self._index, *self._raw]}

    def _bucket(self, key: str) -> list[Name[T]]:
        """The names indexed under ``key``, most characters first (empty if none)."""
        raw = self._raw.pop(key, None)
        if raw is not None and self._decode is not None:
            decode = self._decode
            self._index[key] = [Name(compact, lowered, frozenset(exact), frozenset(capital),
                                     decode(value))
                                for compact, lowered, exact, capital, value in marshal.loads(raw)]
        return self._index.get(key, [])

    def add(self, form: str, value: T) -> None:
        name = compile_name(form, value)
        if not name.compact:
            return
        key = first_word(fold(form))
        self._bucket(key)
        self._keys.add(key)
        self._shortlists.clear()
        bucket = self._index.setdefault(key, [])
        bucket.append(name)
        bucket.sort(key=lambda entry: -len(entry.compact))

    def extend(self, items: Sequence[tuple[str, T]]) -> None:
        """Add many forms at once, sorting each touched bucket once (for large user layers)."""
        touched: set[str] = set()
        self._shortlists.clear()
        for form, value in items:
            name = compile_name(form, value)
            if name.compact:
                key = first_word(fold(form))
                self._bucket(key)
                self._index.setdefault(key, []).append(name)
                touched.add(key)
                self._keys.add(key)
        for key in touched:
            self._index[key].sort(key=lambda entry: -len(entry.compact))

    def may_start(self, doc: Doc, texts: Sequence[str]) -> list[bool]:
        """For each token, whether a name may start there: one is indexed under the token's first
        word (or, in a table matching lemmas, its lemma's). Where not, ``match_at`` finds none;
        a walk over every token asks this once instead of ``match_at`` at each."""
        keys = self._keys
        found = list(map(keys.__contains__, _FIRST_WORDS.of(doc, texts)))
        if self._lemma_last:
            found = [hit or key in keys
                     for hit, key in zip(found, _LEMMA_FIRST_WORDS.of(doc), strict=False)]
        return found

    def match_at(self, doc: Doc, texts: Sequence[str], start: int) -> Match[T] | None:
        """The longest form that starts at token ``start`` and ends on a token boundary."""
        key = first_word(texts[start])
        # a key already looked up is in the index (``_bucket`` moves a compiled bucket there)
        bucket = self._index.get(key)
        if bucket is None:
            bucket = self._bucket(key)
        if self._lemma_last:
            lemma_key = first_word(fold(lemmas_of(doc).lemmas[start]))
            # a bucket is kept longest first: merged only with names of the lemma's own
            extra = self._bucket(lemma_key) if lemma_key != key else []
            if extra:
                bucket = sorted([*bucket, *extra], key=lambda entry: -len(entry.compact))
        elif bucket:
            # a table matching lemmas may still fit a name by the token's lemma: only one
            # matching texts shortens its bucket
            bucket = self._shortlist(bucket, texts[start],
                                     texts[start + 1] if start + 1 < len(texts) else None)
        for name in bucket:
            end = self._fit(doc, texts, start, name)
            if end is not None:
                return Match(start, end, name.value)
        return None

    def _shortlist(self, bucket: list[Name[T]], text: str, following: str | None
                   ) -> list[Name[T]]:
        """The names of ``bucket`` (the one ``text``'s first word keys) that ``_fit`` does not
        turn down at once where a token reads ``text`` and the next ``following`` (``None``: no
        next token), in the bucket's order; worked out once for each such pair of texts."""
        memo_key = (text, following)
        names = self._shortlists.get(memo_key)
        if names is not None:
            return names
        # a name the first token's text does not begin fails the first step of ``_fit``; one
        # longer than that text which the two texts do not begin fails its second step
        first = text.lower()
        length = len(text)
        two = None if following is None else (text + following).lower()
        names = [name for name in bucket if name.lowered.startswith(first)
                 and (two is None or length >= len(name.compact)
                      or name.lowered.startswith(two))]
        if len(self._shortlists) > KEY_MEMORY:
            self._shortlists.clear()
        self._shortlists[memo_key] = names
        return names

    def _fit(self, doc: Doc, texts: Sequence[str], start: int, name: Name[T]) -> int | None:
        consumed = ""
        index = start
        while len(consumed) < len(name.compact) and index < len(texts):
            piece = texts[index]
            candidate = consumed + piece
            if name.lowered.startswith(candidate.lower()):
                consumed = candidate
            elif (self._lemma_last and name.lowered == consumed.lower()
                  + fold(lemmas_of(doc).lemmas[index]).lower()):
                return index + 1
            else:
                return None
            index += 1
        if consumed.lower() != name.lowered:
            return None
        if not self._ignore_case and not self._case_fits(consumed, name):
            return None
        return index

    @staticmethod
    def _case_fits(text: str, name: Name[T]) -> bool:
        if any(text[i] != name.compact[i] for i in name.exact):
            return False
        return all(text[i].isupper() for i in name.capital)
