"""The local engine's parent alone: its memory over N real-length articles, cheaply.

    .venv/bin/python benchmarks/bench_parent_memory.py [--articles 4000] [--every 8]

What grows in a long ``tacitus ingest`` is, first of all, the parent (docs/scaling.md). Parsing
costs far more than everything the parent does, so a real run needs an hour to show it. Here the
parent runs as in a real run (the model and tables loaded, ``run_ingest`` with two workers over
a folder of real-length articles, every batch committed to a fresh DuckDB file), but the workers
replay real coded articles instead of parsing: 16 articles are coded once with the real coder,
and each input is answered with one of them whose ids are re-derived from the input's id (so
every stored article, event and quote is distinct). The workers' memory is therefore not what
a real run's is; the parent's path (reading, de-duplication, results coming back, commits) is.

Every ``--every`` committed batches it prints the parent's RSS, PSS and anonymous memory, glibc's
heap (``mallinfo2``: the arenas' size, the bytes in use and free in them), DuckDB's own
accounting (``duckdb_memory()``), the blocks Python has allocated and the 1 MiB arenas pymalloc
holds them in (``sys._debugmallocstats``: arenas that grow while the blocks do not are
fragmentation, or a per-batch working set that grows), and the anonymous memory in mappings
aligned to 2 MiB (DuckDB's built-in jemalloc, which neither glibc nor ``duckdb_memory()`` sees).
"""

from __future__ import annotations

import argparse
import ctypes
import hashlib
import os
import pickle
import re
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from scale_corpus import write_long_corpus

import tacitus.runners.local as local
from tacitus.ingest import read_sources
from tacitus.model import Article, CodedArticle, IngestOutcome
from tacitus.pipeline import make_article_coder
from tacitus.settings import Settings
from tacitus.store import Store, open_store

# an id's hex digits (tacitus.ids.stable_id: a prefix and 16 of them)
HEX = re.compile(rb"[0-9a-f]{16}")


class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]


def pymalloc_arenas() -> str:
    """The arenas pymalloc holds now, from ``sys._debugmallocstats`` (it writes to fd 2)."""
    with tempfile.TemporaryFile(mode="w+") as out:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(out.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        out.seek(0)
        for line in out:
            if line.startswith("# arenas allocated current"):
                return line.split("=")[-1].strip()
    return "?"


def aligned_anonymous_mb() -> int:
    """Anonymous memory in mappings that start on a 2 MiB boundary (jemalloc's extents)."""
    total, aligned = 0, False
    for line in Path("/proc/self/smaps").read_text().splitlines():
        first = line.split(maxsplit=1)[0]
        if "-" in first and not first.endswith(":"):
            aligned = int(first.split("-")[0], 16) % (2 << 20) == 0
        elif first == "Anonymous:" and aligned:
            total += int(line.split()[1])
    return total >> 10


def heap_line(store: Store) -> str:
    """This process's memory, and who holds it."""
    values = {}
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        name, *rest = line.split()
        if name in ("Rss:", "Pss:", "Anonymous:"):
            values[name] = int(rest[0]) // 1024
    mallinfo2 = ctypes.CDLL(None).mallinfo2
    mallinfo2.restype = MallInfo2
    heap = mallinfo2()
    duck = store._connection.execute(  # a measurement reads the store's own connection
        "SELECT sum(memory_usage_bytes) // 1048576 FROM duckdb_memory()").fetchone()
    return (f"RSS {values['Rss:']} PSS {values['Pss:']} anonymous {values['Anonymous:']} MB | "
            f"malloc arenas {heap.arena >> 20} (in use {heap.uordblks >> 20}, free "
            f"{heap.fordblks >> 20}), mmapped {heap.hblkhd >> 20} MB | DuckDB "
            f"{duck[0] if duck else '?'} MB, 2 MiB-aligned {aligned_anonymous_mb()} MB | Python "
            f"blocks {sys.getallocatedblocks()} in {pymalloc_arenas()} arenas of 1 MiB")


class Replay:
    """Answers each article with one of ``coded`` (pickled), its ids re-derived from the
    article's id."""

    def __init__(self, coded: Sequence[bytes]) -> None:
        self.coded = coded

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        for article in articles:
            salt = article.id.encode()
            blob = self.coded[int(hashlib.sha256(salt).hexdigest(), 16) % len(self.coded)]
            yield pickle.loads(HEX.sub(lambda found, salt=salt: renamed(found, salt), blob))


def renamed(found: re.Match[bytes], salt: bytes) -> bytes:
    """16 hex digits derived from ``found`` and ``salt``."""
    return hashlib.sha256(found.group() + salt).hexdigest()[:16].encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--every", type=int, default=8, metavar="BATCHES")
    parser.add_argument("--duckdb", action="append", default=[], metavar="NAME=VALUE",
                        help="a DuckDB setting for the store's connection (repeatable)")
    options = parser.parse_args()
    settings = Settings(offline=True)
    coder = make_article_coder(settings)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        write_long_corpus(corpus, options.articles)
        first = [item for item in islice(read_sources([str(corpus)], settings=settings), 16)
                 if isinstance(item, Article)]
        replay = Replay([pickle.dumps(coded) for coded in coder.code_many(first)])
        commits = 0
        started = time.perf_counter()
        commit_batch = local.commit_batch

        def commit_and_measure(store: Store, *args: Any, **kwargs: Any) -> list[IngestOutcome]:
            nonlocal commits
            outcomes = commit_batch(store, *args, **kwargs)
            commits += 1
            if commits % options.every == 0:
                print(f"{commits * settings.batch_size:6d} articles, "
                      f"{time.perf_counter() - started:5.0f} s: {heap_line(store)}", flush=True)
            return outcomes

        local.commit_batch = commit_and_measure  # type: ignore[assignment]
        with open_store(Path(folder) / "parent.duckdb") as store:
            for setting in options.duckdb:
                name, value = setting.split("=", 1)
                store._connection.execute(f"SET {name} = '{value}'")
            print(f"before the run: {heap_line(store)}", flush=True)
            summary = local.run_ingest([str(corpus)], settings=settings, store=store,
                                       coder=replay, workers=2)  # type: ignore[arg-type]
            print(summary.counts, f"after the run: {heap_line(store)}")


if __name__ == "__main__":
    main()
