"""A claim cue dated before the article's news cycle tells a past claim, not one made in the news,
on sentences written for these tests: "demanded in 2019" in a story of 2021 is no claim; a date
of the act claimed ("promised to leave by 2019"), a date within the news cycle or a story with
no date leaves the claim alone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from claim_rows import summary
from spacy.language import Language

from tacitus.model import Article
from tacitus.quotes import make_claim_finder

PAKISTAN = ("Pakistan", "PAK")
IRAN = ("Iran", "IRN")
STORY_DATE = date(2021, 6, 10)


@pytest.fixture(scope="module")
def claims_on(nlp: Language, mentions_for: Any, article_for: Callable[[str], Article]
              ) -> Callable[[str, date | None], list[tuple[str, str, str | None, str]]]:
    find_claims = make_claim_finder()

    def run(text: str, on: date | None) -> list[tuple[str, str, str | None, str]]:
        doc = nlp(text)
        article = replace(article_for(text), date=on)
        return summary(find_claims(doc, mentions_for(doc, [PAKISTAN, IRAN]), article))

    return run


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        pytest.param("Pakistan demanded in 2019 that Iran close the border.", STORY_DATE, [],
                     id="cue-dated-years-before"),
        pytest.param("In 2018, Pakistan urged Iran to release the fishermen.", STORY_DATE, [],
                     id="fronted-date"),
        pytest.param("Pakistan demanded on Tuesday that Iran close the border.", STORY_DATE,
                     [("demand", "PAK", "IRN", "close the border")], id="within-news-cycle"),
        pytest.param("Pakistan demanded in 2019 that Iran close the border.", None,
                     [("demand", "PAK", "IRN", "close the border")], id="undated-story"),
        pytest.param("Pakistan urged Iran to close the border by 2019.", STORY_DATE,
                     [("appeal", "PAK", "IRN", "close the border by 2019")],
                     id="date-of-the-act-asked"),
    ],
)
def test_dated_cues(claims_on: Any, text: str, on: date | None,
                    expected: list[tuple[str, str, str | None, str]]) -> None:
    assert claims_on(text, on) == expected
