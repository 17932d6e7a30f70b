"""Where the story's own side (``quotes.home_country``) decides a quote speaker's code on a gold
set: each article is coded twice, with the rule and without it, and every quote whose speaker
code differs is listed right or wrong against the gold, with what the rule saw.

Run from the repository root::

    python scripts/home_country_firings.py tests/quality/data/realnews/train.jsonl [--list]

The tally counts, among the quotes whose words match a gold quote, those the rule makes right
(wrong without it), makes wrong (right without it), and leaves wrong either way; ``--list``
prints each with the speaker's words, the home country, how often it and the runner-up are
named, the dateline's country and the countries of the story's other coded speakers.

The real-news test split is refused: it is never studied.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from studied_gold import studied_gold

from tacitus.evaluation.claims_gold import speaker_right, text_matches
from tacitus.evaluation.events_gold import FoundQuote, read_tacitus_gold
from tacitus.evaluation.records import sentence_article
from tacitus.model import Quote
from tacitus.pipeline import make_article_coder
from tacitus.quotes import finder
from tacitus.quotes.home_country import quoted_at_home
from tacitus.quotes.speaker_countries import Speaker
from tacitus.quotes.view import DocView
from tacitus.settings import Settings

COUNTRY_LENGTH = 3


def _seen(view: DocView, speaker: Speaker | None, at: int) -> dict[str, Any]:
    """What the rule saw when it placed ``speaker``."""
    sentence = view.sentence(at)
    named = [country for start, country in view.stated_countries
             if not sentence.start <= start < sentence.end]
    ranked = Counter(named).most_common(3)
    return {"speaker": speaker.text if speaker else "",
            "before": speaker.actor.code if speaker and speaker.actor else None,
            "after": (lambda placed: placed.actor.code if placed and placed.actor else None)(
                quoted_at_home(view, speaker, at)),
            "ranked": ranked, "dateline": view.dateline, "sentence": sentence.text[:160]}


def _code(quote: Quote) -> str | None:
    return quote.speaker.code if quote.speaker else None


def study(path: Path, *, listing: bool) -> Counter[str]:
    coder = make_article_coder(Settings(offline=True))
    original: Callable[..., Quote] = finder._quote
    fired: dict[str, dict[str, Any]] = {}

    def spied(view: DocView, piece: Any, speaker: Speaker | None, cue: Any, *,
              direct: bool) -> Quote:
        at = cue.i if cue is not None else view.token_at(piece.start)
        after = quoted_at_home(view, speaker, at)
        quote = original(view, piece, speaker, cue, direct=direct)
        if after is not speaker:
            fired[quote.id] = _seen(view, speaker, at)
        return quote

    def unplaced(view: DocView, speaker: Speaker | None, at: int) -> Speaker | None:
        return speaker

    tally: Counter[str] = Counter()
    for record, gold in read_tacitus_gold(path):
        if not gold:
            continue
        article = sentence_article(record.text, record_id=record.id, on_date=record.date)
        fired.clear()
        finder._quote = spied  # type: ignore[assignment]
        with_rule = coder.code(article).quotes
        finder._quote = original  # type: ignore[assignment]
        finder.quoted_at_home = unplaced  # type: ignore[assignment]
        without = {quote.id: quote for quote in coder.code(article).quotes}
        finder.quoted_at_home = quoted_at_home
        others = sorted({(code or "")[:COUNTRY_LENGTH] for code in map(_code, without.values())
                         if code})
        found = [FoundQuote(_code(q), q.text,
                            f"{q.speaker.name if q.speaker else ''} {q.speaker_text}".strip())
                 for q in with_rule]
        pairs = text_matches(gold, found)[0]
        scored = {with_rule[match].id for _, match in pairs if match is not None}
        for quote_id, seen in fired.items():
            if quote_id not in scored:
                tally["unscored"] += 1
                if listing:
                    print(f"{record.id}\tunscored\t{seen}")
        for quote, match in pairs:
            if match is None:
                continue
            on = with_rule[match]
            off = without.get(on.id)
            if off is None or _code(off) == _code(on):
                continue
            right_on = speaker_right(found[match], quote)[0]
            right_off = speaker_right(FoundQuote(_code(off), off.text, found[match].person),
                                      quote)[0]
            kind = ("fixes" if right_on and not right_off else
                    "breaks" if right_off and not right_on else
                    "both right" if right_on else "wrong either way")
            tally[kind] += 1
            if listing:
                seen = fired.get(on.id, {"speaker": on.speaker_text, "note": "carried"})
                print(f"{record.id}\t{kind}\tgold={'|'.join(quote.speaker)}\t"
                      f"on={_code(on)}\toff={_code(off)}\tothers={','.join(others)}\t{seen}")
    return tally


def main() -> int:
    arguments = studied_gold(__doc__.splitlines()[0], list_help="print each quote it decides")
    if arguments is None:
        return 2
    for path in arguments.gold:
        tally = study(path, listing=arguments.list)
        print(f"## {path.stem}: " + ", ".join(f"{kind} {count}"
                                              for kind, count in sorted(tally.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
