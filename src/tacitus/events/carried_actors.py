"""The actors a sentence that names none carries on from the sentence before.

A story names its parties once and then tells what they did in sentences that name no one ("Israeli
and Palestinian negotiators met in Cairo on Monday. The talks lasted six hours."): the actors
resolution leaves such a sentence empty, and its triggers would get no candidate at all. Each
trigger of a sentence that names no actor is read between the last actors the sentence before names
(``CARRIED_ACTORS``, last named first), each as source toward each other one or none
(``construction`` ``carried``), for the decision stage to keep or not.
"""

from __future__ import annotations

from collections.abc import Sequence

from tacitus.model import Actor, same_actor

CARRIED_CONSTRUCTION = "carried"
# the actors of the sentence before a sentence naming none carries, last named first
CARRIED_ACTORS = 2


def carried_pairs(before: Sequence[Actor]) -> list[tuple[Actor, Actor | None]]:
    """The (source, target) pairings of the last ``CARRIED_ACTORS`` of ``before`` (the actors
    the sentence before names, last named first): each toward each other one, and toward
    none."""
    carried: list[Actor] = []
    for actor in before:
        if not any(same_actor(actor, other) for other in carried):
            carried.append(actor)
    carried = carried[:CARRIED_ACTORS]
    return [(source, target) for source in carried
            for target in [*(other for other in carried if other is not source), None]]
