"""Draw more articles for the real-news train split: new real articles, in no earlier draw.

The trained components (`make train`) learn from the train split only, and 121 articles (230
events) are few for what they decide. This second draw adds articles to train, and to train only:
dev, test and the fresh judge are untouched, so every figure read on them stays an outside measure.
Per corpus of the real-news gold, in a random order from a recorded seed, the first articles that
are in neither `draw.tsv` nor `draw_fresh.tsv`, fit the same length window and read (pages: in
English) are taken. The quotas lean on the Times of India and MUC-4 corpora, which the first train
draw held least of. Writes `tests/quality/data/realnews/draw_train2.tsv` (id, words, ref; ids
`rt-XXX-NNN`) and, with `--packets DIR`, each article's text for the coders, outside the
repository. Re-running gives the same draw.

    PYTHONPATH=src .venv/bin/python scripts/realnews_train_sample.py --packets /tmp/train2_packets
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from itertools import islice
from pathlib import Path

from realnews_sample import PREFIX, QUOTAS, candidates, fitting, write_packets

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests/quality/data/realnews"
OUT = FOLDER / "draw_train2.tsv"
SEED = 20261205
PER_CORPUS = {"ag_news_world": 40, "lee_abc_news": 40, "muc4": 40, "india_police_events": 40,
              "scrapinghub_aeb": 25, "trafilatura_eval_en": 15}


def drawn_refs() -> set[str]:
    """The refs of every earlier draw, as canonical JSON, so none is drawn again."""
    taken: set[str] = set()
    for name in ("draw.tsv", "draw_fresh.tsv"):
        with (FOLDER / name).open(encoding="utf-8", newline="") as handle:
            rows = csv.DictReader(handle, delimiter="\t")
            taken |= {_key(json.loads(row["ref"])) for row in rows}
    return taken


def _key(ref: dict[str, object]) -> str:
    return json.dumps(ref, sort_keys=True)


def draw() -> list[dict[str, object]]:
    """Per corpus, random order, the first articles that are new, fit the window and read, each
    text once."""
    taken_before = drawn_refs()
    sample: list[dict[str, object]] = []
    for corpus, (_, fewest, most) in QUOTAS.items():
        refs = [ref for ref in candidates(corpus) if _key(ref) not in taken_before]
        random.Random(f"{SEED}-{corpus}").shuffle(refs)
        seen_texts: set[str] = set()
        new = ((ref, text, words) for ref, text, words in fitting(refs, corpus, fewest, most)
               if not (text in seen_texts or seen_texts.add(text)))
        for taken, (ref, _, words) in enumerate(islice(new, PER_CORPUS[corpus]), start=1):
            sample.append({"id": f"rt-{PREFIX[corpus]}-{taken:03d}", "ref": ref, "words": words})
    return sample


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--packets", type=Path, help="write each article's text to DIR/ID.txt")
    args = parser.parse_args()
    sample = draw()
    rows = ["id\twords\tref"] + [f"{i['id']}\t{i['words']}\t{json.dumps(i['ref'])}"
                                 for i in sample]
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    if args.packets:
        write_packets(sample, args.packets)
    print(f"{len(sample)} articles drawn")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
