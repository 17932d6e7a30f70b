"""Whom a state's promise is made to when its words name no one: in a domestic story (one that
names no side of another country, no foreign or international body), a government, a ministry or
the police that "will pay compensation to the victims" or "has decided to set up peace committees"
promises its own people. In a story naming a foreign side, an unnamed addressee may be that side."""

from __future__ import annotations

from tacitus.actors.actor_lexicon import STATE_TYPES
from tacitus.actors.codes import code_units
from tacitus.model import Actor
from tacitus.quotes.view import DocView

# An offer is made to another side (talks to rebels), named or not; asking kinds name whom they
# ask; a threat is aimed at an enemy.
PROMISING_KINDS = frozenset({"commitment"})
CIVILIANS = "CVL"


def own_people(view: DocView, actor: Actor, kind: str) -> Actor | None:
    """The civilians of ``actor``'s country when ``actor`` is that country or one of its state
    organs promising with ``kind`` in a story that names no other country's side; ``None``
    otherwise."""
    if kind not in PROMISING_KINDS or actor.country is None:
        return None
    units = code_units(actor.code)
    if units[0] != actor.country or not set(units[1:]) <= STATE_TYPES:
        return None
    if any(mention.actor.country != actor.country for mention in view.mentions.all()):
        return None
    return civilians_of(actor.country)


def civilians_of(country: str) -> Actor:
    """The civilians of ``country``, a promise's or an appeal's people ("INDCVL")."""
    return Actor(code=f"{country}{CIVILIANS}", name=f"{country} civilians", kind="sector",
                 country=country)
