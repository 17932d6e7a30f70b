"""Where the post-parse time goes, by sampling: the share of CPU samples inside each function.

    .venv/bin/python benchmarks/sample_post_parse.py [--articles 300] [--rounds 3] [--top 60]

Parses the Lee ABC items ``bench_coding_speed.py`` codes (untimed), codes them once to warm the
tables and caches, then runs ``ArticleCoder.code_parsed`` over them ``--rounds`` times while a
CPU-time timer (``ITIMER_PROF``, every millisecond) records the Python stack. Prints, for each
function, the share of samples with it on the stack (cumulative) and at the top (its own time,
with the C calls it makes: spaCy's ``Token`` making counts to its caller). cProfile's hook on
every call multiplies the run time about six times and weighs small functions called often far
above their share; a sample costs the same wherever it falls.
"""

from __future__ import annotations

import argparse
import signal
from collections import Counter
from types import FrameType

from bench_coding_speed import parsed_articles

from tacitus.pipeline import make_article_coder
from tacitus.settings import Settings

INTERVAL = 0.001


def frame_name(frame: FrameType) -> str:
    """``module path:function`` of a frame, the path from the package down."""
    path = frame.f_code.co_filename
    for marker in ("/tacitus/", "site-packages/"):
        if marker in path:
            path = path.split(marker)[-1]
    return f"{path}:{frame.f_code.co_name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--top", type=int, default=60)
    options = parser.parse_args()

    coder = make_article_coder(Settings())
    articles, docs = parsed_articles(coder, options.articles)

    def code_all() -> None:
        for article, doc in zip(articles, docs, strict=True):
            coder.code_parsed(article, doc)

    code_all()
    inside: Counter[str] = Counter()
    on_top: Counter[str] = Counter()
    samples = 0

    def record(_signal: int, frame: FrameType | None) -> None:
        nonlocal samples
        samples += 1
        seen: set[str] = set()
        if frame is not None:
            on_top[frame_name(frame)] += 1
        while frame is not None:
            name = frame_name(frame)
            if name not in seen:
                inside[name] += 1
                seen.add(name)
            frame = frame.f_back

    signal.signal(signal.SIGPROF, record)
    signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)
    for _ in range(options.rounds):
        code_all()
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    print(f"samples {samples} ({options.rounds} rounds of {len(articles)} articles)")
    for title, counts in (("on the stack", inside), ("at the top", on_top)):
        print(f"== share of samples {title}")
        for name, count in counts.most_common(options.top):
            print(f"{100 * count / max(samples, 1):6.1f} {name}")


if __name__ == "__main__":
    main()
