"""A JSONL corpus of N distinct articles built from the shared corpora, for the scale benchmarks.

ag_news_world (1,900 items), lee_abc_news (348) and muc4 (1,700 documents) are cycled; from the
second pass on each copy ends with a line naming the copy, so its content hash (and id) is new
and every record is coded, not skipped as a duplicate.
"""

from __future__ import annotations

import csv
import gzip
import json
from collections.abc import Iterator
from itertools import cycle, islice
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = SHARED / "news/corpora"


def shared_texts() -> list[str]:
    """Every article text of the three corpora, in a fixed order."""
    texts: list[str] = []
    with (CORPORA / "ag_news_world/ag_news_test_world.csv").open(encoding="utf-8") as handle:
        texts.extend(f"{title}. {body}" for _label, title, body in csv.reader(handle))
    for name in ("lee_background.cor", "lee.cor"):
        # the Lee corpus is Latin-1 (a pound sign in one article)
        lines = (CORPORA / "lee_abc_news" / name).read_text(encoding="latin-1").splitlines()
        texts.extend(line.strip() for line in lines if line.strip())
    with gzip.open(CORPORA / "muc4/muc4_docs.jsonl.gz", "rt", encoding="utf-8") as handle:
        texts.extend(json.loads(line)["text"].strip() for line in handle)
    return texts


def lee_texts(count: int) -> list[str]:
    """The first ``count`` items of the Lee ABC background corpus (``bench_whole_process.py``)."""
    # the Lee corpus is Latin-1 (a pound sign in one article)
    lines = (CORPORA / "lee_abc_news/lee_background.cor").read_text(encoding="latin-1")
    return [line.strip() for line in lines.splitlines() if line.strip()][:count]


def records(count: int, *, skip: int = 0) -> Iterator[dict[str, str]]:
    """``count`` distinct JSONL records (``text``, ``date``), after the first ``skip`` texts."""
    texts = shared_texts()[skip:]
    for number, text in enumerate(islice(cycle(texts), count)):
        copy = number // len(texts)
        body = text if copy == 0 else f"{text}\n\nBenchmark copy {copy}."
        yield {"id": f"bench-{number}", "text": body, "date": "2004-08-16"}


def write_corpus(path: Path, count: int, *, skip: int = 0) -> int:
    """Write ``count`` records to ``path``; return the number of words."""
    words = 0
    with path.open("w", encoding="utf-8") as handle:
        for record in records(count, skip=skip):
            words += len(record["text"].split())
            handle.write(json.dumps(record) + "\n")
    return words


# joining texts until an article has this many words gives a mean of about 600 (604 over 10,000)
LONG_MINIMUM_WORDS = 420


def long_records(count: int, *, words: int = LONG_MINIMUM_WORDS) -> Iterator[dict[str, str]]:
    """``count`` distinct real-length records: consecutive shared texts joined as paragraphs until
    each has at least ``words`` words (news articles average about 600 words; the corpora's items
    are shorter). Copies from the second pass on end with a line naming the copy, as ``records``."""
    texts = shared_texts()
    articles: list[str] = []
    paragraphs: list[str] = []
    for text in texts:
        paragraphs.append(text)
        if sum(len(paragraph.split()) for paragraph in paragraphs) >= words:
            articles.append("\n\n".join(paragraphs))
            paragraphs = []
    for number, text in enumerate(islice(cycle(articles), count)):
        copy = number // len(articles)
        body = text if copy == 0 else f"{text}\n\nBenchmark copy {copy}."
        yield {"id": f"long-{number}", "text": body, "date": "2004-08-16"}


def write_long_corpus(folder: Path, count: int, *, words: int = LONG_MINIMUM_WORDS,
                      per_file: int = 1000) -> int:
    """Write ``count`` real-length records into ``folder`` as JSONL files of ``per_file`` records
    (each under the ingest size cap); return the number of words."""
    total = 0
    folder.mkdir(parents=True, exist_ok=True)
    records = iter(long_records(count, words=words))
    for part in range(0, count, per_file):
        with (folder / f"part-{part // per_file:03d}.jsonl").open("w", encoding="utf-8") as handle:
            for record in islice(records, per_file):
                total += len(record["text"].split())
                handle.write(json.dumps(record) + "\n")
    return total
