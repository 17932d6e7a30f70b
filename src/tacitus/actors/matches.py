"""What the name tables found in a Doc (atoms) and the mentions built from them (drafts)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from tacitus.actors.actor_lexicon import ActorLexicon, NameValue, RoleWord
from tacitus.actors.knowledge import ActorType, Country
from tacitus.actors.token_reading import reading_of
from tacitus.model import Actor

VERBS = frozenset({"VERB", "AUX"})
# how a mention of an organisation no table knows was made (``organisation_pass``): its country
# stated by its own words (its name, a description, a town or body it names; or no country, an
# international body), or only placed by the story around it (its setting or dominant country);
# a mention so placed never counts toward where the story is set, which would be circular
NAMED_HOW = "name"
PLACED_HOW = "placed"
UNKNOWN_BODY_HOWS = frozenset({NAMED_HOW, PLACED_HOW})
STORY_PLACED = frozenset({PLACED_HOW})


@dataclass(frozen=True, slots=True)
class Atom:
    """One name or role word matched over tokens ``start``..``end``."""

    start: int
    end: int
    value: NameValue | RoleWord


@dataclass(frozen=True, slots=True)
class Draft:
    """A mention before offsets; ``country_pending`` waits for a country from context; a
    ``local`` title is that of a place or body no table knows ("Ontario Premier"), whose country
    comes from where the story is, never from the other actors'."""

    start: int
    end: int
    actor: Actor
    how: str
    country_pending: ActorType | None = None
    local: bool = False


def find_atoms(doc: Doc, texts: Sequence[str], lexicon: ActorLexicon) -> list[Atom]:
    """Every longest name or role-word match, left to right, without overlaps."""
    atoms: list[Atom] = []
    skipped = reading_of(doc).space_or_punct
    # where no name or role word can start, neither table is asked
    names_at = lexicon.names.may_start(doc, texts)
    roles_at = lexicon.roles.may_start(doc, texts)
    index = 0
    for start, (skip, name_may, role_may) in enumerate(zip(skipped, names_at, roles_at,
                                                           strict=True)):
        if start < index or skip or not (name_may or role_may):
            continue
        name = lexicon.names.match_at(doc, texts, start) if name_may else None
        if name is not None and overtaken(doc, texts, lexicon, name.start, name.end):
            # "the West" inside "the West Bank": the later, longer name wins
            continue
        role = lexicon.roles.match_at(doc, texts, start) if role_may else None
        if role is not None and doc[role.end - 1].pos_ in VERBS:
            # "the US pressed Iran", "police suspected him": a verb, no role
            role = None
        best: Atom | None = None
        if name is not None:
            best = Atom(name.start, name.end, name.value)
        if role is not None and (name is None or role.end > name.end):
            best = Atom(role.start, role.end, role.value)
        if best is None:
            continue
        atoms.append(best)
        index = best.end
    return atoms


def overtaken(doc: Doc, texts: Sequence[str], lexicon: ActorLexicon, start: int, end: int) -> bool:
    """Whether a name starting inside ``start``..``end`` runs past ``end``."""
    for inner in range(start + 1, end):
        later = lexicon.names.match_at(doc, texts, inner)
        if later is not None and later.end > end:
            return True
    return False


def state_actor(country: Country, actor_type: ActorType | None, roles: tuple[str, ...]) -> Actor:
    """The country itself, or one of its organs or sectors ("Pakistan government")."""
    if actor_type is None:
        return Actor(code=country.code, name=country.name, kind="state", country=country.code)
    return Actor(code=country.code + actor_type.code, name=f"{country.name} {actor_type.label}",
                 kind=actor_type.kind, country=country.code, roles=roles)

