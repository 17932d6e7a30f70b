"""How the target of a pairing within one actor code is named ("Maduro said his government
would …": VENGOV and VENGOV).

``self_pair_shape`` says what the target mention of a candidate whose source and target share
one code is: the source's own body ("his government", "Mugabe's government"), an owner's word
("his", "its": the candidate reads the act as done to whoever owns something), a pronoun, a
description ("the president", "the government") or a name. The decision features read it
(``self_pair``): most pairings of one code pair two mentions of one side on one trigger, a
person and his own government, while the gold codes acts within one country between bodies
named apart (police and protesters, the government and its opposition). For two codes of
one country the features read only the owning shapes (``own_side``, ``OWNING_SHAPES``): "the
minister met his counterparts" read back to his own side, "Putin ordered his defence minister".
"""

from __future__ import annotations

from spacy.tokens import Doc

from tacitus.model import ActorMention, Event
from tacitus.nlp.doc_memo import root_of
from tacitus.nlp.token_arrays import arrays_of

# the ways a pronoun or description is resolved (``ActorMention.how``)
PRONOUN = "pronoun"
DESCRIPTION = "anaphor"
# the shapes that say the target is owned or an owner ("his counterparts", "his" itself)
OWNING_SHAPES = frozenset({"owned", "owner"})


def is_self_pair(event: Event) -> bool:
    """Whether the event's source and target have one (non-empty) actor code: a pairing the
    generator allows between differently named actors (a person and the government they belong
    to, two officials of one government), right less often than others, though gold codes some
    (a tenth of dev's and train's events: riots, arrests and talks within one country)."""
    return (event.target is not None and bool(event.source.code)
            and event.source.code == event.target.code)


def self_pair_shape(doc: Doc, target: ActorMention | None) -> str:
    """What the target mention of a pairing within one code is: ``owned`` (its head has a
    possessor: "his government"), ``owner`` (it is a possessor: "his" in "his trip"),
    ``pronoun``, ``description`` (resolved as a description: "the president"), ``named``, or
    ``none`` (no mention in the sentence)."""
    if target is None or not 0 <= target.token_start < target.token_end <= len(doc):
        return "none"
    arrays = arrays_of(doc)
    head = root_of(doc, target.token_start, target.token_end).i
    if any(arrays.deps[child] == "poss" for child in arrays.children[head]):
        return "owned"
    if arrays.deps[head] == "poss":
        return "owner"
    if target.how == PRONOUN:
        return "pronoun"
    return "description" if target.how == DESCRIPTION else "named"
