"""Whom a claim asks when its words name no one: a demand, appeal or offer by a country's own
side other than its executive (its legislators, courts, opposition, unions, activists, clergy, a
citizen) is made of that country's government ("the union demanded a pay rise", "opposition
leaders called for an inquiry", "the assembly demanded a judicial probe"); so is a promise or a
threat by such a side that neither its cue nor its words address to anyone (a denial answers its
accuser, whom this cannot tell). The executive's own promise or threat that names no one answers
the one armed side of its country the story names ("the armed forces will continue to fight
subversion", in a story of the country's guerrillas)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from tacitus.actors.codes import code_units
from tacitus.actors.knowledge import load_knowledge_base
from tacitus.model import Actor, ActorMention, Claim
from tacitus.wordlists import word_set

# The kinds that ask something of someone (commitments and threats are given the government only
# after the sides their words name: ``with_answering_authority``).
ASKING_KINDS = frozenset({"demand", "appeal", "offer"})
# the kinds a side makes to its government when its words address no one: a promise or a threat
# (a denial answers its accuser, whoever that is)
ANSWERING_KINDS = frozenset({"commitment", "threat"})
# the organs that are the government's own arm: whom they ask is not guessed
EXECUTIVE_ORGANS = word_set("executive_organs")
# the armed sides that fight their own country's state: whom its executive's promise or threat
# answers when the story names one of them
ARMED_RIVALS = word_set("armed_rival_types")


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


def with_answering_rival(claim: Claim, mentions: Iterable[ActorMention]) -> Claim:
    """``claim``, when it is a promise or threat (``ANSWERING_KINDS``) that nothing else
    addressed, made by an executive organ of a country (``EXECUTIVE_ORGANS``), made to the armed
    side of that country (``ARMED_RIVALS``) the story's ``mentions`` name, when they name
    exactly one ("the government will not allow the guerrillas to regroup", "the army will
    keep fighting", in a story of the country's rebels); otherwise unchanged."""
    actor = claim.actor
    if claim.addressee is not None or claim.kind not in ANSWERING_KINDS or actor.country is None:
        return claim
    units = code_units(actor.code)
    if units[0] != actor.country or not EXECUTIVE_ORGANS & set(units[1:]):
        return claim
    rivals = {mention.actor.code: mention.actor for mention in mentions
              if mention.actor.country == actor.country
              and code_units(mention.actor.code)[-1] in ARMED_RIVALS}
    if len(rivals) != 1:
        return claim
    return replace(claim, addressee=next(iter(rivals.values())))


def home_government(actor: Actor) -> Actor | None:
    """The government of ``actor``'s country (its code's, when it is given none) when ``actor``
    is a side of it other than its executive; ``None`` for the country itself, an executive
    organ, a foreign or international actor."""
    country = actor.country or code_country(actor.code)
    if country is None:
        return None
    units = code_units(actor.code)
    if units[0] != country or EXECUTIVE_ORGANS & set(units[1:]) or (
            actor.kind == "state" and len(units) == 1):
        return None
    return country_government(country)


def code_country(code: str) -> str | None:
    """The country that leads ``code`` when it is one the knowledge base knows: a spokesman for
    a country's own body ("a spokesman for the Hindu council", ``INDRAD``) is given its code with
    no country of his own, and is still that country's side."""
    lead = code_units(code)[0] if code else None
    return lead if lead in load_knowledge_base().countries else None


def country_government(country: str) -> Actor:
    """The government of ``country`` (``{country}GOV``) as the actor a claim is addressed to."""
    return Actor(code=f"{country}GOV", name=f"{country} government", kind="state",
                 country=country)
