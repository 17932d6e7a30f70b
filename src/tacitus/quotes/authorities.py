"""Whom a claim asks when its words name no one: a demand, appeal or offer by a country's own
non-state side (its opposition, unions, activists, clergy, a citizen) is made of that country's
government ("the union demanded a pay rise", "opposition leaders called for an inquiry")."""

from __future__ import annotations

from tacitus.actors.actor_lexicon import STATE_TYPES
from tacitus.actors.codes import code_units
from tacitus.model import Actor

# The kinds that ask something of someone; commitments, threats and denials name their own.
ASKING_KINDS = frozenset({"demand", "appeal", "offer"})


def authority_asked(actor: Actor, kind: str) -> Actor | None:
    """The government of ``actor``'s country when ``actor`` is a non-state side of it asking
    with ``kind``; ``None`` for a state, a state organ, a foreign or international actor."""
    if kind not in ASKING_KINDS or actor.country is None or actor.kind == "state":
        return None
    units = code_units(actor.code)
    if units[0] != actor.country or STATE_TYPES & set(units[1:]):
        return None
    return Actor(code=f"{actor.country}GOV", name=f"{actor.country} government", kind="state",
                 country=actor.country)
