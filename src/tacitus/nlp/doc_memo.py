"""Answers about one ``Doc`` remembered while it is the last one asked about.

The stages ask the same question of the same token or sentence many times (once for each
candidate, trigger or quotation that stands there). A ``DocMemo`` keeps the answers for the last
``Doc`` only: the stages work on one ``Doc`` at a time, so what one article asked is forgotten
when the next comes, and nothing outlives the article.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from itertools import compress
from typing import Generic, TypeVar

from spacy.attrs import IS_ALPHA, IS_STOP, LEMMA, LENGTH
from spacy.tokens import Doc, Span, Token

from tacitus.nlp.string_ids import strings_of
from tacitus.nlp.texts import doc_text

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class DocMemo(Generic[K, V]):
    """The answers of ``read`` for the last ``Doc`` asked about, by key."""

    def __init__(self, read: Callable[[Doc, K], V]) -> None:
        self._read = read
        # one tuple, so a reader in another thread sees a Doc with its own answers
        self._last: tuple[Doc | None, dict[K, V]] = (None, {})

    def get(self, doc: Doc, key: K) -> V:
        """``read(doc, key)``, read once while ``doc`` is the last ``Doc`` asked about."""
        last_doc, answers = self._last
        if last_doc is not doc:
            answers = {}
            self._last = (doc, answers)
        if key in answers:
            return answers[key]
        answer = answers[key] = self._read(doc, key)
        return answer


class DocReading(Generic[V]):
    """The answer of ``read`` for the last ``Doc`` asked about: one answer a ``Doc``."""

    def __init__(self, read: Callable[[Doc], V]) -> None:
        self._read = read
        self._last: tuple[Doc, V] | None = None

    def of(self, doc: Doc) -> V:
        """``read(doc)``, read once while ``doc`` is the last ``Doc`` asked about."""
        last = self._last
        if last is not None and last[0] is doc:
            return last[1]
        answer = self._read(doc)
        self._last = (doc, answer)
        return answer


@dataclass(frozen=True, slots=True)
class Lemmas:
    """What the stages read of every token's word, by token index: its lemma (``Token.lemma_``)
    and the lemma lowered, whether the token is alphabetic and a stop word, and its length in
    characters (``len(token)``). Shared by every reader of one ``Doc``: never changed."""

    lemmas: tuple[str, ...]
    lowered: tuple[str, ...]
    alpha: tuple[bool, ...]
    stop: tuple[bool, ...]
    length: tuple[int, ...]


def _read_lemmas(doc: Doc) -> Lemmas:
    if not len(doc):
        return Lemmas(lemmas=(), lowered=(), alpha=(), stop=(), length=())
    # column by column: one call over each column, not a Python step per token and column
    columns = doc.to_array([LEMMA, IS_ALPHA, IS_STOP, LENGTH])
    lemmas = strings_of(doc.vocab.strings, columns[:, 0].tolist())
    return Lemmas(lemmas=lemmas, lowered=tuple(map(str.lower, lemmas)),
                  alpha=tuple(columns[:, 1].astype(bool).tolist()),
                  stop=tuple(columns[:, 2].astype(bool).tolist()),
                  length=tuple(columns[:, 3].astype(int).tolist()))


_LEMMAS: DocReading[Lemmas] = DocReading(_read_lemmas)


def lemmas_of(doc: Doc) -> Lemmas:
    """Every token's lemma of ``doc`` (``Lemmas``), read through the ``Doc``'s arrays (no
    ``Token`` made) once while ``doc`` is the last ``Doc`` asked about: the actor tables, the
    topic judge and the private-story test read the same lemmas of one article."""
    return _LEMMAS.of(doc)


def _read_alpha_lemmas(doc: Doc) -> frozenset[str]:
    lemmas = lemmas_of(doc)
    # the alphabetic tokens' lemmas picked in C (``compress``), not by a Python step a token
    return frozenset(compress(lemmas.lowered, lemmas.alpha))


_ALPHA_LEMMAS: DocReading[frozenset[str]] = DocReading(_read_alpha_lemmas)


def alpha_lemmas(doc: Doc) -> frozenset[str]:
    """The lowered lemmas of ``doc``'s alphabetic tokens, each once (read once per ``Doc``)."""
    return _ALPHA_LEMMAS.of(doc)


class SpanRoots:
    """The root token of each span of the last ``Doc`` asked about, by its start and end."""

    def __init__(self) -> None:
        self._last: tuple[Doc | None, dict[tuple[int, int], Token]] = (None, {})

    def of(self, doc: Doc, start: int, end: int) -> Token:
        """The root token of ``doc[start:end]`` (a non-empty span), found once per span while
        ``doc`` is the last ``Doc`` asked about (the ``Token`` itself kept: no new one made at
        each call)."""
        last_doc, roots = self._last
        if last_doc is not doc:
            roots = {}
            self._last = (doc, roots)
        key = (start, end)
        root = roots.get(key)
        if root is None:
            root = roots[key] = doc[start:end].root
        return root


# ``root_of(doc, start, end)``: the root token of ``doc[start:end]``, found once per span while
# ``doc`` is the last ``Doc`` asked about; the decision stage asks it of the same mentions for
# every candidate (about 65,000 calls a pass over 300 short articles: the memory's own method,
# with no wrapper's call or ``DocMemo`` key in between)
root_of: Callable[[Doc, int, int], Token] = SpanRoots().of


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once while ``doc`` is the last ``Doc`` asked about (spaCy joins its
    tokens' texts again at every ``Doc.text``): the per-trigger tests of where a trigger stands
    (a heading, an insertion) read the whole text. The same memory as the sentences' texts
    (``tacitus.nlp.texts.doc_text``), so the text is joined once per ``Doc``."""
    return doc_text(doc)


@dataclass(frozen=True, slots=True)
class Sentences:
    """The sentences of one ``Doc`` (``Doc.sents``) and, for each token, the index of the
    sentence it stands in. Shared by every reader of one ``Doc``: never changed."""

    spans: tuple[Span, ...]
    of_token: tuple[int, ...]


def _read_sentences(doc: Doc) -> Sentences:
    spans = tuple(doc.sents)
    of_token: list[int] = []
    for index, sentence in enumerate(spans):
        of_token.extend([index] * len(sentence))
    return Sentences(spans=spans, of_token=tuple(of_token))


_SENTENCES: DocReading[Sentences] = DocReading(_read_sentences)


def sentences_of(doc: Doc) -> tuple[Span, ...]:
    """``doc.sents``, read once while ``doc`` is the last ``Doc`` asked about (each stage walks
    the article's sentences in turn)."""
    return _SENTENCES.of(doc).spans


def sentence_numbers(doc: Doc) -> tuple[int, ...]:
    """For each token of ``doc``, the index of its sentence in ``doc.sents`` (read once while
    ``doc`` is the last ``Doc`` asked about)."""
    return _SENTENCES.of(doc).of_token


def sentence_of(token: Token) -> Span:
    """``token.sent``: the sentence ``token`` stands in, from the sentences of its ``Doc`` read
    once while that ``Doc`` is the last asked about (``Token.sent`` walks the tokens to the
    sentence's edges and makes two spans at every call; the stages ask it for every trigger,
    name and reference, and walk back sentence by sentence)."""
    sentences = _SENTENCES.of(token.doc)
    return sentences.spans[sentences.of_token[token.i]]


def _read_entities(doc: Doc) -> tuple[Span, ...]:
    return tuple(doc.ents)


_ENTITIES: DocReading[tuple[Span, ...]] = DocReading(_read_entities)


def entities_of(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, read once while ``doc`` is the last ``Doc`` asked about (spaCy makes a span
    of every entity anew at each ``Doc.ents``: the resolver, its organisation names, the locator
    and the quote view each read them)."""
    return _ENTITIES.of(doc)
