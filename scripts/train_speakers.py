"""Fit and measure the trained speaker choice (issue #18): the model is written to
``src/tacitus/quotes/speaker_model.json``, which ``tacitus.quotes.speaker_decision`` reads.

Each direct quotation the rules find (the choice fills no other, and the real-news gold lists
no other) whose words match a gold quote (the evaluation's ``text_matches``) gets its candidate
speakers (``tacitus.quotes.speaker_candidates``: the rules' choice, the speaker of the quote
before, the actors named nearby); a candidate is labelled right when it is the gold
speaker by the evaluation's rules (``speaker_right``: code, and person where the gold names
one). One L2-penalised logistic regression (``decision_learner.fit_scorer``, fixed seed) scores
candidates; the quote's speaker is the rules' where they found one, else the best-scored
candidate (``speaker_decision.best_candidate``). Train is scored out of fold by
article five times over (the event stage's folds, ``train_decision.article_folds``) and its
speaker accuracy read per draw (``rn-``, ``rt-``, ``ru-``) beside the rules'; dev and the fresh
judge are scored by the model fitted on all of train (figures only). The test split is never
read.

    .venv/bin/python scripts/train_speakers.py [--check] [--c C] [--seed N] [--weights] [--no-fresh]

Needs the `train` extra (scikit-learn); the runtime never imports it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from decision_learner import Learner, fit_scorer, fold_scorers
from train_decision import GOLD, REPEATS, SEED, Coded, article_folds, code_split

from tacitus.evaluation.claims_gold import speaker_right, text_matches
from tacitus.evaluation.events_gold import FoundQuote, GoldQuote, read_tacitus_gold
from tacitus.events.decision import LinearModel
from tacitus.model import Quote
from tacitus.pipeline import ArticleCoder, make_article_coder
from tacitus.quotes.speaker_candidates import SpeakerCandidate
from tacitus.quotes.speaker_decision import (
    SPEAKER_MODEL_FILE,
    SPEAKER_MODEL_VERSION,
    best_candidate,
    quote_candidates,
)
from tacitus.quotes.view import doc_view
from tacitus.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
FRESH = GOLD / "fresh.jsonl"
OUT = ROOT / "src" / "tacitus" / "quotes" / SPEAKER_MODEL_FILE
# chosen by train out of fold (five repeats): C 0.3 gave all 0.766-0.772, draw rn 0.891-0.900
# (below the rules' 0.895 in one repeat), ru 0.711-0.721; C 0.1 0.770-0.775, rn 0.900-0.904,
# ru 0.714-0.721; C 0.03 0.771-0.774, rn 0.900-0.904, ru 0.714-0.716; dev 0.910 for all three
SPEAKER_C = 0.1
DRAWS = ("rn-", "rt-", "ru-")
# the articles set in capitals (MUC-4), read apart: re-casing decides how well they parse
CAPITALS_CORPUS = "-muc-"


@dataclass(frozen=True, slots=True)
class JudgedQuote:
    """A found quote whose words match a gold quote: whether the rules' speaker is right, and
    its candidates with whether each is right."""

    rules_right: bool
    candidates: tuple[SpeakerCandidate, ...]
    labels: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ArticleQuotes:
    record_id: str
    quotes: tuple[JudgedQuote, ...]


def _found(actor_code: str | None, name: str, text: str, quote: Quote) -> FoundQuote:
    return FoundQuote(actor_code, quote.text, f"{name} {text}".strip())


def judge_article(coder: ArticleCoder, item: Coded, gold: Sequence[GoldQuote]) -> ArticleQuotes:
    """The found quotes of one article that match its gold quotes, with their candidates."""
    quotes = coder.find_quotes(item.doc, item.mentions, item.article)
    view = doc_view(item.doc, item.mentions, item.article)
    direct = [position for position, quote in enumerate(quotes) if quote.direct]
    seen = [_found(quote.speaker.code if quote.speaker else None,
                   quote.speaker.name if quote.speaker else "", quote.speaker_text, quote)
            for quote in (quotes[position] for position in direct)]
    judged = []
    for expected, match in text_matches(gold, seen)[0]:
        if match is None:
            continue
        quote = quotes[direct[match]]
        candidates = quote_candidates(view, quotes, direct[match])
        labels = tuple(int(speaker_right(_found(
            candidate.actor.code if candidate.actor else None,
            candidate.actor.name if candidate.actor else "", candidate.text, quote),
            expected)[1]) for candidate in candidates)
        judged.append(JudgedQuote(speaker_right(seen[match], expected)[1], candidates, labels))
    return ArticleQuotes(item.record.id, tuple(judged))


def judge_split(coder: ArticleCoder, items: list[Coded], path: Path) -> list[ArticleQuotes]:
    golds = [quotes for _, quotes in read_tacitus_gold(path)]
    if len(golds) != len(items):
        raise ValueError(f"{path.name}: {len(golds)} records for {len(items)} articles")
    return [judge_article(coder, item, gold or ()) for item, gold in zip(items, golds,
                                                                             strict=True)]


def rows_of(split: Sequence[ArticleQuotes]) -> tuple[list[dict[str, int]], list[int]]:
    rows = [dict.fromkeys(candidate.features, 1) for article in split
            for quote in article.quotes for candidate in quote.candidates]
    labels = [label for article in split for quote in article.quotes for label in quote.labels]
    return rows, labels


def chosen_right(quote: JudgedQuote, model: LinearModel) -> bool:
    """Whether the model's best candidate is right (the rules' speaker when there is none)."""
    best = best_candidate(quote.candidates, model)
    if best is None:
        return quote.rules_right
    return bool(quote.labels[quote.candidates.index(best)])


@dataclass(frozen=True, slots=True)
class Accuracy:
    rules: int
    model: int
    reachable: int
    n: int

    def describe(self) -> str:
        if not self.n:
            return "n 0"
        return (f"rules {self.rules / self.n:.3f} -> model {self.model / self.n:.3f} "
                f"(n {self.n}; a right candidate for {self.reachable / self.n:.3f})")


def accuracy(articles: Sequence[ArticleQuotes], models: Sequence[LinearModel]) -> Accuracy:
    rules = chosen = reachable = n = 0
    for article, model in zip(articles, models, strict=True):
        for quote in article.quotes:
            n += 1
            rules += quote.rules_right
            chosen += chosen_right(quote, model)
            reachable += quote.rules_right or any(quote.labels)
    return Accuracy(rules, chosen, reachable, n)


def out_of_fold(train: list[ArticleQuotes], learner: Learner, seed: int) -> list[LinearModel]:
    return fold_scorers(train, article_folds(len(train), seed), rows_of, learner)


def by_draw(articles: list[ArticleQuotes], models: list[LinearModel], prefix: str) -> Accuracy:
    """The accuracy on the articles whose id starts with ``prefix`` (a draw), or holds it when it
    is a corpus part (``CAPITALS_CORPUS``)."""
    pairs = [(article, model) for article, model in zip(articles, models, strict=True)
             if article.record_id.startswith(prefix)
             or (prefix.startswith("-") and prefix in article.record_id)]
    return accuracy([article for article, _ in pairs], [model for _, model in pairs])


def to_json(model: LinearModel, seed: int) -> dict[str, Any]:
    return {"version": SPEAKER_MODEL_VERSION,
            "trained_on": "tests/quality/data/realnews/train.jsonl",
            "seed": seed,
            "speaker": {"bias": model.bias, "threshold": model.threshold,
                        "weights": dict(sorted(model.weights.items()))}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED, help="move every fold's seed")
    parser.add_argument("--weights", action="store_true", help="print the largest weights")
    parser.add_argument("--c", type=float, default=SPEAKER_C, help="the penalty")
    parser.add_argument("--check", action="store_true", help="fit and report, write nothing")
    parser.add_argument("--no-fresh", action="store_true", help="leave the fresh judge out")
    args = parser.parse_args()
    learner = Learner(c=args.c, seed=args.seed)
    coder = make_article_coder(Settings(decide=False))
    # 1. every split's matched quotes with their candidates
    train = judge_split(coder, code_split(coder, "train"), GOLD / "train.jsonl")
    dev = judge_split(coder, code_split(coder, "dev"), GOLD / "dev.jsonl")
    fresh = ([] if args.no_fresh else
             judge_split(coder, code_split(coder, "fresh", path=FRESH), FRESH))
    # 2. the model on all of train, and train out of fold
    rows, labels = rows_of(train)
    print(f"speaker model: {len(labels)} train candidates, {sum(labels)} right, "
          f"{sum(len(article.quotes) for article in train)} quotes", file=sys.stderr)
    model = fit_scorer(rows, labels, learner)
    for repeat in range(REPEATS):
        models = out_of_fold(train, learner, args.seed + repeat)
        print(f"train out of fold, repeat {repeat + 1}: all "
              f"{accuracy(train, models).describe()}; " + "; ".join(
                  f"{prefix} {by_draw(train, models, prefix).describe()}"
                  for prefix in (*DRAWS, CAPITALS_CORPUS)),
              file=sys.stderr)
    print(f"dev: {accuracy(dev, [model] * len(dev)).describe()}", file=sys.stderr)
    if fresh:
        print(f"fresh: {accuracy(fresh, [model] * len(fresh)).describe()}", file=sys.stderr)
    if args.weights:
        for name, weight in sorted(model.weights.items(), key=lambda item: -abs(item[1]))[:40]:
            print(f"  {weight:+.3f} {name}", file=sys.stderr)
    if not args.check:
        OUT.write_text(json.dumps(to_json(model, args.seed), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
