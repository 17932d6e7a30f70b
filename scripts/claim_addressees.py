"""Where the claim candidates lose a gold claim on its addressee alone: per draw, how many gold
claims name an addressee, how many a candidate matches, and how many a candidate would match
but for its addressee (none given, or another), by what the candidate gave.

Run from the repository root::

    python scripts/claim_addressees.py tests/quality/data/realnews/train.jsonl [--list]

``--list`` prints each gold claim lost on its addressee alone, with the candidate's addressee and
the sentence. Every article is read, whatever the topic judge says. The unstudied sets are
refused.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import replace

from studied_gold import draw_of, studied_gold
from train_decision import code_split

from tacitus.evaluation.claims_gold import FoundClaim, claim_matches, read_gold_claims
from tacitus.model import Claim
from tacitus.pipeline import make_article_coder
from tacitus.settings import Settings


def found(claim: Claim) -> FoundClaim:
    return FoundClaim(claim.kind, claim.actor.code,
                      claim.addressee.code if claim.addressee else None, claim.text)


def main() -> int:
    arguments = studied_gold(__doc__.splitlines()[0], list_help="print each claim lost on its "
                             "addressee alone")
    if arguments is None:
        return 2
    coder = make_article_coder(Settings(decide=False))
    for path in arguments.gold:
        counts: Counter[str] = Counter()
        for item, gold in zip(code_split(coder, "", path=path), read_gold_claims(path),
                              strict=True):
            if gold is None:
                continue
            draw = draw_of(item.record.id)
            claims = [found(c) for c in coder.find_claims(item.doc, item.mentions, item.article)]
            for expected in gold:
                if not expected.addressee:
                    continue
                counts[f"{draw} gold with addressee"] += 1
                if any(claim_matches(c, expected) for c in claims):
                    counts[f"{draw} matched"] += 1
                    continue
                near = next((c for c in claims
                             if claim_matches(c, replace(expected, addressee=()))), None)
                if near is None:
                    continue
                given = "none" if near.addressee is None else "other"
                counts[f"{draw} lost on addressee ({given})"] += 1
                if arguments.list:
                    sentence = next((" ".join(s.text.split()) for s in item.doc.sents
                                     if expected.text.lower()[:30] in s.text.lower()), "?")
                    print(f"LOST {item.record.id} {expected.describe()}\n"
                          f"    ~ {near.describe()}\n    | {sentence}")
        for key in sorted(counts):
            print(f"{path.stem} {key}: {counts[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
