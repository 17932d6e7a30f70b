"""Pair-given event coding on the PLV relation-classification data: accuracy and macro-F1.

    .venv/bin/python benchmarks/bench_plv_pairs.py [--split PLV_train.tsv] [--errors N]

Reads ../shared/eval/plv/<split> (marked source and target in each sentence), codes each pair with
``ArticleCoder.code_pair`` and scores the PLOVER type against the gold class (PLOVER CONCEDE and
RETREAT are PLV's YIELD). A pair left without an event counts as wrong. Macro-F1 is over the 15
PLV classes. ``--errors N`` prints N misses for reading (never copy them into the repository).
"""

from __future__ import annotations

import argparse
import csv
import re
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tacitus.events.pair import PairEvent
from tacitus.model import Article
from tacitus.pipeline import make_article_coder
from tacitus.settings import Settings

PLV_DIR = Path(__file__).resolve().parents[1].parent / "shared/eval/plv"
CLASSES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "YIELD", "REQUEST", "ACCUSE",
           "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
PLV_CLASS = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}
TAG = re.compile(r"</?[st]>")


@dataclass(frozen=True, slots=True)
class Pair:
    text: str
    source: tuple[int, int] | None
    target: tuple[int, int] | None
    gold: str


def read_pairs(path: Path) -> list[Pair]:
    pairs = []
    with path.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE):
            marked = row["marked_sentence"]
            spans: dict[str, tuple[int, int] | None] = {"s": None, "t": None}
            text_parts: list[str] = []
            position = 0
            opened: dict[str, int] = {}
            for match in TAG.finditer(marked):
                text_parts.append(marked[position:match.start()])
                offset = sum(len(part) for part in text_parts)
                tag = match.group()
                if tag.startswith("</"):
                    spans[tag[2]] = (opened[tag[2]], offset)
                else:
                    opened[tag[1]] = offset
                position = match.end()
            text_parts.append(marked[position:])
            pairs.append(Pair("".join(text_parts), spans["s"], spans["t"], row["gold_root"]))
    return pairs


def predicted_class(event: PairEvent | None) -> str:
    if event is None or not event.plover:
        return "NONE"
    return PLV_CLASS.get(event.plover, event.plover)


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    scores = []
    for label in CLASSES:
        true_positive = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        guessed = sum(1 for p in predicted if p == label)
        actual = sum(1 for g in gold if g == label)
        precision = true_positive / guessed if guessed else 0.0
        recall = true_positive / actual if actual else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="PLV_train.tsv")
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--limit", type=int, default=0)
    options = parser.parse_args()
    pairs = read_pairs(PLV_DIR / options.split)
    if options.limit:
        pairs = pairs[:options.limit]
    coder = make_article_coder(Settings())
    started = time.perf_counter()
    predicted: list[str] = []
    hows: Counter[str] = Counter()
    misses = []
    for number, pair in enumerate(pairs):
        article = Article(id=f"plv_{number}", title="", text=pair.text, content_hash="",
                          origin=options.split, date=date(2020, 1, 1))
        event = coder.code_pair(article, source=pair.source, target=pair.target)
        label = predicted_class(event)
        predicted.append(label)
        hows[event.how if event else "none"] += 1
        if label != pair.gold:
            misses.append((pair, event))
    seconds = time.perf_counter() - started
    gold = [pair.gold for pair in pairs]
    correct = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p)
    covered = sum(1 for p in predicted if p != "NONE")
    print(f"pairs {len(pairs)}  accuracy {correct / len(pairs):.3f}  "
          f"macro-F1 {macro_f1(gold, predicted):.3f}  coverage {covered / len(pairs):.3f}  "
          f"accuracy on covered {correct / max(1, covered):.3f}  ({seconds:.1f} s)")
    print("found by:", dict(hows.most_common()))
    for label in CLASSES:
        actual = gold.count(label)
        hit = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        print(f"  {label:10} gold {actual:4}  right {hit:4}  predicted {predicted.count(label):4}")
    for pair, event in misses[:options.errors]:
        source = pair.text[slice(*pair.source)] if pair.source else "-"
        target = pair.text[slice(*pair.target)] if pair.target else "-"
        shown = f"{event.plover}/{event.cameo} {event.how} {event.trigger!r}" if event else "-"
        print(f"\n{pair.gold:9} <- {shown}\n  [{source}] -> [{target}]\n  {pair.text}")


if __name__ == "__main__":
    main()
