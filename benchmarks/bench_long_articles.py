"""Coding cost against article length: time linear in characters, memory bounded per batch.

    .venv/bin/python benchmarks/bench_long_articles.py scale [--sizes 10000,100000,1000000]
    .venv/bin/python benchmarks/bench_long_articles.py memory [--records 8] [--chars 1000000]

Long articles are built from the ABC news items of ../shared/news/corpora/lee_abc_news (one item a
paragraph, taken in order and repeated when the corpus runs out), so they read like news at every
length. ``scale`` codes one article of each size and prints seconds and microseconds per character;
it exits 1 when the slowest rate per character is over twice the fastest (Reliability issue #21).
``memory`` writes ``--records`` articles of ``--chars`` characters as one JSONL file, ingests them
as one batch into a fresh database (the local runner, as ``tacitus ingest`` does) and prints the
peak RSS of the process; it exits 1 over 2 GB.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import threading
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from tacitus.ids import content_hash, stable_id
from tacitus.model import Article
from tacitus.pipeline import make_article_coder
from tacitus.runners.local import run_ingest
from tacitus.settings import Settings
from tacitus.store import open_store

CORPUS = Path(__file__).resolve().parents[1].parent / "shared/news/corpora/lee_abc_news"
MAX_RATE_SPREAD = 2.0
MAX_PEAK_MB = 2048
PROGRESS_SECONDS = 30.0


def news_text(chars: int, *, offset: int = 0) -> str:
    """About ``chars`` characters of news paragraphs, starting at paragraph ``offset``."""
    lines = (CORPUS / "lee_background.cor").read_text(encoding="utf-8").splitlines()
    paragraphs = [line.strip() for line in lines if line.strip()]
    parts: list[str] = []
    size = 0
    index = offset
    while size < chars:
        paragraph = paragraphs[index % len(paragraphs)]
        parts.append(paragraph)
        size += len(paragraph) + 2
        index += 1
    return "\n\n".join(parts)[:chars]


def article(text: str, origin: str) -> Article:
    template = Article(id="", title="", text="", content_hash="", origin="", date=date(2002, 1, 1))
    return replace(template, id=stable_id("art_", content_hash(text)), text=text,
                   content_hash=content_hash(text), origin=origin)


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report_peak_every(seconds: float, started: float) -> None:
    """Print the peak RSS so far every ``seconds`` (a long run shows its figure as it goes)."""
    def report() -> None:
        while True:
            time.sleep(seconds)
            print(f"  after {time.perf_counter() - started:.0f} s: peak RSS {peak_rss_mb():.0f} MB",
                  flush=True)
    threading.Thread(target=report, daemon=True).start()


def scale(sizes: list[int]) -> int:
    coder = make_article_coder(Settings())
    coder.code(article(news_text(2_000), "warm-up"))  # model and tables loaded before timing
    rates: list[float] = []
    for size in sizes:
        item = article(news_text(size), f"{size} chars")
        started = time.perf_counter()
        coded = coder.code(item)
        seconds = time.perf_counter() - started
        rates.append(seconds / size * 1e6)
        print(f"{size:>9} chars  {seconds:8.1f} s  {rates[-1]:6.1f} µs/char  "
              f"{len(coded.events)} events  peak RSS {peak_rss_mb():.0f} MB", flush=True)
    spread = max(rates) / min(rates)
    print(f"slowest / fastest rate per character: {spread:.2f}  (goal <= {MAX_RATE_SPREAD})")
    return 0 if spread <= MAX_RATE_SPREAD else 1


def memory(records: int, chars: int) -> int:
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "long.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for number in range(records):
                text = news_text(chars, offset=number * 97)
                out.write(json.dumps({"text": text, "title": f"long {number}"}) + "\n")
        settings = Settings(batch_size=records, offline=True)
        coder = make_article_coder(settings)
        with_model = peak_rss_mb()
        started = time.perf_counter()
        report_peak_every(PROGRESS_SECONDS, started)
        with open_store(Path(folder) / "long.duckdb") as store:
            summary = run_ingest([str(corpus)], settings=settings, store=store, coder=coder)
        seconds = time.perf_counter() - started
    peak = peak_rss_mb()
    print(f"{records} records of {chars} chars in one batch: {summary.counts} in {seconds:.0f} s")
    for problem in summary.problems:
        print(f"  {problem.status}: {problem.origin}: {problem.reason}")
    print(f"peak RSS: {with_model:.0f} MB with the model, {peak:.0f} MB at the end "
          f"(goal < {MAX_PEAK_MB} MB)")
    return 0 if peak < MAX_PEAK_MB and summary.counts["new"] == records else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    scaling = commands.add_parser("scale")
    scaling.add_argument("--sizes", default="10000,100000,1000000")
    memory_use = commands.add_parser("memory")
    memory_use.add_argument("--records", type=int, default=8)
    memory_use.add_argument("--chars", type=int, default=1_000_000)
    options = parser.parse_args()
    if options.command == "scale":
        sys.exit(scale([int(size) for size in options.sizes.split(",")]))
    sys.exit(memory(options.records, options.chars))


if __name__ == "__main__":
    main()
