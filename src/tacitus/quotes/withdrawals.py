"""Whom a demand for a side's withdrawal is made of when its cue names no one: "called for the
withdrawal of British troops from Iraq", "demanded Israel's pullout from Gaza" ask the
government of the side that is to leave, named by the noun's owner."""

from __future__ import annotations

from tacitus.model import Actor
from tacitus.quotes.spans import Piece
from tacitus.quotes.speaker_countries import type_codes
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

WITHDRAWAL_NOUNS = word_set("withdrawal_nouns")
ASKING_KINDS = frozenset({"appeal", "demand"})
# the noun's owner: "Israel's pullout" (poss), "the withdrawal of British troops" (prep, then pobj)
OWNER_DEPS = frozenset({"poss", "prep"})


def withdrawing_side(view: DocView, actor: Actor, kind: str, piece: Piece) -> Actor | None:
    """The government of the side whose withdrawal ``piece`` asks for (its head a withdrawal
    noun), when an owner of the noun names one: the side itself when it has no country (the
    United Nations); ``None`` otherwise, and when that government is the claimant ``actor``
    itself (no one asks a thing of itself: "the French administration demanded the withdrawal
    of the forces" names no one else) or the side is named by its kind alone ("troops")."""
    if kind not in ASKING_KINDS:
        return None
    words = view.doc.char_span(piece.start, piece.end, alignment_mode="expand")
    head = words.root if words is not None else piece.head
    if head.lemma_.lower() not in WITHDRAWAL_NOUNS:
        return None
    for child in head.children:
        if child.dep_ not in OWNER_DEPS or (child.dep_ == "prep" and child.lower_ != "of"):
            continue
        owner = child if child.dep_ == "poss" else next(
            (g for g in child.children if g.dep_ == "pobj"), None)
        mention = view.mentions.nearest(owner) if owner is not None else None
        if mention is None:
            continue
        side = mention.actor
        if side.country is None:
            return None if side.code in type_codes() else side
        government = f"{side.country}GOV"
        if government == actor.code:
            return None
        return Actor(code=government, name=f"{side.country} government", kind="state",
                     country=side.country)
    return None
