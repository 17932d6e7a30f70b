"""Insertions: what an editor puts in square brackets reports no act."""

from __future__ import annotations

import pytest
from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.nlp.insertions import in_insertion

GLOSSED = ("The minister read out the amnesty list [which was signed by the\n"
           "president of the republic in May] to the deputies of the assembly.")
NOTED = "Soldiers of the fifth brigade [words indistinct] attacked the rebels near the river."


@pytest.mark.parametrize(("text", "inside", "outside"), [
    (GLOSSED, "signed", "read"),
    (NOTED, "indistinct", "attacked"),
    ("The army [the president said] arrested the rebels.", "said", "arrested"),
])
def test_words_in_square_brackets_are_an_insertion(nlp: Language, text: str, inside: str,
                                                   outside: str) -> None:
    doc = nlp(text)
    assert in_insertion(next(token for token in doc if token.text == inside))
    assert not in_insertion(next(token for token in doc if token.text == outside))


@pytest.mark.parametrize("text", [
    "The army arrested the rebels [see map] and the police arrested two traders.",
    "The rebels attacked a convoy] and the army arrested the rebels.",
    "A stray mark [ stands here. The army arrested the rebels.",
])
def test_words_outside_a_pair_of_brackets_are_no_insertion(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert not any(in_insertion(token) for token in doc if token.text == "arrested")


def test_an_insertion_gives_no_candidate(nlp: Language) -> None:
    text = ("The Peruvian envoy met Chilean students in Lima on Monday [Chilean soldiers\n"
            "arrested their leader in Santiago last year].")
    start = text.index("arrested")
    _, _, _, candidates = text_candidates(nlp, text, coded=True)
    assert candidates
    assert not [c for c in candidates if start <= c.event.trigger_start < text.index("]")]
    _, _, _, read = text_candidates(nlp, text.replace("[", "").replace("]", ""), coded=True)
    assert any(c.event.cameo.startswith("17") for c in read)
