"""Assemble the real-news gold files from the annotators' per-article files.

Reads the draw (`tests/quality/data/realnews/draw.tsv`) and the annotation folders (one JSON file
per article: `ANNOTATIONS/aN/ID.json` for the first coding, `ANNOTATIONS/aN-second/ID.json` for the
independent second coding of the double-coded articles), and writes `train.jsonl`, `dev.jsonl`,
`test.jsonl` (first codings) and `double.jsonl` (second codings) beside the draw. Each record keeps
its `ref` (the article is read from ../shared at evaluation time, never copied) and who coded it.

    .venv/bin/python scripts/realnews_assemble.py ANNOTATIONS
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests/quality/data/realnews"
KEYS = ("topic", "events", "quotes", "claims", "note")


def read_draw() -> list[dict[str, str]]:
    with (FOLDER / "draw.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def record(row: dict[str, str], coding: dict[str, object], coder: str) -> dict[str, object]:
    ref = json.loads(row["ref"])
    return {"id": row["id"], "ref": ref, "date": coding.get("date"), "coder": coder,
            **{key: coding.get(key, [] if key in ("events", "quotes", "claims") else "")
               for key in KEYS}}


def codings(annotations: Path, second: bool) -> dict[str, tuple[str, dict[str, object]]]:
    """Article id → (coder, coding) from every annotator's first or second folder."""
    found: dict[str, tuple[str, dict[str, object]]] = {}
    for folder in sorted(annotations.iterdir()):
        if not folder.is_dir() or folder.name.endswith("-second") != second:
            continue
        coder = folder.name.removesuffix("-second")
        for path in sorted(folder.glob("*.json")):
            if path.stem in found:
                raise SystemExit(f"{path.stem} coded twice as a {'second' if second else 'first'}"
                                 " coding")
            found[path.stem] = (coder, json.loads(path.read_text(encoding="utf-8")))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("annotations", type=Path)
    args = parser.parse_args()
    draw = read_draw()
    first, second = codings(args.annotations, False), codings(args.annotations, True)
    splits: dict[str, list[dict[str, object]]] = {"train": [], "dev": [], "test": []}
    double: list[dict[str, object]] = []
    missing = []
    for row in draw:
        if row["id"] not in first:
            missing.append(row["id"])
            continue
        coder, coding = first[row["id"]]
        splits[row["split"]].append(record(row, coding, coder))
        if row["id"] in second:
            other, again = second[row["id"]]
            if other == coder:
                raise SystemExit(f"{row['id']}: both codings by {coder}")
            double.append(record(row, again, other))
    for split, records in {**splits, "double": double}.items():
        (FOLDER / f"{split}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    counts = {split: len(records) for split, records in splits.items()}
    print(f"written: {counts}, double {len(double)}; not coded: {len(missing)} {missing[:10]}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
