"""Whom an act is done to is never its doer: "five soldiers were arrested", "the reporter
detained at the border", "the arrest of a commander".

``patient_tokens`` reads the parse around a trigger for the words naming its patient: its passive
subjects (on a coordinated participle, the first one's: "was arrested and charged"), the noun a
past participle describes ("the man detained in Kabul", apart from the participle's own
phrases), and, for an event noun of coercion or violence, its "of" phrase ("the killing of two
guards"). The candidate generator never takes an actor named there as the act's source; the
decision stage reads it too (``tacitus.events.actor_roles``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tacitus.events.ontology import root_group
from tacitus.nlp.doc_memo import DocMemo

PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
SUBJECTS = PASSIVE_SUBJECTS | frozenset({"nsubj", "csubj", "expl"})
PARTICIPLE = "VBN"
# the acts whose event noun's "of" phrase names whom they strike ("the arrest of X"), unlike
# "the visit of X" or "the deployment of X", whose "of" phrase names the doer or what it moves
STRIKING_ROOTS = root_group("coercion_and_violence")
NOUN_POS = frozenset({"NOUN", "PROPN"})
# a clause inside a noun phrase has actors of its own: "fighters seized by Turkey were held"
CLAUSE_DEPS = frozenset({"acl", "relcl"})


def patient_tokens(head: Token, cameo: str) -> frozenset[int]:
    """The indices of the tokens naming whom the act of the trigger ``head`` (code ``cameo``) is
    done to, as its parse shows them (module docstring); read once per trigger of the last
    ``Doc`` (the candidate generator and the decision stage ask it for each pair of actors)."""
    return _PATIENTS.get(head.doc, (head.i, cameo[:2] in STRIKING_ROOTS))


def _patient_tokens(doc: Doc, key: tuple[int, bool]) -> frozenset[int]:
    index, striking = key
    head = doc[index]
    found: set[int] = set()
    for subject in _passive_subjects(head):
        found.update(_own_words(subject))
    if head.dep_ == "acl" and head.tag_ == PARTICIPLE and head.head.pos_ in NOUN_POS:
        # "the man detained in Kabul": the noun, not the participle's own phrases
        own = {token.i for token in head.subtree}
        found.update(token.i for token in head.head.subtree if token.i not in own)
    if head.pos_ in NOUN_POS and striking:
        found.update(token.i for child in head.children
                     if child.dep_ == "prep" and child.lower_ == "of"
                     for token in child.subtree if token != child)
    return frozenset(found)


_PATIENTS: DocMemo[tuple[int, bool], frozenset[int]] = DocMemo(_patient_tokens)


def _passive_subjects(head: Token) -> list[Token]:
    """The passive subjects of ``head``, or of the participle it is coordinated with when it has
    no subject of its own ("was arrested and charged")."""
    own = [child for child in head.children if child.dep_ in PASSIVE_SUBJECTS]
    if own or any(child.dep_ in SUBJECTS for child in head.children):
        return own
    if head.dep_ == "conj" and head.tag_ == PARTICIPLE and head.head.tag_ == PARTICIPLE:
        return [child for child in head.head.children if child.dep_ in PASSIVE_SUBJECTS]
    return []


def _own_words(noun: Token) -> set[int]:
    """The indices of ``noun``'s phrase without the clauses inside it."""
    inner = {token.i for child in noun.children if child.dep_ in CLAUSE_DEPS
             for token in child.subtree}
    return {token.i for token in noun.subtree if token.i not in inner}
