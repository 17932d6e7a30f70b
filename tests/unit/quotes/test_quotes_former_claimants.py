"""A claimant named with a title held no longer ("former Prime Minister …") speaks for no
government: what he says his country's government should do is asked of it, on sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claim_rows import summary
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver
from tacitus.model import Article
from tacitus.quotes import make_claim_finder


@pytest.fixture(scope="module")
def resolve() -> ActorResolver:
    return make_actor_resolver()


@pytest.mark.parametrize(("text", "expected"), [
    # the government is another side than a former minister's: an appeal to it
    ("Former Chilean Prime Minister Odila Brantes said the government should reopen the mines "
     "in the north.", [("appeal", "CHLELI", "CHLGOV", "reopen the mines in the north")]),
    # a demand that names no one is asked of his country's government
    ("Former Chilean Prime Minister Odila Brantes demanded an inquiry into the floods.",
     [("demand", "CHLELI", "CHLGOV", "an inquiry into the floods")]),
])
def test_a_former_office_holder_asks_the_government(
        nlp: Language, resolve: ActorResolver, article_for: Callable[[str], Article], text: str,
        expected: list[tuple[str, str, str | None, str]]) -> None:
    doc = nlp(text)
    claims = make_claim_finder()(doc, resolve(doc, None), article_for(text))
    assert summary(claims) == expected
