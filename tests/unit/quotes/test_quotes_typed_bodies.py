"""A speaker or claimant that is a body the actor resolver knows by its kind alone (a news outlet
no table lists: ``MED``, no country) is of the country the article is set in, as an unplaced
"officials" is; a body of no one country (the European Commission) keeps its own code, and a
story set nowhere leaves the kind alone. On sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver
from tacitus.ids import content_hash, stable_id
from tacitus.model import Article
from tacitus.quotes import make_claim_finder, make_quote_finder

# a story set in Brazil: the country is named three times, no other once
SET_IN_BRAZIL = ("Brazil sent troops to the Amazon on Monday, and Brazilian police arrested "
                 "ranchers near Manaus, Brazil. ")


@pytest.fixture(scope="module")
def resolve() -> ActorResolver:
    return make_actor_resolver()


def article_of(text: str) -> Article:
    digest = content_hash(text)
    return Article(id=stable_id("art_", digest), title="", text=text, content_hash=digest,
                   origin="test")


def claimant_codes(nlp: Language, resolve: ActorResolver, text: str) -> list[str]:
    doc = nlp(text)
    claims = make_claim_finder()(doc, resolve(doc, None), article_of(text))
    return [claim.actor.code for claim in claims]


def speaker_codes(nlp: Language, resolve: ActorResolver, text: str) -> list[str | None]:
    doc = nlp(text)
    quotes = make_quote_finder()(doc, resolve(doc, None), article_of(text))
    return [quote.speaker.code if quote.speaker else None for quote in quotes]


def test_an_outlet_known_by_its_kind_claims_for_the_setting(
        nlp: Language, resolve: ActorResolver) -> None:
    text = SET_IN_BRAZIL + "Tribuna News called on the government to act."
    assert claimant_codes(nlp, resolve, text) == ["BRAMED"]


def test_an_outlet_known_by_its_kind_speaks_for_the_setting(
        nlp: Language, resolve: ActorResolver) -> None:
    text = SET_IN_BRAZIL + "Tribuna News reported that the fires were spreading."
    assert speaker_codes(nlp, resolve, text) == ["BRAMED"]


def test_a_body_of_no_one_country_keeps_its_code(nlp: Language,
                                                resolve: ActorResolver) -> None:
    text = (SET_IN_BRAZIL + "A spokeswoman for the European Commission said the government "
            "must act.")
    assert claimant_codes(nlp, resolve, text) == ["EEC"]


def test_a_story_set_nowhere_leaves_the_kind_alone(nlp: Language,
                                                  resolve: ActorResolver) -> None:
    text = "Fires spread on Monday. Tribuna News called on the government to act."
    assert all(code == "MED" for code in claimant_codes(nlp, resolve, text))
