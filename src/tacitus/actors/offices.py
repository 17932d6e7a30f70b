"""Resolve a named office holder by the article's date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tacitus.actors.knowledge import ActorType, Tenure
from tacitus.model import Actor


@dataclass(frozen=True, slots=True)
class PersonResolution:
    """The actor a person name stands for on a date, and whether an office decided it."""

    actor: Actor
    in_office: bool


def resolve_person(tenures: tuple[Tenure, ...], day: date | None,
                   titles: tuple[str, ...] = ()) -> PersonResolution:
    """In office on ``day`` → the office's code; out of office → the country; no date → latest.

    ``tenures`` must all belong to one person (and there must be at least one).
    """
    latest = max(tenures, key=lambda tenure: tenure.start)
    if day is None:
        current: Tenure | None = latest
    else:
        covering = [tenure for tenure in tenures if tenure.covers(day)]
        current = max(covering, key=lambda tenure: tenure.start) if covering else None
    if current is None:
        return PersonResolution(Actor(code=latest.country, name=latest.name, kind="person",
                                      country=latest.country, roles=titles), in_office=False)
    return PersonResolution(
        Actor(code=current.code, name=current.name, kind="person", country=current.country,
              roles=titles or (current.office,)),
        in_office=True,
    )


def title_type(types: dict[str, ActorType], titles: tuple[str, ...]) -> ActorType | None:
    """The type the last title signals ("indian external affairs minister" → GOV), if any."""
    if not titles:
        return None
    title = titles[-1]
    best: tuple[int, ActorType] | None = None
    for actor_type in types.values():
        for phrase in actor_type.titles:
            lowered = phrase.lower()
            if ((title == lowered or title.endswith(" " + lowered))
                    and (best is None or len(lowered) > best[0])):
                best = (len(lowered), actor_type)
    return best[1] if best else None
