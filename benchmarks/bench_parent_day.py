"""The parent of a real ingest: its CPU and memory as the store fills, and its store work alone.

    PYTHONPATH=src:benchmarks python benchmarks/bench_parent_day.py record --articles 2000 \\
        --db day.duckdb --batches day.pickle
    PYTHONPATH=src:benchmarks python benchmarks/bench_parent_day.py replay --batches day.pickle \\
        --db replay.duckdb [--passes 3] [--set threads=1 ...]

``record`` ingests ``scale_corpus.write_long_corpus`` articles as ``tacitus ingest`` does (this
process is the parent, two forked workers code), and every ``--every`` committed batches prints
the parent's process CPU seconds (all its threads), the part spent committing, its RSS and PSS,
DuckDB's ``duckdb_memory()`` and the objects the garbage collector tracks;
with ``--batches`` it also keeps each committed batch (coded articles and outcomes, pickled).
``replay`` writes those batches into a fresh store in one process, as the parent does (the
duplicate look-up, then one transaction a batch), so the parent's store work is measured
without the workers' parsing: CPU seconds, memory and DuckDB's memory by tag as the store fills,
and the stored events (and their reports) the merge window gave a batch. ``--passes N`` replays
the day N times, every id and hash re-derived after the first pass, as copies of its articles
(the 10,000-article corpus repeats its 1,156 texts the same way): a longer day from one record.
Quote CPU seconds and memory, not rates: the machine is shared.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import pickle
import re
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from bench_day import memory_kb
from scale_corpus import write_long_corpus

import tacitus.runners.local as local
from tacitus.events.dedup import Cluster, Report
from tacitus.model import CodedArticle, IngestOutcome
from tacitus.pipeline import make_article_coder
from tacitus.settings import Settings
from tacitus.store import Store, open_store
from tacitus.store.window import MergeWindow

# the 16 hex digits of every id and content hash in a pickled batch
HEX = re.compile(rb"[0-9a-f]{16}")


def memory_line(store: Store) -> str:
    """This process's memory, DuckDB's share of it by tag, and the objects gc tracks."""
    rss_kb, pss_kb = memory_kb(os.getpid())
    tags = store.sql("SELECT tag, memory_usage_bytes // 1048576 FROM duckdb_memory() "
                     "WHERE memory_usage_bytes >= 1048576 ORDER BY 2 DESC").fetchall()
    duck = ", ".join(f"{tag} {mb}" for tag, mb in tags) or "under 1 MB"
    return (f"RSS {rss_kb // 1024} PSS {pss_kb // 1024} MB | "
            f"DuckDB {duck} | gc objects {len(gc.get_objects())}")


def record(options: argparse.Namespace, kept: BinaryIO) -> None:
    corpus = Path(options.corpus)
    if not corpus.exists():
        write_long_corpus(corpus, options.articles)
    settings = Settings(offline=True)
    coder = make_article_coder(settings)
    commit_batch = local.commit_batch
    commits, committing, started = 0, 0.0, time.perf_counter()

    def commit_and_measure(store: Store, *args: Any, **kwargs: Any) -> list[IngestOutcome]:
        nonlocal commits, committing
        before = time.process_time()
        outcomes = commit_batch(store, *args, **kwargs)
        committing += time.process_time() - before
        pickle.dump((list(args[1]), outcomes), kept, protocol=pickle.HIGHEST_PROTOCOL)
        commits += 1
        if commits % options.every == 0:
            elapsed = time.perf_counter() - started
            print(f"{commits * settings.batch_size:6d} articles {elapsed:5.0f} s | CPU "
                  f"{time.process_time():6.1f} s, committing {committing:5.1f} s | "
                  f"{memory_line(store)}", flush=True)
        return outcomes

    local.commit_batch = commit_and_measure  # type: ignore[assignment]
    with open_store(options.db) as store:
        summary = local.run_ingest([str(corpus)], settings=settings, store=store, coder=coder,
                                   workers=2)
        print(summary.counts, f"| CPU {time.process_time():.1f} s, committing {committing:.1f} s"
              f" | {memory_line(store)}")


def batches(path: Path, passes: int) -> Iterator[tuple[list[CodedArticle], list[IngestOutcome]]]:
    """The recorded batches, ``passes`` times, ids and hashes re-derived after the first."""
    with path.open("rb") as kept:
        blobs = []
        while True:
            start = kept.tell()
            try:
                pickle.load(kept)
            except EOFError:
                break
            end = kept.tell()
            kept.seek(start)
            blobs.append(kept.read(end - start))
    for number in range(passes):
        salt = f"pass-{number}".encode()
        for blob in blobs:
            yield pickle.loads(HEX.sub(lambda found, salt=salt: hashlib.sha256(
                found.group() + salt).hexdigest()[:16].encode(), blob) if number else blob)


def count_given(given: list[int]) -> None:
    """Count the stored events and reports the merge window gives each batch."""
    clusters = MergeWindow.clusters

    def counted(window: MergeWindow, connection: Any, reports: Sequence[Report]) -> list[Cluster]:
        found = clusters(window, connection, reports)
        given[0] += len(found)
        given[1] += sum(len(cluster.reports) for cluster in found)
        return found

    MergeWindow.clusters = counted  # type: ignore[method-assign]


def replay(options: argparse.Namespace) -> None:
    config = dict(setting.split("=", 1) for setting in options.set)
    given = [0, 0]
    count_given(given)
    with open_store(options.db, config=config) as store:
        run_id = store.start_run(["replay"])
        print(f"before: {memory_line(store)}", flush=True)
        started = last = time.process_time()
        for count, (coded, outcomes) in enumerate(batches(Path(options.batches),
                                                          options.passes), 1):
            store.find_articles([(item.article.content_hash, item.article.url) for item in coded])
            store.write_batch(coded, outcomes, run_id=run_id)
            if count % options.every == 0:
                now = time.process_time()
                print(f"{count:4d} batches | CPU {now - started:6.1f} s (+{now - last:5.1f}) | "
                      f"given a batch {given[0] // options.every} events, "
                      f"{given[1] // options.every} reports | {memory_line(store)}", flush=True)
                last, given[:] = now, [0, 0]
        print(f"end | CPU {time.process_time() - started:.1f} s | {memory_line(store)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("record", "replay"))
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--corpus", default="corpus2k", help="folder (written when missing)")
    parser.add_argument("--db", required=True)
    parser.add_argument("--batches", default=os.devnull, help="file of the recorded batches")
    parser.add_argument("--every", type=int, default=8, metavar="BATCHES")
    parser.add_argument("--passes", type=int, default=1, help="replay: times the day is replayed")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="replay: a DuckDB setting of the store's connection (repeatable)")
    options = parser.parse_args()
    if options.mode == "replay":
        replay(options)
        return
    with Path(options.batches).open("wb") as kept:
        record(options, kept)


if __name__ == "__main__":
    main()
