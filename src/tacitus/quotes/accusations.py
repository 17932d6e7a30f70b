"""Denials by rejecting an accusation: "rejected accusations that it shelled the town"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from tacitus.model import Actor, Claim
from tacitus.quotes.accusers import ACCUSATION_NOUNS, accuser_of
from tacitus.quotes.claim_clauses import build_claim, claimant_of, is_infinitival, is_negated_cue
from tacitus.quotes.cue_lexicon import CueLexicon
from tacitus.quotes.spans import subtree_piece
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

# "rejected accusations that …": the accused clause is denied.
REJECT_VERBS = word_set("rejecting_verbs")


def rejected_accusations(view: DocView, lexicon: CueLexicon, verb: Token,
                          quoted_by: dict[int, Actor]) -> Iterator[Claim]:
    """ "rejected accusations that its forces had used chemical weapons": a denial of the
    accusation's clause, answering the accuser its phrase names ("claims by Kabul that …")."""
    actor = claimant_of(view, verb, quoted_by)
    if actor is None or is_negated_cue(verb) or is_infinitival(verb):
        return
    for noun in verb.children:
        if noun.dep_ == "dobj" and noun.lemma_.lower() in ACCUSATION_NOUNS:
            clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp")
                           and any(m.dep_ == "mark" for m in c.children)), None)
            denied = subtree_piece(clause) if clause is not None else None
            if denied is not None:
                yield build_claim(view, lexicon, "denial", actor, accuser_of(view, noun), denied)
