"""A committee is a legislature's only when bare or described by a legislature's words ("a
parliamentary committee", "a committee of MPs"): one a party or organisation names as its own
("the party's central committee", "an action committee") is no legislature
(``bodies.is_named_by_another``). The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver

DAY = date(2018, 6, 4)


@pytest.fixture(scope="module")
def resolve() -> ActorResolver:
    return make_actor_resolver()


def codes(nlp: Language, resolve: ActorResolver, text: str) -> dict[str, str]:
    return {mention.text: mention.actor.code for mention in resolve(nlp(text), DAY)}


@pytest.mark.parametrize("text", [
    "In Kenya, the party's central committee expelled two members.",
    "In Kenya, the farmers' action committee blocked the highway.",
    "In Kenya, the committee of mothers of detainees marched to the court.",
])
def test_a_committee_named_as_anothers_is_no_legislature(nlp: Language, resolve: ActorResolver,
                                                         text: str) -> None:
    assert not any(code.endswith("LEG") for code in codes(nlp, resolve, text).values())


@pytest.mark.parametrize(("text", "committee"), [
    ("Kenya's parliament set up a committee on Monday. The committee summoned the minister.",
     "committee"),
    ("In Kenya, a committee of MPs questioned the minister.", "committee"),
    ("In Kenya, a select committee questioned the minister.", "committee"),
])
def test_a_legislatures_committee_stays_one(nlp: Language, resolve: ActorResolver, text: str,
                                            committee: str) -> None:
    assert codes(nlp, resolve, text)[committee] == "KENLEG"
