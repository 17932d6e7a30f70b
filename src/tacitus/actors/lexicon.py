"""The knowledge base compiled into name tables: what a run of tokens can name."""

from __future__ import annotations

from dataclasses import dataclass

from tacitus.actors.aliases import NameTable
from tacitus.actors.knowledge import ActorType, Country, Group, KnowledgeBase, Organisation


@dataclass(frozen=True, slots=True)
class CountryName:
    """A country by name or short form; ``adjective`` when written as one ("Chinese")."""

    country: Country
    adjective: bool


@dataclass(frozen=True, slots=True)
class SeatName:
    """A capital or seat of power standing for an organ of the state ("the Kremlin")."""

    country: Country
    organ: str
    text: str


@dataclass(frozen=True, slots=True)
class OrganisationName:
    organisation: Organisation


@dataclass(frozen=True, slots=True)
class GroupName:
    group: Group


@dataclass(frozen=True, slots=True)
class PersonName:
    """A known office holder, by canonical name."""

    name: str


@dataclass(frozen=True, slots=True)
class RoleWord:
    """A role noun or title ("foreign minister", "troops") and the type it signals."""

    actor_type: ActorType
    phrase: str
    title: bool


NameValue = CountryName | SeatName | OrganisationName | GroupName | PersonName


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Name tables built once from a knowledge base."""

    kb: KnowledgeBase
    names: NameTable[NameValue]
    roles: NameTable[RoleWord]


def compile_lexicon(kb: KnowledgeBase) -> Lexicon:
    names: NameTable[NameValue] = NameTable()
    for country in kb.countries.values():
        for form in (country.name, *country.aliases):
            names.add(form, CountryName(country, adjective=False))
        for form in country.adjectives:
            names.add(form, CountryName(country, adjective=True))
        for seat, organ in country.seats:
            names.add(seat, SeatName(country, organ, seat))
    for organisation in kb.organisations:
        for form in (organisation.name, *organisation.aliases):
            names.add(form, OrganisationName(organisation))
    for group in kb.groups.values():
        for form in (group.name, *group.aliases):
            names.add(form, GroupName(group))
    for tenure in kb.tenures:
        for form in (tenure.name, *tenure.aliases):
            names.add(form, PersonName(tenure.name))
    roles: NameTable[RoleWord] = NameTable(lemma_last=True, ignore_case=True)
    for actor_type in kb.types.values():
        for phrase in actor_type.titles:
            roles.add(phrase, RoleWord(actor_type, phrase, title=True))
        for phrase in actor_type.bodies:
            roles.add(phrase, RoleWord(actor_type, phrase, title=False))
    return Lexicon(kb, names, roles)
