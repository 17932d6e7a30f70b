"""The kind a body's last word names, for a speaker described by the body they speak for."""

from __future__ import annotations

from tacitus.actors.knowledge import load_knowledge_base
from tacitus.quotes.affiliations import body_kinds


def test_a_body_of_one_word_beats_the_last_word_of_a_longer_one() -> None:
    # "central bank" is a government body, but a bank named alone is a business
    types = load_knowledge_base().types
    assert "central bank" in types["GOV"].bodies
    assert body_kinds()["bank"] == "BUS"


def test_a_longer_body_gives_its_last_word_when_no_body_is_that_word_alone() -> None:
    # no kind has "commission" alone; the government has "electoral commission"
    types = load_knowledge_base().types
    assert not any("commission" in kind.bodies for kind in types.values())
    assert "electoral commission" in types["GOV"].bodies
    assert body_kinds()["commission"] == "GOV"
