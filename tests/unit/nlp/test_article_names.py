"""A person's name one re-cased paragraph shows to be a name is spelt so all through the text."""

from __future__ import annotations

import pytest

from tacitus.nlp.truecase import Casebook, make_casebook, truecase

ENGLISH = ("the", "army", "said", "will", "visit", "town", "minister", "today", "defense",
           "and", "leader", "rose", "walker", "met", "talks", "go", "on", "later", "left",
           "house", "was", "attacked", "of", "burned", "envoy", "arrived", "that", "is",
           "safe", "people", "came", "a", "troops")


@pytest.fixture(scope="module")
def casebook() -> Casebook:
    return make_casebook(["Monday"], english=ENGLISH, given_names=["Ignacio", "Priya"],
                         heads=["troops"])


@pytest.mark.parametrize(("text", "expected"), [
    # a title shows "rose" to be a given name: later paragraphs spell the name alike
    ("THE DEFENSE MINISTER ROSE TOMASELLI MET THE ARMY TODAY.\n\n"
     "LATER ROSE TOMASELLI SAID THE TALKS WILL GO ON.",
     "The Defense Minister Rose Tomaselli met the army today.\n\n"
     "Later Rose Tomaselli said the talks will go on."),
    # a word that keeps following the surname is a second surname, in every paragraph
    ("THE ENVOY IGNACIO OKONKWO WALKER ARRIVED TODAY.\n\n"
     "OKONKWO WALKER SAID THE TALKS WILL GO ON.\n\nLATER OKONKWO WALKER LEFT THE TOWN.",
     "The envoy Ignacio Okonkwo Walker arrived today.\n\n"
     "Okonkwo Walker said the talks will go on.\n\nLater Okonkwo Walker left the town."),
    # ... in text wrapped at a fixed width too
    ("THE ENVOY IGNACIO OKONKWO\nWALKER ARRIVED TODAY AND\nOKONKWO WALKER SAID THE TALKS"
     " WILL GO ON.",
     "The envoy Ignacio Okonkwo\nWalker arrived today and\nOkonkwo Walker said the talks"
     " will go on."),
    # a word that follows the surname once is no surname
    ("THE ENVOY IGNACIO OKONKWO TODAY MET THE ARMY.\n\nOKONKWO SAID THE TALKS WILL GO ON.",
     "The envoy Ignacio Okonkwo today met the army.\n\nOkonkwo said the talks will go on."),
    # nor is a word after a possessive, nor a role noun
    ("THE HOUSE OF IGNACIO OKONKWO WAS ATTACKED.\n\nOKONKWO'S HOUSE WAS BURNED AND OKONKWO'S"
     " HOUSE IS SAFE.",
     "The house of Ignacio Okonkwo was attacked.\n\nOkonkwo's house was burned and Okonkwo's"
     " house is safe."),
    ("PRIYA OKONKWO TROOPS CAME TODAY AND OKONKWO TROOPS LEFT THE TOWN.",
     "Priya Okonkwo troops came today and Okonkwo troops left the town."),
    # a paragraph written in ordinary case is left as it is written
    ("THE DEFENSE MINISTER ROSE TOMASELLI MET THE ARMY TODAY.\n\n"
     "A rose for Tomaselli: people came to the town and left a rose.",
     "The Defense Minister Rose Tomaselli met the army today.\n\n"
     "A rose for Tomaselli: people came to the town and left a rose."),
])
def test_spells_a_name_alike_in_every_paragraph(casebook: Casebook, text: str,
                                                expected: str) -> None:
    assert truecase(text, casebook) == expected


def test_a_name_introduced_later_is_spelt_so_earlier_too(casebook: Casebook) -> None:
    text = ("LATER ROSE TOMASELLI SAID THE TALKS WILL GO ON.\n\n"
            "THE DEFENSE MINISTER ROSE TOMASELLI MET THE ARMY TODAY.")
    assert truecase(text, casebook).startswith("Later Rose Tomaselli said")
