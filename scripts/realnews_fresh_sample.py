"""Draw the fresh speaker-and-claim judge: new real articles, none of them in the real-news draw.

Per corpus of the real-news gold, in a random order from a recorded seed, the first articles that
are not in `draw.tsv`, fit the same length window and hold at least one quotation mark (a property
of the text, read before any system output) are taken. Writes
`tests/quality/data/realnews/draw_fresh.tsv` (id, words, ref) and, with `--packets DIR`, each
article's text for the coder, outside the repository. Re-running gives the same draw.

    PYTHONPATH=src .venv/bin/python scripts/realnews_fresh_sample.py --packets /tmp/fresh_packets
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path

from realnews_sample import PREFIX, QUOTAS, candidates, fitting, write_packets

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests/quality/data/realnews"
OUT = FOLDER / "draw_fresh.tsv"
SEED = 20261220
PER_CORPUS = 5
QUOTATION_MARKS = ('"', "“", "”")
# UTF-8 punctuation read as cp1252 (the Times of India's "â€”" for a dash) ends in "”" or "“":
# part of a mojibake sequence, not a quotation mark.
MOJIBAKE = re.compile("â€.")


def drawn_refs(names: tuple[str, ...] = ("draw.tsv",)) -> set[str]:
    """The refs of the named draws, as canonical JSON (``ref_key``), so none is drawn again."""
    taken: set[str] = set()
    for name in names:
        with (FOLDER / name).open(encoding="utf-8", newline="") as handle:
            rows = csv.DictReader(handle, delimiter="\t")
            taken |= {ref_key(json.loads(row["ref"])) for row in rows}
    return taken


def ref_key(ref: dict[str, object]) -> str:
    return json.dumps(ref, sort_keys=True)


def write_draw(sample: list[dict[str, object]], out: Path, packets: Path | None) -> None:
    """The draw as a table (id, words, ref) at ``out``, and its packets when asked."""
    rows = ["id\twords\tref"] + [f"{i['id']}\t{i['words']}\t{json.dumps(i['ref'])}"
                                 for i in sample]
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    if packets:
        write_packets(sample, packets)
    print(f"{len(sample)} articles drawn")


def new_articles(corpus: str, seed: int, taken_before: set[str],
                 wanted: Callable[[str], bool] = lambda _: True
                 ) -> Iterator[tuple[dict[str, object], str, int]]:
    """A corpus's articles in the seed's random order that are in no earlier draw, fit the
    corpus's window and read, each text once and only those ``wanted`` accepts: (ref, text,
    words)."""
    _, fewest, most = QUOTAS[corpus]
    refs = [ref for ref in candidates(corpus) if ref_key(ref) not in taken_before]
    random.Random(f"{seed}-{corpus}").shuffle(refs)
    seen_texts: set[str] = set()
    for ref, text, words in fitting(refs, corpus, fewest, most):
        if text in seen_texts or not wanted(text):
            continue
        seen_texts.add(text)
        yield ref, text, words


def quotes_someone(text: str) -> bool:
    """Whether a text holds a quotation mark (the Times of India's mojibake aside)."""
    return any(mark in MOJIBAKE.sub("", text) for mark in QUOTATION_MARKS)


def draw() -> list[dict[str, object]]:
    """Per corpus, random order, the first articles that are new, fit the window, read and quote."""
    taken_before = drawn_refs()
    return [{"id": f"rf-{PREFIX[corpus]}-{taken:03d}", "ref": ref, "words": words}
            for corpus in QUOTAS
            for taken, (ref, _, words) in enumerate(islice(new_articles(
                corpus, SEED, taken_before, quotes_someone), PER_CORPUS), start=1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--packets", type=Path, help="write each article's text to DIR/ID.txt")
    args = parser.parse_args()
    write_draw(draw(), OUT, args.packets)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
