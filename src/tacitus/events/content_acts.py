"""What an act is about is not an act: the acts a sentence names inside a statement, appeal,
demand, accusation, rejection or threat between the same two actors are its content, not events.

A news sentence reports an act and, inside it, what the act is about: "the ministry denied that
the army had arrested the two envoys", "the party demanded that the government release the
prisoners", "the minister rejected calls for talks with the rebels". A careful coder records the
outer act (the denial, the demand, the rejection) and not the arrest, the release or the talks
it names, which the sentence does not report as done. An event is such *content*
(``content_of``) when another event of the same sentence

1. is an act that does not assert what it is about (its code starts with a prefix of
   ``unasserting_codes.tsv``: statements, appeals, intents, talks, demands, accusations,
   rejections, threats; not condemnation or praise, which presuppose the act, nor material
   acts, whose objects are targets and scenes),
2. has the same source and the same target, by country or group (``actor_key``: ``USAGOV`` and
   ``USAMIL`` are both the US), and
3. has a trigger that the event's trigger depends on in the parse through complement links: not
   as its subject (an act's subject names who acts: "the opposition demanded …"), not through an
   adverbial clause (when, why or how: "demanded compensation after troops shelled the post"),
   not through a preposition of circumstance ("threatened them during talks"), and not only as a
   conjunct ("seized the ship and arrested the crew" are two acts).

Acts between different actors, events without a target, and negated events are left as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from tacitus.datatables import read_packaged_table
from tacitus.errors import KnowledgeBaseError
from tacitus.events.background import trigger_head
from tacitus.events.decision_context import actor_key
from tacitus.events.ontology import load_ontology
from tacitus.model import Event
from tacitus.wordlists import word_set

UNASSERTING_TABLE = "unasserting_codes.tsv"
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
ADJUNCT_CLAUSE = "advcl"
# an event noun after these names the scene of the act above it ("killed during clashes")
CIRCUMSTANCES = word_set("circumstance_prepositions")


@lru_cache(maxsize=1)
def load_unasserting_codes() -> tuple[str, ...]:
    """The packaged code prefixes of acts that do not assert what they are about, each checked
    against the ontology (once per process)."""
    ontology = load_ontology()
    codes: list[str] = []
    for row in read_packaged_table("tacitus.events", UNASSERTING_TABLE, ("code",)):
        if row["code"] not in ontology:
            raise row.fail(f"unknown CAMEO code {row['code']!r}")
        if row["code"] in codes:
            raise row.fail(f"{row['code']} is listed twice")
        codes.append(row["code"])
    if not codes:
        raise KnowledgeBaseError(f"{UNASSERTING_TABLE}: no rows")
    return tuple(codes)


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
    head ``other_head``): rules 1–3 of the module docstring."""
    if event.negated or head is None or other_head is None or head.i == other_head.i:
        return False
    if event.evidence.sentence_index != other.evidence.sentence_index:
        return False
    if event.target is None or other.target is None:
        return False
    if not other.cameo.startswith(load_unasserting_codes()):
        return False
    if (actor_key(event.source), actor_key(event.target)) != (actor_key(other.source),
                                                             actor_key(other.target)):
        return False
    return _complement_of(head, other_head)


def _complement_of(head: Token, governor: Token) -> bool:
    """Whether ``governor`` is above ``head`` in the parse through complement links (rule 3)."""
    links: list[str] = []
    token = head
    while token.i != governor.i:
        if token.head.i == token.i:
            return False
        if token.dep_ == ADJUNCT_CLAUSE or (token.dep_ == "prep"
                                            and token.lower_ in CIRCUMSTANCES):
            return False
        links.append(token.dep_)
        token = token.head
    return links[-1] not in SUBJECTS and any(link != "conj" for link in links)
