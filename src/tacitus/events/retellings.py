"""What the decision stage reads of how an article tells a candidate's act: how often it retells it,
and how early it brings the act's two actors together.

A news story tells its news in the headline and the lead and comes back to it: the act between
the story's actors is named again in later sentences ("the strike", "the raid on the camp"),
while an act of the background or an aside is named once, often between actors the story brings
together only further down. The retellings (``read_retellings``) count, for each CAMEO root and
pair of actors (by ``actor_key``: their country or group, the order left aside), the sentences
in which some candidate of the article reads that root between that pair, and note the first
sentence in which any candidate pairs them; ``retelling_features`` gives a candidate the count
for its own root and pair and the place of that first sentence, both in buckets.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tacitus.events.candidates import Candidate
from tacitus.events.decision_context import actor_key

Pair = frozenset[str]
# the bucket limits (inclusive) of the sentences that tell a root between a pair and of the first
# sentence (0: the headline or the first line) that pairs them
TOLD_LIMITS = (1, 2, 5)
INTRODUCED_LIMITS = (1, 4)


@dataclass(frozen=True, slots=True)
class Retellings:
    """How often an article's candidates read each root between each pair of actors (in how
    many sentences), and the first sentence in which they pair each two actors."""

    told: Mapping[tuple[str, Pair], int]
    introduced: Mapping[Pair, int]


def pair_of(candidate: Candidate) -> Pair:
    """The candidate's actors by their country or group, in no order (the unnamed doer, with no
    code, left out)."""
    event = candidate.event
    keys = {actor_key(event.source)}
    if event.target is not None:
        keys.add(actor_key(event.target))
    return frozenset(keys - {""})


def read_retellings(candidates: Iterable[Candidate]) -> Retellings:
    """The retellings of an article with these ``candidates``."""
    sentences: dict[tuple[str, Pair], set[int]] = {}
    introduced: dict[Pair, int] = {}
    for candidate in candidates:
        pair = pair_of(candidate)
        if not pair:
            continue
        index = candidate.event.evidence.sentence_index
        sentences.setdefault((candidate.event.cameo[:2], pair), set()).add(index)
        introduced[pair] = min(index, introduced.get(pair, index))
    return Retellings(told={key: len(found) for key, found in sentences.items()},
                      introduced=introduced)


def retelling_features(candidate: Candidate, retellings: Retellings) -> list[str]:
    """How often the article tells the candidate's root between its actors, and how early it
    pairs them (module docstring); "none" for a candidate with no named actor."""
    pair = pair_of(candidate)
    if not pair:
        return ["told=none", "introduced=none"]
    told = retellings.told.get((candidate.event.cameo[:2], pair), 1)
    first = retellings.introduced.get(pair, candidate.event.evidence.sentence_index)
    return [f"told={_bucket(told, TOLD_LIMITS)}",
            f"introduced={_bucket(first, INTRODUCED_LIMITS)}"]


def _bucket(value: int, limits: tuple[int, ...]) -> str:
    return next((f"<={limit}" for limit in limits if value <= limit), f">{limits[-1]}")
