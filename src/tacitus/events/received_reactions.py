"""Reactions received: a reaction named by a noun that is the object of a verb of receiving
(``receiving_verbs.tsv``) is aimed at that verb's subject, and its doer is named in the noun's
"from" phrase or not at all: "the plan drew criticism from France" is France's criticism of the
plan's author, "the minister faced calls to resign" an appeal to the minister by unnamed others,
"the minister came under fire" likewise.

``receiver_tokens`` gives the tokens of that subject, which the candidate generator never takes
as the reaction's source; ``unnamed_reactors`` whether no actor is named in the "from" phrase
(the reaction is then also read from the unknown actor).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from tacitus.events.ontology import root_group
from tacitus.model import ActorMention
from tacitus.wordlists import word_set

RECEIVING_VERBS = word_set("receiving_verbs")
REACTION_ROOTS = root_group("reaction")
NOUN_POS = frozenset({"NOUN"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# words that keep a noun inside the object phrase it is listed or compounded in
PHRASE_DEPS = frozenset({"compound", "conj"})
# "came under criticism": the verb and its preposition
UNDER = ("come", "under")
FROM = "from"


def receiver_tokens(head: Token, cameo: str) -> frozenset[int]:
    """The tokens naming whom the reaction noun ``head`` (coded ``cameo``) is aimed at: the
    subject of the verb of receiving it is the object of; none for another trigger."""
    verb = _receiving_verb(head, cameo)
    if verb is None:
        return frozenset()
    return frozenset(token.i for child in verb.children if child.dep_ in SUBJECT_DEPS
                     for token in child.subtree)


def unnamed_reactors(head: Token, cameo: str, mentions: Sequence[ActorMention]) -> bool:
    """Whether the received reaction ``head`` names none of ``mentions`` in its "from" phrase
    (false for a noun that is no received reaction)."""
    verb = _receiving_verb(head, cameo)
    if verb is None:
        return False
    # the parser hangs "from France" on the noun or on the verb
    words = {token.i for child in (*head.children, *verb.children)
             if child.dep_ == "prep" and child.lower_ == FROM for token in child.subtree}
    return not any(mention.token_start in words for mention in mentions)


def _receiving_verb(head: Token, cameo: str) -> Token | None:
    if head.pos_ not in NOUN_POS or cameo[:2] not in REACTION_ROOTS:
        return None
    phrase = head
    while phrase.dep_ in PHRASE_DEPS and phrase.head.i != phrase.i:
        phrase = phrase.head
    governor = phrase.head
    if phrase.dep_ == "dobj" and governor.lemma_.lower() in RECEIVING_VERBS:
        return governor
    if (phrase.dep_ == "pobj" and governor.lower_ == UNDER[1]
            and governor.head.lemma_.lower() == UNDER[0]):
        return governor.head
    return None
