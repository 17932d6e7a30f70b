"""The decision stage reads what a trigger takes: the kinds of its own complements."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.events.trigger_arguments import argument_features


def _features(nlp: Language, text: str, word: str) -> list[str]:
    doc = nlp(text)
    return argument_features(next(token for token in doc if token.text == word))


@pytest.mark.parametrize(("text", "word", "feature"), [
    # a complement clause: words about an act, not the act
    ("The minister warned that the ceasefire would collapse.", "warned", "arg=clause"),
    ("The colonel assured reporters that the prisoners were safe.", "assured", "arg=clause"),
    # the possessor of an event noun
    ("The council ignored his threats.", "threats", "arg=possessor"),
    # a verb said alone
    ("The minister asked.", "asked", "arg=none"),
])
def test_arguments(nlp: Language, text: str, word: str, feature: str) -> None:
    assert feature in _features(nlp, text, word)


@pytest.mark.parametrize(("text", "word"), [
    # an act done to someone
    ("The minister warned the rebels on Monday.", "warned"),
    ("The senator charged the cabinet with incompetence.", "charged"),
    # a passive verb takes its patient as its subject
    ("Three guards were killed.", "killed"),
    # a noun that takes nothing
    ("The attack ended at noon.", "attack"),
])
def test_acts_take_no_argument_feature(nlp: Language, text: str, word: str) -> None:
    assert _features(nlp, text, word) == []
