"""Whom a claim asks when its words name no one: a demand, appeal or offer by a country's own
side other than its executive (its legislators, courts, opposition, unions, activists, clergy, a
citizen) is made of that country's government ("the union demanded a pay rise", "opposition
leaders called for an inquiry", "the assembly demanded a judicial probe")."""

from __future__ import annotations

from tacitus.actors.codes import code_units
from tacitus.model import Actor
from tacitus.wordlists import word_set

# The kinds that ask something of someone; commitments, threats and denials name their own.
ASKING_KINDS = frozenset({"demand", "appeal", "offer"})
# the organs that are the government's own arm: whom they ask is not guessed
EXECUTIVE_ORGANS = word_set("executive_organs")


def authority_asked(actor: Actor, kind: str) -> Actor | None:
    """The government of ``actor``'s country when ``actor`` is a side of it other than its
    executive (``EXECUTIVE_ORGANS``) asking with ``kind`` (a citizen coded by the country alone
    too); ``None`` for the country itself, an executive organ, a foreign or international
    actor."""
    if kind not in ASKING_KINDS or actor.country is None:
        return None
    units = code_units(actor.code)
    if units[0] != actor.country or EXECUTIVE_ORGANS & set(units[1:]) or (
            actor.kind == "state" and len(units) == 1):
        return None
    return Actor(code=f"{actor.country}GOV", name=f"{actor.country} government", kind="state",
                 country=actor.country)
