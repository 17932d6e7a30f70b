"""The pair root classifier (``tacitus.events.pair_roots``) as the candidate generator asks it:
for a trigger's pairing of two actors of its sentence, the probability of each root, and the
classifier's first root proposed as a reading of its own where the trigger's codes lack it.

A pairing is read at the mentions of its actors nearest the trigger. A proposal is ranked by how
near its trigger stands to the words that join the pair (the joining word itself, a word on the
path between the mentions, else the distance): the generator keeps one proposal a pair a
sentence, at the best-ranked trigger, so one act is not proposed once for each trigger.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from tacitus.events.event_building import TriggerSite
from tacitus.events.pair_roots import PairRootModel, pair_features, pair_link
from tacitus.model import Actor, ActorMention, same_actor

# the classifier's first root is proposed only when it is at least this likely
MIN_PROPOSAL = 0.5
# the rank of a trigger the parse does not join to the pair, before its distance is added
UNJOINED = 100


@dataclass(frozen=True, slots=True)
class Proposal:
    """A reading the classifier proposes: ``code`` from ``source`` to ``target``, with its
    probability and its trigger's rank (lower: nearer the words that join the pair); ``site``
    and ``when`` are the trigger's, set by the generator."""

    code: str
    source: Actor
    target: Actor
    probability: float
    rank: int
    site: TriggerSite | None = None
    when: date | None = None


@dataclass(frozen=True, slots=True)
class PairRead:
    """The classifier's reading of one pairing: each root's probability, the first root, and
    the proposal (``None`` where the trigger's codes have the first root or it is unlikely)."""

    probabilities: Mapping[str, float]
    first: str
    proposal: Proposal | None


@dataclass(frozen=True, slots=True)
class _Link:
    probabilities: Mapping[str, float]
    first: str
    joint: int | None
    path: frozenset[int]


class PairReader:
    """The classifier's readings of the pairs of one ``Doc``, each pair of mentions read once."""

    def __init__(self, doc: Doc, model: PairRootModel) -> None:
        self._doc = doc
        self._model = model
        self._links: dict[tuple[int, int, int, int], _Link] = {}

    def read(self, head: Token, participants: Sequence[ActorMention], source: Actor,
             target: Actor, codes: Sequence[str]) -> PairRead | None:
        """The reading of ``source`` to ``target`` for the trigger ``head`` whose codes are
        ``codes`` (``None`` when either actor has no mention among ``participants``)."""
        source_mention = _nearest(participants, source, head.i)
        target_mention = _nearest(participants, target, head.i)
        if source_mention is None or target_mention is None:
            return None
        link = self._link(source_mention, target_mention)
        if link.first in {code[:2] for code in codes} or (
                link.probabilities[link.first] < MIN_PROPOSAL):
            return PairRead(link.probabilities, link.first, None)
        if link.joint is None:
            rank = UNJOINED + abs(head.i - source_mention.token_start)
        elif head.i == link.joint:
            rank = 0
        else:
            rank = 1 if head.i in link.path else 2 + abs(head.i - link.joint)
        proposal = Proposal(code=f"{link.first}0", source=source, target=target,
                            probability=link.probabilities[link.first], rank=rank)
        return PairRead(link.probabilities, link.first, proposal)

    def _link(self, source: ActorMention, target: ActorMention) -> _Link:
        key = (source.token_start, source.token_end, target.token_start, target.token_end)
        known = self._links.get(key)
        if known is not None:
            return known
        spans = (source.token_start, source.token_end), (target.token_start, target.token_end)
        probabilities = self._model.probabilities(pair_features(
            self._doc, *spans, source_code=source.actor.code, target_code=target.actor.code))
        joint, path = pair_link(self._doc, *spans)
        link = self._links[key] = _Link(
            probabilities, max(probabilities, key=lambda root: probabilities[root]),
            None if joint is None else joint.i, frozenset(token.i for token in path))
        return link


def _nearest(mentions: Sequence[ActorMention], actor: Actor, position: int
             ) -> ActorMention | None:
    named = [mention for mention in mentions if same_actor(mention.actor, actor)]
    return min(named, key=lambda m: abs(m.token_start - position)) if named else None
