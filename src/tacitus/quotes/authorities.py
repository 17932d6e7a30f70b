"""Whom a claim asks when its words name no one: a demand, appeal or offer by a country's own
side other than its executive (its legislators, courts, opposition, unions, activists, clergy, a
citizen) is made of that country's government ("the union demanded a pay rise", "opposition
leaders called for an inquiry", "the assembly demanded a judicial probe"); so is a promise or a
threat by such a side that neither its cue nor its words address to anyone (a denial answers its
accuser, whom this cannot tell)."""

from __future__ import annotations

from dataclasses import replace

from tacitus.actors.codes import code_units
from tacitus.model import Actor, Claim
from tacitus.wordlists import word_set

# The kinds that ask something of someone (commitments and threats are given the government only
# after the sides their words name: ``with_answering_authority``).
ASKING_KINDS = frozenset({"demand", "appeal", "offer"})
# the kinds a side makes to its government when its words address no one: a promise or a threat
# (a denial answers its accuser, whoever that is)
ANSWERING_KINDS = frozenset({"commitment", "threat"})
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
    """``claim``, when it is a promise or threat (``ANSWERING_KINDS``) that nothing else
    addressed, made to the government of its claimant's country when the claimant is a side of
    it other than its executive: a rebel group's threat or a movement's promise that names no one
    answers the state ("the rebels threatened to attack the convoys", "the movement vowed to keep
    marching"). A denial is left unaddressed: measured on train, giving denials the government
    too gained in one draw more but taught the claim model that an unaddressed denial is
    unlikely, and right ones fell under the threshold. Given after the sides the claim's words
    name (``named_addressees``)."""
    if claim.addressee is not None or claim.kind not in ANSWERING_KINDS:
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
