"""The other party named the sentence before: targets a trigger borrows from it.

A story names the other party once and then tells what was done to it, in a sentence naming its
doer alone ("Israeli troops entered Jenin. Britain condemned the move."). A trigger whose
sentence names one actor alone, and that actor its doer, borrows as its target each of the last
two actors the sentence before names. The construction tells the decision stage which kind of
pairing it reads: a reaction (statements, appeals, approval, demands, disapproval, rejection,
threats and protests: ``root_group("reaction")``) or another act (``earlier_reaction``,
``earlier_target``), and whether the actor borrowed did an act the coder codes in the sentence
before (``earlier_reaction_doer``, ``earlier_target_doer``), or was only named there (the
decision stage learns which of them to keep).

Two pairings are never borrowed: an actor of the doer's own code ("the minister … the
government"), and, for a reaction, an actor of another country than the doer's that did no act
the coder codes in the sentence before ("a U.S.-backed attempt", the police of the country a
statement is about): the other party of a reaction is the doer of what it answers. On the train
split such candidates were right 7 of 42 and 7 of 68 times, against 165 of 640 borrowings in
all (``scripts/borrowed_study.py``).

Two triggers borrow nothing. A reaction to a happening its object names by an event noun
("condemned the strikes"): the references stage (``tacitus.events.references``) aims it at the
latest matching act, and only there. An act named by a noun ("condemned the offensive"): its
doer is seldom the actor of its sentence but the one the sentence before reports.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tacitus.events.lexicon_matching import Trigger
from tacitus.events.ontology import root_group
from tacitus.events.references import referred_noun
from tacitus.events.unnamed import is_unnamed
from tacitus.model import Actor, Event, same_actor

REACTION_ROOTS = root_group("reaction")
# the actors of the sentence before an act borrows, last named first
EARLIER_ACTORS = 2
REACTION_CONSTRUCTION = "earlier_reaction"
DOER_REACTION_CONSTRUCTION = "earlier_reaction_doer"
TARGET_CONSTRUCTION = "earlier_target"
DOER_TARGET_CONSTRUCTION = "earlier_target_doer"
# the construction of a borrowed target, by whether the trigger is a reaction and whether the
# actor borrowed acted in the sentence before
KINDS = {False: {False: TARGET_CONSTRUCTION, True: DOER_TARGET_CONSTRUCTION},
         True: {False: REACTION_CONSTRUCTION, True: DOER_REACTION_CONSTRUCTION}}


@dataclass(frozen=True, slots=True)
class Borrowed:
    """A target borrowed from the sentence before, and the construction that names how."""

    target: Actor
    construction: str


def borrowed_targets(trigger: Trigger, *, actors: Sequence[Actor], doers: Sequence[Actor],
                     before: Sequence[Actor], acts_before: Sequence[Event],
                     event_nouns: Mapping[str, str]) -> list[Borrowed]:
    """The targets ``trigger`` borrows from the sentence before (module docstring): ``actors``
    are those of its own sentence, ``doers`` those that may do its act, ``before`` the actors
    the sentence before names, last named first, and ``acts_before`` the coder's events there."""
    if len(actors) != 1 or len(doers) != 1 or not same_actor(actors[0], doers[0]):
        return []
    doer = doers[0]
    sources = [event.source for event in acts_before if not is_unnamed(event.source)]
    reaction = trigger.cameo[:2] in REACTION_ROOTS
    if reaction:
        noun = referred_noun(trigger.head)
        if noun is not None and (noun.lemma_.lower() in event_nouns
                                 or noun.lower_ in event_nouns):
            return []
    elif trigger.head.pos_ != "VERB":
        return []
    kinds = KINDS[reaction]
    named = [actor for actor in before if not same_actor(actor, doer)][:EARLIER_ACTORS]
    borrowed = [(actor, any(same_actor(actor, source) for source in sources)) for actor in named]
    return [Borrowed(actor, kinds[acted]) for actor, acted in borrowed
            if _may_borrow(actor, doer, reaction=reaction, acted=acted)]


def _may_borrow(actor: Actor, doer: Actor, *, reaction: bool, acted: bool) -> bool:
    """Whether ``doer`` may borrow ``actor`` (``acted``: whether it did a coded act in the
    sentence before) as the target of its act, a ``reaction`` or not (module docstring)."""
    if actor.code == doer.code:
        return False
    return acted or not (reaction and actor.country is not None and doer.country is not None
                         and actor.country != doer.country)
