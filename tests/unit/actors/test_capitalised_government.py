""""The Government" with a capital is the house style's name for the government of the country
the story is set in, else of the first government the text names, whoever was named last. The
sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver

DAY = date(2019, 3, 12)


@pytest.fixture(scope="module")
def resolve() -> ActorResolver:
    return make_actor_resolver()


def found(nlp: Language, resolve: ActorResolver, text: str) -> dict[str, str]:
    return {mention.text: mention.actor.code for mention in resolve(nlp(text), DAY)}


@pytest.mark.parametrize(("text", "description", "code"), [
    # the first government named, not the country named last
    ("The Canadian Finance Minister, Paul Smith, says exports fell. Demand from Japan "
     "weakened. He says the Government will cut taxes.", "the Government", "CANGOV"),
    ("The Irish Government is seeking talks with Brazil about the trade deal. Officials met "
     "Brazil's trade envoy in June. The Government is confident of a result.",
     "The Government", "IRLGOV"),
    # the setting a dateline gives comes first
    ("WELLINGTON (Reuters) - Officials from Chile visited the port on Monday. The Government "
     "said it welcomed the visit.", "The Government", "NZLGOV"),
])
def test_capitalised_government_is_the_home_government(nlp: Language, resolve: ActorResolver,
                                                       text: str, description: str,
                                                       code: str) -> None:
    assert found(nlp, resolve, text)[description] == code


def test_a_name_that_starts_with_government_is_no_description(nlp: Language,
                                                               resolve: ActorResolver) -> None:
    codes = found(nlp, resolve, "The Irish Government is reviewing spending. The Government "
                                "Accountability Office published a report.")
    assert "The Government" not in codes


@pytest.mark.parametrize("text", [
    # only the government nouns the word list marks: "the Nation" may be a newspaper
    "Kenya held elections in May. The Nation reported the results on Tuesday.",
])
def test_other_capitalised_descriptions_refer_to_no_one(nlp: Language, resolve: ActorResolver,
                                                        text: str) -> None:
    codes = found(nlp, resolve, text)
    assert "The Nation" not in codes
