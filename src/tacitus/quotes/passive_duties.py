"""Whom a demand or appeal asks when what it asks is told in the passive with no doer: "demanded
that the inquiry be held in public", "said the land should be given to the trust",
"said the issues needed to be sorted out through talks". Such an act is the state's to have
done: it is asked of the government of the claimant's country, the claimant's own government
included (the real-news coders address "the prime minister said the disputes needed to be
sorted out" to his government). Not when a side named after "by" is to do it ("be released by
the rebels": that side is the one able to act), nor when the act's words name a side of no
country or of another ("the Palestinian leadership should be toppled", "the Taliban fighters be
tried": whose power is asked is not the claimant's to guess), nor when they name a foreign
place ("elections should be held in Kabul"), nor for a claimant of no country, nor for one that is
itself its country's state: the country, or its government, army or police as a body (the
executive organs, ``authorities.EXECUTIVE_ORGANS``) asks what others should do, not itself ("the
army said free elections must be held" is no demand of its own government; a minister, a person,
still asks his government as the coders read him)."""

from __future__ import annotations

from tacitus.actors.codes import code_units
from tacitus.model import Actor
from tacitus.quotes.affiliations import place_country
from tacitus.quotes.authorities import EXECUTIVE_ORGANS, country_government
from tacitus.quotes.spans import Piece
from tacitus.quotes.view import DocView

# the kinds that ask an act of someone
ASKING_KINDS = frozenset({"demand", "appeal"})
# the relations below the act's head that carry the passive ("needed [to be sorted out]")
CARRYING_DEPS = frozenset({"xcomp"})


def duty_authority(view: DocView, actor: Actor, kind: str, piece: Piece) -> Actor | None:
    """The government of ``actor``'s country when the act a demand or appeal asks (``piece``) is
    a passive with no side named as its doer and names no side but of the claimant's country;
    otherwise ``None``."""
    if kind not in ASKING_KINDS or actor.country is None or _is_state_body(actor) or (
            _names_other_side(view, actor, piece)):
        return None
    act = piece.head
    passives = [verb for verb in (act, *(c for c in act.children if c.dep_ in CARRYING_DEPS))
                if any(child.dep_ == "auxpass" for child in verb.children)]
    if not passives or any(view.mentions.at(doer) is not None for verb in passives
                           for agent in verb.children if agent.dep_ == "agent"
                           for doer in agent.children if doer.dep_ == "pobj"):
        return None
    return country_government(actor.country)


def _is_state_body(actor: Actor) -> bool:
    """Whether ``actor`` is its country itself or one of its executive organs as a body (not a
    person holding an office)."""
    if actor.kind == "person":
        return False
    types = set(code_units(actor.code)[1:])
    return not types or bool(types & EXECUTIVE_ORGANS)


def _names_other_side(view: DocView, actor: Actor, piece: Piece) -> bool:
    """Whether a word of ``piece`` names an actor or a place that is not of ``actor``'s
    country."""
    for index in range(view.token_at(piece.start), view.token_at(piece.end - 1) + 1):
        token = view.doc[index]
        mention = view.mentions.at(token)
        if mention is not None and mention.actor.country != actor.country:
            return True
        place = place_country(token)
        if place is not None and place != actor.country:
            return True
    return False
