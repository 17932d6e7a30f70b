"""A GDELT day on this machine: `tacitus ingest` of N real-length articles with the default engine.

    .venv/bin/python benchmarks/bench_day.py [--articles 10000] [--one-worker] [--timeline 60]

The corpus (``scale_corpus.long_records``: shared texts joined to about 600 words an article) is
written as a folder of JSONL files and ingested into a fresh database by the command line, as a
user runs it (start-up included), with the default local engine (one worker per core). The
whole process tree is sampled every half second: peak RSS counts each process's resident pages,
peak PSS shares the pages the forked workers hold in common with the parent (the honest total).
``--one-worker`` also runs ``--workers 1`` on the same corpus first, in the same run, and prints
the speed-up. Prints words per second and the projected time for 250,000 articles of 600 words.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from scale_corpus import write_long_corpus

TACITUS = Path(sys.executable).with_name("tacitus")
GDELT_DAY_ARTICLES = 250_000
WORDS_PER_ARTICLE = 600


def tree(pid: int) -> list[int]:
    """``pid`` and its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        queue.extend(children.get(current, []))
    return found


def memory_kb(pid: int) -> tuple[int, int]:
    """RSS and PSS of one process in kB (0, 0 once it has gone)."""
    values = {"Rss:": 0, "Pss:": 0}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            name, *rest = line.split()
            if name in values:
                values[name] = int(rest[0])
    except OSError:
        pass
    return values["Rss:"], values["Pss:"]


@dataclass
class Peak:
    rss_kb: int = 0
    pss_kb: int = 0
    processes: int = 0
    # the parent's own PSS, and the largest of one worker's
    parent_pss_kb: int = 0
    worker_pss_kb: int = 0


def run_sampled(command: list[str], articles: int, *,
                timeline: float = 0.0) -> tuple[float, Peak]:
    """Run ``command``; its wall time and the peak memory of its process tree. With
    ``timeline`` (seconds), also print the tree's memory at that interval."""
    peak = Peak()
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    done = threading.Event()
    next_line = [timeline]

    def sample() -> None:
        while not done.is_set():
            pids = tree(process.pid)
            sizes = [memory_kb(pid) for pid in pids]
            peak.rss_kb = max(peak.rss_kb, sum(rss for rss, _ in sizes))
            peak.pss_kb = max(peak.pss_kb, sum(pss for _, pss in sizes))
            peak.processes = max(peak.processes, len(pids))
            peak.parent_pss_kb = max(peak.parent_pss_kb, sizes[0][1])
            peak.worker_pss_kb = max([peak.worker_pss_kb, *(pss for _, pss in sizes[1:])])
            elapsed = time.perf_counter() - started
            if timeline and elapsed >= next_line[0]:
                next_line[0] += timeline
                print(f"    {elapsed:6.0f} s: PSS {sum(pss for _, pss in sizes) / 1024:5.0f} MB "
                      f"(parent {sizes[0][1] / 1024:.0f}, workers "
                      f"{', '.join(f'{pss / 1024:.0f}' for _, pss in sizes[1:]) or '-'})",
                      flush=True)
            done.wait(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    summary = output.strip().splitlines()[0]
    print("   ", summary)
    if process.returncode != 0 or f"articles: {articles} new" not in summary:
        raise SystemExit(f"{' '.join(command)}: not every article was coded")
    return seconds, peak


def ingest(corpus: Path, db: Path, workers: int | None, articles: int, *,
           timeline: float = 0.0) -> tuple[float, Peak]:
    command = [str(TACITUS), "ingest", str(corpus), "--db", str(db), "--offline", "--quiet"]
    if workers is not None:
        command += ["--workers", str(workers)]
    return run_sampled(command, articles, timeline=timeline)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--one-worker", action="store_true",
                        help="also run --workers 1 on the same corpus, for the speed-up")
    parser.add_argument("--timeline", type=float, default=0.0, metavar="SECONDS",
                        help="print the memory of the default run's processes at this interval")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        words = write_long_corpus(corpus, options.articles)
        print(f"articles {options.articles}, words {words} ({words / options.articles:.0f} an "
              f"article), cores {len(os.sched_getaffinity(0))}, "
              f"load average before {os.getloadavg()}")
        one_seconds = None
        if options.one_worker:
            one_seconds, _ = ingest(corpus, Path(folder) / "one.duckdb", 1, options.articles)
            print(f"one worker      : {one_seconds:7.1f} s, {words / one_seconds:6.0f} words/s")
        seconds, peak = ingest(corpus, Path(folder) / "default.duckdb", None,
                               options.articles, timeline=options.timeline)
    rate = words / seconds
    print(f"default engine (a worker per core, {len(os.sched_getaffinity(0))} cores): "
          f"{seconds:7.1f} s, {rate:6.0f} words/s, "
          f"{options.articles / seconds:.1f} articles/s  (load average after {os.getloadavg()})")
    if one_seconds is not None:
        print(f"speed-up default/one worker: {one_seconds / seconds:.2f}x  (goal >= 1.7)")
    print(f"peak memory of the {peak.processes} processes: PSS {peak.pss_kb / 1024:.0f} MB, "
          f"RSS summed {peak.rss_kb / 1024:.0f} MB  (goal < 1024 MB); the parent's PSS "
          f"{peak.parent_pss_kb / 1024:.0f} MB, one worker's at most "
          f"{peak.worker_pss_kb / 1024:.0f} MB")
    day_hours = GDELT_DAY_ARTICLES * WORDS_PER_ARTICLE / rate / 3600
    print(f"projected {GDELT_DAY_ARTICLES:,} articles of {WORDS_PER_ARTICLE} words: "
          f"{day_hours:.1f} h  (goal <= 6 h)")


if __name__ == "__main__":
    main()
