"""A definite description whose own phrase says whose it is ("the government of President X",
"the regime in Damascus") takes no antecedent from the sentence around it. The sentences are
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver

DAY = date(2021, 9, 24)


@pytest.fixture(scope="module")
def resolve() -> ActorResolver:
    return make_actor_resolver()


def found(nlp: Language, resolve: ActorResolver, text: str) -> dict[str, str]:
    return {mention.text: mention.actor.code for mention in resolve(nlp(text), DAY)}


@pytest.mark.parametrize(("text", "description", "code"), [
    # a government of a named office holder is that holder's country's
    ("Norway criticised the government of President Nicolas Maduro over the arrests.",
     "the government", "VENGOV"),
    ("Chile condemned the regime of Bashar al-Assad on Friday.", "the regime", "SYRGOV"),
    # of a capital or town named as a place: that place's country's
    ("Spain recalled its envoy on Monday. The government in Caracas protested loudly.",
     "The government", "VENGOV"),
])
def test_description_takes_its_own_phrase(nlp: Language, resolve: ActorResolver, text: str,
                                          description: str, code: str) -> None:
    assert found(nlp, resolve, text)[description] == code


def test_description_of_a_named_country_adds_nothing(nlp: Language,
                                                     resolve: ActorResolver) -> None:
    # the country named is the actor itself (its government: ``apply_of_phrases``); the
    # description is not the subject's
    codes = found(nlp, resolve, "Norway accused the government of Pakistan of delays.")
    assert "the government" not in codes
    assert codes["Pakistan"] == "PAKGOV"


def test_description_whose_phrase_names_no_one_keeps_its_antecedent(
        nlp: Language, resolve: ActorResolver) -> None:
    codes = found(nlp, resolve, "Chile said the country of nineteen million would vote soon.")
    assert codes["the country"] == "CHL"


def test_what_the_phrase_is_about_names_no_owner(nlp: Language, resolve: ActorResolver) -> None:
    # "of complicity with Russia": the charge, not whose government it is
    codes = found(nlp, resolve, "Chile accused the government of complicity with Russia.")
    assert codes.get("the government") != "RUSGOV"
