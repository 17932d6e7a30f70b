"""Who reports a clause: the speaker of "…, the mayor said" is the source of the saying, not a
participant of the act it reports.

A trigger's clause is reported when it is the complement of a reporting verb ("Ukraine said Russia
struck the plant") or when a reporting clause hangs from it ("Russia struck the plant, the mayor
said"). ``speaker_tokens`` gives the tokens of that reporting verb's subject; the candidate
generator pairs the actors they name with the reported act only if the reported clause names them
too ("Russia attacked us, Ukraine said": "us" is Ukraine), or when the reported clause's subject
is a pronoun (``speaker_is_subject``: "Brazil's president said he feared …", "the ministry said it
was concerned about …": the speaker reports its own stance). A verb of the ``unreported`` roots
(aid, 07) matched by itself, with no aid for its object, is read as no act in a reported clause
(``reports_unread_act``): in what speakers say, "give", "provide" and "send" are nearly always
figures of speech ("the patrols provide a modicum of protection", "the treatment given to the
party"); "said Canada delivered food aid" names its aid and stays an act.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.events.ontology import root_group
from tacitus.events.unnamed import clause_verb
from tacitus.nlp.token_arrays import TokenArrays, arrays_of
from tacitus.wordlists import word_set

REPORTING = word_set("reporting_verbs")
PRONOUNS = word_set("personal_pronouns")
# a complement clause with its own subject: "said (that) Russia struck", "Russia struck, … said"
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# how far above a trigger its reporting verb may be
MAX_HOPS = 4
# the roots whose act a reported clause does not make (``cameo_codes.tsv``)
UNREPORTED_ROOTS = root_group("unreported")


def speaker_tokens(head: Token) -> frozenset[int]:
    """The tokens of the subject of the reporting verb above or beside the clause of ``head``
    (the trigger), or none when the clause is not reported."""
    # walked by index in the Doc's arrays: a Token is made only for the verb found
    doc = head.doc
    arrays = arrays_of(doc)
    heads, deps, children = arrays.heads, arrays.deps, arrays.children
    chain = [head.i]
    while heads[chain[-1]] != chain[-1] and len(chain) <= MAX_HOPS:
        chain.append(heads[chain[-1]])
    for token in chain:
        parent = heads[token]
        if deps[token] in REPORTED_DEPS and parent != token and _reports_at(arrays, parent):
            return _subject(doc[parent])
        for child in children[token]:
            if (deps[child] in REPORTED_DEPS and child not in chain and _reports_at(arrays, child)
                    and not any(deps[grandchild] in REPORTED_DEPS
                                for grandchild in children[child])):
                return _subject(doc[child])
    return frozenset()


def reports_unread_act(head: Token, cameo: str, *, bare: bool) -> bool:
    """Whether the trigger ``head``, coded ``cameo`` and matched by its verb alone (``bare``: no
    lexicon object, "provide", not "provide aid"), is an act of the ``unreported`` roots in a
    clause a reporting verb reports ("the minister said the patrols provide protection", "…,
    the official said")."""
    return bare and cameo[:2] in UNREPORTED_ROOTS and bool(speaker_tokens(head))


def speaker_is_subject(head: Token) -> bool:
    """Whether the clause of the trigger ``head`` has a personal pronoun for its subject, which in
    a reported clause stands for the speaker ("she said she was concerned about Iran")."""
    verb = clause_verb(head)
    return verb is not None and any(child.dep_ == "nsubj" and child.lower_ in PRONOUNS
                                    for child in verb.children)


def _reports_at(arrays: TokenArrays, index: int) -> bool:
    """Whether the token at ``index`` is a reporting verb, read from the Doc's arrays."""
    return arrays.pos[index] in {"VERB", "AUX"} and arrays.lemma_lower[index] in REPORTING


def _subject(verb: Token) -> frozenset[int]:
    return frozenset(item.i for child in verb.children if child.dep_ in SUBJECT_DEPS
                     for item in child.subtree)
