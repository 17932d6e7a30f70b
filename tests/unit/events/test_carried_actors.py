"""A sentence that names no actor carries on the actors of the sentence before: each of its
triggers is read between the last two actors named there, each toward the other or none."""

from __future__ import annotations

import pytest
from decision_candidates import construction_pairs
from spacy.language import Language

from tacitus.events.carried_actors import CARRIED_CONSTRUCTION, carried_pairs
from tacitus.model import Actor


@pytest.mark.parametrize(("text", "expected"), [
    # the talks of the sentence after the parties were named
    ("Chadian and Nigerien envoys arrived in Niamey on Monday. The delegations signed a "
     "border accord on Tuesday.", ("TCD", "05", "NER")),
    # a force act told after its parties were named
    ("Sudanese troops massed near the Chadian border on Friday. Heavy shelling began at dawn.",
     ("SDN", "19", "TCD")),
])
def test_a_sentence_naming_no_actor_carries_the_actors_before(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = construction_pairs(nlp, text, CARRIED_CONSTRUCTION)
    assert any(s.startswith(expected[0]) and code == expected[1] and t.startswith(expected[2])
               for s, code, t in found)


@pytest.mark.parametrize("text", [
    # the sentence names an actor of its own: its own candidates only
    "Chadian envoys arrived in Niamey on Monday. Nigeria signed a border accord on Tuesday.",
    # the first sentence has no sentence before
    "Heavy shelling began at dawn on Friday.",
])
def test_no_actor_is_carried(nlp: Language, text: str) -> None:
    assert not construction_pairs(nlp, text, CARRIED_CONSTRUCTION)


def test_the_last_two_actors_named_are_carried_each_way_and_toward_none() -> None:
    chad, niger, mali = (Actor(code=code, name=code, kind="state", country=code)
                         for code in ("TCD", "NER", "MLI"))
    pairs = {(source.code, target.code if target else "")
             for source, target in carried_pairs([chad, niger, mali])}
    assert pairs == {("TCD", "NER"), ("TCD", ""), ("NER", "TCD"), ("NER", "")}
