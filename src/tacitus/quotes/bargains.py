"""Promises made on a condition another must meet: "would quit the coalition if the government
changed the law" threatens the government, "would free the crew if the ransom were paid" offers
what the other side wants. A condition of the claimant's own ("if it must", "would go there if
he has to") or one nobody sets ("if the floods continue") bargains nothing."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from tacitus.model import Actor
from tacitus.quotes.claim_clauses import FIRST_PERSON, conditions_of
from tacitus.quotes.spans import SUBJECT_DEPS
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

# promised on another's condition, these acts give the other side what it wants: an offer
BARGAINED_ACTS = word_set("bargained_acts")
# "if they attack": a pronoun of persons or of several stands for a side that could meet a
# condition; "if it is needed" names none
SIDE_PRONOUNS = word_set("third_person_pronouns", refers="person") | word_set(
    "third_person_pronouns", refers="plural")
# "only if": a precondition states terms, it bargains nothing
PRECONDITION_ADVERBS = word_set("precondition_adverbs")


@dataclass(frozen=True, slots=True)
class Bargain:
    """What a conditional promise is (``threat`` or ``offer``) and the side whose act the
    condition names, when the text names it."""

    kind: str
    party: Actor | None


def bargain_of(view: DocView, head: Token, actor: Actor) -> Bargain | None:
    """The bargain of ``actor``'s promise of the act ``head``, if a condition of ``head`` is
    set by another: a side named as its subject, a pronoun of persons other than the promise's
    own subject, or an outcome in the passive ("if no deal is reached")."""
    own = {c.lower_ for c in head.children if c.dep_ in SUBJECT_DEPS} | FIRST_PERSON
    for condition in conditions_of(head):
        subject = next((c for c in condition.children if c.dep_ in SUBJECT_DEPS), None)
        if (subject is not None and subject.lower_ in own) or any(
                c.lower_ in PRECONDITION_ADVERBS for c in condition.children):
            continue
        mention = view.mentions.at(subject) if subject is not None else None
        if mention is not None and mention.actor.code == actor.code:
            continue
        passive = any(c.dep_ == "auxpass" for c in condition.children)
        pronoun = subject is not None and subject.lower_ in SIDE_PRONOUNS
        if mention is None and not passive and not pronoun:
            continue
        kind = "offer" if head.lemma_.lower() in BARGAINED_ACTS else "threat"
        return Bargain(kind, mention.actor if mention is not None else None)
    return None
