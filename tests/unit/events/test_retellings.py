"""A happening named again by a definite noun is the one kept already (hand-made events on
sentences written for the test)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tacitus.events.retellings import drop_retellings, points_back, retells
from tacitus.model import Actor, Event, Evidence

STORY = ("Militants attacked a border post in Narvia on Tuesday. "
         "Officials said the attack killed three guards. "
         "Militants attacked a second post the next day in another attack.")


def _event(doc: Doc, ident: str, trigger: str, source: str, target: str | None, cameo: str,
           *, nth: int = 0, negated: bool = False) -> Event:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(trigger, start + 1)
    sentence = doc[doc.char_span(start, start + len(trigger)).start].sent
    index = list(doc.sents).index(sentence)
    return Event(
        id=ident, source=Actor(code=source, name=source, kind="group"),
        target=Actor(code=target, name=target, kind="state") if target else None,
        cameo=cameo, cameo_name="", plover="", plover_mode="", goldstein=0.0, quad_class=0,
        date=None, evidence=Evidence("art", index, sentence.text, sentence.start_char,
                                     sentence.end_char),
        trigger=trigger, trigger_start=start, trigger_end=start + len(trigger),
        confidence=0.5, negated=negated)


@pytest.fixture(scope="module")
def story(nlp: Language) -> Doc:
    return nlp(STORY)


def _ids(events: list[Event]) -> list[str]:
    return [event.id for event in events]


def test_the_definite_noun_of_a_kept_attack_is_dropped(story: Doc) -> None:
    first = _event(story, "first", "attacked", "REB", "NRVMIL", "190")
    again = _event(story, "again", "attack", "REB", "NRVGOV", "190", nth=1)
    assert retells(story, again, first)
    assert _ids(drop_retellings(story, [first, again])) == ["first"]


def test_an_indefinite_noun_and_a_verb_are_left_to_the_decision(story: Doc) -> None:
    first = _event(story, "first", "attacked", "REB", "NRVMIL", "190")
    verb = _event(story, "verb", "attacked", "REB", "NRVMIL", "190", nth=1)
    another = _event(story, "another", "attack", "REB", "NRVMIL", "190", nth=3)
    assert _ids(drop_retellings(story, [first, verb, another])) == ["first", "verb", "another"]


def test_a_generic_code_is_retold_by_a_specific_one(story: Doc) -> None:
    first = _event(story, "first", "attacked", "REB", "NRVMIL", "190")
    again = _event(story, "again", "attack", "REB", "NRVMIL", "195", nth=1)
    assert retells(story, again, first)


def test_another_root_or_another_pair_is_no_retelling(story: Doc) -> None:
    first = _event(story, "first", "attacked", "REB", "NRVMIL", "190")
    other_root = _event(story, "root", "attack", "REB", "NRVMIL", "112", nth=1)
    reversed_pair = _event(story, "reversed", "attack", "NRVGOV", "REB", "190", nth=1)
    other_target = _event(story, "target", "attack", "REB", None, "190", nth=1)
    other_code = _event(story, "code", "attack", "REB", "NRVMIL", "186", nth=1)
    assert not retells(story, other_root, first)
    assert not retells(story, other_code, replace(first, cameo="181"))
    assert not retells(story, reversed_pair, first)
    assert not retells(story, other_target, first)


def test_a_negated_event_neither_retells_nor_is_retold(story: Doc) -> None:
    first = _event(story, "first", "attacked", "REB", "NRVMIL", "190", negated=True)
    again = _event(story, "again", "attack", "REB", "NRVMIL", "190", nth=1)
    assert _ids(drop_retellings(story, [first, again])) == ["first", "again"]


@pytest.mark.parametrize(("text", "noun", "back"), [
    ("The ministry condemned the raid.", "raid", True),
    ("The ministry condemned Monday's raid.", "raid", True),
    ("The ministry condemned these raids.", "raids", True),
    ("The ministry condemned a raid.", "raid", False),
    ("The ministry condemned raids.", "raids", False),
])
def test_a_noun_points_back_by_its_determiner_or_a_possessive(
        nlp: Language, text: str, noun: str, back: bool) -> None:
    doc = nlp(text)
    token = next(token for token in doc if token.text == noun)
    assert points_back(token) is back
