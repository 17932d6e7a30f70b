"""Draw the real-news gold sample: which shared articles are annotated, and into which split.

The draw is random with a recorded seed, per corpus, within stated length bounds, and writes
`tests/quality/data/realnews/draw.tsv` (one row per article: id, split, double, words, ref). The
annotation packets (the texts, for the annotators) go to `--packets DIR`, outside the repository.
Run once; the gold files are then written from the packets. Re-running gives the same draw.

    .venv/bin/python scripts/realnews_sample.py --packets /tmp/realnews_packets
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from tacitus.errors import TacitusError
from tacitus.evaluation.shared_refs import resolve_ref
from tacitus.ingest.html import article_from_html
from tacitus.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
OUT = ROOT / "tests/quality/data/realnews/draw.tsv"
SEED = 20261203
# corpus: (how many, fewest words, most words)
QUOTAS = {
    "ag_news_world": (80, 20, 200),
    "lee_abc_news": (60, 40, 700),
    "muc4": (40, 60, 700),
    "india_police_events": (40, 60, 700),
    "scrapinghub_aeb": (60, 80, 1000),
    "trafilatura_eval_en": (25, 80, 1000),
}
PREFIX = {"ag_news_world": "agn", "lee_abc_news": "lee", "muc4": "muc",
          "india_police_events": "toi", "scrapinghub_aeb": "zyt", "trafilatura_eval_en": "trf"}
SPLITS = (("test", 0.30), ("dev", 0.30), ("train", 0.40))
DOUBLE = 40


def candidates(corpus: str) -> list[dict[str, object]]:
    """Every ref of a corpus, in a fixed order."""
    news = "news/corpora"
    if corpus == "ag_news_world":
        path = f"{news}/ag_news_world/ag_news_test_world.csv"
        with (SHARED / path).open(encoding="utf-8", newline="") as handle:
            count = sum(1 for _ in csv.reader(handle))
        return [{"corpus": corpus, "path": path, "row": n} for n in range(1, count + 1)]
    if corpus == "lee_abc_news":
        refs: list[dict[str, object]] = []
        for name in ("lee_background.cor", "lee.cor"):
            path = f"{news}/lee_abc_news/{name}"
            count = len((SHARED / path).read_bytes().splitlines())
            refs += [{"corpus": corpus, "path": path, "line": n} for n in range(1, count + 1)]
        return refs
    if corpus == "muc4":
        path = f"{news}/muc4/muc4_docs.jsonl.gz"
        with gzip.open(SHARED / path, "rt", encoding="utf-8") as lines:
            return [{"corpus": corpus, "path": path, "docid": json.loads(line)["docid"]}
                    for line in lines]
    if corpus == "india_police_events":
        path = f"{news}/india_police_events/docs.jsonl.gz"
        with gzip.open(SHARED / path, "rt", encoding="utf-8") as lines:
            return [{"corpus": corpus, "path": path, "doc_id": json.loads(line)["doc_id"]}
                    for line in lines]
    folder = SHARED / "news/extraction" / corpus / "html"
    return [{"corpus": "page", "path": str(file.relative_to(SHARED))}
            for file in sorted(folder.glob("*.htm*"))]


def english_page(file: Path) -> None:
    """Raise ``NotEnglishError`` for a page whose article is not in English (as ingestion does)."""
    data = gzip.decompress(file.read_bytes()) if file.suffix == ".gz" else file.read_bytes()
    article_from_html(data.decode("utf-8", "replace"), origin=str(file), settings=Settings())


def fitting(refs: Iterable[dict[str, object]], corpus: str, fewest: int, most: int
            ) -> Iterator[tuple[dict[str, object], str, int]]:
    """Each ref, in order, that reads (a page: in English) and fits the length window, with its
    text and its length in words."""
    for ref in refs:
        try:
            text, _ = resolve_ref(ref, SHARED, where=corpus)
            if ref["corpus"] == "page":
                english_page(SHARED / str(ref["path"]))
        except TacitusError:
            continue  # not English, no article in the page, unreadable
        words = len(text.split())
        if fewest <= words <= most:
            yield ref, text, words


def write_packets(sample: list[dict[str, object]], folder: Path) -> None:
    """Each drawn article's text, headed by its id and corpus date, as FOLDER/ID.txt."""
    folder.mkdir(parents=True, exist_ok=True)
    for item in sample:
        ref = item["ref"]
        assert isinstance(ref, dict)
        text, found = resolve_ref(ref, SHARED, where=str(item["id"]))
        head = f"ID: {item['id']}\nDATE: {found.isoformat() if found else 'unknown'}\n\n"
        (folder / f"{item['id']}.txt").write_text(head + text, encoding="utf-8")


def draw() -> list[dict[str, object]]:
    """The whole sample: per corpus, random order, the first that fit the bounds and read."""
    sample: list[dict[str, object]] = []
    for corpus, (count, fewest, most) in QUOTAS.items():
        refs = candidates(corpus)
        random.Random(f"{SEED}-{corpus}").shuffle(refs)
        found = islice(fitting(refs, corpus, fewest, most), count)
        for taken, (ref, _, words) in enumerate(found, start=1):
            sample.append({"id": f"rn-{PREFIX[corpus]}-{taken:03d}", "source": corpus, "ref": ref,
                           "words": words})
    rng = random.Random(f"{SEED}-splits")
    rng.shuffle(sample)
    bounds, start = [], 0
    for split, share in SPLITS:
        end = start + round(share * len(sample))
        bounds.append((split, start, len(sample) if split == SPLITS[-1][0] else end))
        start = end
    for split, first, last in bounds:
        for item in sample[first:last]:
            item["split"] = split
    for item in rng.sample(sample, DOUBLE):
        item["double"] = True
    return sorted(sample, key=lambda item: str(item["id"]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--packets", type=Path, help="write each article's text to DIR/ID.txt")
    args = parser.parse_args()
    sample = draw()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    rows = ["id\tsplit\tdouble\twords\tref"] + [
        f"{i['id']}\t{i['split']}\t{int(bool(i.get('double')))}\t{i['words']}\t"
        f"{json.dumps(i['ref'])}" for i in sample]
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    if args.packets:
        write_packets(sample, args.packets)
    counts = {split: sum(1 for i in sample if i["split"] == split) for split, _ in SPLITS}
    print(f"{len(sample)} articles: {counts}, {sum(1 for i in sample if i.get('double'))} double")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
