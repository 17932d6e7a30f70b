"""Unnamed doers: an act whose clause names no doer ("fifty soldiers were found executed", "a
bomb exploded in a market, killing twelve people") is coded as CAMEO's human coders code it,
from the unknown actor (an empty code) to its target, rather than dropped.

``doer_unnamed`` reads the parse: the trigger's clause (climbing through open complements and
participles to the verb that has a subject) has a passive subject with no "by" agent naming an
actor, or an active subject that is no actor ("a bomb", "an explosion"); an event noun that is
its clause's subject ("a car bomb exploded") names its doer in its own phrase or not at all, and
so does one that stands elsewhere (``noun_doer_unnamed``: "were injured in an explosion"),
unless it is the means a named subject wields ("Russia attacked a plant with cruise missiles").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from tacitus.model import Actor, ActorMention
from tacitus.wordlists import word_set

UNNAMED = Actor(code="", name="", kind="unknown")
SUBJECTS = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
# a verb without its own subject takes the doer of the clause it hangs from
OPEN_CLAUSES = frozenset({"xcomp", "oprd", "advcl", "conj", "acl"})
MAX_CLIMB = 3
# the words of an event noun's own phrase that may name its doer: "an Israeli air strike",
# "Hamas's attack", "the rebel bombing" (and its "by" phrase: "an attack by rebels")
DOER_MODIFIERS = frozenset({"poss", "compound", "amod", "nmod"})
# "an attack by rebels", "were killed by police": the preposition of the doer
AGENT_PREPOSITIONS = word_set("agent_prepositions")
# "attacked a plant with cruise missiles", "fired rockets": the means of a doer's act
INSTRUMENT_PREPOSITIONS = word_set("instrument_prepositions")
OBJECTS = frozenset({"dobj"})


def is_unnamed(actor: Actor) -> bool:
    """Whether ``actor`` is the unknown doer."""
    return actor.code == ""


def doer_unnamed(head: Token, mentions: Sequence[ActorMention]) -> bool:
    """Whether the clause of the trigger ``head`` names no actor as its doer (``mentions``: the
    actors named in its sentence)."""
    if head.pos_ == "NOUN" and head.dep_ in SUBJECTS:
        # "a car bomb exploded at a police station": an event noun that is its clause's subject
        # names its doer in its own phrase ("an Israeli air strike") or not at all
        return not _names_actor(head, mentions)
    verb = clause_verb(head)
    if verb is None:
        return False
    children = list(verb.children)
    if any(child.dep_ == "agent" for child in children):
        return not any(_names_actor(child, mentions) for child in children
                       if child.dep_ == "agent")
    subjects = [child for child in children if child.dep_ in SUBJECTS]
    if subjects:
        return not any(_names_actor(child, mentions) for child in subjects)
    return any(child.dep_ in PASSIVE_SUBJECTS for child in children)


def noun_doer_unnamed(head: Token, mentions: Sequence[ActorMention]) -> bool:
    """Whether the event noun ``head``, standing elsewhere than as its clause's subject ("were
    injured in an explosion", "a large explosion was set off", "the assassination of the
    judge"), names no doer in its own phrase: its modifiers and its "by" phrase name no actor
    of ``mentions``. Its "of" phrase names whom the act strikes, not its doer."""
    if head.pos_ != "NOUN" or head.dep_ in SUBJECTS or _wielded(head, mentions):
        return False
    doers = [child for child in head.children if child.dep_ in DOER_MODIFIERS]
    doers += [item for child in head.children
              if child.dep_ == "prep" and child.lower_ in AGENT_PREPOSITIONS
              for item in child.children]
    # a name may run over several modifiers: "a Somali militant bombing"
    words = {token.i for child in doers for token in child.subtree}
    return not any(index in words for mention in mentions
                   for index in range(mention.token_start, mention.token_end))


def _wielded(head: Token, mentions: Sequence[ActorMention]) -> bool:
    """Whether the event noun ``head`` is the means of an act whose verb has a subject naming
    an actor: its object ("Russia fired rockets") or the object of an instrument preposition
    ("Russia attacked a plant with cruise missiles"); that subject is its doer."""
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in INSTRUMENT_PREPOSITIONS:
        verb = verb.head
    elif head.dep_ not in OBJECTS:
        return False
    return any(child.dep_ in SUBJECTS and _names_actor(child, mentions)
               for child in verb.children)


def clause_verb(head: Token) -> Token | None:
    """The verb of the trigger ``head``'s clause that has a subject or agent, climbing through
    open complements and participles; ``None`` when there is none."""
    verb = head
    for _ in range(MAX_CLIMB):
        if any(child.dep_ in SUBJECTS | PASSIVE_SUBJECTS | {"agent"} for child in verb.children):
            return verb
        if verb.dep_ not in OPEN_CLAUSES or verb.head == verb:
            return None
        verb = verb.head
    return verb


def _names_actor(token: Token, mentions: Sequence[ActorMention]) -> bool:
    first, last = token.left_edge.i, token.right_edge.i
    return any(first <= mention.token_start and mention.token_end - 1 <= last
               for mention in mentions)
