"""Promises inside a speaker's own quotation: "“We will retaliate,” the minister said"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from tacitus.model import Actor, Claim
from tacitus.quotes.claim_clauses import (
    NON_AGENTIVE,
    PROMISE_AUX,
    build_claim,
    first_person_speaker,
    is_in_question,
    promise_words,
    promised_kind,
    subjects_of,
)
from tacitus.quotes.claim_sides import is_self
from tacitus.quotes.cue_lexicon import CueLexicon
from tacitus.quotes.spans import SUBJECT_DEPS, split_coordination
from tacitus.quotes.view import DocView


def quoted_promises(view: DocView, lexicon: CueLexicon, verb: Token, quoted_by: dict[int, Actor]
                     ) -> Iterator[Claim]:
    """ "“We will not let this happen,” X said", "“Taiwan will neither yield nor provoke,” Lai
    said": a quoted promise by the speaker's own side is the speaker's commitment (or threat)."""
    actor = quoted_claimant(view, verb, quoted_by)
    if actor is None or not any(c.dep_ == "aux" and c.lower_ in PROMISE_AUX
                                for c in verb.children):
        return
    if verb.dep_ in ("ccomp", "xcomp", "advcl", "relcl") or is_in_question(verb):
        return
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    if verb.dep_ == "conj" and not own_subject:
        return  # "we will … and will …": a piece of the first verb's promise
    if any(c.dep_ == "auxpass" for c in verb.children) or verb.lemma_.lower() in NON_AGENTIVE:
        return  # "we will not be deterred" promises no act
    for piece in split_coordination(verb, without=subjects_of(verb) + promise_words(verb)):
        yield build_claim(view, lexicon, promised_kind(lexicon, piece.head, "commitment"), actor,
                     None, piece)


def quoted_claimant(view: DocView, verb: Token, quoted_by: dict[int, Actor]) -> Actor | None:
    """The speaker of the quotation round ``verb`` when its subject is "we"/"I" or names the
    speaker's own side."""
    actor = first_person_speaker(verb, view, quoted_by)
    if actor is not None:
        return actor
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    speaker = quoted_by.get(view.quoted_in[verb.i])
    if subject is None or speaker is None:
        return None
    return speaker if is_self(view, subject, speaker, quoted=True) else None
