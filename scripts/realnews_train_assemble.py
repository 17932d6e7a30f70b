"""Add a train draw's codings to the real-news train split.

Reads the train draw named by its id prefix (`rt`: `tests/quality/data/realnews/draw_train2.tsv`,
`ru`: `draw_train3.tsv`; see `realnews_train_sample.py`) and the coders' folders (one JSON file per
article: `ANNOTATIONS/aN/ID.json`), and rewrites `train.jsonl` as the records of every other draw,
unchanged and in their order, followed by this draw's in the draw's order. Each
record keeps its `ref` (the article is read from ../shared at evaluation time, never copied) and
who coded it. Every quote text must be words of its article (case, quotation marks and spacing
aside), or nothing is written; a claim text that is not (the coder mended mojibake or a line
break, or wrote "ensure" for "ensures") is listed as a warning, since claims are matched by their
actors and kind and by overlapping words. Re-running with the same folders gives the same file.

    .venv/bin/python scripts/realnews_train_assemble.py --draw ru ANNOTATIONS
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from realnews_assemble import codings, record
from realnews_fresh_assemble import misplaced
from realnews_train_sample import TRAIN_DRAWS, train_draw

from tacitus.evaluation.shared_refs import resolve_ref

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests/quality/data/realnews"
SHARED = ROOT.parent / "shared"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--draw", choices=[draw.prefix for draw in TRAIN_DRAWS], required=True)
    parser.add_argument("annotations", type=Path)
    args = parser.parse_args()
    wanted = train_draw(args.draw)
    with (FOLDER / wanted.table).open(encoding="utf-8", newline="") as handle:
        draw = list(csv.DictReader(handle, delimiter="\t"))
    coded = codings(args.annotations, False)
    train = FOLDER / "train.jsonl"
    first = [line for line in train.read_text(encoding="utf-8").splitlines()
             if not json.loads(line)["id"].startswith(f"{wanted.prefix}-")]
    added = [json.dumps(record(row, coded[row["id"]][1], coded[row["id"]][0]),
                        ensure_ascii=False) for row in draw if row["id"] in coded]
    missing = [row["id"] for row in draw if row["id"] not in coded]
    texts = {row["id"]: _text(row) for row in draw if row["id"] in coded}
    problems, warnings = [], []
    for record_id, text in texts.items():
        coding = coded[record_id][1]
        problems += misplaced(record_id, text, {"quotes": coding.get("quotes", [])})
        warnings += misplaced(record_id, text, {"claims": coding.get("claims", [])})
    print("".join(f"warning: {warning}\n" for warning in warnings), end="", file=sys.stderr)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    train.write_text("".join(line + "\n" for line in first + added), encoding="utf-8")
    print(f"train: {len(first)} records of other draws + {len(added)} of draw {wanted.prefix}; "
          f"not coded: {len(missing)} {missing[:10]}", file=sys.stderr)
    return 0


def _text(row: dict[str, str]) -> str:
    text, _ = resolve_ref(json.loads(row["ref"]), SHARED, where=row["id"])
    return text


if __name__ == "__main__":
    raise SystemExit(main())
