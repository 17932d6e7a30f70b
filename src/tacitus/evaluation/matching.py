"""Match found events to gold events by Tacitus's rules and count hits, misses and false alarms.

A found event matches a gold event when its CAMEO code agrees with one gold alternative (at root
level: the first two digits; at full level: the whole code) and its source and target each agree
with one gold alternative (the same country, group or organisation: ``actor_match.codes_agree``),
or are absent where the gold allows an empty alternative. Each gold event matches at most one found
event and the reverse; the pairing is a maximum matching, so the order of events never changes the
score.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from tacitus.evaluation.actor_match import codes_agree
from tacitus.evaluation.metrics import Counts
from tacitus.evaluation.records import FoundEvent, GoldEvent

ROOT_DIGITS = 2


class Level(StrEnum):
    root = "root"
    full = "full"


def actor_matches(found: str | None, allowed: Sequence[str]) -> bool:
    """True when ``found`` agrees with an alternative (``codes_agree``), or is absent and an
    empty alternative allows that."""
    if not found:
        return "" in allowed
    return any(alt and codes_agree(found, alt) for alt in allowed)


def code_matches(found: str, allowed: Sequence[str], level: Level) -> bool:
    """True when the CAMEO code agrees with an alternative at the given level."""
    if level is Level.root:
        return any(alt and alt[:ROOT_DIGITS] == found[:ROOT_DIGITS] for alt in allowed)
    return any(alt and alt == found for alt in allowed)


def event_matches(found: FoundEvent, gold: GoldEvent, level: Level = Level.root,
                  *, check_actors: bool = True) -> bool:
    """Whether one found event counts as the gold event."""
    if not code_matches(found.code, gold.code, level):
        return False
    if not check_actors:
        return True
    return actor_matches(found.source, gold.source) and actor_matches(found.target, gold.target)


def match_events(gold: Sequence[GoldEvent], found: Sequence[FoundEvent],
                 level: Level = Level.root, *, check_actors: bool = True) -> dict[int, int]:
    """A maximum one-to-one pairing ``{gold index: found index}`` of matching events."""
    return maximum_pairing([
        [j for j, event in enumerate(found)
         if event_matches(event, expected, level, check_actors=check_actors)]
        for expected in gold
    ])


def maximum_pairing(candidates: Sequence[Sequence[int]]) -> dict[int, int]:
    """A maximum one-to-one pairing ``{left index: right index}`` given, for each left item,
    the right items it may pair with."""
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        # Kuhn's augmenting paths: the sets are tiny (events of one text)
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(candidates)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def count_matches(gold: Sequence[GoldEvent], found: Sequence[FoundEvent],
                  level: Level = Level.root, *, check_actors: bool = True) -> Counts:
    """Hits, false alarms and misses of one record."""
    hits = len(match_events(gold, found, level, check_actors=check_actors))
    return Counts(tp=hits, fp=len(found) - hits, fn=len(gold) - hits)
