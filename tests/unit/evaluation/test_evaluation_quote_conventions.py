"""A gold set's declared quote convention (``conventions.json`` beside it): a set that lists
direct quotations only is scored against the direct quotations found, reported speech found
there is neither right nor wrong, and the figures over every found quote follow as
``all_found_…``; a set that lists reported speech too is scored on everything. Every record is
written for the purpose."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tacitus.errors import GoldFormatError
from tacitus.evaluation.gold_conventions import CONVENTIONS_FILE, read_conventions
from tacitus.evaluation.tacitus_format import evaluate_tacitus
from tacitus.model import Actor, Article, CodedArticle, Quote

TEXT = ("“The dam will hold,” the mayor said on Friday. The mayor said that the river would fall"
        " by Sunday.")
RECORD = {"id": "q1", "text": TEXT, "topic": "non-political", "coded": ["quotes", "claims"],
          "quotes": [{"speaker": "RUR", "speaker_name": "mayor",
                      "text": "The dam will hold"}],
          "claims": []}
MAYOR = Actor("RUR", "mayor", "person", "RUR")


class MayorCoder:
    """Finds the mayor's quotation and his reported speech in every article it is given."""

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        for article in articles:
            direct_at = article.text.index("The dam")
            reported_at = article.text.index("the river")
            quotes = (
                Quote("q_1", MAYOR, "the mayor", "said", "The dam will hold", True, direct_at,
                      direct_at + 17, 0, article.id),
                Quote("q_2", MAYOR, "The mayor", "said", "the river would fall by Sunday", False,
                      reported_at, reported_at + 30, 1, article.id))
            yield CodedArticle(article, quotes=quotes)


def evaluate(folder: Path, conventions: dict[str, Any] | None) -> dict[str, Any]:
    gold = folder / "gold.jsonl"
    gold.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    if conventions is not None:
        (folder / CONVENTIONS_FILE).write_text(json.dumps(conventions), encoding="utf-8")
    result = evaluate_tacitus(gold, MayorCoder())  # type: ignore[arg-type]
    return {figure.key: figure.value for figure in result.figures}


def test_a_direct_only_set_scores_the_direct_quotations_found(tmp_path: Path) -> None:
    figures = evaluate(tmp_path, {"quotes": "direct"})
    assert (figures["quote_precision"], figures["quote_recall"]) == (1.0, 1.0)
    assert figures["quote_text_precision"] == 1.0
    assert (figures["all_found_quote_precision"], figures["all_found_quote_recall"]) == (0.5, 1.0)


@pytest.mark.parametrize("conventions", [None, {"quotes": "all"}])
def test_a_set_listing_reported_speech_scores_every_quote(tmp_path: Path,
                                                          conventions: dict[str, Any] | None
                                                          ) -> None:
    figures = evaluate(tmp_path, conventions)
    assert figures["quote_precision"] == 0.5
    assert not any(key.startswith("all_found_") for key in figures)


@pytest.mark.parametrize("declared", ['{"quotes": "indirect"}', '{"events": "all"}', "[]", "{"])
def test_a_bad_declaration_is_a_format_error(tmp_path: Path, declared: str) -> None:
    (tmp_path / CONVENTIONS_FILE).write_text(declared, encoding="utf-8")
    with pytest.raises(GoldFormatError, match=CONVENTIONS_FILE):
        read_conventions(tmp_path / "gold.jsonl")


def test_the_real_news_sets_declare_direct_quotations() -> None:
    realnews = Path(__file__).parents[2] / "quality" / "data" / "realnews"
    assert read_conventions(realnews / "dev.jsonl").direct_quotes_only
