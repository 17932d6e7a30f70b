"""Where an act happens is not who does it: "jets bombed villages in Iraq and Syria" names Syria
as the act's place.

``preposition_to`` gives the preposition that attaches a word, on its way up the parse, to a
trigger ("talks with Kenya": "with"); ``is_setting`` tells whether an actor so attached is a
country set as a place by a preposition of place (``place_prepositions.tsv``, ``country_place``:
"in", "across", "inside" …). The resolver already takes most such countries for places; one it
kept (the second of "in Iraq and Syria") the decision stage weighs (``tacitus.events.actor_roles``)
rather than the generator dropping it: the country where people protest or riot is the doer
CAMEO codes when no other is named.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.nlp.token_arrays import arrays_of
from tacitus.wordlists import word_set

SETTING_PREPOSITIONS = word_set("place_prepositions", country_place="yes")
# how far above a mention its trigger may be for the preposition between them to count
MAX_CLIMB = 4
STATE_KIND = "state"
PREPOSITION_DEPS = frozenset({"prep", "agent"})


def preposition_to(token: Token, head: Token) -> Token | None:
    """The preposition nearest ``token`` on its way up to ``head``, if ``head`` is reached."""
    arrays = arrays_of(token.doc)
    heads, deps = arrays.heads, arrays.deps
    # climbed by index in the Doc's arrays (no Token made on the way)
    current, target = token.i, head.i
    found: int | None = None
    for _ in range(MAX_CLIMB):
        if current == target or heads[current] == current:
            break
        parent = heads[current]
        if found is None and deps[current] == "pobj" and deps[parent] in PREPOSITION_DEPS:
            found = parent
        current = parent
    return token.doc[found] if found is not None and current == target else None


def is_setting(kind: str, preposition: Token) -> bool:
    """Whether an actor of ``kind`` whose mention ``preposition`` (``preposition_to``) attaches to
    a trigger is a country named as the act's place."""
    return kind == STATE_KIND and preposition.lower_ in SETTING_PREPOSITIONS
