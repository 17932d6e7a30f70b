"""The further clauses of one report: "X said the talks had stalled and Iran must stop enriching
uranium" reports two clauses, the second coordinated with the first, each with its own subject;
a claim in the second is X's as much as one in the first."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from tacitus.model import Claim
from tacitus.quotes.spans import SUBJECT_DEPS, conjuncts

# a clause needs a verb of its own; "and" joining two objects or two adjectives joins no clauses
CLAUSE_HEADS = frozenset({"VERB", "AUX"})


def coordinated_reports(clause: Token) -> list[Token]:
    """The clauses coordinated with the reported ``clause`` that name their own subject ("…
    and Iran must stop"); not a verb sharing the first clause's subject ("would withdraw and
    rebuild"), which the first clause's reading already splits."""
    return [conjunct for conjunct in conjuncts(clause)[1:]
            if conjunct.pos_ in CLAUSE_HEADS
            and any(child.dep_ in SUBJECT_DEPS for child in conjunct.children)]


def is_covered(clause: Token, claims: Sequence[Claim]) -> bool:
    """Whether a claim already read stands in ``clause``'s words, so that reading the clause
    again would tell it twice."""
    last = clause.doc[clause.right_edge.i]
    start, end = clause.doc[clause.left_edge.i].idx, last.idx + len(last.text)
    return any(claim.start < end and claim.end > start for claim in claims)
