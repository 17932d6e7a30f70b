"""Page-extraction metrics: the Zyte benchmark's shingle scores and trafilatura's snippet test.

Zyte (article-extraction-benchmark): texts are split into ``\\w+`` tokens, then into 4-token
shingles counted as a multiset; each document gets tp/fp/fn from the two multisets, precision and
recall are averaged over documents and F1 is taken from the two averages. A text shorter than four
tokens is one shingle. A document where both texts are empty scores 1.

Trafilatura: each "with" snippet found in the extracted text is a true positive (missing: a false
negative); each "without" snippet found is a false positive (absent: a true negative); precision,
recall, F1 and accuracy are over all snippets of the corpus. Whitespace is folded on both sides.
"""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tacitus.evaluation.metrics import Counts, f1_of, ratio

TOKEN = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str, size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The multiset of ``size``-token shingles of a text."""
    tokens = TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + size]) for i in range(len(tokens) - size + 1))


@dataclass(frozen=True, slots=True)
class DocumentScore:
    """Shingle precision and recall of one extracted document."""

    precision: float
    recall: float


def score_document(truth: str, extracted: str) -> DocumentScore:
    """Zyte's per-document shingle precision and recall."""
    expected, found = shingles(truth), shingles(extracted)
    if not expected and not found:
        return DocumentScore(1.0, 1.0)
    tp = sum((expected & found).values())
    return DocumentScore(ratio(tp, sum(found.values())), ratio(tp, sum(expected.values())))


@dataclass(frozen=True, slots=True)
class ShingleScores:
    """Precision and recall averaged over documents, F1 from the averages."""

    precision: float
    recall: float
    n: int

    @property
    def f1(self) -> float:
        return f1_of(self.precision, self.recall)


def average_scores(documents: Sequence[DocumentScore]) -> ShingleScores:
    """Zyte's corpus scores from per-document scores."""
    n = len(documents)
    return ShingleScores(ratio(sum(d.precision for d in documents), n),
                         ratio(sum(d.recall for d in documents), n), n)


BOOTSTRAP_ROUNDS = 1000


def bootstrap_f1_std(documents: Sequence[DocumentScore], *, rounds: int = BOOTSTRAP_ROUNDS,
                     seed: int = 0) -> float:
    """Standard deviation of the corpus F1 over documents resampled with replacement (Zyte's
    ± figure); seeded, so the same scores always give the same value."""
    if len(documents) < 2:
        return 0.0
    chooser = random.Random(seed)
    samples = [average_scores(chooser.choices(documents, k=len(documents))).f1
               for _ in range(rounds)]
    return statistics.pstdev(samples)


def folded(text: str) -> str:
    """Text with runs of whitespace made one space."""
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class SnippetCounts:
    """Trafilatura's snippet tallies."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def __add__(self, other: SnippetCounts) -> SnippetCounts:
        return SnippetCounts(self.tp + other.tp, self.fn + other.fn, self.fp + other.fp,
                             self.tn + other.tn)

    @property
    def counts(self) -> Counts:
        return Counts(self.tp, self.fp, self.fn)

    @property
    def accuracy(self) -> float:
        return ratio(self.tp + self.tn, self.tp + self.fn + self.fp + self.tn)


def check_snippets(extracted: str, must: Iterable[str], must_not: Iterable[str]) -> SnippetCounts:
    """Count one page's snippets found and missed."""
    text = folded(extracted)
    present = [folded(snippet) in text for snippet in must]
    leaked = [folded(snippet) in text for snippet in must_not]
    return SnippetCounts(tp=sum(present), fn=len(present) - sum(present),
                         fp=sum(leaked), tn=len(leaked) - sum(leaked))


def same_text(expected: str, found: str | None) -> bool:
    """Case- and whitespace-insensitive equality (for titles and authors)."""
    return found is not None and folded(expected).casefold() == folded(found).casefold()
