"""Re-casing spells a person's whole name: a known given name, initials and a title before a name
it found."""

from __future__ import annotations

import pytest

from tacitus.nlp.truecase import Casebook, make_casebook, truecase

ENGLISH = ("the", "army", "said", "will", "visit", "town", "minister", "prime", "chief",
           "general", "president", "met", "today", "defense", "bill", "king", "a", "and", "leader",
           "mark", "rose", "late", "spokesman", "on", "monday", "country", "walker", "visited",
           "of")


@pytest.fixture(scope="module")
def casebook() -> Casebook:
    return make_casebook(["Monday", "San Ignacio"], english=ENGLISH,
                         given_names=["Ignacio", "Bill", "Mark", "Priya"])


@pytest.mark.parametrize(("text", "expected"), [
    # a title before a name it stands before, in capitals and in small letters
    ("THE DEFENSE MINISTER TOMASELLI SAID THE ARMY WILL VISIT THE TOWN.",
     "The Defense Minister Tomaselli said the army will visit the town."),
    ("today prime minister okonkwo met chief minister ravindar in the town.",
     "Today Prime Minister Okonkwo met Chief Minister Ravindar in the town."),
    # ... but not before a day's name, nor a role noun that stays small
    ("THE PRESIDENT SAID ON MONDAY THE SPOKESMAN OKONKWO WILL VISIT.",
     "The president said on Monday the spokesman Okonkwo will visit."),
    # a title's abbreviation is a title too
    ("THE ARMY SAID CAPT GEN TOMASELLI WILL VISIT.",
     "The army said Capt Gen Tomaselli will visit."),
    # initials before a surname, with or without full stops, after a title
    ("the leader p k ravindar met general t. s. okonkwo today.",
     "The leader P K Ravindar met General T. S. Okonkwo today."),
    # a lone "a" is the article, and the "s" of a possessive is no initial
    ("a ravindar met the country's okonkwo today and said a k tomaselli will visit.",
     "A Ravindar met the country's Okonkwo today and said A K Tomaselli will visit."),
    # a known given name that is no English word joins the name across one word
    ("IGNACIO ROSE TOMASELLI MET THE ARMY TODAY.", "Ignacio Rose Tomaselli met the army today."),
    ("the army met ignacio tomaselli and priya okonkwo today.",
     "The army met Ignacio Tomaselli and Priya Okonkwo today."),
    # ... and the word after it is its surname, even an English word, unless it is a function
    # word, a verb form, a title or too short to tell
    ("THE ARMY MET IGNACIO WALKER AND PRIYA RAVINDAR TODAY.",
     "The army met Ignacio Walker and Priya Ravindar today."),
    ("the army said ignacio mark will visit; priya visited the town and ignacio said it.",
     "The army said Ignacio Mark will visit; Priya visited the town and Ignacio said it."),
    ("THE TOWN OF SAN IGNACIO ARMY WILL VISIT.", "The town of San Ignacio army will visit."),
    # a short word between two words of a name is one of them, unless it is a particle or an
    # English word
    ("THE ARMY MET OKONKWO BEA RAVINDAR AND OKONKWO DE RAVINDAR TODAY.",
     "The army met Okonkwo Bea Ravindar and Okonkwo de Ravindar today."),
    ("the army met okonkwo and ravindar today.", "The army met Okonkwo and Ravindar today."),
    # ... one that is an English word stays a word
    ("THE BILL TOMASELLI SAID WILL MARK THE LATE OKONKWO.",
     "The bill Tomaselli said will mark the late Okonkwo."),
    # the words of a name on two lines of wrapped text
    ("THE ARMY SAID PRIME MINISTER\nTOMASELLI WILL VISIT IGNACIO\nWALKER TODAY.",
     "The army said Prime Minister\nTomaselli will visit Ignacio\nWalker today."),
    # a known given name after a place is still a given name ...
    ("THE ARMY OF SAN IGNACIO MET THE TOWN OKONKWO PRIYA WALKER TODAY.",
     "The army of San Ignacio met the town Okonkwo Priya Walker today."),
    # ... but not inside a known name of several words
    ("THE SAN IGNACIO ARMY MET TOMASELLI TODAY.", "The San Ignacio army met Tomaselli today."),
    # a word between a title and a name is a given name, even an English word, unless it could
    # be no surname
    ("THE DEFENSE MINISTER ROSE TOMASELLI MET OKONKWO TODAY.",
     "The Defense Minister Rose Tomaselli met Okonkwo today."),
    ("THE MINISTER SAID TOMASELLI WILL VISIT.", "The minister said Tomaselli will visit."),
    # a word after a name's particles ends the name
    ("THE ARMY MET OKONKWO DE LA ROSE TODAY.", "The army met Okonkwo de la Rose today."),
    ("THE ARMY MET OKONKWO AND THE TOWN TODAY.", "The army met Okonkwo and the town today."),
])
def test_spells_the_whole_name(casebook: Casebook, text: str, expected: str) -> None:
    assert truecase(text, casebook) == expected
