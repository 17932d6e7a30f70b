"""The terms of a threat: "threatened to kill the hostages unless France freed their leader"
also demands of France what would avert it, one demand for each side named in the clause
("unless the Americans free the prisoners and the Turks leave Iraq")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from tacitus.model import Claim
from tacitus.quotes.claim_clauses import build_claim
from tacitus.quotes.cue_lexicon import CueLexicon
from tacitus.quotes.spans import conjuncts, subtree_piece
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

ULTIMATUM_MARKS = word_set("ultimatum_marks")


def ultimatum_demands(view: DocView, lexicon: CueLexicon, threat: Claim) -> Iterator[Claim]:
    """The demands a threat states by its terms: an active "unless" clause on the threatened
    act (or on the words that state the threat) whose subject is another side; a passive one
    ("unless they were disarmed") names no one who is asked."""
    span = view.doc.char_span(threat.start, threat.end, alignment_mode="expand")
    if threat.kind != "threat" or span is None:
        return
    for clause in _terms(span.root):
        for act in conjuncts(clause):
            subject = next((c for c in act.children if c.dep_ == "nsubj"), None)
            asked = view.mentions.at(subject) if subject is not None else None
            if asked is None or asked.actor.code == threat.actor.code or any(
                    c.dep_ in ("nsubjpass", "auxpass") for c in act.children):
                continue
            piece = subtree_piece(act, without=[c for c in act.children
                                                if c.dep_ in ("conj", "cc")])
            if piece is not None:
                yield build_claim(view, lexicon, "demand", threat.actor, asked.actor, piece)


def _terms(act: Token) -> Iterator[Token]:
    """The "unless" clauses hung on the act or on a word above it in its sentence."""
    token: Token | None = act
    while token is not None:
        for child in token.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ULTIMATUM_MARKS
                                             for m in child.children):
                yield child
        token = token.head if token.head.i != token.i else None
