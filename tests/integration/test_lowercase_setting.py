"""A story with no dateline and no country named, in small letters or not, is set in the country
of the towns it names; ordinary words that are also towns' names set it nowhere."""

from __future__ import annotations

from datetime import date

import pytest

from tacitus.model import Article
from tacitus.pipeline import ArticleCoder, make_article_coder
from tacitus.settings import Settings


@pytest.fixture(scope="module")
def coder() -> ArticleCoder:
    return make_article_coder(Settings(offline=True))


def codes(coder: ArticleCoder, text: str) -> dict[str, str]:
    article = Article(id="art_lowered", title="", text=text, content_hash="x", origin="test",
                      date=date(2002, 3, 1))
    return {mention.text: mention.actor.code for mention in coder.code(article).mentions}


def test_a_story_in_small_letters_takes_the_country_of_its_towns(coder: ArticleCoder) -> None:
    found = codes(coder, "the police arrested forty students near the bus depot in ahmedabad on "
                         "sunday. later, congress workers marched to the collector's office in "
                         "kanpur.")
    assert found["police"] == "INDCOP"
    assert found["congress"].startswith("IND")


def test_ordinary_words_that_name_towns_set_no_story(coder: ArticleCoder) -> None:
    found = codes(coder, "the police said the weather in nice was mild on sunday, and that "
                         "reading in nice was as popular as ever among the students.")
    assert found["police"] == "COP"


def test_the_same_story_in_ordinary_case_is_placed_by_its_towns_too(coder: ArticleCoder) -> None:
    found = codes(coder, "The police arrested forty students near the bus depot in Ahmedabad on "
                         "Sunday. Later, Congress workers marched to the collector's office in "
                         "Kanpur.")
    assert found["police"] == "INDCOP"
