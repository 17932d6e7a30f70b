"""Whom a demand for a side's withdrawal is made of when its cue names no one: "called for the
withdrawal of British troops from Iraq", "demanded Israel's pullout from Gaza" ask the
government of the side that is to leave, named by the noun's owner."""

from __future__ import annotations

from tacitus.model import Actor
from tacitus.quotes.departures import owner_mention, phrase_head
from tacitus.quotes.spans import Piece
from tacitus.quotes.speaker_countries import type_codes
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

WITHDRAWAL_NOUNS = word_set("withdrawal_nouns")
ASKING_KINDS = frozenset({"appeal", "demand"})


def withdrawing_side(view: DocView, actor: Actor, kind: str, piece: Piece) -> Actor | None:
    """The government of the side whose withdrawal ``piece`` asks for (its head a withdrawal
    noun), when an owner of the noun names one: the side itself when it has no country (the
    United Nations); ``None`` otherwise, and when that government is the claimant ``actor``
    itself (no one asks a thing of itself: "the French administration demanded the withdrawal
    of the forces" names no one else) or the side is named by its kind alone ("troops")."""
    if kind not in ASKING_KINDS:
        return None
    head = phrase_head(view, piece)
    if head.lemma_.lower() not in WITHDRAWAL_NOUNS:
        return None
    mention = owner_mention(view, head, preposition="of")
    if mention is None:
        return None
    side = mention.actor
    if side.country is None:
        return None if side.code in type_codes() else side
    government = f"{side.country}GOV"
    if government == actor.code:
        return None
    return Actor(code=government, name=f"{side.country} government", kind="state",
                 country=side.country)
