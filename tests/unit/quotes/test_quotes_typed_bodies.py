"""A speaker or claimant that is a body the actor resolver knows by its kind alone (a news outlet
no table lists: ``MED``, no country) is of the country the article is set in, as an unplaced
"officials" is; a body of no one country (the European Commission) keeps its own code, and a
story set nowhere leaves the kind alone. On sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver
from tacitus.model import Article
from tacitus.quotes import make_claim_finder, make_quote_finder

# a story set in Brazil: the country is named three times, no other once
SET_IN_BRAZIL = ("Brazil sent troops to the Amazon on Monday, and Brazilian police arrested "
                 "ranchers near Manaus, Brazil. ")


@pytest.fixture(scope="module")
def resolve() -> ActorResolver:
    return make_actor_resolver()


@pytest.fixture(scope="module")
def claimant_codes(nlp: Language, resolve: ActorResolver,
                   article_for: Callable[[str], Article]) -> Callable[[str], list[str]]:
    def codes(text: str) -> list[str]:
        doc = nlp(text)
        claims = make_claim_finder()(doc, resolve(doc, None), article_for(text))
        return [claim.actor.code for claim in claims]
    return codes


@pytest.fixture(scope="module")
def speaker_codes(nlp: Language, resolve: ActorResolver,
                  article_for: Callable[[str], Article]) -> Callable[[str], list[str | None]]:
    def codes(text: str) -> list[str | None]:
        doc = nlp(text)
        quotes = make_quote_finder()(doc, resolve(doc, None), article_for(text))
        return [quote.speaker.code if quote.speaker else None for quote in quotes]
    return codes


Codes = Callable[[str], list[str]]


def test_an_outlet_known_by_its_kind_claims_for_the_setting(claimant_codes: Codes) -> None:
    text = SET_IN_BRAZIL + "Tribuna News called on the government to act."
    assert claimant_codes(text) == ["BRAMED"]


def test_an_outlet_known_by_its_kind_speaks_for_the_setting(
        speaker_codes: Callable[[str], list[str | None]]) -> None:
    text = SET_IN_BRAZIL + "Tribuna News reported that the fires were spreading."
    assert speaker_codes(text) == ["BRAMED"]


def test_a_body_of_no_one_country_keeps_its_code(claimant_codes: Codes) -> None:
    text = (SET_IN_BRAZIL + "A spokeswoman for the European Commission said the government "
            "must act.")
    assert claimant_codes(text) == ["EEC"]


def test_a_story_set_nowhere_leaves_the_kind_alone(claimant_codes: Codes) -> None:
    text = "Fires spread on Monday. Tribuna News called on the government to act."
    codes = claimant_codes(text)
    assert codes and all(code == "MED" for code in codes)
