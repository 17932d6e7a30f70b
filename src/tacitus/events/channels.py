"""News outlets that carry a report are no party to what it reports.

"In an interview with The Associated Press, the minister called for talks with the rebels": the
agency is where the words were said, not a side of the call. A mention of a news outlet (an
actor of the media sector) is a *channel* when the sentence makes it the one told ("told
Reuters"), the one spoken to ("speaking to the BBC", "in an interview with AP"), the one that
reported or quoted ("the agency reported", "state television quoted him") or the source cited
("according to Xinhua") (``channel_frames.tsv``). An event whose source or target is named in
its sentence only by such channels is dropped: the outlet is the reporter, the act is the
speaker's. An outlet that is itself acted on ("gunmen bombed the radio station", "police
raided the newspaper") is no channel and keeps its events.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Token

from tacitus.actors.codes import MEDIA
from tacitus.model import Actor, ActorMention, Event
from tacitus.nlp.doc_memo import root_of
from tacitus.wordlists import word_table

OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
# an active subject only: "Reuters was banned" is acted on, not reporting
ACTIVE_SUBJECT = "nsubj"
THROUGH_PREPOSITIONS = frozenset({"to", "with"})
VERB_POS = frozenset({"VERB", "AUX"})


@cache
def channel_frames() -> dict[str, frozenset[str]]:
    """The words of ``channel_frames.tsv`` by the role they give an outlet."""
    roles: dict[str, set[str]] = {}
    for word, role in word_table("channel_frames"):
        roles.setdefault(role, set()).add(word)
    return {role: frozenset(words) for role, words in roles.items()}


def is_media(actor: Actor) -> bool:
    """Whether the actor is a news outlet or other media body (its code ends in the sector)."""
    return actor.code.endswith(MEDIA)


def is_channel(head: Token) -> bool:
    """Whether the mention headed by ``head`` stands as the channel of a report."""
    frames = channel_frames()
    parent = head.head
    if head.dep_ in OBJECT_DEPS:
        return parent.lemma_.lower() in frames["object"]
    if head.dep_ == ACTIVE_SUBJECT:
        return parent.lemma_.lower() in frames["subject"]
    if head.dep_ != "pobj" or parent is head:
        return False
    governor = parent.head
    lemma = governor.lemma_.lower()
    if frames["preposition"] & {lemma, governor.lower_}:
        return True
    if parent.lower_ not in THROUGH_PREPOSITIONS:
        return False
    return lemma in frames["through" if governor.pos_ in VERB_POS else "noun"]


def channel_mentions(doc: Doc, mentions: Sequence[ActorMention]) -> frozenset[int]:
    """The positions in ``mentions`` of the news outlets named as channels."""
    found: set[int] = set()
    for position, mention in enumerate(mentions):
        if not is_media(mention.actor) or mention.token_end <= mention.token_start:
            continue
        head = root_of(doc, mention.token_start, mention.token_end)
        if is_channel(head):
            found.add(position)
    return frozenset(found)


def drop_channel_parties(doc: Doc, mentions: Sequence[ActorMention],
                         events: Sequence[Event]) -> list[Event]:
    """``events`` without those whose source or target is, in the event's sentence, named only
    as the channel of a report."""
    channels = channel_mentions(doc, mentions)
    if not channels:
        return list(events)
    return [event for event in events
            if not _only_channel(event.source, event.evidence.sentence_index, mentions, channels)
            and not _only_channel(event.target, event.evidence.sentence_index, mentions,
                                  channels)]


def _only_channel(actor: Actor | None, sentence: int, mentions: Sequence[ActorMention],
                  channels: frozenset[int]) -> bool:
    if actor is None or not is_media(actor):
        return False
    named = [position for position, mention in enumerate(mentions)
             if mention.sentence_index == sentence and mention.actor.code == actor.code]
    return bool(named) and all(position in channels for position in named)
