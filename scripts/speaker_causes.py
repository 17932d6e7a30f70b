"""Why speakers are wrong on a gold set: each quote found with the right words but the wrong
speaker, sorted into the person wrong (code right) or the code wrong, and the code wrong by cause.

Run from the repository root::

    python scripts/speaker_causes.py tests/quality/data/realnews/dev.jsonl [--list]

Causes of a wrong code, the first that applies:

- ``no code``: the speaker was given no actor code;
- ``setting``: the code's country is the country the article is set in or its dateline's, and the
  gold country is another;
- ``sector``: the right country, another type (``USAGOV`` for ``USABUS``);
- ``body/country``: a body's own code (``UNO``, ``PLO``) where its country was wanted, or the
  reverse;
- ``nationality elsewhere``: the article names the gold country (name or adjective) somewhere;
- ``gold has none``: the gold speaker has no code and one was given;
- ``other``.

The real-news test split is refused: it is never studied.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from studied_gold import studied_gold

from tacitus.actors.knowledge import load_knowledge_base
from tacitus.evaluation.claims_gold import speaker_right, text_matches
from tacitus.evaluation.events_gold import FoundQuote, GoldQuote, read_tacitus_gold
from tacitus.evaluation.records import sentence_article
from tacitus.pipeline import make_article_coder
from tacitus.quotes import view as views
from tacitus.quotes.speaker_countries import names_country
from tacitus.settings import Settings

COUNTRY_LENGTH = 3


def cause(found: FoundQuote, gold: GoldQuote, text: str, setting: str | None,
          dateline: str | None) -> str:
    """The first cause (module docstring) that explains a wrong code."""
    wanted = [code for code in gold.speaker if code]
    if not found.speaker:
        return "no code"
    if not wanted:
        return "gold has none"
    countries = load_knowledge_base().countries
    seen_country = found.speaker[:COUNTRY_LENGTH] if found.speaker[:COUNTRY_LENGTH] in countries \
        else None
    wanted_countries = {code[:COUNTRY_LENGTH] for code in wanted
                        if code[:COUNTRY_LENGTH] in countries}
    if seen_country and seen_country in {setting, dateline} and seen_country not in (
            wanted_countries):
        return "setting"
    if seen_country and seen_country in wanted_countries:
        return "sector"
    if not seen_country or not wanted_countries:
        return "body/country"
    if any(names_country(text, code) for code in wanted_countries):
        return "nationality elsewhere"
    return "other"


def study(path: Path, *, listing: bool) -> Counter[str]:
    coder = make_article_coder(Settings(offline=True))
    tally: Counter[str] = Counter()
    for record, gold in read_tacitus_gold(path):
        if not gold:
            continue
        article = coder.code(sentence_article(record.text, record_id=record.id,
                                              on_date=record.date))
        last = views._last
        view = last[4] if last is not None else None
        setting = view.setting if view is not None else None
        dateline = view.dateline if view is not None else None
        found = [FoundQuote(q.speaker.code if q.speaker else None, q.text,
                            f"{q.speaker.name if q.speaker else ''} {q.speaker_text}".strip())
                 for q in article.quotes]
        for quote, match in text_matches(gold, found)[0]:
            tally["gold"] += 1
            if match is None:
                continue
            tally["found"] += 1
            right_code, right_person = speaker_right(found[match], quote)
            if right_person:
                tally["right"] += 1
                continue
            kind = ("person wrong" if right_code else
                    "code wrong: " + cause(found[match], quote, record.text, setting, dateline))
            tally[kind] += 1
            if listing:
                print(f"{record.id} [{kind}] setting={setting} dateline={dateline}\n"
                      f"  gold  {'|'.join(quote.speaker)} {'|'.join(quote.speaker_name)}\n"
                      f"  found {found[match].speaker} {found[match].person}\n"
                      f"  text  {quote.text[:100]}")
    return tally


def main() -> int:
    arguments = studied_gold(__doc__.splitlines()[0], list_help="print each wrong speaker")
    if arguments is None:
        return 2
    for path in arguments.gold:
        tally = study(path, listing=arguments.list)
        print(f"## {path.stem}: gold {tally.pop('gold')}, found {tally.pop('found')}, "
              f"right {tally.pop('right')}")
        for kind, count in sorted(tally.items()):
            print(f"| {kind} | {count} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
