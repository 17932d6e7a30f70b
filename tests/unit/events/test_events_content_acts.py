"""An act named inside another act between the same two actors is its content, not an event."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.events.content_acts import drop_content_acts
from tacitus.model import Actor, Event, Evidence


def _event(text: str, trigger: str, source: str, target: str | None, cameo: str, *,
           sentence: int = 0, negated: bool = False) -> Event:
    at = text.index(trigger)
    return Event(
        id=trigger, source=Actor(code=source, name=source, kind="state"),
        target=Actor(code=target, name=target, kind="state") if target else None,
        cameo=cameo, cameo_name="", plover="", plover_mode="", goldstein=0.0, quad_class=0,
        date=date(2023, 5, 2), evidence=Evidence("art", sentence, text, 0, len(text)),
        trigger=trigger, trigger_start=at, trigger_end=at + len(trigger), confidence=0.5,
        negated=negated)


def _kept(nlp: Language, text: str, *events: tuple[str, str, str | None, str]) -> list[str]:
    doc = nlp(text)
    found = [_event(text, trigger, source, target, cameo)
             for trigger, source, target, cameo in events]
    return [event.trigger for event in drop_content_acts(doc, found)]


@pytest.mark.parametrize(("text", "outer", "inner"), [
    ("The Kenyan ministry denied that its soldiers had arrested two Somali envoys.",
     "denied", "arrested"),
    ("Kenya's opposition party demanded that the government release the jailed students.",
     "demanded", "release"),
    ("The Kenyan minister rejected calls for talks with the Somali cabinet.",
     "rejected", "talks"),
])
def test_an_act_inside_another_between_the_same_actors_is_dropped(
        nlp: Language, text: str, outer: str, inner: str) -> None:
    assert _kept(nlp, text, (outer, "KENGOV", "SOMGOV", "016"),
                 (inner, "KENMIL", "SOMGOV", "173")) == [outer]


def test_coordinated_acts_stay_two(nlp: Language) -> None:
    text = "The Kenyan navy seized the Somali boat and arrested its crew."
    assert _kept(nlp, text, ("seized", "KENMIL", "SOM", "171"),
                 ("arrested", "KENMIL", "SOM", "173")) == ["seized", "arrested"]


def test_an_act_between_other_actors_stays(nlp: Language) -> None:
    text = "The Kenyan ministry denied that Ethiopian soldiers had arrested two Somali envoys."
    assert _kept(nlp, text, ("denied", "KENGOV", "SOMGOV", "016"),
                 ("arrested", "ETHMIL", "SOMGOV", "173")) == ["denied", "arrested"]


def test_events_without_a_target_or_negated_stay(nlp: Language) -> None:
    text = "The Kenyan ministry denied that its soldiers had arrested two Somali envoys."
    doc = nlp(text)
    outer = _event(text, "denied", "KENGOV", None, "016")
    inner = _event(text, "arrested", "KENMIL", None, "173")
    assert len(drop_content_acts(doc, [outer, inner])) == 2
    outer = _event(text, "denied", "KENGOV", "SOMGOV", "016")
    negated = _event(text, "arrested", "KENMIL", "SOMGOV", "173", negated=True)
    assert len(drop_content_acts(doc, [outer, negated])) == 2


def test_acts_of_two_sentences_stay(nlp: Language) -> None:
    text = "The Kenyan ministry denied that its soldiers had arrested two Somali envoys."
    doc = nlp(text)
    outer = _event(text, "denied", "KENGOV", "SOMGOV", "016")
    inner = _event(text, "arrested", "KENMIL", "SOMGOV", "173", sentence=1)
    assert len(drop_content_acts(doc, [outer, inner])) == 2


def test_an_act_named_as_the_subject_of_another_stays(nlp: Language) -> None:
    text = "The Kenyan boycott of Somali goods pressured the Somali government."
    assert _kept(nlp, text, ("pressured", "KENGOV", "SOMGOV", "170"),
                 ("boycott", "KEN", "SOM", "161")) == ["pressured", "boycott"]
