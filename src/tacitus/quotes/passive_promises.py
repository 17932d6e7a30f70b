"""Promises reported in the passive: "the minister said the prisoners would be freed" is the
minister's side promising to free them; "would be punished", "action will be taken against
them" are threats. An act whose doer "by" names is someone else's, and "we will not be
deterred" promises nothing."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.model import Actor, Claim
from tacitus.quotes.claim_clauses import (
    NON_AGENTIVE,
    act_kind,
    build_claim,
    is_conditional,
    opens_question,
    promised_kind,
)
from tacitus.quotes.claim_sides import is_self
from tacitus.quotes.cue_lexicon import CueLexicon
from tacitus.quotes.spans import SUBJECT_DEPS, subtree_piece
from tacitus.quotes.view import DocView


def passive_promise(view: DocView, lexicon: CueLexicon, clause: Token, actor: Actor, *,
                    warning: bool, quoted: bool, dropped: list[Token]) -> Claim | None:
    """The claim of a reported future passive ``clause`` ("the temple will be rebuilt"), its
    words from the subject on, or ``None`` when it promises no act of the claimant's side."""
    if not any(c.dep_ == "auxpass" for c in clause.children) or (
            clause.lemma_.lower() in NON_AGENTIVE):
        return None
    if opens_question(clause):
        return None  # "said how it would be verified": a question, no promise
    if any(c.dep_ == "agent" for c in clause.children):
        return None  # "would be attacked by the rebels": another's act
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or is_self(view, subject, actor, quoted=quoted):
        return None  # "we will not be deterred", "it would be consulted": no act promised
    kind = "threat" if warning else (act_kind(lexicon, subject, verb=clause)
                                     or promised_kind(lexicon, clause, "commitment"))
    if kind == "commitment" and is_conditional(clause):
        return None  # "would be freed if …" bargains; a threat is conditional by nature
    piece = subtree_piece(clause, without=dropped)
    return build_claim(view, lexicon, kind, actor, None, piece) if piece is not None else None
