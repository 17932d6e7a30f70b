"""What the clause coder's events say of a claim (``claim_event_features``): a claim whose sentence
the event coder also reads as an act, by the claimant, or whose claimant and addressee are a pair
the story's events join, is one of the story's dealings between sides; a statement no event
touches is more often a forecast, an opinion or an aside the story's coders pass over."""

from __future__ import annotations

from collections.abc import Sequence

from tacitus.model import Claim, Event


def claim_event_features(claim: Claim, events: Sequence[Event]) -> list[str]:
    """``event_in_sentence`` (an event coded in the claim's sentence), ``event_by_claimant`` (one
    of them done by the claimant), ``event_dyad`` (an event of the article between the claimant
    and the addressee, either way)."""
    sentence = claim.evidence.sentence_index
    here = [event for event in events if event.evidence.sentence_index == sentence]
    features = []
    if here:
        features.append("event_in_sentence")
    if any(event.source.code == claim.actor.code for event in here):
        features.append("event_by_claimant")
    if claim.addressee is not None and any(_joins(event, claim) for event in events):
        features.append("event_dyad")
    return features


def _joins(event: Event, claim: Claim) -> bool:
    """Whether ``event`` is between ``claim``'s claimant and its addressee, either way."""
    if event.target is None or claim.addressee is None:
        return False
    pair = {event.source.code, event.target.code}
    return pair == {claim.actor.code, claim.addressee.code}
