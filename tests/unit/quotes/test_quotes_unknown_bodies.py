"""Organisations the knowledge base does not know, as the quote and claim finders read them: a
body only the story placed does not vote for where the story is set, and a body known by its
name alone is a side of its own in a claim: on sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_rows import summary
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver
from tacitus.ids import content_hash, stable_id
from tacitus.model import Article
from tacitus.quotes import make_claim_finder, make_quote_finder
from tacitus.quotes.view import DocView


@pytest.fixture(scope="module")
def resolve() -> ActorResolver:
    return make_actor_resolver()


def article(text: str) -> Article:
    digest = content_hash(text)
    return Article(id=stable_id("art_", digest), title="", text=text, content_hash=digest,
                   origin="test")


@pytest.mark.parametrize(("text", "setting"), [
    # the union and its acronym are placed by "in Australia" alone: no votes of their own
    ("Workers of the Harbour Ferry Workers Union (HFWU) walked out in Australia on Monday. "
     "HFWU leaders met managers. HFWU said pay had been cut.", None),
    # its name states its country: each naming votes, as a country's name would
    ("Workers of the Australian Harbour Ferry Workers Union (HFWU) walked out on Monday. "
     "HFWU leaders met managers. HFWU said pay had been cut.", "AUS"),
])
def test_a_body_the_story_placed_does_not_vote_for_the_setting(
        nlp: Language, resolve: ActorResolver, text: str, setting: str | None) -> None:
    doc = nlp(text)
    assert DocView(doc, resolve(doc, None), article(text)).setting == setting


@pytest.mark.parametrize(("text", "expected"), [
    # another body of the same country and sector speaks of it: reported speech, no promise
    ("The Coastal Tourism Industry Council in Australia said Bluewave Airlines would open new "
     "routes to Asia.", []),
    # the body speaks of itself
    ("Bluewave Airlines in Australia said the airline would open new routes to Asia.",
     [("commitment", "AUSBUS", "ASA", "open new routes to Asia")]),
])
def test_a_body_known_by_its_name_is_a_side_of_its_own(
        nlp: Language, resolve: ActorResolver, text: str,
        expected: list[tuple[str, str, str | None, str]]) -> None:
    doc = nlp(text)
    assert summary(make_claim_finder()(doc, resolve(doc, None), article(text))) == expected


def test_a_word_of_an_organisation_s_sector_is_no_body_just_named(
        nlp: Language, resolve: ActorResolver) -> None:
    # "the newspaper" is the newspaper the text named, not the latest body (the court, Moscow)
    text = ("The Guardian appealed against the fine. A Moscow court upheld it on Monday. "
            "\"We will keep reporting,\" the newspaper said.")
    doc = nlp(text)
    quotes = make_quote_finder()(doc, resolve(doc, None), article(text))
    assert [quote.speaker.code[-3:] for quote in quotes if quote.speaker] == ["MED"]
