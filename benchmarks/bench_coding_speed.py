"""Coding speed beside raw spaCy parsing of the same texts, as a ratio measured in one run.

    .venv/bin/python benchmarks/bench_coding_speed.py [--articles N] [--repeat R]

Reads the ABC news items of ../shared/news/corpora/lee_abc_news (one article a line). Both sides
parse the same texts with the same loaded model and batch size; the pipeline side also resolves
actors and codes events, quotes and claims. Goal (issue #17): pipeline/raw >= 0.8.

The "raw" side is the model as Tacitus loads it (``nlp/parser.load_language``: its paragraph,
abbreviation and spacing components, and look-up versions of spaCy's attribute ruler and
lemmatizer), so the ratio is the cost of everything after parsing. A third side parses with the
stock model as ``spacy.load`` gives it, with nothing of Tacitus's, and its ratio is printed too:
what a user comparing with plain spaCy sees.

Each side is timed in CPU seconds of this process (``time.process_time``), not wall time: on a
shared machine the other processes stretch the wall clock of whichever side runs while they do.
The two sides run alternately ``R`` times (raw, pipeline, raw, pipeline …), each pair giving one
ratio (raw seconds / pipeline seconds), so both sides of a pair see the same machine; the median
ratio is the result, printed with the lowest and highest. The model, its caches and the knowledge
tables are warmed up by one untimed pair first.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import spacy
from spacy.tokens import Doc

from tacitus.ids import content_hash, stable_id
from tacitus.model import Article
from tacitus.nlp.chunks import parse_bounded
from tacitus.pipeline import ArticleCoder, make_article_coder
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


def parsed_articles(coder: ArticleCoder, limit: int) -> tuple[list[Article], list[Doc]]:
    """The first ``limit`` items and their parses, as ``coder`` parses them (the studies'
    common start)."""
    articles = load_articles(limit)
    texts = [coder.readable(article.text) for article in articles]
    return articles, list(parse_bounded(coder.nlp, texts, batch_size=coder.batch_size))


def cpu_seconds(run: Callable[[], int]) -> tuple[float, int]:
    """The CPU seconds this process spent in one ``run``, and what the run counted."""
    started = time.process_time()
    counted = run()
    return time.process_time() - started, counted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5, help="timed pairs (median reported)")
    options = parser.parse_args()

    settings = Settings()
    coder = make_article_coder(settings)
    stock = spacy.load(settings.model_name)
    articles = load_articles(options.articles)
    words = sum(len(article.text.split()) for article in articles)

    def parse_only() -> int:
        return sum(1 for _ in coder.nlp.pipe((a.text for a in articles),
                                             batch_size=coder.batch_size))

    def parse_stock() -> int:
        return sum(1 for _ in stock.pipe((a.text for a in articles),
                                         batch_size=coder.batch_size))

    def code_all() -> int:
        return sum(len(coded.events) for coded in coder.code_many(articles))

    # warm-up: the model, the lazily loaded tables and the caches, before timing
    parse_only()
    parse_stock()
    code_all()
    raw_runs, stock_runs, coded_runs, ratios, stock_ratios = [], [], [], [], []
    events = 0
    for _ in range(options.repeat):
        raw_seconds, _ = cpu_seconds(parse_only)
        stock_seconds, _ = cpu_seconds(parse_stock)
        coded_seconds, events = cpu_seconds(code_all)
        raw_runs.append(raw_seconds)
        stock_runs.append(stock_seconds)
        coded_runs.append(coded_seconds)
        ratios.append(raw_seconds / coded_seconds)
        stock_ratios.append(stock_seconds / coded_seconds)
    raw, coded = statistics.median(raw_runs), statistics.median(coded_runs)
    stock_median = statistics.median(stock_runs)
    print(f"articles {len(articles)}, words {words}, events {events}, pairs {options.repeat}")
    print(f"raw spaCy parse : {words / raw:10.0f} words per CPU s (median; the model as Tacitus "
          "loads it)")
    print(f"stock spaCy     : {words / stock_median:10.0f} words per CPU s (median; spacy.load "
          "alone)")
    print(f"full pipeline   : {words / coded:10.0f} words per CPU s "
          f"({events / coded:.0f} events per CPU s)")
    print(f"ratio pipeline/raw: {statistics.median(ratios):.3f} median of {len(ratios)} pairs "
          f"(lowest {min(ratios):.3f}, highest {max(ratios):.3f}; goal >= 0.8)")
    print(f"ratio pipeline/stock: {statistics.median(stock_ratios):.3f} median of "
          f"{len(stock_ratios)} pairs (lowest {min(stock_ratios):.3f}, "
          f"highest {max(stock_ratios):.3f})")


if __name__ == "__main__":
    main()
