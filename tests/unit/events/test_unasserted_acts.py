"""Event nouns their sentence leaves undone (wanted, planned, put off, prevented) or uses as a
landmark in time are no candidates; those it reports as done, and nouns of what was said, stay."""

from __future__ import annotations

import pytest
from decision_candidates import text_candidates
from spacy.language import Language
from spacy.tokens import Token

from tacitus.events.unasserted import names_unreported_act


def _token(nlp: Language, sentence: str, word: str) -> Token:
    return next(token for token in nlp(sentence) if token.text == word)


@pytest.mark.parametrize(("sentence", "word", "cameo", "unreported"), [
    ("Norway is seeking fresh talks with the separatists.", "talks", "040", True),
    ("The farmers demanded an inquiry into the contracts.", "inquiry", "090", True),
    ("The visit to Oslo was postponed until the spring.", "visit", "042", True),
    ("The monks asked for a ceasefire before the festival.", "ceasefire", "0871", True),
    ("The envoy urged the renewal of negotiations with the rebels.", "negotiations", "046", True),
    ("Shops closed early ahead of the summit in Lisbon.", "summit", "040", True),
    ("The army wants more air strikes on the ridge.", "strikes", "195", True),
    # stopped or fell short of it: the act was not reached
    ("Portugal stopped short of recognition of the breakaway region.", "recognition", "054", True),
    ("The envoys fell short of a ceasefire in the valley.", "ceasefire", "0871", True),
    ("Chile has stopped short of sanctions against the junta.", "sanctions", "163", True),
    # a landmark in time for another act, whatever its root (said ones too)
    ("Prices rose sharply after the blockade of the port.", "blockade", "191", True),
    ("Two guards fell ill after the visit to the plant.", "visit", "042", True),
    ("The markets calmed following the accusation by the minister.", "accusation", "112", True),
    # an item of a list of what someone wants done, verb or noun
    ("The bloc listed its demands, including releasing the prisoners and ending the blockade.",
     "ending", "0871", True),
    ("Peru set out its priorities for the junta, including respecting the rights of farmers.",
     "respecting", "051", True),
    ("Chile named its conditions, such as sanctions against the junta.", "sanctions", "163", True),
    ("Kenya has many aims, like talks with Somalia.", "talks", "040", True),
    # done
    ("Chile took several steps, including releasing the prisoners.", "releasing", "0871", False),
    ("Rebels attacked towns like Goma.", "attacked", "190", False),
    ("The talks in Oslo ended without a deal.", "talks", "040", False),
    ("The ministers began a visit to Lisbon on Monday.", "visit", "042", False),
    ("Seven people died in an air strike on the ridge.", "strike", "195", False),
    ("Youths threw stones during the protest against the dam.", "protest", "140", False),
    # what was said is done by saying it, whatever governs the noun
    ("The rebels rejected a demand for their surrender.", "demand", "100", False),
    ("The farmers ignored the call for calm.", "call", "020", False),
    # a verb is left to the clause rules
    ("The envoy wants to visit Oslo.", "visit", "042", False),
])
def test_acts_wanted_planned_put_off_or_landmarks_are_unreported(
        nlp: Language, sentence: str, word: str, cameo: str, unreported: bool) -> None:
    assert names_unreported_act(_token(nlp, sentence, word), cameo) is unreported


@pytest.mark.parametrize(("sentence", "noun"), [
    ("Denmark demanded an inquiry into the Norwegian fishing contracts.", "inquiry"),
    ("Sweden envisages joint patrols with Norway next year.", "joint patrols"),
    ("The Swedish visit to Norway was delayed by a week.", "visit"),
    ("Sweden pressed for a ceasefire between Armenia and Azerbaijan.", "ceasefire"),
    ("Sweden expelled two Norwegian diplomats after the attack on its embassy.", "attack"),
    ("Swedish police arrested six men after the protest against Norway.", "protest"),
])
def test_an_unreported_act_is_no_candidate(nlp: Language, sentence: str, noun: str) -> None:
    _, _, _, candidates = text_candidates(nlp, sentence)
    # a cooperative act wanted or planned ("envisages joint patrols") is read only as the
    # intent to do it (03x, construction "wanted"), never as the act
    assert all(candidate.construction == "wanted" and candidate.event.cameo.startswith("03")
               for candidate in candidates if candidate.event.trigger == noun)


def test_an_act_done_stays_a_candidate(nlp: Language) -> None:
    _, _, _, candidates = text_candidates(nlp, "The Swedish visit to Norway ended on Monday.")
    assert any(candidate.event.trigger == "visit" for candidate in candidates)
