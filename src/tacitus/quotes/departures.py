"""Whom a demand for someone's leaving office is made of when its cue names no one: "the
opposition demanded the resignation of the governor", "called for Modi's ouster" ask the side the
departing holder belongs to, named by the noun's owner."""

from __future__ import annotations

from tacitus.model import Actor
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
    # the phrase's own head ("the minister's resignation": the piece may start at "the")
    words = view.doc.char_span(piece.start, piece.end, alignment_mode="expand")
    head = words.root if words is not None else piece.head
    if head.lemma_.lower() not in DEPARTURE_NOUNS:
        return None
    for child in head.children:
        if child.dep_ not in OWNER_DEPS:
            continue
        owner = child if child.dep_ == "poss" else next(
            (g for g in child.children if g.dep_ == "pobj"), None)
        mention = view.mentions.nearest(owner) if owner is not None else None
        if mention is not None:
            return mention.actor
    return None
