"""What the trained decision stage sees of a candidate beside the other candidates of its article.

A candidate's own features (``tacitus.events.decision_features``) read its trigger, its sentence
and its actors; a happening told twice ("killed … died … the attack", "held talks … the talks")
is two triggers whose candidates read the same act between the same actors, and only the
article's other candidates tell it. ``set_features`` says, with the CAMEO root, whether an
earlier sentence of the article has a candidate of the same root with the same pair of actors
(by their country or group, the part the evaluation compares: "USAGOV" and "USAMIL" are one
side). The gold codes a re-told act once and two acts of one pair and root twice
(``docs/annotation.md``), so the feature is the model's to weigh by root.

Measured and left out (round thirty, ``train_decision.py --check`` on main's candidates, train out
of fold F1 as the mean of five repeats, main rn 0.443, rt 0.406, ru 0.380, dev P 0.407 (n 140)
F1 0.392): the closest prior of a candidate, the pair, else one side of the pair
(``prior=side``), else the root alone (``prior=root``). On train a candidate whose root an
earlier sentence had with one side of its pair was right 309 of 2,255 times (0.137), with neither
side 41 of 1,046 (0.039), against 0.153 for a root first met; but the fitted model gained
nothing: rn 0.444, rt 0.404, ru 0.378, dev P 0.401 (n 142) F1 0.389.
"""

from __future__ import annotations

from collections.abc import Sequence

from tacitus.events.candidates import Candidate
from tacitus.model import Actor

ScoredCandidate = tuple[Candidate, tuple[str, ...]]
Pair = tuple[str, str, str]


def with_set_features(scored: Sequence[ScoredCandidate]) -> list[ScoredCandidate]:
    """``scored`` (candidates with their own features) with ``set_features`` added to each."""
    extra = set_features([candidate for candidate, _ in scored])
    return [(candidate, (*features, *more))
            for (candidate, features), more in zip(scored, extra, strict=True)]


def set_features(candidates: Sequence[Candidate]) -> list[tuple[str, ...]]:
    """For each of an article's ``candidates``, whether an earlier sentence has a candidate of
    its root and its pair of actors (module docstring)."""
    by_sentence: dict[int, list[int]] = {}
    for position, candidate in enumerate(candidates):
        by_sentence.setdefault(candidate.event.evidence.sentence_index, []).append(position)
    seen: set[Pair] = set()
    result: list[tuple[str, ...]] = [()] * len(candidates)
    for index in sorted(by_sentence):
        members = by_sentence[index]
        for position in members:
            pair = _pair(candidates[position])
            result[position] = (f"prior=pair|{pair[0]}",) if pair in seen else ()
        # a sentence's own candidates count only for the sentences after it
        seen.update(_pair(candidates[position]) for position in members)
    return result


def _pair(candidate: Candidate) -> Pair:
    event = candidate.event
    return event.cameo[:2], side_of(event.source), side_of(event.target)


def side_of(actor: Actor | None) -> str:
    """An actor as the evaluation compares it: its country or group part ("" for none)."""
    if actor is None:
        return ""
    return actor.code[:3] if actor.code else f"name:{actor.name}"
