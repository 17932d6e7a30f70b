"""A happening the article names again by a definite noun is the happening already kept.

News tells its main act and then names it again: "Rebels attacked a police post on Monday. …
The attack left four dead", "Monday's strike", "these talks". The decision stage scores each
trigger alone, so such a re-mention is often kept once more, with actors read from its own
sentence (the post's country against the rebels' group, a speaker beside it). The gold codes a
happening once (``docs/annotation.md``). A kept event is a *retelling* (``retells``) of an
earlier kept event of the article when

1. the two are of one CAMEO code, one refining the other as ``tacitus.events.happenings``
   compares them (an "attack", 190, retells "bombed", 195; "the arrests", 173, do not retell
   "the seizure", 171), and of one pair of actors by their country or group part
   (``actor_key``: ``USAGOV`` and ``USAMIL`` are both the US; no target on both counts as
   one pair, but two events of no named actor at all are not one pair), and
2. its trigger is a noun that points back: it has a determiner of
   ``retelling_determiners.tsv`` that points back ("the attack") or a possessive ("Monday's
   strike", "their talks"), or it is the earlier event's trigger word again ("attacked … the
   attack", "talks … talks") with no determiner that introduces another ("another attack"), and
3. the two read different triggers (a mutual act's two readings share one).

An indefinite noun ("an attack", "another raid") introduces an act, and a verb reports one:
both are left to the decision stage. Negated events are left as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from tacitus.events.background import trigger_head
from tacitus.events.decision_context import actor_key
from tacitus.events.happenings import codes_refine
from tacitus.model import Actor, Event
from tacitus.wordlists import word_set

BACK = word_set("retelling_determiners", reading="back")
NEW = word_set("retelling_determiners", reading="new")
NOUN_POS = frozenset({"NOUN", "PROPN"})


def drop_retellings(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """``events`` (in text order) without those that retell an earlier one kept."""
    kept: list[Event] = []
    for event in events:
        if not event.negated and any(retells(doc, event, earlier) for earlier in kept
                                     if not earlier.negated):
            continue
        kept.append(event)
    return kept


def retells(doc: Doc, later: Event, earlier: Event) -> bool:
    """Whether ``later`` names again the happening of ``earlier`` (module docstring)."""
    if (not codes_refine(later.cameo, earlier.cameo)
            or later.trigger_start == earlier.trigger_start
            or _pair(later) != _pair(earlier) or not any(_pair(later))):
        return False
    head = trigger_head(doc, later)
    if head is None or head.pos_ not in NOUN_POS:
        return False
    return points_back(head) or (not _introduced(head) and _same_word(doc, head, earlier))


def points_back(noun: Token) -> bool:
    """Whether an event noun has a determiner that points back, or a possessive."""
    return any(child.dep_ == "poss" or (child.dep_ == "det" and child.lower_ in BACK)
               for child in noun.children)


def _introduced(noun: Token) -> bool:
    """Whether an event noun has a determiner that introduces another happening."""
    return any(child.dep_ in {"det", "amod"} and child.lower_ in NEW for child in noun.children)


def _same_word(doc: Doc, head: Token, earlier: Event) -> bool:
    other = trigger_head(doc, earlier)
    return other is not None and other.lemma_.lower() == head.lemma_.lower()


def _pair(event: Event) -> tuple[str, str]:
    return _side(event.source), _side(event.target)


def _side(actor: Actor | None) -> str:
    return actor_key(actor) if actor is not None else ""
