"""One trigger, one act between two sides: the readings the decision stage keeps of one trigger
word that give the same pair of sides (by country or group part, the part the evaluation
compares) the same CAMEO root are one event; the likelier is kept.

A trigger word can be read in several decision groups (``tacitus.events.candidates``): its
lexicon reading, and a claim's act read from it (``claimed``) or its pair's root (``pair_root``),
each in a group of its own so that one does not take the other's place; and an act done with
several parties keeps a reading with each (``tacitus.events.decision``). Two of them that agree
on the root and on both sides read one act twice ("demanded that the army withdraw": the demand
from the lexicon and from the claim; "met the Indian prime minister and the opposition leader":
one meeting with India, as the evaluation counts it). This stage (``drop_trigger_repeats``)
drops each kept event that repeats a likelier one so, unless it is that one's reverse (a mutual
act is kept from each side: "the army and the rebels clashed") or either has no target.

Measured (round thirty-one, ``scripts/train_decision.py``, main's candidates): train out of fold
F1 higher in every repeat of every draw (rn 0.426-0.461 -> 0.428-0.465, rt 0.400-0.416 ->
0.403-0.419, ru 0.377-0.385 -> 0.379-0.388), dev P 0.427 (n 143) -> 0.433 (n 141) at the same
recall (0.404), F1 0.415 -> 0.418: about 23 events dropped on train, nearly all appeals and
demands of one country's bodies read twice (a trigger's lexicon reading beside its claim's or its
reaction's). The same rule for two triggers of one sentence gained precision but lost more
recall in draw rt: the gold codes "criticised … and demanded his resignation" twice
(``scripts/pair_rivals_study.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

from tacitus.events.candidate_set import side_of
from tacitus.model import Event


def drop_trigger_repeats(events: Sequence[Event]) -> tuple[Event, ...]:
    """``events`` without each that repeats a likelier event's trigger, root and sides (module
    docstring); in text order."""
    ranked = sorted(range(len(events)), key=lambda index: (-events[index].confidence, index))
    kept: list[Event] = []
    for index in ranked:
        event = events[index]
        if not any(repeats(event, better) for better in kept):
            kept.append(event)
    chosen = {id(event) for event in kept}
    return tuple(event for event in events if id(event) in chosen)


def repeats(event: Event, better: Event) -> bool:
    """Whether ``event`` repeats ``better``: one trigger (sentence and first character), one
    CAMEO root, the same two sides, not its reverse, both with a target and neither negated."""
    if (event.negated or better.negated or event.target is None or better.target is None
            or event.evidence.sentence_index != better.evidence.sentence_index
            or event.trigger_start != better.trigger_start
            or event.cameo[:2] != better.cameo[:2]):
        return False
    if (side_of(event.source), side_of(event.target)) != (side_of(better.source),
                                                          side_of(better.target)):
        return False
    return not (event.source.code == better.target.code
                and event.target.code == better.source.code)
