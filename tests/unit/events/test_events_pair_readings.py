"""Pair-given coding when the clause coder's events do not settle the pair: unasserted triggers,
verdicts and stance adjectives, and the PLOVER readings the pair coder gives some constructions."""

from __future__ import annotations

import pytest
from events_mentions import article_for
from spacy.language import Language

from tacitus.events.pair import PairEvent, code_pair


def pair_event(nlp: Language, marked: str) -> PairEvent | None:
    """Code a sentence written with ``[s ...]`` and ``[t ...]`` around source and target."""
    text = ""
    spans: dict[str, tuple[int, int]] = {}
    rest = marked
    while "[" in rest:
        before, _, tail = rest.partition("[")
        role, _, tail = tail.partition(" ")
        inside, _, rest = tail.partition("]")
        text += before
        spans[role] = (len(text), len(text) + len(inside))
        text += inside
    text += rest
    return code_pair(nlp(text), (), article_for(text), source=spans.get("s"),
                     target=spans.get("t"))


@pytest.mark.parametrize(("marked", "plover"), [
    # refused or failed cooperation is a rejection
    ("[s Spain] and [t Morocco] failed to reach agreement on fishing rights.", "REJECT"),
    ("[s The mayor] did not grant permission to [t the marchers].", "REJECT"),
    # cooperation only intended is an intent to cooperate
    ("[s The EU] would hold talks with [t the Palestinian leadership] next month.", "AGREE"),
    # attempted violence is violence (PLOVER), conflict only intended is a threat
    ("[s Militants] tried to attack [t the army base] overnight.", "ASSAULT"),
    ("[s The senators] drafted a bill that would sanction [t the bank].", "THREATEN"),
    # an announced investigation is one
    ("[s The ministry] will investigate [t the contractor] over the collapse.", "ACCUSE"),
])
def test_unasserted_triggers_still_code_the_pair(nlp: Language, marked: str,
                                                  plover: str) -> None:
    event = pair_event(nlp, marked)
    assert event is not None
    assert event.plover == plover


@pytest.mark.parametrize(("marked", "plover"), [
    # PLOVER: charging and indicting are ACCUSE, arresting is COERCE
    ("[s Prosecutors] charged [t the former minister] with fraud on Monday.", "ACCUSE"),
    ("[s Police] arrested [t the former minister] on Monday.", "COERCE"),
    # peacekeepers arriving provide protection, not a visit
    ("[s Irish peacekeepers] arrived in [t Lebanon] on Monday.", "AID"),
    ("[s The Irish foreign minister] arrived in [t Lebanon] on Monday.", "CONSULT"),
    # an offer to send troops to help is an offer of aid, not a threat
    ("[s Canada] offered to send troops to help [t Latvia].", "AGREE"),
    # calling for sanctions against the target disapproves of it; asking it to act is a request
    ("[s The senator] called for sanctions against [t the generals].", "ACCUSE"),
    ("[s Rights groups] called for an investigation into [t the police].", "ACCUSE"),
    ("[s The senator] called on [t the generals] to release the prisoners.", "REQUEST"),
    # agreeing to a deal finalizes it; agreeing to a plan approves a policy
    ("[s Chile] and [t Peru] agreed to a trade deal on Friday.", "SUPPORT"),
    ("[s The council] agreed to [t the mayor]'s plan on Friday.", "SUPPORT"),
    # verdicts and stance adjectives
    ("[s The court] found [t the mayor] guilty of bribery.", "ACCUSE"),
    ("[s The panel] published a report highly critical of [t the ministry].", "ACCUSE"),
    # the purpose of an operation and the action ordered say what was done
    ("[s Police] launched an operation to arrest [t the gang leaders].", "COERCE"),
    ("[s The judge] ordered [t the suspects] detained.", "COERCE"),
    # support that is material aid is aid
    ("[s Norway] supported humanitarian aid to [t Yemen].", "AID"),
    # occupying territory by military force is a use of force
    ("[s The army] occupied [t the border town] on Sunday.", "ASSAULT"),
    # an attack in words is criticism
    ("[s The senator] launched a scathing attack on [t the governor].", "ACCUSE"),
    # the source span names the event, or frames the action it leads to
    ("[s A government air strike] on [t the market] left nine people dead.", "ASSAULT"),
    ("[s Sweden's refusal] to cooperate with [t the inquiry] drew criticism.", "REJECT"),
])
def test_pair_readings_of_constructions(nlp: Language, marked: str, plover: str) -> None:
    event = pair_event(nlp, marked)
    assert event is not None
    assert event.plover == plover
