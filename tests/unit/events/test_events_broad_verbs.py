"""Bare verbs whose everyday senses are no political event are not triggers on their own; the
verb + object entries keep the political senses ("closed the border", "dropped bombs")."""

from __future__ import annotations

import pytest
from events_mentions import code_text, triples
from spacy.language import Language

ACTORS = {"Chile": "CHL", "Peru": "PER", "the army": "CHLMIL", "Lima": "PER"}


@pytest.mark.parametrize("sentence", [
    "Shares in Chile closed 2% lower on Tuesday.",
    "The army knocked out power across Lima.",
    "Chile dropped its bid for the games.",
    # people taking shelter provide none: only sheltering someone is aid (075)
    "The army was sheltering in Lima.",
])
def test_everyday_senses_are_no_event(nlp: Language, sentence: str) -> None:
    roots = {code[:2] for *_, code in triples(code_text(nlp, sentence, ACTORS))}
    assert not roots & {"07", "08", "11", "17"}


@pytest.mark.parametrize(("sentence", "root"), [
    ("Chile closed the border with Peru.", "19"),
    ("The army dropped bombs on Lima.", "19"),
    ("Chile offered shelter to Peru.", "07"),
])
def test_political_senses_stay(nlp: Language, sentence: str, root: str) -> None:
    assert root in {code[:2] for *_, code in triples(code_text(nlp, sentence, ACTORS))}
