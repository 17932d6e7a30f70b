"""Whom a demand for someone's leaving office is made of when its cue names no one: "the
opposition demanded the resignation of the governor", "called for Modi's ouster" ask the side the
departing holder belongs to, named by the noun's owner."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.model import Actor, ActorMention
from tacitus.quotes.spans import Piece
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

DEPARTURE_NOUNS = word_set("departure_nouns")
ASKING_KINDS = frozenset({"appeal", "demand"})
# the noun's owner: "Modi's ouster" (poss), "the resignation of the governor" (prep, then pobj)
OWNER_DEPS = frozenset({"poss", "prep"})


def departing_side(view: DocView, kind: str, piece: Piece) -> Actor | None:
    """The actor of the holder whose departure ``piece`` asks for (its head a departure noun),
    when an owner of the noun names one; ``None`` otherwise."""
    if kind not in ASKING_KINDS:
        return None
    head = phrase_head(view, piece)
    if head.lemma_.lower() not in DEPARTURE_NOUNS:
        return None
    mention = owner_mention(view, head)
    return mention.actor if mention is not None else None


def phrase_head(view: DocView, piece: Piece) -> Token:
    """The head of the phrase ``piece`` covers ("the minister's resignation": the piece may start
    at "the")."""
    words = view.doc.char_span(piece.start, piece.end, alignment_mode="expand")
    return words.root if words is not None else piece.head


def owner_mention(view: DocView, noun: Token, *, preposition: str | None = None
                  ) -> ActorMention | None:
    """The first mention naming an owner of ``noun``: its possessive ("Modi's ouster") or the
    object of a preposition on it ("the resignation of the governor"; only ``preposition``
    when given)."""
    for child in noun.children:
        if child.dep_ not in OWNER_DEPS or (
                child.dep_ == "prep" and preposition is not None and child.lower_ != preposition):
            continue
        owner = child if child.dep_ == "poss" else next(
            (g for g in child.children if g.dep_ == "pobj"), None)
        mention = view.mentions.nearest(owner) if owner is not None else None
        if mention is not None:
            return mention
    return None
