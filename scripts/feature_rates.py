"""How often the train candidates that carry a decision feature are right, by draw (a development
tool; reads the train split only, writes nothing).

Reads every train candidate's features as the training does (the topic judge's out-of-fold
probability, ``train_decision.Coded.read``), labels each right as the training does
(``train_decision.right``: CAMEO root, source and target match a gold event of its article) and
prints, for each feature that starts with one of the given prefixes, how many candidates carry it
and how many of them are right, on all of train and in each draw (rn, rt, ru), beside the rate of
every candidate. A feature whose candidates are right far less (or more) often than the rest in
every draw is a sign the model may use; one right as often as the rest adds little. The model
weighs its features together, so a raw rate is a first look before
``scripts/train_decision.py --check``, never the measure.

    .venv/bin/python scripts/feature_rates.py PREFIX [PREFIX ...] [--cache FILE] [--min N]
        (--cache: the pickle of ``train_decision.py --cache``; --min: features of fewer
        candidates are left out, default 1)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_decision as td
from studied_gold import draw_of

EVERY = "(every candidate)"


def rates(train: list[td.Coded], prefixes: tuple[str, ...]
          ) -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """(candidates, right candidates) by (feature, draw), the draw "all" for the whole split."""
    _, held_out = td.fit_topic(train)
    seen: Counter[tuple[str, str]] = Counter()
    right: Counter[tuple[str, str]] = Counter()
    for item, topic in zip(train, held_out, strict=True):
        draw = draw_of(item.record.id)
        for candidate, features in item.read(topic):
            ok = td.right(candidate.event, item.record)
            for name in {EVERY, *(f for f in features if f.startswith(prefixes))}:
                for where in ("all", draw):
                    seen[name, where] += 1
                    right[name, where] += ok
    return seen, right


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prefixes", nargs="+", help="features that start with these")
    parser.add_argument("--cache", type=Path, help="the coded splits' pickle")
    parser.add_argument("--min", type=int, default=1, help="fewest candidates to list")
    args = parser.parse_args()
    train, _, _ = td.coded_splits(args.cache)
    seen, right = rates(train, tuple(args.prefixes))
    draws = ["all", *sorted({draw_of(item.record.id) for item in train})]
    names = sorted({name for name, _ in seen if name != EVERY})
    print("feature\t" + "\t".join(draws))
    for name in [EVERY, *names]:
        if seen[name, "all"] < args.min:
            continue
        cells = [f"{right[name, d]}/{seen[name, d]}="
                 f"{right[name, d] / seen[name, d] if seen[name, d] else 0.0:.3f}"
                 for d in draws]
        print(name + "\t" + "\t".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
