"""The knowledge base compiled into name tables: what a run of tokens can name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tacitus.actors.aliases import NameTable, fold
from tacitus.actors.knowledge import ActorType, Country, Group, KnowledgeBase, Organisation
from tacitus.actors.layers import Layer, LayerActor


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
class LayerName:
    """An actor from a users' dictionary layer, resolved by the article's date."""

    actor: LayerActor


@dataclass(frozen=True, slots=True)
class RoleWord:
    """A role noun or title ("foreign minister", "troops") and the type it signals."""

    actor_type: ActorType
    phrase: str
    title: bool


NameValue = CountryName | SeatName | OrganisationName | GroupName | PersonName | LayerName


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    """Name tables built once from a knowledge base."""

    kb: KnowledgeBase
    names: NameTable[NameValue]
    roles: NameTable[RoleWord]


STATE_TYPES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def compile_lexicon(kb: KnowledgeBase, layers: Sequence[Layer] = (), *,
                    base: ActorLexicon | None = None) -> ActorLexicon:
    """Name and role tables of ``kb`` (``base``: those tables already built, as the start-up
    cache gives them), then of each layer for the forms nothing before it knows."""
    lexicon = base if base is not None else compile_base(kb)
    for layer in layers:
        add_layer(kb, layer, lexicon.names, lexicon.roles)
    return lexicon


def compile_base(kb: KnowledgeBase) -> ActorLexicon:
    """The name and role tables of the knowledge base alone."""
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
    return ActorLexicon(kb, names, roles)


@dataclass(frozen=True, slots=True)
class LexiconCodec:
    """The knowledge base's names and role words as plain data and back, for the start-up cache
    (``NameTable.compiled``); a layer's names are never cached."""

    kb: KnowledgeBase

    def encode_name(self, value: NameValue) -> tuple[object, ...]:
        match value:
            case CountryName(country, adjective):
                return ("country", country.code, adjective)
            case SeatName(country, organ, text):
                return ("seat", country.code, organ, text)
            case OrganisationName(organisation):
                return ("organisation", self.kb.organisations.index(organisation))
            case GroupName(group):
                return ("group", group.code)
            case PersonName(name):
                return ("person", name)
        raise ValueError(f"a layer's name is not cached: {value!r}")

    def decode_name(self, raw: object) -> NameValue:
        assert isinstance(raw, tuple)
        kind, *fields = raw
        if kind == "country":
            return CountryName(self.kb.countries[fields[0]], adjective=fields[1])
        if kind == "seat":
            return SeatName(self.kb.countries[fields[0]], fields[1], fields[2])
        if kind == "organisation":
            return OrganisationName(self.kb.organisations[fields[0]])
        if kind == "group":
            return GroupName(self.kb.groups[fields[0]])
        if kind == "person":
            return PersonName(fields[0])
        raise ValueError(f"not a cached name: {raw!r}")

    def encode_role(self, value: RoleWord) -> tuple[object, ...]:
        return (value.actor_type.code, value.phrase, value.title)

    def decode_role(self, raw: object) -> RoleWord:
        assert isinstance(raw, tuple)
        code, phrase, title = raw
        return RoleWord(self.kb.types[code], phrase, title=title)

    def to_plain(self, lexicon: ActorLexicon) -> dict[str, dict[str, bytes]]:
        return {"names": lexicon.names.compiled(self.encode_name),
                "roles": lexicon.roles.compiled(self.encode_role)}

    def from_plain(self, plain: dict[str, dict[str, bytes]]) -> ActorLexicon:
        return ActorLexicon(self.kb, NameTable.from_compiled(plain["names"], self.decode_name),
                            NameTable.from_compiled(plain["roles"], self.decode_role,
                                                    lemma_last=True, ignore_case=True))


def add_layer(kb: KnowledgeBase, layer: Layer, names: NameTable[NameValue],
              roles: NameTable[RoleWord]) -> None:
    """Add a layer's forms that are still free; a form already known keeps its meaning."""
    taken = {fold(form).casefold() for form in known_forms(kb)}
    new_names: list[tuple[str, NameValue]] = []
    for actor in layer.actors:
        code = actor.code_on(None)
        value: NameValue
        if actor.kind == "state" and code in kb.countries:
            value = CountryName(kb.countries[str(code)], adjective=False)
        else:
            value = LayerName(actor)
        for form in (actor.name, *actor.aliases):
            key = fold(form).casefold()
            if key not in taken:
                taken.add(key)
                new_names.append((form, value))
    names.extend(new_names)
    phrases = {phrase.casefold() for actor_type in kb.types.values()
               for phrase in (*actor_type.titles, *actor_type.bodies)}
    new_roles: list[tuple[str, RoleWord]] = []
    types: dict[str, ActorType] = {}
    for agent in layer.agents:
        if agent.phrase.casefold() in phrases:
            continue
        phrases.add(agent.phrase.casefold())
        actor_type = types.get(agent.code) or kb.types.get(agent.code)
        if actor_type is None:
            units = [agent.code[i:i + 3] for i in range(0, len(agent.code), 3)]
            label = " ".join(kb.types[unit].label if unit in kb.types else unit for unit in units)
            kind = "state" if units[0] in STATE_TYPES else "sector"
            actor_type = ActorType(agent.code, label, kind, (), ())
        types[agent.code] = actor_type
        new_roles.append((agent.phrase, RoleWord(actor_type, agent.phrase, title=False)))
    roles.extend(new_roles)


def known_forms(kb: KnowledgeBase) -> list[str]:
    """Every written form the knowledge base itself gives a meaning to."""
    forms: list[str] = []
    for country in kb.countries.values():
        forms += [country.name, *country.aliases, *country.adjectives]
        forms += [seat for seat, _ in country.seats]
    for organisation in kb.organisations:
        forms += [organisation.name, *organisation.aliases]
    for group in kb.groups.values():
        forms += [group.name, *group.aliases]
    for tenure in kb.tenures:
        forms += [tenure.name, *tenure.aliases]
    return forms
