"""Answers about one ``Doc`` remembered while it is the last one asked about.

The stages ask the same question of the same token or sentence many times (once for each
candidate, trigger or quotation that stands there). A ``DocMemo`` keeps the answers for the last
``Doc`` only: the stages work on one ``Doc`` at a time, so what one article asked is forgotten
when the next comes, and nothing outlives the article.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from spacy.tokens import Doc

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
