"""The doer's own people: an act a country's organ or person does to people its clause names by
no actor ("police arrested sixteen suspects", "the minister congratulated the engineers", "the
government warned traders") is coded by news coders with the doer's own country as its target
(its civilians, at country level). The candidate generator reads such a trigger also from each
of its doers to that doer's country (``construction`` ``own_country``); the decision stage keeps
the reading or the targetless one.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from tacitus.actors.knowledge import load_knowledge_base
from tacitus.model import Actor
from tacitus.wordlists import word_set

# the relations of the words an act is done to: its object, its passive subject, the person
# given to ("gave the farmers")
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "dative"})
# the prepositions whose object an act is done to: "cracked down on protesters", "fired at the
# crowd", "talks with the workers"
OBJECT_PREPOSITIONS = word_set("own_people_prepositions")
COMMON_NOUN = "NOUN"


def own_country(source: Actor, head: Token, named: Collection[int]) -> Actor | None:
    """The country of ``source`` as the target of the trigger ``head`` when ``source`` is an
    organ, sector or person of a country (not the country itself) and the trigger's object is
    a common noun no actor covers (``named``: the token indices of the sentence's actor
    mentions); else ``None``."""
    country = source.country
    if not country or source.code == country or not _unnamed_object(head, named):
        return None
    known = load_knowledge_base().countries.get(country)
    if known is None:
        return None
    return Actor(code=country, name=known.name, kind="state", country=country)


def _unnamed_object(head: Token, named: Collection[int]) -> bool:
    """Whether an object of ``head`` (or of its preposition of the act) is a common noun no
    actor mention covers."""
    objects = [child for child in head.children if child.dep_ in OBJECT_DEPS]
    objects += [item for child in head.children
                if child.dep_ == "prep" and child.lower_ in OBJECT_PREPOSITIONS
                for item in child.children if item.dep_ == "pobj"]
    return any(item.pos_ == COMMON_NOUN and item.i not in named for item in objects)
