"""Coding speed beside raw spaCy parsing of the same texts, as a ratio measured in one run.

    .venv/bin/python benchmarks/bench_coding_speed.py [--articles N] [--repeat R]

Reads the ABC news items of ../shared/news/corpora/lee_abc_news (one article a line). Both sides
parse the same texts with the same loaded model and batch size; the pipeline side also resolves
actors and codes events, quotes and claims. Goal (Scale issue): pipeline/raw >= 0.8.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from tacitus.ids import content_hash, stable_id
from tacitus.model import Article
from tacitus.pipeline import make_article_coder
from tacitus.settings import Settings

CORPUS = Path(__file__).resolve().parents[1].parent / "shared/news/corpora/lee_abc_news"


def load_articles(limit: int) -> list[Article]:
    lines = (CORPUS / "lee_background.cor").read_text(encoding="utf-8").splitlines()
    texts = [line.strip() for line in lines if line.strip()][:limit]
    template = Article(id="", title="", text="", content_hash="", origin="", date=date(2002, 1, 1))
    return [
        replace(template, id=stable_id("art_", content_hash(text)), text=text,
                content_hash=content_hash(text), origin=f"lee_background.cor:{number}")
        for number, text in enumerate(texts, start=1)
    ]


def best_seconds(run: Callable[[], int], repeat: int) -> tuple[float, int]:
    """The fastest of ``repeat`` runs, and what the run counted."""
    timings = []
    counted = 0
    for _ in range(repeat):
        started = time.perf_counter()
        counted = run()
        timings.append(time.perf_counter() - started)
    return min(timings), counted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()

    coder = make_article_coder(Settings())
    articles = load_articles(options.articles)
    words = sum(len(article.text.split()) for article in articles)
    coder.code(articles[0])  # warm up: model and tables loaded before timing

    def parse_only() -> int:
        return sum(1 for _ in coder.nlp.pipe((a.text for a in articles),
                                             batch_size=coder.batch_size))

    def code_all() -> int:
        return sum(len(coded.events) for coded in coder.code_many(articles))

    raw_seconds, _ = best_seconds(parse_only, options.repeat)
    coded_seconds, events = best_seconds(code_all, options.repeat)
    print(f"articles {len(articles)}, words {words}, events {events}")
    print(f"raw spaCy parse : {words / raw_seconds:10.0f} words/s")
    print(f"full pipeline   : {words / coded_seconds:10.0f} words/s "
          f"({events / coded_seconds:.0f} events/s)")
    print(f"ratio pipeline/raw: {raw_seconds / coded_seconds:.2f}  (goal >= 0.8)")


if __name__ == "__main__":
    main()
