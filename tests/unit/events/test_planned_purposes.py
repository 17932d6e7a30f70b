"""The purpose of a planned trip is only intended: "will go to Washington to meet the president"
announces a meeting (036), it reports none (040); the purpose of a trip made stays an act."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.events.lexicon import load_frames, load_lexicon
from tacitus.events.triggers import sentence_triggers


def _codes(nlp: Language, text: str, word: str) -> set[str]:
    sentence = next(iter(nlp(text).sents))
    return {trigger.cameo for trigger in sentence_triggers(sentence, load_lexicon(), load_frames())
            if trigger.head.text == word}


@pytest.mark.parametrize(("text", "word", "codes"), [
    ("The Danish premier will fly to Oslo on Friday to meet the Norwegian king.", "meet",
     {"036"}),
    ("Sweden is going to send an envoy to Riga to meet with Latvian leaders.", "meet", {"036"}),
    ("The Finnish minister plans to travel to Tallinn to sign the accord.", "sign", {"030"}),
    # a trip made: its purpose is reported as done
    ("The Danish premier flew to Oslo on Friday to meet the Norwegian king.", "meet", {"040"}),
    # a clause with a subject of its own is no purpose of the trip
    ("The premier will fly to Oslo so that the ministers can meet.", "meet", set()),
])
def test_the_purpose_of_a_plan_is_intended(nlp: Language, text: str, word: str,
                                           codes: set[str]) -> None:
    assert _codes(nlp, text, word) == codes
