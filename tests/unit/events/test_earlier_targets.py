"""A trigger whose sentence names its doer alone borrows a target from the sentence before, the
actors named there, each marked by whether it acted there and whether the trigger is a reaction
(never one of the doer's own code, nor, for a reaction, a foreign actor that did not act there);
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


@pytest.mark.parametrize(("text", "construction", "expected"), [
    # a reaction to the act of the sentence before is aimed at its doer
    ("Chadian soldiers attacked a market near Abeche on Sunday. "
     "Nigeria sharply criticised the move.", DOER_REACTION_CONSTRUCTION, ("NGA", "11", "TCD")),
    # an act done to the actor the sentence before names
    ("Heavy floods hit Bangladesh last week. Japan sent emergency aid on Tuesday.",
     TARGET_CONSTRUCTION, ("JPN", "07", "BGD")),
])
def test_a_target_is_borrowed_from_the_sentence_before(nlp: Language, text: str,
                                                       construction: str,
                                                       expected: tuple[str, str, str]) -> None:
    found = construction_pairs(nlp, text, construction, coded=True)
    assert any(s.startswith(expected[0]) and code == expected[1] and t.startswith(expected[2])
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
    text = "Chadian troops attacked Cameroon on Sunday. Nigeria sent troops on Monday."
    doers = construction_pairs(nlp, text, DOER_TARGET_CONSTRUCTION, coded=True)
    named = construction_pairs(nlp, text, TARGET_CONSTRUCTION, coded=True)
    assert {t[:3] for _, _, t in doers} == {"TCD"}
    assert {t[:3] for _, _, t in named} == {"CMR"}


def test_a_reaction_borrows_a_foreign_actor_only_when_it_acted(nlp: Language) -> None:
    # Nigeria's criticism answers Chad's attack, not Cameroon, which was attacked
    text = "Chadian troops attacked Cameroon on Sunday. Nigeria sharply criticised the move."
    assert {t[:3] for _, _, t in _borrowed(nlp, text)} == {"TCD"}


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto toured Mombasa on Sunday. The Kenyan government sharply "
    "criticised the plan on Monday.",
    "Kenyan President William Ruto toured Mombasa on Sunday. The Kenyan government sent troops "
    "on Monday.",
])
def test_an_actor_of_the_doers_own_code_is_not_borrowed(nlp: Language, text: str) -> None:
    assert not _borrowed(nlp, text)
