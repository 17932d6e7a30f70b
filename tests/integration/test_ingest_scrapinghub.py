"""Every page of the Scrapinghub article-extraction benchmark becomes an article or a typed error.

Also a quality floor: the bodies that come out are scored against the benchmark's ground truth
with its metric (4-token shingles of ``\\w+`` tokens, macro precision and recall).
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from pathlib import Path

import pytest

from tacitus.errors import IngestError
from tacitus.ingest import read_sources
from tacitus.model import Article
from tacitus.settings import Settings

PAGES = 181
MIN_ARTICLES = 150
MIN_F1 = 0.90
# The reasons a page of this benchmark may legitimately be turned down.
ALLOWED_REASONS = {"not-english", "no-article", "empty"}
_TOKEN = re.compile(r"\w+")


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text.lower())
    return Counter(tuple(tokens[i:i + 4]) for i in range(max(len(tokens) - 3, 0)))


def _precision_recall(truth: str, prediction: str) -> tuple[float, float]:
    expected, found = _shingles(truth), _shingles(prediction)
    tp = sum((expected & found).values())
    fp = sum((found - expected).values())
    fn = sum((expected - found).values())
    if not expected and not found:
        return 1.0, 1.0
    total = tp + fp + fn
    # normalised per document, as the benchmark does, so long pages do not dominate
    tp, fp, fn = tp / total, fp / total, fn / total
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)


@pytest.mark.slow
def test_every_benchmark_page_is_read(shared_dir: Path) -> None:
    folder = shared_dir / "news/extraction/scrapinghub_aeb"
    pages = sorted((folder / "html").glob("*.html.gz"))
    assert len(pages) == PAGES
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))

    started = time.perf_counter()
    items = list(read_sources([str(folder / "html")], settings=Settings()))
    elapsed = time.perf_counter() - started

    assert [Path(item.origin).name for item in items] == [page.name for page in pages]
    articles = [item for item in items if isinstance(item, Article)]
    errors = [item for item in items if not isinstance(item, Article)]
    assert all(isinstance(error, IngestError) and error.message for error in errors)
    reasons = Counter(error.reason for error in errors)
    assert set(reasons) <= ALLOWED_REASONS, reasons
    assert len(articles) >= MIN_ARTICLES

    scores = [_precision_recall(truth[Path(a.origin).name.split(".")[0]]["articleBody"], a.text)
              for a in articles]
    precision = sum(p for p, _ in scores) / len(scores)
    recall = sum(r for _, r in scores) / len(scores)
    f1 = 2 * precision * recall / (precision + recall)
    print(f"\nscrapinghub_aeb: {len(articles)}/{len(pages)} articles in {elapsed:.1f} s; "
          f"turned down: {dict(reasons)}; P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    assert f1 >= MIN_F1
