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
from itertools import islice
from pathlib import Path

from realnews_fresh_sample import drawn_refs, new_articles, write_draw
from realnews_sample import PREFIX, QUOTAS

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests/quality/data/realnews"
OUT = FOLDER / "draw_train2.tsv"
SEED = 20261205
PER_CORPUS = {"ag_news_world": 40, "lee_abc_news": 40, "muc4": 40, "india_police_events": 40,
              "scrapinghub_aeb": 25, "trafilatura_eval_en": 15}


def draw() -> list[dict[str, object]]:
    """Per corpus, random order, the first articles that are new, fit the window and read, each
    text once."""
    taken_before = drawn_refs(("draw.tsv", "draw_fresh.tsv"))
    return [{"id": f"rt-{PREFIX[corpus]}-{taken:03d}", "ref": ref, "words": words}
            for corpus in QUOTAS
            for taken, (ref, _, words) in enumerate(islice(new_articles(
                corpus, SEED, taken_before), PER_CORPUS[corpus]), start=1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--packets", type=Path, help="write each article's text to DIR/ID.txt")
    args = parser.parse_args()
    write_draw(draw(), OUT, args.packets)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
