"""Assemble the fresh speaker-and-claim judge from the coder's per-article files.

Reads the fresh draw (`tests/quality/data/realnews/draw_fresh.tsv`) and one JSON file per article
(`ANNOTATIONS/CODER/ID.json`: `date`, `topic`, `quotes`, `claims`, `note`), checks that every quote
and claim text is words of its article (case, quotation marks and spacing aside), and writes
`fresh.jsonl` beside the draw. Each record keeps its `ref` (the article is read from ../shared at
evaluation time, never copied), who coded it, and `"coded": ["quotes", "claims"]`: events were not
coded, so `tacitus eval` leaves these records out of every event figure.

    PYTHONPATH=src .venv/bin/python scripts/realnews_fresh_assemble.py ANNOTATIONS
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from tacitus.evaluation.records import marks_folded
from tacitus.evaluation.shared_refs import resolve_ref

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests/quality/data/realnews"
SHARED = ROOT.parent / "shared"
CODED = ["quotes", "claims"]


def read_draw() -> list[dict[str, str]]:
    with (FOLDER / "draw_fresh.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def misplaced(record_id: str, text: str, coding: dict[str, object]) -> list[str]:
    """The quote and claim texts of a coding that are not words of its article."""
    article = marks_folded(text)
    problems = []
    for key in ("quotes", "claims"):
        items = coding.get(key, [])
        assert isinstance(items, list)
        for item in items:
            words = marks_folded(str(item["text"])).strip(' "\'.,')
            if words not in article:
                problems.append(f"{record_id} {key}: {item['text']!r} is not in the article")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("annotations", type=Path)
    args = parser.parse_args()
    records, problems, missing = [], [], []
    for row in read_draw():
        found = list(args.annotations.glob(f"*/{row['id']}.json"))
        if not found:
            missing.append(row["id"])
            continue
        if len(found) > 1:
            problems.append(f"{row['id']}: coded {len(found)} times")
            continue
        coding = json.loads(found[0].read_text(encoding="utf-8"))
        ref = json.loads(row["ref"])
        text, _ = resolve_ref(ref, SHARED, where=row["id"])
        problems += misplaced(row["id"], text, coding)
        records.append({"id": row["id"], "ref": ref, "date": coding.get("date"),
                        "coder": found[0].parent.name, "coded": CODED,
                        "topic": coding["topic"], "quotes": coding.get("quotes", []),
                        "claims": coding.get("claims", []), "note": coding.get("note", "")})
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    (FOLDER / "fresh.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    quotes = sum(len(r["quotes"]) for r in records)
    claims = sum(len(r["claims"]) for r in records)
    print(f"written: {len(records)} articles, {quotes} quotes, {claims} claims; not coded: "
          f"{len(missing)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
