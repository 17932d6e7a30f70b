"""Which kinds of candidate pairing the decision stage keeps: the room a pruning of candidates
before their features are read could make.

    .venv/bin/python benchmarks/candidate_kinds.py [--articles 300]

Codes the Lee ABC items ``bench_coding_speed.py`` codes and, for every candidate the decision
stage judges, counts it by kind (source named or unknown; target an actor, a place or none; its
variant and construction) and by fate: kept (its trigger's likeliest and at least the
threshold), above (at least the threshold, not its trigger's likeliest) or no. A kind with many
candidates and none kept costs features and scores for nothing. Round thirty-one: targetless
pairings the generator adds to the clause coder's (variants other than "coded", no
construction) were about a quarter of 10,122 candidates and 4 of 795 kept; dropping them
raised train out of fold a little and lost dev 0.415 -> 0.390 F1 (not kept).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Sequence

from bench_coding_speed import parsed_articles
from spacy.tokens import Doc

import tacitus.events.decision as decision
from tacitus.events.candidates import Candidate
from tacitus.model import ActorMention, Event
from tacitus.pipeline import make_article_coder
from tacitus.settings import Settings

Kind = tuple[str, str, str, str]


def kind_of(candidate: Candidate) -> Kind:
    """Source named or unknown, target kind, variant and construction of ``candidate``."""
    event = candidate.event
    source = "named" if event.source.code or event.source.name else "unnamed"
    target = "none" if event.target is None else ("place" if candidate.place else "actor")
    return source, target, candidate.variant, candidate.construction or "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    options = parser.parse_args()

    coder = make_article_coder(Settings())
    articles, docs = parsed_articles(coder, options.articles)
    fates: defaultdict[Kind, Counter[str]] = defaultdict(Counter)
    keep_likely = decision.keep_likely

    def counted(judged: Sequence[tuple[Candidate, float]], threshold: float, doc: Doc,
                mentions: Sequence[ActorMention] = ()) -> tuple[Event, ...]:
        best: dict[str, float] = {}
        for candidate, probability in judged:
            best[candidate.group] = max(probability, best.get(candidate.group, 0.0))
        for candidate, probability in judged:
            fate = ("no" if probability < threshold
                    else "kept" if probability == best[candidate.group] else "above")
            fates[kind_of(candidate)][fate] += 1
        return keep_likely(judged, threshold, doc, mentions)

    decision.keep_likely = counted
    for article, doc in zip(articles, docs, strict=True):
        coder.code_parsed(article, doc)
    total: Counter[str] = Counter()
    for counts in fates.values():
        total.update(counts)
    print(f"candidates {sum(total.values())}: kept {total['kept']}, above {total['above']}")
    for kind, counts in sorted(fates.items(), key=lambda item: -sum(item[1].values())):
        print(f"{sum(counts.values()):6d} kept {counts['kept']:4d} above {counts['above']:4d} "
              f"{' '.join(kind)}")


if __name__ == "__main__":
    main()
