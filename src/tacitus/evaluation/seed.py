"""The seed article's checklist (the Foundation issue's "what it must show"), on live output."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from tacitus.evaluation.metrics import ratio
from tacitus.evaluation.records import ErrorEntry, Evaluation, Figure
from tacitus.ingest import article_from_html
from tacitus.model import CodedArticle
from tacitus.settings import Settings

if TYPE_CHECKING:
    from tacitus.pipeline import ArticleCoder

TITLE_START = "Taliban's actions will define its relationship"
PUBLISHED = date(2021, 9, 24)
BOILERPLATE = ("Post a Comment", "kept private", "will not be shown publicly")
CONSULT_ROOT = "04"
REDUCE_RELATIONS_ROOT = "16"
DIRECT_QUOTES_BY_BLINKEN = 2


def _between(coded: CodedArticle, source: str, target: str, root: str) -> bool:
    return any(event.source.code.startswith(source) and event.target is not None
               and event.target.code.startswith(target) and event.cameo.startswith(root)
               for event in coded.events)


def _us_direct_quotes(coded: CodedArticle) -> bool:
    by_us = [quote for quote in coded.quotes if quote.direct and quote.speaker is not None
             and quote.speaker.code.startswith("USA")]
    return len(by_us) >= DIRECT_QUOTES_BY_BLINKEN


def _us_demand_on_taliban(coded: CodedArticle) -> bool:
    return any(claim.kind == "demand" and claim.actor.code.startswith("USA")
               and claim.addressee is not None and claim.addressee.code.startswith("TAL")
               for claim in coded.claims)


SEED_CHECKS: dict[str, Callable[[CodedArticle], bool]] = {
    "title from the page": lambda c: c.article.title.startswith(TITLE_START),
    "date 2021-09-24 from the page": lambda c: c.article.date == PUBLISHED,
    "no boilerplate in the body": lambda c: not any(p in c.article.text for p in BOILERPLATE),
    "Blinken–Qureshi meeting: USA→PAK 04x": lambda c: _between(c, "USA", "PAK", CONSULT_ROOT),
    "talks with China: USA→CHN 04x": lambda c: _between(c, "USA", "CHN", CONSULT_ROOT),
    "talks with Russia: USA→RUS 04x": lambda c: _between(c, "USA", "RUS", CONSULT_ROOT),
    "two direct quotes by Blinken (USA)": _us_direct_quotes,
    "US demand on the Taliban": _us_demand_on_taliban,
    "no 16x event from 'has not cut ties'": lambda c: not any(
        event.cameo.startswith(REDUCE_RELATIONS_ROOT) for event in c.events),
}


def evaluate_seed(path: Path, coder: ArticleCoder) -> Evaluation:
    """Code the seed page and report which of the checklist's items hold."""
    article = article_from_html(path.read_text(encoding="utf-8"), origin=str(path),
                                settings=Settings())
    coded = coder.code(article)
    results = {name: check(coded) for name, check in SEED_CHECKS.items()}
    errors = tuple(ErrorEntry("seed", name, article.title, expected="holds", found="fails")
                   for name, passed in results.items() if not passed)
    passed = sum(results.values())
    return Evaluation(
        format="seed", gold=str(path), n=1,
        figures=(Figure("seed_checks", "seed article checklist items that hold",
                        ratio(passed, len(results)), len(results)),),
        details={"checks": results}, errors=errors)
