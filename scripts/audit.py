"""A random-sample audit of coded events: draw, judge by hand, score with intervals.

1. `sample`: code every article of a gold file (or any Tacitus-format JSONL: `text`, `html` or
   `ref`), draw N coded events at random with a recorded seed, and write a judging sheet (CSV):
   the article, the evidence sentence, the coded event, and one empty column per criterion.
2. A person judges each row: `y` or `n` in `real_event` (a real event of this article, by
   docs/annotation.md), `source_right`, `target_right`, `code_right` (the CAMEO root), and
   `fully_right` (all four), with an `error_class` for every wrong row (one of ERROR_CLASSES, or
   several separated by `;`) and a `note`.
3. `score`: precision per criterion with its 95% Wilson interval, and the error classes counted.
4. `strip`: the judged sheet without the sentence text, for the repository (the articles stay in
   ../shared; `sample` re-creates the sentences from the same seed).

    .venv/bin/python scripts/audit.py sample tests/quality/data/realnews/dev.jsonl --n 100 \\
        --seed 20261203 --out /tmp/audit.csv
    .venv/bin/python scripts/audit.py score /tmp/audit.csv [--markdown]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

from tacitus.evaluation.audit import CRITERIA, read_sheet, score_sheet
from tacitus.evaluation.events_gold import read_tacitus_gold
from tacitus.evaluation.tacitus_format import code_gold_records
from tacitus.pipeline import make_article_coder
from tacitus.settings import Settings

EVENT_COLUMNS = ("n", "article_id", "event_id", "sentence_index", "start", "end", "sentence",
                 "source", "cameo", "cameo_name", "target", "trigger", "confidence")
TEXT_COLUMNS = ("sentence",)


def sample(gold: Path, n: int, seed: int, out: Path) -> None:
    records = [record for record, _ in read_tacitus_gold(gold)]
    coder = make_article_coder(Settings())
    coded = code_gold_records(coder, records)
    pool = [(record.id, event) for record, article in zip(records, coded, strict=True)
            for event in article.events if not event.negated]
    chosen = random.Random(seed).sample(pool, min(n, len(pool)))
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow((*EVENT_COLUMNS, *CRITERIA, "error_class", "note"))
        for number, (article_id, event) in enumerate(chosen, start=1):
            target = f"{event.target.code} {event.target.name}" if event.target else "-"
            writer.writerow((number, article_id, event.id, event.evidence.sentence_index,
                             event.evidence.start, event.evidence.end, event.evidence.sentence,
                             f"{event.source.code} {event.source.name}".strip(), event.cameo,
                             event.cameo_name, target, event.trigger, f"{event.confidence:.2f}",
                             *("" for _ in CRITERIA), "", ""))
    print(f"{len(chosen)} of {len(pool)} coded events drawn (seed {seed}) → {out}",
          file=sys.stderr)


def markdown(sheet: Path) -> str:
    evaluation = score_sheet(sheet)
    lines = ["| criterion | precision | 95% interval | n |", "|---|---:|---|---:|"]
    for figure in evaluation.figures:
        low, high = figure.interval or (0.0, 0.0)
        lines.append(f"| {figure.label} | {figure.value:.3f} | {low:.3f}–{high:.3f} | {figure.n} |")
    lines += ["", "| error class | events |", "|---|---:|"]
    lines += [f"| {name.replace('_', ' ')} | {count} |"
              for name, count in evaluation.details["error_classes"].items()]
    return "\n".join(lines)


def strip(sheet: Path, out: Path) -> None:
    rows = read_sheet(sheet)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, [c for c in rows[0] if c not in TEXT_COLUMNS])
        writer.writeheader()
        for row in rows:
            writer.writerow({k: v for k, v in row.items() if k not in TEXT_COLUMNS})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    commands = parser.add_subparsers(dest="command", required=True)
    draw = commands.add_parser("sample", help="code a gold file and draw events to judge")
    draw.add_argument("gold", type=Path)
    draw.add_argument("--n", type=int, default=100)
    draw.add_argument("--seed", type=int, required=True)
    draw.add_argument("--out", type=Path, required=True)
    judged = commands.add_parser("score", help="precision per criterion from a judged sheet")
    judged.add_argument("sheet", type=Path)
    judged.add_argument("--markdown", action="store_true")
    bare = commands.add_parser("strip", help="the judged sheet without article text")
    bare.add_argument("sheet", type=Path)
    bare.add_argument("out", type=Path)
    args = parser.parse_args()
    if args.command == "sample":
        sample(args.gold, args.n, args.seed, args.out)
    elif args.command == "score":
        if args.markdown:
            print(markdown(args.sheet))
        else:
            print(json.dumps(score_sheet(args.sheet).to_dict(), indent=2))
    else:
        strip(args.sheet, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
