"""Measures a speaker's side promises to keep in force: "the police said the curfew will remain
in force", "the ministry says the import restrictions will stay", "Cairo said the border would
stay closed" (a commitment, its words the whole clause); not a state of things no one holds
("prices will remain high"), nor one kept only on a condition ("will remain if the riots go
on")."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.model import Actor, Claim
from tacitus.quotes.claim_clauses import build_claim, is_conditional
from tacitus.quotes.cue_lexicon import CueLexicon
from tacitus.quotes.spans import SUBJECT_DEPS, subtree_piece
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

STANDING_MEASURES = word_set("standing_measures")
STAYING_VERBS = word_set("staying_verbs")


def kept_measure(view: DocView, lexicon: CueLexicon, clause: Token, actor: Actor, *,
                 warning: bool, dropped: list[Token]) -> Claim | None:
    """The commitment (a threat when warned: "warned that sanctions would remain") of a
    reported future ``clause`` in which a measure stays as it is, or ``None``; ``clause`` is
    known to be in the future."""
    if clause.lemma_.lower() not in STAYING_VERBS or is_conditional(clause):
        return None
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lemma_.lower() not in STANDING_MEASURES or (
            view.mentions.at(subject) is not None):
        return None
    piece = subtree_piece(clause, without=dropped)
    kind = "threat" if warning else "commitment"
    return build_claim(view, lexicon, kind, actor, None, piece) if piece else None
