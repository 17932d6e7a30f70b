"""Bodies named after a city ("Tel Aviv University", "the University of Tel Aviv", "Cairo
University"): where no country is named beside them, the city their name starts or ends with
places them, when the gazetteer knows it as a large city of one country (or one far larger than
its namesakes abroad)."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.actors.places import MODIFIER_TOWN, make_locator
from tacitus.actors.token_reading import reading_of

# the words before a name's last word that are part of it ("Tel Aviv")
NAME_DEPS = frozenset({"compound", "flat"})
# the entity types of a body's name or a city's (never a person's)
BODY_ENTITIES = frozenset({"ORG", "FAC", "GPE"})
# a city whose namesakes in other countries are all this many times smaller is the one meant
DOMINANT = 10


def town_country(name: Token) -> str | None:
    """The country of the large city that starts the name ``name`` ends ("Tel Aviv University")
    or that is the whole name ("Tel Aviv" of "the University of Tel Aviv")."""
    if name.ent_type_ not in BODY_ENTITIES:
        # "Dr Karin Holm": a person's name is no town's, whatever towns share it
        return None
    doc = name.doc
    start = min((child.i for child in name.lefts if child.dep_ in NAME_DEPS), default=name.i)
    if not doc[start].text[:1].isupper():
        return None
    match = make_locator().place_at(doc, start, reading_of(doc).folded)
    if match is None or match[0] > name.i + 1:
        return None
    places = match[1].places
    first = places[0]
    if first.population < MODIFIER_TOWN:
        return None
    others = [place.population for place in places if place.country != first.country]
    return first.country if all(DOMINANT * other <= first.population for other in others) else None
