"""Who made the accusation a denial answers: "claims by the ministry", "allegations from the
opposition", "Kabul's accusations", "the American allegations"; a denial that names no one else
is made to that accuser ("said there was no evidence to support the minister's claim")."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.model import Actor
from tacitus.quotes.act_targets import same_side
from tacitus.quotes.spans import Piece
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

ACCUSATION_NOUNS = word_set("accusation_nouns")
ACCUSER_PREPOSITIONS = word_set("accuser_prepositions")


def accuser_of(view: DocView, noun: Token) -> Actor | None:
    """Who made the accusation ``noun`` names, when its phrase says so: its owner ("Kabul's
    accusations"), a preposition of the accuser ("claims by the ministry"), or a side named
    as its modifier ("the American allegations")."""
    for child in noun.children:
        if child.dep_ in ("poss", "amod"):
            named = view.mentions.nearest(child)
        elif child.dep_ == "prep" and child.lower_ in ACCUSER_PREPOSITIONS:
            named = next((mention for g in child.children if g.dep_ == "pobj"
                          if (mention := view.mentions.nearest(g)) is not None), None)
        else:
            continue
        if named is not None:
            return named.actor
    return None


def answered_accuser(view: DocView, actor: Actor, kind: str, piece: Piece) -> Actor | None:
    """The accuser of the first accusation noun in a denial's words ("there was no evidence to
    support the minister's claim") other than ``actor``'s own side; ``None`` for another kind
    or when no such accuser is named."""
    if kind != "denial":
        return None
    for index in range(view.token_at(piece.start), view.token_at(piece.end - 1) + 1):
        word = view.doc[index]
        if word.pos_ == "NOUN" and word.lemma_.lower() in ACCUSATION_NOUNS:
            accuser = accuser_of(view, word)
            if accuser is not None and not same_side(accuser, actor):
                return accuser
    return None
