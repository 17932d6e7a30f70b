"""Peak memory and articles per second per core while ingesting N articles with the local engine.

    .venv/bin/python benchmarks/bench_memory.py [--articles 10000]

The corpus (benchmarks/scale_corpus.py) is written as one JSONL file and ingested into a fresh
DuckDB file in one process (one core busy); peak RSS is ``ru_maxrss`` of this process, measured
before the model loads and at the end. Goal (Scale issue): under 1 GB. From the rate it prints how
many cores a GDELT-sized day (100,000–250,000 articles) needs.
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import tempfile
import time
from pathlib import Path

from scale_corpus import write_corpus

from tacitus.pipeline import make_article_coder
from tacitus.runners.local import run_ingest
from tacitus.settings import Settings
from tacitus.store import open_store

GDELT_DAY = (100_000, 250_000)
SECONDS_PER_DAY = 86_400


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=32)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        words = write_corpus(corpus, options.articles)
        print(f"articles {options.articles}, words {words}, cpus {os.cpu_count()}, "
              f"load average before {os.getloadavg()}")
        before_model = peak_rss_mb()
        settings = Settings(batch_size=options.batch_size, offline=True)
        coder = make_article_coder(settings)
        with_model = peak_rss_mb()
        cpu_started = time.process_time()
        started = time.perf_counter()
        with open_store(Path(folder) / "bench.duckdb") as store:
            summary = run_ingest([str(corpus)], settings=settings, store=store, coder=coder)
            events = store.counts().get("events", 0)
        seconds = time.perf_counter() - started
        cpu_seconds = time.process_time() - cpu_started
    peak = peak_rss_mb()
    rate = summary.counts["new"] / seconds
    rate_per_cpu_second = summary.counts["new"] / cpu_seconds
    print(f"counts {summary.counts}, merged events {events}")
    print(f"wall {seconds:.0f} s, cpu {cpu_seconds:.0f} s, load average after {os.getloadavg()}")
    print(f"peak RSS: {before_model:.0f} MB before the model, {with_model:.0f} MB with it, "
          f"{peak:.0f} MB at the end  (goal < 1024 MB)")
    print(f"articles/s on one core: {rate:.1f} wall, {rate_per_cpu_second:.1f} per CPU second; "
          f"words/s per CPU second: {words / cpu_seconds:.0f}")
    for day in GDELT_DAY:
        needed = day / SECONDS_PER_DAY / rate_per_cpu_second
        print(f"GDELT day of {day} articles: {day / SECONDS_PER_DAY:.2f} articles/s on average "
              f"-> {needed:.2f} cores at this rate ({math.ceil(needed * 2)} with 2x headroom)")


if __name__ == "__main__":
    main()
