"""A court or a legislature that its own country's side turns to is a side of its own: only an
executive organ (troops, police, officials) that is the object of its country's verb is what the
subject used ("the Pentagon sent warplanes")."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import make_actor_resolver

DAY = date(2023, 6, 1)


@pytest.mark.parametrize(("text", "body", "code"), [
    ("The Kenyan government asked parliament on Friday to approve the budget.",
     "parliament", "KENLEG"),
    ("Kenyan President Uhuru Kenyatta asked the Supreme Court to annul the vote.",
     "Supreme Court", "KENJUD"),
    ("The American Civil Liberties Union petitioned the Supreme Court to hear its case.",
     "Supreme Court", "USAJUD"),
])
def test_a_court_or_legislature_turned_to_is_an_actor(
        nlp: Language, text: str, body: str, code: str) -> None:
    mentions = make_actor_resolver()(nlp(text), DAY)
    assert [mention.actor.code for mention in mentions if mention.text == body] == [code]


@pytest.mark.parametrize(("text", "body"), [
    ("The Kenyan government sent troops to the border.", "troops"),
    ("The Pentagon deployed warplanes over the Gulf.", "warplanes"),
])
def test_a_force_a_state_sends_is_what_it_used(nlp: Language, text: str, body: str) -> None:
    mentions = make_actor_resolver()(nlp(text), DAY)
    assert not [mention for mention in mentions if mention.text == body]
