"""Claims named by a noun cue: "the US priorities for the Taliban including A, B and not C", one
claim an item, claimed by the noun's owner or else by the speaker around it."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from tacitus.model import Actor, Claim
from tacitus.quotes.claim_clauses import build_claim
from tacitus.quotes.cue_lexicon import ClaimCue, CueLexicon
from tacitus.quotes.spans import split_coordination
from tacitus.quotes.speakers import find_speaker
from tacitus.quotes.view import DocView

ITEM_MARKERS = frozenset({"including", "include"})


def noun_claims(view: DocView, lexicon: CueLexicon, noun: Token, cue: ClaimCue) -> Iterator[Claim]:
    """ "the US priorities for the Taliban including A, B and not C": one claim per item."""
    owner = next((view.mentions.at(c) for c in noun.children
                  if c.dep_ in ("poss", "compound", "nmod") and view.mentions.at(c)), None)
    actor = owner.actor if owner else enclosing_speaker(view, lexicon, noun)
    if actor is None:
        return
    addressee = None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "on", "to"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            found = view.mentions.nearest(pobj) if pobj is not None else None
            addressee = found.actor if found else addressee
    for child in noun.children:
        if child.lower_ in ITEM_MARKERS:
            for item in child.children:
                if item.dep_ in ("pobj", "pcomp", "dobj"):
                    for piece in split_coordination(item):
                        yield build_claim(view, lexicon, cue.kind, actor, addressee, piece)


def enclosing_speaker(view: DocView, lexicon: CueLexicon, token: Token) -> Actor | None:
    current = token
    while current.head.i != current.i:
        current = current.head
        if current.lemma_.lower() in lexicon.speech_cues:
            speaker = find_speaker(view, current)
            return speaker.actor if speaker else None
    return None
