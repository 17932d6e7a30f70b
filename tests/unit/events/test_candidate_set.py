"""Whether a candidate repeats the root and the actors of an earlier candidate of its article
(pure logic on hand-made candidates)."""

from __future__ import annotations

from tacitus.events.candidate_set import set_features, with_set_features
from tacitus.events.candidates import Candidate
from tacitus.model import Actor, Event, Evidence


def _candidate(source: str, target: str | None, cameo: str, sentence: int) -> Candidate:
    event = Event(
        id=f"{source}-{target}-{cameo}-{sentence}",
        source=Actor(code=source, name=source, kind="state"),
        target=Actor(code=target, name=target, kind="state") if target else None,
        cameo=cameo, cameo_name="", plover="", plover_mode="", goldstein=0.0, quad_class=0,
        date=None, evidence=Evidence("art", sentence, "A sentence.", 0, 10), trigger="met",
        trigger_start=0, trigger_end=3, confidence=0.5)
    return Candidate(event=event, group=f"{sentence}:0", variant="coded")


def test_a_later_telling_of_the_same_pair_and_root_has_a_prior_pair() -> None:
    features = set_features([_candidate("FRAGOV", "DEU", "040", 0),
                             _candidate("FRAMIL", "DEUGOV", "043", 2)])
    assert features == [(), ("prior=pair|04",)]


def test_another_root_side_or_the_same_sentence_is_no_prior() -> None:
    features = set_features([_candidate("FRAGOV", "DEU", "040", 1),
                             _candidate("FRAGOV", "DEU", "190", 2),
                             _candidate("FRAGOV", "ITA", "042", 2),
                             _candidate("FRAGOV", "DEU", "042", 1)])
    assert features == [()] * 4


def test_with_set_features_adds_them_to_a_candidates_own() -> None:
    one, two = _candidate("FRAGOV", "DEU", "040", 0), _candidate("FRA", "DEU", "040", 1)
    assert with_set_features([(one, ("root=04",)), (two, ("root=04",))]) == [
        (one, ("root=04",)), (two, ("root=04", "prior=pair|04"))]
