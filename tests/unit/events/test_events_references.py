"""A reaction to a happening named by a noun is aimed at the actor behind that happening."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tacitus.model import Article, CodedArticle
from tacitus.pipeline import ArticleCoder, make_article_coder
from tacitus.settings import Settings


@pytest.fixture(scope="module")
def coder() -> ArticleCoder:
    return make_article_coder(Settings(offline=True))


def coded(coder: ArticleCoder, text: str) -> CodedArticle:
    return coder.code(Article(id="art_ref", title="t", text=text, content_hash="h", origin="test",
                              date=date(2024, 1, 12)))


def triples(article: CodedArticle) -> set[tuple[str, str, str]]:
    return {(event.source.code[:3], event.target.code[:3] if event.target else "",
             event.cameo[:2]) for event in article.events}


STRIKES = ("The United States launched air strikes on Houthi targets in Yemen on Friday. "
           "Iran condemned the strikes.")


def test_condemning_the_strikes_is_aimed_at_the_striker(coder: ArticleCoder) -> None:
    found = triples(coded(coder, STRIKES))
    assert ("IRN", "USA", "11") in found
    assert ("IRN", "", "11") not in found


def test_without_the_stage_the_reaction_has_no_target(coder: ArticleCoder) -> None:
    found = triples(coded(replace(coder, resolve_references=None), STRIKES))
    assert ("IRN", "", "11") in found


@pytest.mark.parametrize("text", [
    # the happening is of another kind: a meeting is no attack
    "Chinese and Russian diplomats met in Beijing on Friday. Iran condemned the strikes.",
    # the reaction names its own target
    "The United States launched air strikes on Yemen on Friday. Iran condemned Israel.",
    # the only earlier attack is by the reacting side itself
    "Iran launched missile strikes on Friday. Iran defended the strikes.",
])
def test_no_target_is_borrowed_without_a_matching_happening(coder: ArticleCoder,
                                                            text: str) -> None:
    events = coded(coder, text).events
    reactions = [event for event in events if event.source.code.startswith("IRN")
                 and event.cameo[:2] in ("11", "05", "01")]
    assert all(event.target is None or event.target.code[:3] in ("ISR", "") for event in reactions)
