"""Which earlier mention a pronoun may not refer to: the subject of its own clause when it is
the object ("the government rejected it"). The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver
from tacitus.model import ActorMention

DAY = date(2021, 9, 24)


@pytest.fixture(scope="module")
def resolve() -> ActorResolver:
    return make_actor_resolver()


def pronoun(nlp: Language, resolve: ActorResolver, text: str, word: str) -> ActorMention | None:
    return next((mention for mention in resolve(nlp(text), DAY) if mention.text == word), None)


@pytest.mark.parametrize(("text", "word", "code"), [
    # the object is not its own clause's subject: the country named before
    ("Uganda made an offer. The Kenyan government rejected it on Monday.", "it", "UGA"),
    # nor the subject of the verb its verb is joined to
    ("The Kenyan government met Uganda and later thanked it.", "it", "UGA"),
    # a subject pronoun and a reflexive still refer to the subject
    ("The Kenyan army said it had retaken the town.", "it", "KENMIL"),
    ("Kenyan President William Ruto thanked himself for the win.", "himself", "KENGOV"),
])
def test_an_object_pronoun_skips_its_own_subject(nlp: Language, resolve: ActorResolver,
                                                 text: str, word: str, code: str) -> None:
    found = pronoun(nlp, resolve, text, word)
    assert found is not None
    assert found.actor.code == code


def test_a_known_person_still_takes_the_pronoun(nlp: Language, resolve: ActorResolver) -> None:
    text = "Kenyan President William Ruto spoke on Monday. He said police would protect farmers."
    found = pronoun(nlp, resolve, text, "He")
    assert found is not None
    assert found.actor.code == "KENGOV"
