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

A wrong person (the code right or wrong) is also sorted by the words Tacitus took the speaker
from (``construction``): ``none`` (no words), ``pronoun`` ("he", "they", "who"), ``description``
("the ambassador", "the organisation"), ``name`` (a person or body named); and by whether the
article names the gold person at all (``gold named`` / ``gold unnamed``: the gold name's last
word is in the text, case aside); ``--list`` prints each wrong speaker with its construction
and the text before the quotation. Every count is given for the whole file and per draw (``rn``,
``rt``, ``ru`` on train).

The real-news test split is refused: it is never studied.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from studied_gold import draw_of, studied_gold

from tacitus.actors.knowledge import load_knowledge_base
from tacitus.evaluation.claims_gold import speaker_right, text_matches
from tacitus.evaluation.events_gold import (
    FoundQuote,
    GoldQuote,
    person_matches,
    read_tacitus_gold,
)
from tacitus.evaluation.records import sentence_article
from tacitus.pipeline import make_article_coder
from tacitus.quotes import view as views
from tacitus.quotes.speaker_countries import names_country
from tacitus.settings import Settings
from tacitus.wordlists import word_set

COUNTRY_LENGTH = 3
# how much of the text before a wrong speaker's quotation --list prints
LISTED_BEFORE = 300
PRONOUNS = word_set("personal_pronouns") | word_set("person_relatives")
DETERMINERS = word_set("anaphoric_determiners")


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


def construction(speaker_text: str) -> str:
    """The kind of words a speaker was read from (module docstring)."""
    words = speaker_text.split()
    if not words:
        return "none"
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    if words[0].lower() in DETERMINERS:
        return "description"
    return "name"


def gold_named(gold: GoldQuote, text: str) -> str:
    """Whether the article names the gold person (the last word of one of its names)."""
    last_words = [name.split()[-1] for name in gold.speaker_name if name.split()]
    if not last_words:
        return "gold names no one"
    return ("gold named" if any(re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)
                                for word in last_words) else "gold unnamed")


def study(path: Path, *, listing: bool) -> Counter[tuple[str, str]]:
    coder = make_article_coder(Settings(offline=True))
    tally: Counter[tuple[str, str]] = Counter()
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
        draw = draw_of(record.id)
        for quote, match in text_matches(gold, found)[0]:
            counted = ["gold"]
            if match is not None:
                counted.append("found")
                right_code, right_person = speaker_right(found[match], quote)
                kind = ("right" if right_person else "person wrong" if right_code else
                        "code wrong: " + cause(found[match], quote, record.text, setting,
                                               dateline))
                counted.append(kind)
                if not right_person and not person_matches(found[match], quote):
                    words = article.quotes[match].speaker_text
                    counted.append(f"wrong person: {construction(words)}, "
                                   f"{gold_named(quote, record.text)}")
            for key in counted:
                tally[key, "all"] += 1
                tally[key, draw] += 1
            if match is None or kind == "right":
                continue
            if listing:
                spoken = article.quotes[match]
                print(f"{record.id} [{kind}] setting={setting} dateline={dateline}\n"
                      f"  gold  {'|'.join(quote.speaker)} {'|'.join(quote.speaker_name)}\n"
                      f"  found {found[match].speaker} {found[match].person}"
                      f" ({construction(spoken.speaker_text)})\n"
                      f"  text  {quote.text[:100]}\n"
                      f"  before {_before(article.article.text, spoken.start)}")
    return tally


def _before(text: str, start: int) -> str:
    """The words before a quotation (``LISTED_BEFORE`` characters, on one line): where its
    speaker was read from."""
    return " ".join(text[max(0, start - LISTED_BEFORE):start].split())


def main() -> int:
    arguments = studied_gold(__doc__.splitlines()[0], list_help="print each wrong speaker")
    if arguments is None:
        return 2
    for path in arguments.gold:
        tally = study(path, listing=arguments.list)
        draws = sorted({draw for _, draw in tally} - {"all"})
        print(f"## {path.stem}\n| | all | {' | '.join(draws)} |\n|---|" + "---:|" * (
            len(draws) + 1))
        for kind in sorted({kind for kind, _ in tally}, key=_order):
            print(f"| {kind} | " + " | ".join(str(tally[kind, draw])
                                              for draw in ("all", *draws)) + " |")
    return 0


def _order(kind: str) -> tuple[int, str]:
    """The totals first, then the causes by name."""
    totals = ("gold", "found", "right")
    return (totals.index(kind), "") if kind in totals else (len(totals), kind)


if __name__ == "__main__":
    sys.exit(main())
