"""One act between two actors a sentence: the acts a sentence names inside another act between the
same two actors are that act's content, not events of the article.

A news sentence reports an act and, inside it, what the act is about: "the ministry denied that
the army had arrested the two envoys", "the party demanded that the government release the
prisoners", "the minister rejected calls for talks with the rebels". A careful coder records the
outer act (the denial, the demand, the rejection) and not the arrest, the release or the talks
it names, which the sentence does not report as done. An event is such *content*
(``content_of``) when another event of the same sentence

1. has the same source and the same target, by country or group (``actor_key``: ``USAGOV`` and
   ``USAMIL`` are both the US), and
2. has a trigger that the event's trigger depends on in the parse (the event's trigger word lies
   below it: "denied" governs "arrested", "calls" governs "talks"), other than as its subject
   (an act's subject names who acts: "the opposition demanded …" is the opposition's demand).

Acts coordinated with each other ("seized the ship and arrested the crew": the second verb is
linked to the first as a conjunct only) stay two events; so do acts of one sentence between
different actors, and events without a target. Negated events are left as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from tacitus.events.background import trigger_head
from tacitus.events.decision_context import actor_key
from tacitus.model import Event

# the outer act's subject names who acts ("the opposition demanded"), not what the act is about
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})


def drop_content_acts(doc: Doc, events: Sequence[Event]) -> tuple[Event, ...]:
    """``events`` (of the article parsed into ``doc``) less those that are the content of
    another of them (module docstring), in their order."""
    heads = [trigger_head(doc, event) for event in events]
    kept: list[Event] = []
    for event, head in zip(events, heads, strict=True):
        if not any(content_of(event, head, other, other_head)
                   for other, other_head in zip(events, heads, strict=True)
                   if other is not event):
            kept.append(event)
    return tuple(kept)


def content_of(event: Event, head: Token | None, other: Event, other_head: Token | None) -> bool:
    """Whether ``event`` (its trigger's head ``head``) is the content of ``other`` (its trigger's
    head ``other_head``): same sentence, same dyad, and the trigger below ``other``'s."""
    if event.negated or head is None or other_head is None or head.i == other_head.i:
        return False
    if event.evidence.sentence_index != other.evidence.sentence_index:
        return False
    if event.target is None or other.target is None:
        return False
    if (actor_key(event.source), actor_key(event.target)) != (actor_key(other.source),
                                                             actor_key(other.target)):
        return False
    return _below(head, other_head)


def _below(head: Token, governor: Token) -> bool:
    """Whether ``governor`` is above ``head`` in the parse by at least one link that is not a
    coordination (a conjunct's link to the first conjunct is not dependence)."""
    links: list[str] = []
    token = head
    while token.i != governor.i:
        if token.head.i == token.i:
            return False
        links.append(token.dep_)
        token = token.head
    return links[-1] not in SUBJECTS and any(link != "conj" for link in links)
