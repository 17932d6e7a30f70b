"""Two triggers of one sentence that read one act with other actors keep one reading
(``tacitus.events.second_readings``), on sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from tacitus.events.happenings import same_happening
from tacitus.events.second_readings import (
    coordinated_actors,
    drop_second_readings,
    second_reading,
)
from tacitus.model import Actor, ActorMention, Event, Evidence

# "inquiry" and "probe" read one act, and so do "investigated" (a verb) and "inquiry" (a noun)
NOUNS = "The council's inquiry into the blaze began on Monday, a probe the brigade had urged."
VERB_AND_NOUN = "The brigade investigated the blaze, an inquiry the council had sought."


def _event(ident: str, source: str, target: str | None, cameo: str, trigger: str, *,
           text: str = NOUNS, sentence: int = 0, confidence: float = 0.5) -> Event:
    at = text.index(trigger)
    return Event(
        id=ident, source=Actor(code=source, name=source, kind="state"),
        target=Actor(code=target, name=target, kind="state") if target else None,
        cameo=cameo, cameo_name="", plover="", plover_mode="", goldstein=0.0, quad_class=0,
        date=None, evidence=Evidence("art", sentence, text, 0, len(text)),
        trigger=trigger, trigger_start=at, trigger_end=at + len(trigger),
        confidence=confidence)


def _ids(events: tuple[Event, ...]) -> list[str]:
    return [event.id for event in events]


def test_two_nouns_of_one_sentence_reading_one_act_keep_the_likelier(nlp: Language) -> None:
    inquiry = _event("inquiry", "NZLGOV", "NZLCVL", "090", "inquiry", confidence=0.4)
    probe = _event("probe", "NZLCVL", "NZLCOP", "090", "probe", confidence=0.3)
    assert second_reading(inquiry, probe)
    assert not same_happening(inquiry, probe)
    assert _ids(drop_second_readings(nlp(NOUNS), (), [inquiry, probe])) == ["inquiry"]
    assert _ids(drop_second_readings(nlp(NOUNS), (), [replace(probe, confidence=0.5),
                                                      inquiry])) == ["probe"]


def test_a_verb_reading_is_kept_over_a_likelier_noun_reading(nlp: Language) -> None:
    verb = _event("verb", "NZLCOP", "NZLCVL", "090", "investigated", text=VERB_AND_NOUN,
                  confidence=0.3)
    noun = _event("noun", "NZLGOV", "NZLCVL", "090", "inquiry", text=VERB_AND_NOUN,
                  confidence=0.6)
    assert _ids(drop_second_readings(nlp(VERB_AND_NOUN), (), [verb, noun])) == ["verb"]


@pytest.mark.parametrize(("other", "why"), [
    (_event("later", "NZLCVL", "NZLCOP", "090", "probe", sentence=1), "another sentence"),
    (_event("same", "NZLGOV", "NZLCOP", "090", "inquiry"), "the same trigger"),
    (_event("mutual", "NZLCVL", "NZLGOV", "090", "probe"), "a reversed pair"),
    (_event("other", "NZLCVL", "NZLCOP", "173", "probe"), "another kind of act"),
    (replace(_event("denied", "NZLCVL", "NZLCOP", "090", "probe"), negated=True), "negated"),
])
def test_readings_that_are_not_one_act_stay_apart(nlp: Language, other: Event,
                                                  why: str) -> None:
    inquiry = _event("inquiry", "NZLGOV", "NZLCVL", "090", "inquiry")
    assert not second_reading(inquiry, other), why
    assert len(drop_second_readings(nlp(NOUNS), (), [inquiry, other])) == 2, why


def _mention(text: str, words: str, code: str, token: int) -> ActorMention:
    start = text.index(words)
    return ActorMention(actor=Actor(code=code, name=code, kind="state"), text=words,
                        sentence_index=0, token_start=token, token_end=token + 1,
                        start=start, end=start + len(words))


@pytest.mark.parametrize(("text", "coordinated"), [
    ("Oslo criticised Sweden and Finland, a rebuke that angered officials.", True),
    ("Oslo criticised Sweden after Finland voted, a rebuke that angered officials.", False),
])
def test_actors_named_side_by_side_are_two_dyads(nlp: Language, text: str,
                                                 coordinated: bool) -> None:
    doc = nlp(text)
    words = [token.text for token in doc]
    mentions = (_mention(text, "Sweden", "SWE", words.index("Sweden")),
                _mention(text, "Finland", "FIN", words.index("Finland")))
    first = _event("first", "NOR", "SWE", "111", "criticised", text=text)
    second = _event("second", "NOR", "FIN", "111", "rebuke", text=text)
    assert second_reading(first, second)
    distinct = coordinated_actors(doc, mentions)
    assert distinct(first, second) is coordinated
    kept = drop_second_readings(doc, mentions, [first, second])
    assert _ids(kept) == (["first", "second"] if coordinated else ["first"])
    assert not distinct(first, replace(second, evidence=replace(second.evidence,
                                                                 sentence_index=1)))


def test_coordinated_triggers_are_two_acts(nlp: Language) -> None:
    text = "The army shelled Tarsa and bombed the depot at Velk."
    shelled = _event("shelled", "XYZMIL", "ABC", "195", "shelled", text=text)
    bombed = _event("bombed", "XYZMIL", "DEF", "195", "bombed", text=text)
    assert second_reading(shelled, bombed)
    assert len(drop_second_readings(nlp(text), (), [shelled, bombed])) == 2


def test_a_verb_whose_subject_is_the_other_trigger_tells_its_result(nlp: Language) -> None:
    text = "A rebel raid on the depot killed four guards."
    raid = _event("raid", "XYZREB", "XYZGOV", "190", "raid", text=text, confidence=0.4)
    killed = _event("killed", "XYZREB", "XYZMIL", "190", "killed", text=text, confidence=0.3)
    assert second_reading(raid, killed)
    assert _ids(drop_second_readings(nlp(text), (), [raid, killed])) == ["raid"]


def test_a_verb_describing_the_other_trigger_tells_its_result(nlp: Language) -> None:
    text = "Officials reported a rebel raid that killed four guards at the depot."
    raid = _event("raid", "XYZREB", "XYZGOV", "190", "raid", text=text, confidence=0.4)
    killed = _event("killed", "XYZGOV", "XYZMIL", "190", "killed", text=text, confidence=0.3)
    doc = nlp(text)
    assert next(token for token in doc if token.text == "killed").dep_ == "relcl"
    assert _ids(drop_second_readings(doc, (), [raid, killed])) == ["raid"]


def test_a_meeting_and_an_agreement_with_other_parties_are_two_acts(nlp: Language) -> None:
    text = "Speaking to reporters, the envoy praised the truce deal with the rebels."
    speaking = _event("speaking", "XYZGOV", "XYZMED", "040", "Speaking", text=text)
    praised = _event("praised", "XYZGOV", "XYZREB", "051", "praised", text=text)
    assert not second_reading(speaking, praised)
    assert second_reading(speaking, replace(praised, cameo="042"))
    assert len(drop_second_readings(nlp(text), (), [speaking, praised])) == 2
