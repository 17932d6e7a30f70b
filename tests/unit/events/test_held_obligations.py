"""Obligations a speaker states in other words than "X must": through a verb of opinion ("the
party believes the army should withdraw"), through a verb of necessity ("said Uganda needed to
release"), or as an existential clause ("said there should be an inquiry"), whose "be" also
carries the tense and modality of its event noun ("there will be talks", "there could be
sanctions")."""

from __future__ import annotations

import pytest
from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.events.clauses import existential_verb, is_reported_obligation


def _readings(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    _, _, _, candidates = text_candidates(nlp, text)
    return {(c.event.source.code, c.event.cameo, c.event.target.code if c.event.target else "")
            for c in candidates}


def _demands(nlp: Language, text: str, source: str, target: str) -> set[str]:
    """The roots read from ``source`` to ``target`` (country prefixes)."""
    return {code[:2] for s, code, t in _readings(nlp, text)
            if s.startswith(source) and t.startswith(target)}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Kenyan foreign minister said Uganda needed to release the detained lawmakers.",
     "KEN", "UGA"),
    ("Germany said Russia needs to withdraw its troops from Georgia.", "DEU", "RUS"),
    ("The Canadian prime minister believes Venezuela should free the jailed activists.",
     "CAN", "VEN"),
    ("The Irish foreign minister told the Spanish premier that there should be an "
     "independent inquiry into the sinking.", "IRL", "ESP"),
])
def test_an_obligation_held_or_told_is_read_as_a_demand_and_an_appeal(
        nlp: Language, text: str, source: str, target: str) -> None:
    assert {"10", "02"} <= _demands(nlp, text, source, target)


@pytest.mark.parametrize(("text", "verb"), [
    # a necessity only foreseen is no demand
    ("The coach said his players will need to train harder before the final.", "train"),
    # an obligation nobody reports or holds is the writer's, no actor's demand
    ("Uganda needed to release the detained lawmakers before the vote.", "release"),
    # a verb of opinion over a plain statement holds no obligation
    ("The Canadian prime minister believes Venezuela freed the jailed activists.", "freed"),
])
def test_no_demand_without_a_speaker_an_obligation_or_a_present_need(
        nlp: Language, text: str, verb: str) -> None:
    token = next(token for token in nlp(text) if token.text == verb)
    assert is_reported_obligation(token) is None


def test_the_be_of_an_existential_clause_carries_its_nouns_mode(nlp: Language) -> None:
    doc = nlp("Officials said there will be talks between Sudan and Chad next week.")
    talks = next(token for token in doc if token.lower_ == "talks")
    verb = existential_verb(talks)
    assert verb is not None and verb.lower_ == "be"
    plain = nlp("The talks between Sudan and Chad ended.")
    assert existential_verb(next(t for t in plain if t.lower_ == "talks")) is None


def test_a_future_existential_event_is_an_intent_and_a_possible_one_none(
        nlp: Language) -> None:
    future = _demands(nlp, "Officials in Khartoum said there will be talks between Sudan and "
                      "Chad next week.", "SDN", "TCD")
    assert "03" in future and "04" not in future
    possible = _readings(nlp, "Analysts said there could be new sanctions against Iran.")
    assert not any(code.startswith("16") for _, code, _ in possible)

