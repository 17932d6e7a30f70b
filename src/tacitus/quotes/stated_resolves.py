"""Promises stated as a resolve: "the rebels reaffirmed their determination to continue the
talks", "he expressed his intention to seek a political solution", "insisting on his intention of
a quick reconciliation" (a commitment, or a threat by the act); not a resolve no one states ("his
determination to win inspired the crew"), nor one denied ("has no intention of resigning")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from tacitus.model import Actor, Claim
from tacitus.quotes.claim_clauses import (
    build_claim,
    claimant_of,
    is_background_cue,
    is_infinitival,
    is_negated_cue,
    promised_kind,
)
from tacitus.quotes.cue_lexicon import CueLexicon
from tacitus.quotes.spans import Piece, split_coordination, subtree_piece
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

AVOWAL_VERBS = word_set("avowal_verbs")
RESOLVE_NOUNS = word_set("resolve_nouns")
# "the intention of attacking", "his intention of a quick reconciliation": the act after the noun
ACT_PREPOSITIONS = word_set("gerund_prepositions")
# "no intention": a resolve denied is no promise
NEGATIVE_DETERMINERS = word_set("negation_words")


def stated_resolves(view: DocView, lexicon: CueLexicon, verb: Token,
                    quoted_by: dict[int, Actor]) -> Iterator[Claim]:
    """The promise of each resolve noun that ``verb`` (an avowal verb) takes as its object, or
    after a preposition, claimed by the verb's speaker."""
    if is_negated_cue(verb) or is_background_cue(verb):
        return
    for noun in _resolves(verb):
        pieces = _acts(noun)
        if not pieces:
            continue
        actor = claimant_of(view, verb, quoted_by)
        if actor is None:
            return
        for piece in pieces:
            kind = promised_kind(lexicon, piece.head, "commitment")
            yield build_claim(view, lexicon, kind, actor, None, piece)


def _resolves(verb: Token) -> list[Token]:
    """The resolve nouns ``verb`` states: its object, or the object of its preposition."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return [noun for noun in objects if noun.lemma_.lower() in RESOLVE_NOUNS and not any(
        c.dep_ == "det" and c.lower_ in NEGATIVE_DETERMINERS for c in noun.children)]


def _acts(noun: Token) -> list[Piece]:
    """The acts the resolve is to: its infinitive ("to continue the talks") or what follows its
    preposition ("of a quick reconciliation")."""
    for child in noun.children:
        if is_infinitival(child):
            return split_coordination(child)
        if child.dep_ == "prep" and child.lower_ in ACT_PREPOSITIONS:
            act = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            piece = subtree_piece(act) if act is not None else None
            return [piece] if piece is not None else []
    return []
