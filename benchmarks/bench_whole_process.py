"""`tacitus code --jsonl` as a user runs it, beside a bare `nlp.pipe` script: whole processes.

    .venv/bin/python benchmarks/bench_whole_process.py [--articles 300] [--repeat 3]

Both commands read the same Lee ABC items (../shared/news/corpora/lee_abc_news/lee_background.cor,
one article a line), start from nothing (interpreter, imports, model, start-up tables) and run to
the end; the bare script loads the same spaCy model and parses the texts with ``nlp.pipe`` at the
same batch size. Runs alternate, and the ratio is raw time / Tacitus time of the fastest run of
each (goal: >= 0.85). `tacitus code --jsonl` codes on every core by default (forked workers, as
`ingest` does), the bare script on one; so the run is also timed with `--workers 1`, one core
against one core, and CPU seconds are printed too, the steadier measure on a busy machine. A
third timing, `tacitus code` on one sentence beside loading the model alone, shows the start-up.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scale_corpus import lee_texts

from tacitus.settings import DEFAULT_MODEL

TACITUS = Path(sys.executable).with_name("tacitus")
BARE = """
import json, sys, spacy
nlp = spacy.load(sys.argv[1])
texts = [json.loads(line)["text"] for line in open(sys.argv[2], encoding="utf-8")]
print(sum(len(doc) for doc in nlp.pipe(texts, batch_size=32)))
"""
LOAD_ONLY = "import spacy, sys; spacy.load(sys.argv[1])"
SENTENCE = ("The foreign minister met the president of France in Paris on Monday to discuss "
            "the trade agreement.")


CPU: dict[str, list[float]] = {}


def seconds(command: list[str], name: str) -> float:
    """Wall seconds of ``command``; its CPU seconds (user and system) go to ``CPU[name]``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.setdefault(name, []).append(after.ru_utime - before.ru_utime
                                    + after.ru_stime - before.ru_stime)
    return wall


def write_jsonl(path: Path, texts: list[str]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for number, text in enumerate(texts, start=1):
            handle.write(json.dumps({"id": number, "text": text, "date": "2002-01-01"}) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()

    texts = lee_texts(options.articles)
    with tempfile.TemporaryDirectory() as folder:
        corpus, one = Path(folder) / "lee.jsonl", Path(folder) / "one.jsonl"
        write_jsonl(corpus, texts)
        write_jsonl(one, [SENTENCE])
        print(f"articles {len(texts)}, words {sum(len(text.split()) for text in texts)}, "
              f"load average before {os.getloadavg()}")
        timings: dict[str, list[float]] = {"tacitus": [], "tacitus-1": [], "bare": [],
                                           "one": [], "load": []}
        for _ in range(options.repeat):
            timings["tacitus"].append(seconds([str(TACITUS), "code", "--jsonl", str(corpus)],
                                              "tacitus"))
            timings["tacitus-1"].append(seconds([str(TACITUS), "code", "--jsonl", str(corpus),
                                                 "--workers", "1"], "tacitus-1"))
            timings["bare"].append(seconds([sys.executable, "-c", BARE, DEFAULT_MODEL,
                                            str(corpus)], "bare"))
            timings["one"].append(seconds([str(TACITUS), "code", "--jsonl", str(one)], "one"))
            timings["load"].append(seconds([sys.executable, "-c", LOAD_ONLY, DEFAULT_MODEL],
                                           "load"))
    best = {name: min(values) for name, values in timings.items()}
    for name, values in timings.items():
        print(f"{name:8}: best {best[name]:6.2f} s wall, {min(CPU[name]):6.2f} s CPU  "
              f"(wall of each run {', '.join(f'{v:.2f}' for v in values)})")
    print(f"load average after {os.getloadavg()}")
    print(f"ratio bare nlp.pipe / tacitus code --jsonl: {best['bare'] / best['tacitus']:.2f} "
          f"wall (goal >= 0.85; every core, as a user runs it)")
    print(f"ratio bare nlp.pipe / tacitus code --jsonl --workers 1: "
          f"{best['bare'] / best['tacitus-1']:.2f} wall, "
          f"{min(CPU['bare']) / min(CPU['tacitus-1']):.2f} CPU  (one core against one core)")
    print(f"start-up: tacitus code on one sentence {best['one']:.2f} s, "
          f"loading the model alone {best['load']:.2f} s")


if __name__ == "__main__":
    main()
