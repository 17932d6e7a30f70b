"""A person the knowledge base does not know, named with a title held no longer, is not of the
office the title names: "former Prime Minister Ana Ruiz" is an elite (``ELI``), not the
government."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import make_actor_resolver
from tacitus.actors.knowledge import load_knowledge_base
from tacitus.wordlists import word_table

DAY = date(2023, 6, 1)


@pytest.mark.parametrize(("text", "code"), [
    ("Former Chilean Prime Minister Odila Brantes spoke in Santiago.", "CHLELI"),
    ("Ex-Chilean Interior Minister Odila Brantes spoke in Santiago.", "CHLELI"),
    ("Chilean Prime Minister Odila Brantes spoke in Santiago.", "CHLGOV"),
    ("Then-Chilean Prime Minister Odila Brantes spoke in Santiago.", "CHLGOV"),
    # a president in exile still holds the office
    ("Exiled Chilean President Odila Brantes spoke in Lima.", "CHLGOV"),
])
def test_a_title_held_no_longer_is_no_office(nlp: Language, text: str, code: str) -> None:
    mentions = make_actor_resolver()(nlp(text), DAY)
    person = next(mention for mention in mentions if "Brantes" in mention.text)
    assert person.actor.code == code


def test_every_former_type_is_a_known_type() -> None:
    types = set(load_knowledge_base().types)
    assert {kind for _, kind in word_table("former_markers")} - {"title"} <= types
