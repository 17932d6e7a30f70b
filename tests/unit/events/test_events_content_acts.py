"""What an act is about is not an act: acts named inside a statement, demand, rejection … between
the same two actors are its content."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.events.content_acts import drop_content_acts, load_unasserting_codes
from tacitus.events.ontology import load_ontology
from tacitus.model import Actor, Event, Evidence

Reading = tuple[str, str, str | None, str]


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


def _kept(nlp: Language, text: str, *events: Reading) -> list[str]:
    doc = nlp(text)
    found = [_event(text, trigger, source, target, cameo)
             for trigger, source, target, cameo in events]
    return [event.trigger for event in drop_content_acts(doc, found)]


# (sentence, outer act, inner act, whether the inner act is the outer one's content)
CASES = [
    ("The Kenyan ministry denied that its soldiers had arrested two Somali envoys.",
     ("denied", "KENGOV", "SOMGOV", "016"), ("arrested", "KENMIL", "SOMGOV", "173"), True),
    ("Kenya's opposition party demanded that the government release the jailed students.",
     ("demanded", "KENOPP", "KENGOV", "100"), ("release", "KENOPP", "KENGOV", "084"), True),
    ("The Kenyan minister rejected calls for talks with the Somali cabinet.",
     ("rejected", "KENGOV", "SOMGOV", "12"), ("talks", "KENGOV", "SOMGOV", "040"), True),
    ("Kenya threatened to shell the Somali border posts.",
     ("threatened", "KEN", "SOM", "138"), ("shell", "KEN", "SOM", "195"), True),
    # coordinated acts
    ("The Kenyan navy seized the Somali boat and arrested its crew.",
     ("seized", "KENMIL", "SOM", "171"), ("arrested", "KENMIL", "SOM", "173"), False),
    # between other actors
    ("The Kenyan ministry denied that Ethiopian soldiers had arrested two Somali envoys.",
     ("denied", "KENGOV", "SOMGOV", "016"), ("arrested", "ETHMIL", "SOMGOV", "173"), False),
    # the outer act's subject names who acts
    ("The Kenyan boycott of Somali goods pressured the Somali government.",
     ("pressured", "KENGOV", "SOMGOV", "130"), ("boycott", "KEN", "SOM", "161"), False),
    # an adverbial clause says when the act was done
    ("Kenya demanded compensation from Somalia after Kenyan troops shelled Somali posts.",
     ("demanded", "KEN", "SOM", "100"), ("shelled", "KENMIL", "SOM", "195"), False),
    # a preposition of circumstance names the scene
    ("The Kenyan minister threatened Somalia during talks with the Somali delegation.",
     ("threatened", "KENGOV", "SOMGOV", "130"), ("talks", "KENGOV", "SOMGOV", "040"), False),
    # condemnation presupposes the act it condemns
    ("The Kenyan minister condemned the raid by his own army on the Somali camp.",
     ("condemned", "KENGOV", "SOM", "111"), ("raid", "KENMIL", "SOM", "190"), False),
]


@pytest.mark.parametrize(("text", "outer", "inner", "content"), CASES)
def test_an_act_inside_an_unasserting_act_between_the_same_actors_is_its_content(
        nlp: Language, text: str, outer: Reading, inner: Reading, content: bool) -> None:
    expected = [outer[0]] if content else [outer[0], inner[0]]
    assert _kept(nlp, text, outer, inner) == expected


def test_events_without_a_target_negated_or_of_two_sentences_stay(nlp: Language) -> None:
    text = "The Kenyan ministry denied that its soldiers had arrested two Somali envoys."
    doc = nlp(text)
    outer = _event(text, "denied", "KENGOV", "SOMGOV", "016")
    assert len(drop_content_acts(doc, [_event(text, "denied", "KENGOV", None, "016"),
                                       _event(text, "arrested", "KENMIL", None, "173")])) == 2
    negated = _event(text, "arrested", "KENMIL", "SOMGOV", "173", negated=True)
    assert len(drop_content_acts(doc, [outer, negated])) == 2
    later = _event(text, "arrested", "KENMIL", "SOMGOV", "173", sentence=1)
    assert len(drop_content_acts(doc, [outer, later])) == 2


def test_every_unasserting_code_is_in_the_ontology() -> None:
    ontology = load_ontology()
    assert load_unasserting_codes()
    assert all(code in ontology for code in load_unasserting_codes())
