"""A mutual act ("Chile and Peru signed an accord", "Chilean troops clashed with Peruvian forces")
is kept in both directions, as the annotation guidelines code it; an act of one party aimed at
another ("Chile met Peru", "Chilean troops attacked Peruvian forces") or done by several parties to
a third ("Chile and Peru accused Bolivia") is not (``tacitus.events.mutual_acts``,
``tacitus.events.decision.choose_events``)."""

from __future__ import annotations

import pytest
from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.events.decision import LinearModel, choose_events
from tacitus.events.decision_features import candidate_features

# keeps each trigger's first reading that names a target
KEEP_ALL = LinearModel(bias=5.0, weights={"target=none": -10.0}, threshold=0.5)


def _kept(nlp: Language, text: str, model: LinearModel = KEEP_ALL) -> set[tuple[str, str, str]]:
    article, doc, mentions, candidates = text_candidates(nlp, text, coded=True)
    scored = [(c, candidate_features(doc, c, mentions, article, topic=0.9)) for c in candidates]
    return {(e.source.code, e.cameo[:2], e.target.code if e.target else "")
            for e in choose_events(scored, model, doc, mentions)}


@pytest.mark.parametrize(("text", "one", "other"), [
    ("Chile and Peru signed a fishing accord in Lima on Tuesday.", "CHL", "PER"),
    ("Norway and Sweden held talks on the fishing quotas.", "NOR", "SWE"),
    ("Ghana and Togo agreed to reopen their shared border.", "GHA", "TGO"),
    ("Officials of Nepal and Bhutan met in Thimphu on Monday.", "NPL", "BTN"),
    # a fight is mutual however its parties are named
    ("Chilean troops clashed with Peruvian soldiers near the border on Sunday.", "CHL", "PER"),
    ("Heavy fighting between Malian troops and Tuareg rebels went on for hours.", "MLIMIL",
     "MLIREB"),
    ("Armenian troops and Azerbaijani soldiers fought near the border on Sunday.", "ARMMIL",
     "AZEMIL"),
])
def test_a_mutual_act_of_two_parties_is_kept_both_ways(nlp: Language, text: str, one: str,
                                                      other: str) -> None:
    kept = _kept(nlp, text)
    roots = {root for source, root, target in kept if (source[:len(one)], target[:len(other)])
             == (one, other)}
    assert roots
    assert any((source[:len(other)], target[:len(one)]) == (other, one) and root in roots
               for source, root, target in kept)


@pytest.mark.parametrize(("text", "source", "target"), [
    # one party acting on the other: coded once, from the doer
    ("Chile met Peru in Lima on Tuesday.", "CHL", "PER"),
    ("The president of Ghana visited Togo on Friday.", "GHA", "TGO"),
    # an attack is done by one side
    ("Chilean troops attacked Peruvian soldiers near the border on Sunday.", "CHL", "PER"),
])
def test_an_act_of_one_party_is_kept_one_way(nlp: Language, text: str, source: str,
                                             target: str) -> None:
    kept = {(s[:3], t[:3]) for s, _, t in _kept(nlp, text)}
    assert (source, target) in kept
    assert (target, source) not in kept


def test_an_act_of_two_parties_against_a_third_is_not_turned_round(nlp: Language) -> None:
    kept = _kept(nlp, "Chile and Peru accused Bolivia of smuggling arms across the border.")
    assert not any(source.startswith("BOL") for source, _, _ in kept)


def test_the_reverse_reading_needs_the_threshold_too(nlp: Language) -> None:
    # a model that rejects every reading keeps neither direction
    strict = LinearModel(bias=-5.0, weights={}, threshold=0.5)
    assert _kept(nlp, "Chile and Peru signed a fishing accord in Lima on Tuesday.", strict) == set()


@pytest.mark.parametrize(("text", "events"), [
    # one act aimed at several named actors: the guidelines code it once, the others being
    # alternatives of its target
    ("Chile accused Peru and Bolivia of smuggling arms across the border.", 1),
    ("Ghana expelled diplomats of Togo and Benin on Monday.", 1),
    # an act done with several parties is done with each
    ("Chile held talks with Peru and Bolivia in Lima on Tuesday.", 2),
])
def test_an_act_aimed_at_several_is_one_event_one_done_with_several_one_each(
        nlp: Language, text: str, events: int) -> None:
    *_, candidates = text_candidates(nlp, text, coded=True)
    coded = {c.event.target.code[:3] for c in candidates
             if c.variant == "coded" and c.event.target is not None}
    assert len(coded) == 2
    kept = _kept(nlp, text)
    assert len({source[:3] for source, _, _ in kept}) == 1
    assert len(kept) == events
