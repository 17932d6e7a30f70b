"""Which spans the quote finder takes that the gold does not list, and which gold quotes it
misses: each found quote with no gold quote of its words, and each gold quote no found quote
matches, with the sentence around it.

Run from the repository root::

    python scripts/quote_spans.py tests/quality/data/realnews/train.jsonl [--list]

A set whose coders list direct quotations only (``conventions.json``,
``evaluation.gold_conventions``) is compared with the direct quotations found. The unstudied
real-news sets are refused.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from studied_gold import studied_gold

from tacitus.evaluation.claims_gold import text_matches
from tacitus.evaluation.events_gold import FoundQuote, read_tacitus_gold
from tacitus.evaluation.gold_conventions import read_conventions
from tacitus.evaluation.records import sentence_article
from tacitus.pipeline import make_article_coder
from tacitus.settings import Settings

# characters of text shown either side of a span
CONTEXT = 90


def _around(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - CONTEXT) : end + CONTEXT].split())


def study(path: Path, *, listing: bool) -> Counter[str]:
    coder = make_article_coder(Settings(offline=True))
    direct_only = read_conventions(path).direct_quotes_only
    tally: Counter[str] = Counter()
    for record, gold in read_tacitus_gold(path):
        if gold is None:
            continue
        article = coder.code(sentence_article(record.text, record_id=record.id,
                                              on_date=record.date))
        quotes = [q for q in article.quotes if q.direct or not direct_only]
        found = [FoundQuote(None, q.text) for q in quotes]
        pairs, _ = text_matches(gold, found)
        matched = {match for _, match in pairs if match is not None}
        tally["gold"] += len(gold)
        tally["found"] += len(found)
        for quote, match in pairs:
            if match is None:
                tally["missed"] += 1
                if listing:
                    where = record.text.find(quote.text.split("|")[0][:40])
                    print(f"MISS {record.id} {quote.text[:100]!r}\n"
                          f"     {_around(record.text, where, where + 40) if where >= 0 else '?'}")
        for index, quote in enumerate(quotes):
            if index in matched:
                continue
            tally["unlisted"] += 1
            if listing:
                print(f"FALSE {record.id} cue={quote.cue!r} {quote.text[:100]!r}\n"
                      f"     {_around(record.text, quote.start, quote.end)}")
    return tally


def main() -> int:
    arguments = studied_gold(__doc__.splitlines()[0], list_help="print each span")
    if arguments is None:
        return 2
    for path in arguments.gold:
        tally = study(path, listing=arguments.list)
        print(f"## {path.stem}: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
