"""Two Dask workers against one on the same corpus, as a ratio measured in one run.

    .venv/bin/python benchmarks/bench_dask_workers.py [--articles 300] [--skip 2248]

Each side starts a LocalCluster (processes, one thread per worker), loads the model on every
worker before timing, then ingests the same JSONL corpus (benchmarks/scale_corpus.py) into a
fresh DuckDB file. ``--skip 2248`` starts at the MUC-4 documents (about 500 words each): with
two-line AG News items the client's reading and writing, not the workers, set the pace.
Goal (Scale issue): >= 1.6x on 2 cores. The load average is printed because other processes
share the cores.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from scale_corpus import write_corpus

from tacitus.runners.dask import DaskOptions, ingest_on_client, open_client, worker_coder
from tacitus.settings import Settings
from tacitus.store import open_store


def timed_run(corpus: Path, db: Path, *, workers: int, settings: Settings) -> tuple[float, int]:
    """Seconds to ingest ``corpus`` with ``workers`` warm workers, and the new articles."""
    with open_client(DaskOptions(workers=workers)) as client:
        client.run(worker_coder, settings)
        started = time.perf_counter()
        with open_store(db) as store:
            summary = ingest_on_client(client, [str(corpus)], settings=settings, store=store)
        return time.perf_counter() - started, summary.counts["new"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--skip", type=int, default=2248)
    parser.add_argument("--batch-size", type=int, default=8)
    options = parser.parse_args()
    settings = Settings(batch_size=options.batch_size, offline=True)

    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        words = write_corpus(corpus, options.articles, skip=options.skip)
        print(f"articles {options.articles}, words {words}, cpus {os.cpu_count()}, "
              f"load average before {os.getloadavg()}")
        one, new_one = timed_run(corpus, Path(folder) / "one.duckdb", workers=1,
                                 settings=settings)
        print(f"1 worker : {one:6.1f} s, {new_one / one:5.1f} articles/s  "
              f"(load average {os.getloadavg()})")
        two, new_two = timed_run(corpus, Path(folder) / "two.duckdb", workers=2,
                                 settings=settings)
        print(f"2 workers: {two:6.1f} s, {new_two / two:5.1f} articles/s  "
              f"(load average {os.getloadavg()})")
    print(f"speed-up 2 workers / 1 worker: {one / two:.2f}x  (goal >= 1.6x on 2 cores)")


if __name__ == "__main__":
    main()
