"""The decision stage reads the signs that a trigger names no act at all."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.events.no_act import no_act_features


def _features(nlp: Language, text: str, word: str) -> list[str]:
    doc = nlp(text)
    return no_act_features(next(token for token in doc if token.text == word))


@pytest.mark.parametrize(("text", "word", "feature"), [
    # a sentence of figures: the act is a number's subject
    ("Support for the strike fell to 30 percent in the latest poll.", "strike", "no_act=figures"),
    ("A survey found that most residents backed the protest.", "backed", "no_act=figures"),
    ("Nearly half of voters said the army should withdraw, a poll showed.", "withdraw",
     "no_act=figures"),
    # an event noun in a frame of a state: how things stand, not a thing done
    ("The militia has a long record of kidnappings in the north.", "kidnappings",
     "no_act=stative"),
    ("The ceasefire talks were a failure from the start.", "talks", "no_act=stative"),
    ("The border clashes are a threat to the whole region.", "threat", "no_act=stative"),
])
def test_no_act_signs(nlp: Language, text: str, word: str, feature: str) -> None:
    assert feature in _features(nlp, text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("The police arrested three protesters in the capital.", "arrested"),
    ("The army launched an offensive against the rebels.", "offensive"),
    ("The ministers held talks in Geneva on Monday.", "talks"),
])
def test_acts_have_no_sign(nlp: Language, text: str, word: str) -> None:
    assert _features(nlp, text, word) == []
