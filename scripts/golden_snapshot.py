"""Golden snapshot of `tacitus code`: the exact JSON printed for a fixed sample of every gold set.

Behaviour-preserving changes (a reshaping of modules, data moved out of Python) must leave every
output byte for byte unchanged. This script builds one `code --jsonl` input from the gold sets in
`../shared` (read at run time, never copied), runs the command line on it, and either records the
SHA-256 of every output line (`--write`) or compares them with `tests/golden/snapshot.tsv`.
Only hashes are stored, so no shared text enters the repository; `--dump DIR` writes the full
outputs for a diff against a run of an earlier commit.

    .venv/bin/python scripts/golden_snapshot.py            # compare, exit 1 on any difference
    .venv/bin/python scripts/golden_snapshot.py --write    # record a new snapshot (on purpose)
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SNAPSHOT = ROOT / "tests" / "golden" / "snapshot.tsv"
SEED = 20261203
MARK = re.compile(r"</?[st]>")
# Records per set: enough to exercise every path, few enough for `make test`.
SAMPLE = {
    "plv": 150,
    "plv_pair": 150,
    "case2021": 120,
    "conflibert": 60,
    "muc4": 25,
    "pages": 12,
    "plover": 80,
}


def _sample(items: list[dict[str, object]], n: int, name: str) -> list[dict[str, object]]:
    rng = random.Random(f"{SEED}-{name}")
    return items if len(items) <= n else rng.sample(items, n)


def _plv() -> Iterator[dict[str, object]]:
    with (SHARED / "eval/plv/PLV_train.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    plain = [{"id": f"plv-{row['sentence_id']}", "text": row["sentence"]} for row in rows]
    yield from _sample(plain, SAMPLE["plv"], "plv")
    paired: list[dict[str, object]] = []
    for row in rows:
        marked, spans, text, cursor = row["marked_sentence"], {}, [], 0
        for tag in MARK.finditer(marked):
            text.append(marked[cursor : tag.start()])
            cursor = tag.end()
            offset = sum(len(part) for part in text)
            kind = tag.group()[-2]
            spans.setdefault(kind, [offset, offset])[
                0 if not tag.group().startswith("</") else 1
            ] = offset
        text.append(marked[cursor:])
        if "s" in spans and "t" in spans:
            paired.append(
                {
                    "id": f"plvpair-{row['sentence_id']}",
                    "text": "".join(text),
                    "pair": {"source": spans["s"], "target": spans["t"]},
                }
            )
    yield from _sample(paired, SAMPLE["plv_pair"], "plv_pair")


def _case2021() -> Iterator[dict[str, object]]:
    path = SHARED / "eval/case2021_task2/test_set_final_release_with_labels.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [
            {"id": f"case-{row['id']}", "text": row["EventSnippet"]}
            for row in csv.DictReader(handle, delimiter="\t")
            if row.get("EventSnippet")
        ]
    yield from _sample(rows, SAMPLE["case2021"], "case2021")


def _conflibert() -> Iterator[dict[str, object]]:
    path = SHARED / "eval/conflibert_cameo/derived_consensus_final_rounds.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [
            {"id": f"conflibert-{row['sentence_no']}", "text": row["sentence"]}
            for row in csv.DictReader(handle)
            if row["sentence"].strip()
        ]
    yield from _sample(rows, SAMPLE["conflibert"], "conflibert")


def _plover() -> Iterator[dict[str, object]]:
    data = json.loads(
        (SHARED / "reference/plover/PLOVER_GSR_CAMEO.json").read_text(encoding="utf-8")
    )
    rows = [
        {"id": f"plover-{n}", "text": item["text"]}
        for n, item in enumerate(data)
        if isinstance(item, dict) and isinstance(item.get("text"), str) and item["text"].strip()
    ]
    yield from _sample(rows, SAMPLE["plover"], "plover")


def _muc4() -> Iterator[dict[str, object]]:
    with gzip.open(
        SHARED / "news/corpora/muc4/muc4_docs.jsonl.gz", "rt", encoding="utf-8"
    ) as lines:
        rows = [
            {"id": f"muc4-{doc['docid']}", "text": doc["text"]} for doc in map(json.loads, lines)
        ]
    yield from _sample(rows, SAMPLE["muc4"], "muc4")


def _pages() -> Iterator[dict[str, object]]:
    files = sorted((SHARED / "news/extraction/scrapinghub_aeb/html").glob("*.html.gz"))
    rows = [
        {
            "id": f"page-{path.name[:12]}",
            "html": gzip.decompress(path.read_bytes()).decode("utf-8", "replace"),
        }
        for path in files
    ]
    yield from _sample(rows, SAMPLE["pages"], "pages")


def _own_sets() -> Iterator[dict[str, object]]:
    for path in sorted((ROOT / "tests/quality/data").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if "text" in record:
                    yield {
                        "id": f"{path.stem}-{record['id']}",
                        "text": record["text"],
                        **({"date": record["date"]} if record.get("date") else {}),
                    }
    seed = ROOT / "examples/seed/article.html"
    yield {"id": "seed-html", "html": seed.read_text(encoding="utf-8")}
    for path in sorted((ROOT / "examples").rglob("*.html")):
        if path != seed:
            yield {"id": f"example-{path.stem}", "html": path.read_text(encoding="utf-8")}


def golden_inputs() -> list[dict[str, object]]:
    """Every record of the snapshot, in a fixed order."""
    return [*_own_sets(), *_plv(), *_case2021(), *_conflibert(), *_plover(), *_muc4(), *_pages()]


def absolute_python_path() -> dict[str, str]:
    """This environment with ``PYTHONPATH``'s entries made absolute: a run from a work tree
    (``PYTHONPATH=src``) codes with that tree's source even in another working directory."""
    env = dict(os.environ)
    if env.get("PYTHONPATH"):
        env["PYTHONPATH"] = os.pathsep.join(str(Path(entry).resolve())
                                            for entry in env["PYTHONPATH"].split(os.pathsep))
    return env


def run(records: list[dict[str, object]], workdir: Path) -> list[tuple[str, str, str]]:
    """(id, sha256, output line) for every record, from one `tacitus code --jsonl` run."""
    source = workdir / "golden_in.jsonl"
    source.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    tacitus = Path(sys.executable).with_name("tacitus")
    # relative paths, so the `origin` Tacitus records is the same on every machine
    done = subprocess.run(
        [str(tacitus), "code", "--jsonl", source.name, "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=workdir,
        env=absolute_python_path(),
    )
    lines = done.stdout.splitlines()
    if len(lines) != len(records):
        raise SystemExit(f"{len(records)} records in, {len(lines)} lines out")
    seed_txt = subprocess.run(
        [str(tacitus), "code", "../shared/seed/article.txt", "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    out = [
        (str(r["id"]), hashlib.sha256(line.encode()).hexdigest(), line)
        for r, line in zip(records, lines, strict=True)
    ]
    out.append(("seed-txt", hashlib.sha256(seed_txt.stdout.encode()).hexdigest(), seed_txt.stdout))
    return out


def compare(found: list[tuple[str, str, str]]) -> list[str]:
    """The ids whose output differs from the recorded snapshot (or is new or missing)."""
    recorded = dict(
        line.split("\t")
        for line in SNAPSHOT.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )
    now = {key: digest for key, digest, _ in found}
    return sorted(key for key in recorded.keys() | now.keys() if recorded.get(key) != now.get(key))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--write", action="store_true", help="record a new snapshot")
    parser.add_argument("--dump", type=Path, help="write every output line to DIR/ID.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        found = run(golden_inputs(), Path(tmp))
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        for key, _, line in found:
            (args.dump / f"{key}.json").write_text(line, encoding="utf-8")
    if args.write:
        SNAPSHOT.write_text(
            "# id\tsha256 of the `tacitus code` JSON line (scripts/golden_snapshot.py)\n"
            + "".join(f"{k}\t{d}\n" for k, d, _ in found),
            encoding="utf-8",
        )
        print(f"recorded {len(found)} outputs in {SNAPSHOT.relative_to(ROOT)}")
        return 0
    differing = compare(found)
    print(f"{len(found) - len(differing)} of {len(found)} outputs unchanged")
    for key in differing:
        print(f"changed: {key}")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
