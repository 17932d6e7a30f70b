"""How role words join a name into one phrase: atoms next to each other (through "'s"), up to three
qualifiers before a title ("Indian External Affairs Minister"), an apposition after a name
("Qureshi, Pakistan's foreign minister"), and a body owned by private people ("the residents'
committee")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from tacitus.actors.actor_lexicon import CountryName, RoleWord
from tacitus.actors.aliases import fold
from tacitus.actors.knowledge import Country
from tacitus.actors.matches import Atom

POSSESSIVES = frozenset({"'s", "'", "s"})
MAX_QUALIFIERS = 3
MAX_APPOSITION_QUALIFIERS = 2
QUALIFIER_POS = frozenset({"PROPN", "ADJ", "NOUN"})
# roles.tsv's kinds: an organ of the state, and the people of a sector of society
STATE_KIND, SECTOR_KIND = "state", "sector"


def adjacent(doc: Doc, atoms: Sequence[Atom], position: int, j: int, *,
             allow_possessive: bool = True) -> bool:
    """Whether atom ``j`` starts at ``position``, or one "'s" after it."""
    start = atoms[j].start
    if start == position:
        return True
    return (allow_possessive and start == position + 1
            and fold(doc[position].text).lower() in POSSESSIVES)


def private_body(doc: Doc, owner: Atom, body: Atom) -> bool:
    """Whether ``body`` is a body or title word that ``owner``, people of a sector of society
    written in small letters, own through "'s" or "'" ("the residents' committee", "the rebels'
    commander"): theirs, not an organ of the state, whatever the word names alone; a name in
    capitals ("the People's Assembly") is the organ's own."""
    owner_role, body_role = owner.value, body.value
    return (isinstance(owner_role, RoleWord) and isinstance(body_role, RoleWord)
            and doc[owner.start:owner.end].text.islower()
            and owner_role.actor_type.kind == SECTOR_KIND
            and body_role.actor_type.kind == STATE_KIND
            and body.start == owner.end + 1 and fold(doc[owner.end].text).lower() in POSSESSIVES)


def qualifier_start(doc: Doc, covered: Sequence[bool], atoms: Sequence[Atom], position: int,
                    j: int) -> int | None:
    """Where up to three unmatched qualifying words before a title start, as in
    "Indian External Affairs Minister"; ``None`` when atom ``j`` is no title reached so."""
    atom = atoms[j]
    if not isinstance(atom.value, RoleWord) or not atom.value.title:
        return None
    first = position
    if first < atom.start and fold(doc[first].text).lower() in POSSESSIVES:
        first += 1
    gap = range(first, atom.start)
    if len(gap) > MAX_QUALIFIERS:
        return None
    if all(not covered[index] and doc[index].pos_ in QUALIFIER_POS
           for index in gap):
        return first
    return None


def apposition(doc: Doc, covered: Sequence[bool], atoms: Sequence[Atom], k: int, position: int
               ) -> tuple[int, int, Country | None, list[RoleWord]] | None:
    """At ``position``: ", [the] [country ['s]] title…"; atom index and token after it."""
    if position >= len(doc) or doc[position].text != ",":
        return None
    cursor = position + 1
    if cursor < len(doc) and doc[cursor].lower_ == "the":
        cursor += 1
    j = k
    country: Country | None = None
    if j < len(atoms) and atoms[j].start == cursor:
        value = atoms[j].value
        if isinstance(value, CountryName):
            country = value.country
            cursor = atoms[j].end
            j += 1
    cursor = skip_qualifiers(doc, covered, atoms, cursor, j, possessive=country is not None)
    words: list[RoleWord] = []
    while (j < len(atoms) and isinstance(atoms[j].value, RoleWord)
           and adjacent(doc, atoms, cursor, j, allow_possessive=not words)):
        value = atoms[j].value
        assert isinstance(value, RoleWord)
        words.append(value)
        cursor = atoms[j].end
        j += 1
    if not words or not words[-1].title:
        return None
    return j, cursor, country, words


def skip_qualifiers(doc: Doc, covered: Sequence[bool], atoms: Sequence[Atom], cursor: int, j: int,
                    *, possessive: bool) -> int:
    """Past "'s" and up to two adjectives before atom ``j`` ("Algeria's leading human rights
    activist"), when that is what lies between; else ``cursor`` unchanged."""
    if j >= len(atoms):
        return cursor
    moved = cursor
    if possessive and moved < len(doc) and fold(doc[moved].text).lower() in (
            POSSESSIVES):
        moved += 1
    start = atoms[j].start
    gap = range(moved, start)
    if len(gap) <= MAX_APPOSITION_QUALIFIERS and all(
            not covered[index] and (doc[index].pos_ == "ADJ"
                                         or doc[index].dep_ == "amod")
            for index in gap):
        return start
    return cursor
