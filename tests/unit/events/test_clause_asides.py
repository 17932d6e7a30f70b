"""The decision stage reads what sets a trigger's clause aside from the story's news."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.events.clause_asides import aside_features


def _features(nlp: Language, text: str, word: str) -> list[str]:
    doc = nlp(text)
    return aside_features(next(token for token in doc if token.text == word))


@pytest.mark.parametrize(("text", "word", "feature"), [
    # a subject or an object that is nothing at all
    ("No prisoners were released by the militia on Sunday.", "released",
     "aside_argument=negated"),
    ("Nobody was detained by the border guards.", "detained", "aside_argument=negated"),
    ("The envoy signed no agreement during the visit.", "signed", "aside_argument=negated"),
    # an adverb that sets the act before the news, or in a narrative retold
    ("The coastguard seized the trawler four months ago.", "seized", "aside_adverb=ago"),
    ("The council had already expelled the two diplomats.", "expelled", "aside_adverb"),
    ("The guards then beat the prisoners with batons.", "beat", "aside_adverb=then"),
    # a clause that times another act by this one
    ("After the governor resigned, the assembly met in a hurry.", "resigned",
     "aside_clause=after"),
    ("Before visiting the refugee camp, the minister met the mayor.", "visiting",
     "aside_clause=before"),
])
def test_asides(nlp: Language, text: str, word: str, feature: str) -> None:
    assert feature in _features(nlp, text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("The army arrested three journalists in the capital on Monday.", "arrested"),
    ("The rebels released every hostage after the talks.", "released"),
    # the clause that is timed is the news itself, not set aside
    ("The assembly met in a hurry after the governor resigned.", "met"),
])
def test_news_has_no_aside(nlp: Language, text: str, word: str) -> None:
    assert _features(nlp, text, word) == []
