"""Whom a claim asks when its words name no one: a demand, appeal or offer by a country's own
side other than its executive (its legislators, courts, opposition, unions, activists, clergy, a
citizen) is made of that country's government ("the union demanded a pay rise", "opposition
leaders called for an inquiry", "the assembly demanded a judicial probe"); so is a promise, a
threat or a denial by such a side that neither its cue nor its words address to anyone."""

from __future__ import annotations

from dataclasses import replace

from tacitus.actors.codes import code_units
from tacitus.model import Actor, Claim
from tacitus.wordlists import word_set

# The kinds that ask something of someone (commitments, threats and denials are given the
# government only after the sides their words name: ``with_answering_authority``).
ASKING_KINDS = frozenset({"demand", "appeal", "offer"})
# the organs that are the government's own arm: whom they ask is not guessed
EXECUTIVE_ORGANS = word_set("executive_organs")


def authority_asked(actor: Actor, kind: str) -> Actor | None:
    """The government of ``actor``'s country when ``actor`` is a side of it other than its
    executive (``EXECUTIVE_ORGANS``) asking with ``kind`` (a citizen coded by the country alone
    too); ``None`` for the country itself, an executive organ, a foreign or international
    actor."""
    if kind not in ASKING_KINDS:
        return None
    return home_government(actor)


def with_answering_authority(claim: Claim) -> Claim:
    """``claim``, when it is a promise, threat or denial that nothing else addressed, made to the
    government of its claimant's country when the claimant is a side of it other than its
    executive: a rebel group's threat, a movement's promise, a party's denial that names no one
    answers the state ("the rebels threatened to attack the convoys", "the movement vowed to keep
    marching", "the party denied taking the money"). Given after the sides the claim's words name
    (``named_addressees``)."""
    if claim.addressee is not None or claim.kind in ASKING_KINDS:
        return claim
    government = home_government(claim.actor)
    return claim if government is None else replace(claim, addressee=government)


def home_government(actor: Actor) -> Actor | None:
    """The government of ``actor``'s country when ``actor`` is a side of it other than its
    executive; ``None`` for the country itself, an executive organ, a foreign or international
    actor."""
    if actor.country is None:
        return None
    units = code_units(actor.code)
    if units[0] != actor.country or EXECUTIVE_ORGANS & set(units[1:]) or (
            actor.kind == "state" and len(units) == 1):
        return None
    return Actor(code=f"{actor.country}GOV", name=f"{actor.country} government", kind="state",
                 country=actor.country)
