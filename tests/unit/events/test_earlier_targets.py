"""A trigger whose sentence names its doer alone borrows a target from the sentence before, the
actors named there, each marked by whether it acted there and whether the trigger is a reaction;
a reaction to a happening its object names by an event noun borrows nothing (the references stage
aims it), nor does an act named by a noun."""

from __future__ import annotations

import pytest
from decision_candidates import construction_pairs
from spacy.language import Language

from tacitus.events.earlier_targets import (
    DOER_REACTION_CONSTRUCTION,
    DOER_TARGET_CONSTRUCTION,
    REACTION_CONSTRUCTION,
    TARGET_CONSTRUCTION,
)

BORROWING = (REACTION_CONSTRUCTION, DOER_REACTION_CONSTRUCTION, TARGET_CONSTRUCTION,
             DOER_TARGET_CONSTRUCTION)


def _borrowed(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {pair for construction in BORROWING
            for pair in construction_pairs(nlp, text, construction, coded=True)}


def test_a_reaction_borrows_the_doer_of_the_act_before(nlp: Language) -> None:
    found = construction_pairs(nlp, "Chadian soldiers attacked a market near Abeche on Sunday. "
                                    "Nigeria sharply criticised the move.",
                               DOER_REACTION_CONSTRUCTION, coded=True)
    assert any(s.startswith("NGA") and code == "11" and t.startswith("TCD")
               for s, code, t in found)


def test_an_act_borrows_the_actor_named_before(nlp: Language) -> None:
    found = construction_pairs(nlp, "Heavy floods hit Bangladesh last week. "
                                    "Japan sent emergency aid on Tuesday.",
                               TARGET_CONSTRUCTION, coded=True)
    assert any(s.startswith("JPN") and code == "07" and t.startswith("BGD")
               for s, code, t in found)


@pytest.mark.parametrize("text", [
    # the reaction's object names the happening: the references stage aims it
    "Chadian soldiers attacked a market near Abeche on Sunday. Nigeria condemned the attack.",
    # the reaction's sentence names two actors
    "Chadian soldiers attacked a market near Abeche on Sunday. Nigeria and Niger criticised "
    "the move.",
    # an act named by a noun: the act of the sentence before, not of the one who reacts
    "Chadian soldiers attacked a market near Abeche on Sunday. Nigeria condemned the assault.",
    # the first sentence has no sentence before
    "Nigeria sharply criticised the move on Monday.",
])
def test_no_target_is_borrowed(nlp: Language, text: str) -> None:
    assert not _borrowed(nlp, text)


def test_the_doer_and_the_one_done_to_are_told_apart(nlp: Language) -> None:
    text = "Chadian troops attacked Cameroon on Sunday. Nigeria sharply criticised the move."
    doers = construction_pairs(nlp, text, DOER_REACTION_CONSTRUCTION, coded=True)
    named = construction_pairs(nlp, text, REACTION_CONSTRUCTION, coded=True)
    assert {t[:3] for _, _, t in doers} == {"TCD"}
    assert {t[:3] for _, _, t in named} == {"CMR"}
