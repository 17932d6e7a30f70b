"""Claims stated as the claimant's own state: "China is committed to the formula", "the union
remains committed to ending the strike" (a participle or adjective cue with its particle, whose
holder is the subject of the clause it completes)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from tacitus.model import Actor, Claim
from tacitus.quotes.claim_clauses import (
    FIRST_PERSON,
    build_claim,
    is_in_question,
    is_infinitival,
    is_negated_cue,
    is_under_condition,
    promised_kind,
)
from tacitus.quotes.cue_lexicon import ClaimCue, CueLexicon
from tacitus.quotes.named_speakers import naming_mention
from tacitus.quotes.spans import Piece, conjuncts, split_coordination, trimmed
from tacitus.quotes.speaker_countries import Speaker, placed
from tacitus.quotes.speakers import find_speaker
from tacitus.quotes.view import DocView


def is_state_cue(word: Token) -> bool:
    """A word completing a copula ("is", "remains") or a passive of state ("is committed")."""
    return word.dep_ == "acomp" or (word.tag_ == "VBN" and any(
        c.dep_ == "auxpass" for c in word.children))


def state_claims(view: DocView, lexicon: CueLexicon, word: Token, cue: ClaimCue,
                 quoted_by: dict[int, Actor]) -> Iterator[Claim]:
    """ "X is (remains) committed to A and B": one claim per object of the cue's particle."""
    clause = word.head if word.dep_ == "acomp" else word
    if any(is_negated_cue(t) or is_in_question(t) or is_under_condition(t) or is_infinitival(t)
           for t in {clause, word}):
        return  # "is no longer committed to", "whether it is committed", "if it is committed"
    actor = _holder(view, clause, quoted_by)
    particle = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == cue.particle),
                    None)
    if actor is None or particle is None:
        return
    # "committed to peace and to the talks": each coordinated particle holds its own object
    for preposition in conjuncts(particle):
        for piece in _objects(preposition):
            yield build_claim(view, lexicon, promised_kind(lexicon, piece.head, cue.kind), actor,
                              None, piece)


def _objects(preposition: Token) -> list[Piece]:
    """The coordinated objects of a preposition, one piece each; several objects side by side
    are the parser's pieces of one word ("de-escalation" as "de", "-", "escalation")."""
    held = [c for c in preposition.children if c.dep_ in ("pobj", "pcomp")]
    if len(held) == 1:
        return split_coordination(held[0])
    if not held:
        return []
    piece = trimmed(preposition.doc, range(held[0].left_edge.i, held[-1].right_edge.i + 1),
                    held[-1])
    return [piece] if piece is not None else []


def _holder(view: DocView, clause: Token, quoted_by: dict[int, Actor]) -> Actor | None:
    """Who is in the state: "we" in a quotation is its speaker; the subject of "remains
    committed" is found as a speaker is; the subject of a passive of state ("China is
    committed"), which a speaker finder would pass over for the passive's agent, by its own
    mention (or one naming it), in the article's country when it names none."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.lower_ in FIRST_PERSON:
        return quoted_by.get(view.quoted_in[clause.i])
    if not any(c.dep_ == "auxpass" for c in clause.children):
        speaker = find_speaker(view, clause)
        return speaker.actor if speaker else None
    mention = view.mentions.at(subject) or naming_mention(view, subject)
    if mention is None:
        return None
    return placed(Speaker(mention.actor, mention.text), view.setting).actor
