"""A worker's parse alone: its CPU time and its peak memory for one cap on a minibatch's characters.

    .venv/bin/python benchmarks/bench_minibatch.py [--articles 192] [--chars 48000]

Parses real-length articles (``scale_corpus.long_records``) in batches of 32, as a pool worker
does, with ``nlp.chunks.parse_bounded`` and ``MINIBATCH_CHARS`` set to ``--chars`` (0: no cap
but the batch of 32 texts). Prints the CPU seconds of the parse and the process's
peak RSS above what it held once the model had parsed two articles. Run each cap in its own
process (the peak never comes down), alternating, on a machine as quiet as can be.
"""

from __future__ import annotations

import argparse
import resource
import time

from scale_corpus import long_records

from tacitus.nlp import chunks
from tacitus.nlp.parser import load_language
from tacitus.settings import Settings

BATCH = 32


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=192)
    parser.add_argument("--chars", type=int, default=chunks.MINIBATCH_CHARS)
    options = parser.parse_args()
    chunks.MINIBATCH_CHARS = options.chars or 10**9
    texts = [record["text"] for record in long_records(options.articles)]
    nlp = load_language(Settings().model_name)
    list(chunks.parse_bounded(nlp, texts[:2]))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.process_time()
    words = 0
    for first in range(0, len(texts), BATCH):
        for doc in chunks.parse_bounded(nlp, texts[first:first + BATCH], batch_size=BATCH):
            words += len(doc)
    cpu = time.process_time() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"cap {options.chars or 'none'}: {len(texts)} articles, "
          f"{sum(map(len, texts)):,} characters, {words:,} tokens; parse CPU {cpu:.1f} s; "
          f"peak RSS {peak / 1024:.0f} MB, {max(peak - before, 0) / 1024:.0f} MB above the "
          f"model's {before / 1024:.0f} MB")


if __name__ == "__main__":
    main()
