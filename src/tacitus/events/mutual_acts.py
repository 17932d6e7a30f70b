"""Mutual acts are coded from each side (``docs/annotation.md``): "Chile and Peru signed an accord",
"talks between Chile and Peru" and "Chilean troops clashed with Peruvian forces" are two events
each, one from each party; "Chile met Peru" and "Chile and Peru accused Bolivia" are one.

``is_mutual`` tells whether an act between two actor mentions, read at its trigger ``head``, is
such an act: a fight (``mutual_acts.tsv``: a clash, a battle, "fought", coded as assault or
fighting) or an act of the ``reciprocal`` roots (intent to cooperate, consultation, diplomatic and
material cooperation) whose two parties are named together, coordinated ("Chile and Peru met",
"talks between Chile and Peru"), or a fight whose other party is its "with" or "between" phrase
(``party_prepositions.tsv``: "clashed with the rebels"); "Chile met with Peru" stays one event.
``fight_parties`` tells the candidate generator which words name such a party: a doer too, not
only what the fight strikes. The decision stage keeps the reverse reading of each mutual act it
keeps.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from tacitus.events.ontology import root_group
from tacitus.model import Actor, ActorMention, same_actor
from tacitus.wordlists import word_set

FIGHTS = word_set("mutual_acts")
PARTY_PREPOSITIONS = word_set("party_prepositions")
# the roots a fight is coded under: an assault or fighting, not a verbal "clash" over a budget
FIGHT_ROOTS = root_group("assault_or_fight")
# acts that are mutual when their parties do them together ("China and Russia met")
RECIPROCAL_ROOTS = root_group("reciprocal")


def is_fight(head: Token, cameo: str) -> bool:
    """Whether the trigger ``head`` (code ``cameo``) is a fight: a clash, a battle, "fought"."""
    return head.lemma_.lower() in FIGHTS and cameo[:2] in FIGHT_ROOTS


def fight_parties(head: Token, cameo: str) -> frozenset[int]:
    """The indices of the words naming the other party of a fight (trigger ``head``, code
    ``cameo``) by a preposition: "clashed with the rebels"; none for another act."""
    if not is_fight(head, cameo):
        return frozenset()
    return frozenset(token.i for child in head.children
                     if child.dep_ == "prep" and child.lower_ in PARTY_PREPOSITIONS
                     for token in child.subtree if token != child)


def is_mutual(head: Token, cameo: str, source: ActorMention | None,
              target: ActorMention | None) -> bool:
    """Whether the act of the trigger ``head`` (code ``cameo``) between the mentions ``source``
    and ``target`` is mutual (module docstring)."""
    if source is None or target is None:
        return False
    if is_fight(head, cameo) and {source.token_start, target.token_start} & fight_parties(
            head, cameo):
        return True
    return ((cameo[:2] in RECIPROCAL_ROOTS or is_fight(head, cameo))
            and _coordinated(head, source, target))


def nearest_mention(actor: Actor, sentence_index: int, position: int,
                    mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The mention of ``actor`` in sentence ``sentence_index`` nearest the character
    ``position``."""
    return min((mention for mention in mentions if mention.sentence_index == sentence_index
                and same_actor(mention.actor, actor)),
               key=lambda mention: abs(mention.start - position), default=None)


def _coordinated(head: Token, one: ActorMention, other: ActorMention) -> bool:
    """Whether a word of ``one`` is coordinated with a word of ``other``: "Chile and Peru"."""
    doc = head.doc
    theirs = range(other.token_start, other.token_end)
    return any(conjunct.i in theirs for index in range(one.token_start, one.token_end)
               for conjunct in doc[index].conjuncts)
