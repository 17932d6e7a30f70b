"""The readings of one trigger that give the same two sides one root are one event (pure logic on
hand-made events)."""

from __future__ import annotations

from tacitus.events.trigger_repeats import drop_trigger_repeats, repeats
from tacitus.model import Actor, Event, Evidence


def _event(source: str, target: str | None, cameo: str, *, trigger: int = 4, sentence: int = 0,
           confidence: float = 0.5, negated: bool = False) -> Event:
    return Event(
        id=f"{source}-{target}-{cameo}-{sentence}-{trigger}-{confidence}",
        source=Actor(code=source, name=source, kind="state"),
        target=Actor(code=target, name=target, kind="state") if target else None,
        cameo=cameo, cameo_name="", plover="", plover_mode="", goldstein=0.0, quad_class=0,
        date=None, evidence=Evidence("art", sentence, "A sentence.", 0, 40), trigger="demanded",
        trigger_start=trigger, trigger_end=trigger + 8, confidence=confidence, negated=negated)


def test_a_second_reading_of_one_trigger_with_the_same_root_and_sides_is_dropped() -> None:
    # the lexicon's demand and the claim's demand of one word, the army as the army or the state
    lexicon = _event("KENOPP", "KENMIL", "100", confidence=0.4)
    claimed = _event("KENOPP", "KEN", "1041", confidence=0.6)
    assert drop_trigger_repeats([lexicon, claimed]) == (claimed,)
    # a party of one country met in two bodies is one meeting with that country
    first, second = _event("USAGOV", "INDGOV", "040"), _event("USAGOV", "INDOPP", "040",
                                                              confidence=0.3)
    assert drop_trigger_repeats([first, second]) == (first,)


def test_other_triggers_roots_sides_reverses_and_targetless_readings_stay() -> None:
    demand = _event("KENOPP", "KENMIL", "100", confidence=0.6)
    assert not repeats(_event("KENOPP", "KENMIL", "100", trigger=30), demand)
    assert not repeats(_event("KENOPP", "KENMIL", "100", sentence=1), demand)
    assert not repeats(_event("KENOPP", "KENMIL", "112"), demand)
    assert not repeats(_event("KENOPP", "UGAMIL", "100"), demand)
    assert not repeats(_event("KENOPP", None, "100"), demand)
    assert not repeats(_event("KENOPP", "KENMIL", "100", negated=True), demand)
    # a mutual act is kept from each side ("the army and the rebels clashed")
    clash = _event("SOMMIL", "SOMREB", "190", confidence=0.7)
    back = _event("SOMREB", "SOMMIL", "190", confidence=0.7)
    assert drop_trigger_repeats([clash, back]) == (clash, back)
    # "held talks with China and Russia": two parties, two events, in text order
    china, russia = _event("USA", "CHN", "040", confidence=0.3), _event("USA", "RUS", "040")
    assert drop_trigger_repeats([china, russia]) == (china, russia)
