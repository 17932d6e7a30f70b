"""Draw more articles for the real-news train split: new real articles, in no earlier draw.

The trained components (`make train`) learn from the train split only, and the first draw's 121
articles (230 events) are few for what they decide. Each further train draw adds articles to
train, and to train only: dev, test and the fresh judge are untouched, so every figure read on them
stays an outside measure. Per corpus of the real-news gold, in a random order from the draw's
recorded seed, the first articles that are in no earlier draw (`draw.tsv`, `draw_fresh.tsv` and
the train draws before this one), fit the same length window and read (pages: in English) are
taken. The second draw (ids `rt-XXX-NNN`, `draw_train2.tsv`) leans on the Times of India and MUC-4
corpora, which the first train draw held least of; the third (`ru-XXX-NNN`, `draw_train3.tsv`)
on the short wire corpora. With `--packets DIR`, each article's text is written for the coders,
outside the repository. Re-running gives the same draw.

    PYTHONPATH=src .venv/bin/python scripts/realnews_train_sample.py --draw ru --packets /tmp/p
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from realnews_fresh_sample import drawn_refs, new_articles, write_draw
from realnews_sample import PREFIX, QUOTAS

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests/quality/data/realnews"
EARLIER_DRAWS = ("draw.tsv", "draw_fresh.tsv")


@dataclass(frozen=True)
class TrainDraw:
    """One draw of train articles: its id prefix, seed, table and articles per corpus."""

    prefix: str
    seed: int
    table: str
    per_corpus: dict[str, int]


TRAIN_DRAWS = (
    TrainDraw("rt", 20261205, "draw_train2.tsv",
              {"ag_news_world": 40, "lee_abc_news": 40, "muc4": 40, "india_police_events": 40,
               "scrapinghub_aeb": 25, "trafilatura_eval_en": 15}),
    TrainDraw("ru", 20261206, "draw_train3.tsv",
              {"ag_news_world": 60, "lee_abc_news": 60, "muc4": 40, "india_police_events": 40,
               "scrapinghub_aeb": 24, "trafilatura_eval_en": 16}),
)


def train_draw(prefix: str) -> TrainDraw:
    """The train draw of that id prefix (``rt``, ``ru``)."""
    return next(draw for draw in TRAIN_DRAWS if draw.prefix == prefix)


def draw(wanted: TrainDraw) -> list[dict[str, object]]:
    """Per corpus, random order, the first articles in no earlier draw that fit the window and
    read, each text once."""
    earlier = [draw.table for draw in TRAIN_DRAWS[:TRAIN_DRAWS.index(wanted)]]
    taken_before = drawn_refs((*EARLIER_DRAWS, *earlier))
    return [{"id": f"{wanted.prefix}-{PREFIX[corpus]}-{taken:03d}", "ref": ref, "words": words}
            for corpus in QUOTAS
            for taken, (ref, _, words) in enumerate(islice(new_articles(
                corpus, wanted.seed, taken_before), wanted.per_corpus[corpus]), start=1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--draw", choices=[draw.prefix for draw in TRAIN_DRAWS], required=True)
    parser.add_argument("--packets", type=Path, help="write each article's text to DIR/ID.txt")
    args = parser.parse_args()
    wanted = train_draw(args.draw)
    write_draw(draw(wanted), FOLDER / wanted.table, args.packets)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
