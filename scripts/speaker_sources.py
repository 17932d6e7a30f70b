"""Quote recall and speaker accuracy per source of a gold set: how well attribution carries from
one outlet's way of writing to another's.

Run from the repository root, with the shared data beside the clone::

    python scripts/speaker_sources.py tests/quality/data/realnews/dev.jsonl \
        tests/quality/data/realnews/train.jsonl tests/quality/data/quotes_gold.jsonl

A record's source is the second part of its id (``rn-zyt-031``: ``zyt``, the Zyte news pages;
``q-wire-01``: ``wire``; ``a07``: ``a``). The real-news test split is refused: it is never
studied.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from studied_gold import studied_gold

from tacitus.evaluation.claims_gold import speaker_right, text_matches
from tacitus.evaluation.events_gold import FoundQuote, read_tacitus_gold
from tacitus.evaluation.tacitus_format import code_gold_records
from tacitus.model import Quote
from tacitus.pipeline import ArticleCoder, make_article_coder
from tacitus.settings import Settings


@dataclass
class Tally:
    """Gold quotes of a source, those found (words matched), and those with the right speaker
    (code and person) and the right code."""

    gold: int = 0
    found: int = 0
    person: int = 0
    code: int = 0

    def row(self, name: str) -> str:
        found = max(self.found, 1)
        return (f"| {name} | {self.gold} | {self.found / max(self.gold, 1):.3f} | {self.found} "
                f"| {self.person / found:.3f} | {self.code / found:.3f} |")


def source_of(record_id: str) -> str:
    """``rn-zyt-031`` → ``zyt``; an id of one part keeps its letters (``a07`` → ``a``)."""
    parts = record_id.split("-")
    return parts[1] if len(parts) > 2 else parts[0].rstrip("0123456789")


def found_quote(quote: Quote) -> FoundQuote:
    name = quote.speaker.name if quote.speaker else ""
    return FoundQuote(quote.speaker.code if quote.speaker else None, quote.text,
                      f"{name} {quote.speaker_text}".strip())


def tally(path: Path, coder: ArticleCoder) -> dict[str, Tally]:
    """One ``Tally`` per source of the gold file at ``path``, and one for all (``all``)."""
    pairs = list(read_tacitus_gold(path))
    coded = code_gold_records(coder, [r for r, _ in pairs])
    tallies: dict[str, Tally] = {}
    for (record, gold), article in zip(pairs, coded, strict=True):
        if not gold:
            continue
        found = [found_quote(quote) for quote in article.quotes]
        for quote, match in text_matches(gold, found)[0]:
            for key in (source_of(record.id), "all"):
                item = tallies.setdefault(key, Tally())
                item.gold += 1
                if match is not None:
                    right_code, right_person = speaker_right(found[match], quote)
                    item.found += 1
                    item.person += right_person
                    item.code += right_code
    return tallies


def main() -> int:
    arguments = studied_gold(__doc__.splitlines()[0])
    if arguments is None:
        return 2
    print("| source | gold quotes | quote recall (words) | found | speaker | code |")
    print("|---|---:|---:|---:|---:|---:|")
    coder = make_article_coder(Settings(offline=True))
    for path in arguments.gold:
        for name, item in sorted(tally(path, coder).items()):
            print(item.row(f"{path.stem} {name}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
