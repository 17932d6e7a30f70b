"""Look up one written name, alone, as of a date: the knowledge base first, then users' layers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tacitus.actors.aliases import fold
from tacitus.actors.knowledge import KnowledgeBase
from tacitus.actors.layers import Layer
from tacitus.actors.matches import state_actor
from tacitus.actors.offices import resolve_person
from tacitus.errors import UnknownActorError
from tacitus.model import Actor


@dataclass(frozen=True, slots=True)
class Lookup:
    """The actor a name stands for, how it was decided, and the type codes of its code."""

    actor: Actor
    how: str

    @property
    def types(self) -> tuple[str, ...]:
        """The three-letter units after the country or group unit (``USAGOV`` → ``GOV``)."""
        code = self.actor.code
        return tuple(code[index:index + 3] for index in range(3, len(code), 3))

    def to_dict(self) -> dict[str, object]:
        return {"code": self.actor.code, "name": self.actor.name, "country": self.actor.country,
                "types": list(self.types), "how": self.how}


def key(form: str) -> str:
    """A form compared without case, accents or a leading "the" ("the Kremlin" = "Kremlin")."""
    words = fold(form).casefold().split()
    return " ".join(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)


def lookup_actor(kb: KnowledgeBase, name: str, day: date | None, *,
                 layers: Sequence[Layer] = ()) -> Lookup:
    """The actor ``name`` (a full written form, any case) names on ``day``.

    Raises ``UnknownActorError`` when neither the knowledge base nor a layer knows the name.
    """
    wanted = key(name)
    # 1. office holders, by date
    holders = {tenure.name for tenure in kb.tenures
               if wanted in {key(form) for form in (tenure.name, *tenure.aliases)}}
    if len(holders) == 1:
        resolution = resolve_person(kb.tenures_of(holders.pop()), day)
        return Lookup(resolution.actor, "office" if resolution.in_office else "kb")
    # 2. countries, their adjectives and seats of power
    for country in kb.countries.values():
        if wanted in {key(form) for form in (country.name, *country.aliases, *country.adjectives)}:
            return Lookup(state_actor(country, None, ()), "kb")
        for seat, organ in country.seats:
            if key(seat) == wanted:
                return Lookup(state_actor(country, kb.types[organ], (seat.lower(),)), "kb")
    # 3. organisations and groups
    for organisation in kb.organisations:
        if wanted in {key(form) for form in (organisation.name, *organisation.aliases)}:
            unit = organisation.code[:3]
            return Lookup(Actor(code=organisation.code, name=organisation.name,
                                kind=organisation.kind,
                                country=unit if unit in kb.countries else None), "kb")
    for group in kb.groups.values():
        if wanted in {key(form) for form in (group.name, *group.aliases)}:
            return Lookup(Actor(code=group.code, name=group.name, kind="group",
                                country=group.country), "kb")
    # 4. users' layers, in order
    for layer in layers:
        for entry in layer.actors:
            if wanted not in {key(form) for form in (entry.name, *entry.aliases)}:
                continue
            code = entry.code_on(day)
            if code is None:
                homes = {dated.code[:3] for dated in entry.codes} & set(kb.countries)
                if len(homes) != 1:
                    continue
                code = homes.pop()
            home = code[:3] if code[:3] in kb.countries else None
            return Lookup(Actor(code=code, name=entry.name, kind=entry.kind, country=home),
                          "dictionary")
    raise UnknownActorError(f"no known actor is named {name!r}")
