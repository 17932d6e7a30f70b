"""Whom a demand or an appeal is made to when nothing names anyone, once every rule that reads
the text has had its turn (``claim_clauses.build_claim``, ``named_addressees``): the government,
the army or the police of a country ask its own people ("the minister urged restraint"); its
legislature or courts ask its government, as its parties and unions do ("the assembly demanded
an inquiry", ``authorities``). A guess from the claimant's side, never from the claim's words:
a country named alone (``IND``), a group or a body of no country asks no one we can tell."""

from __future__ import annotations

from dataclasses import replace

from tacitus.actors.codes import code_units
from tacitus.model import Actor, Claim
from tacitus.quotes.own_people import civilians_of
from tacitus.wordlists import word_set

# the kinds that ask another side to act
ASKING_KINDS = frozenset({"demand", "appeal"})
# the state organs that ask their own people, not their government
PEOPLE_ASKERS = word_set("people_askers")
GOVERNMENT = "GOV"


def with_home_addressee(claim: Claim) -> Claim:
    """``claim``, addressed as ``home_addressee`` says when it is a demand or an appeal with no
    addressee; otherwise unchanged."""
    if claim.addressee is not None or claim.kind not in ASKING_KINDS:
        return claim
    home = home_addressee(claim.actor)
    return claim if home is None else replace(claim, addressee=home)


def home_addressee(claimant: Actor) -> Actor | None:
    """The side of its own country a claimant asks when it names no one: the people
    (``XXXCVL``) for an organ of ``PEOPLE_ASKERS``, the government (``XXXGOV``) for any other
    typed side of the country; ``None`` for a country named alone and for a claimant whose code
    does not begin with its country (a group, an international body)."""
    units = code_units(claimant.code)
    country = claimant.country
    if country is None or len(units) < 2 or units[0] != country:
        return None
    if units[1] in PEOPLE_ASKERS:
        return civilians_of(country)
    return Actor(code=country + GOVERNMENT, name=f"{country} government", kind="state",
                 country=country)
