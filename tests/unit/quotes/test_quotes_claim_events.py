"""What the clause coder's events say of a claim, on records written for these tests: an event in
the claim's sentence, one done by the claimant there, and an event of the article joining the
claimant and the addressee; and the claim stage reads them when it is given them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language

from tacitus.model import Actor, Article, Claim, Event, Evidence
from tacitus.quotes import make_claim_finder
from tacitus.quotes.claim_decision import read_claims
from tacitus.quotes.claim_events import claim_event_features
from tacitus.quotes.claim_features import claim_cues
from tacitus.quotes.cue_lexicon import load_lexicon

MALI = Actor(code="MLIGOV", name="Mali government", kind="state", country="MLI")
NIGER = Actor(code="NERGOV", name="Niger government", kind="state", country="NER")
CHAD = Actor(code="TCDGOV", name="Chad government", kind="state", country="TCD")


def evidence(sentence: int) -> Evidence:
    return Evidence(article_id="a1", sentence_index=sentence, sentence="", start=0, end=1)


def claim(addressee: Actor | None, sentence: int = 2) -> Claim:
    return Claim(id="c1", kind="demand", actor=MALI, addressee=addressee, text="open the border",
                 topic=None, start=0, end=15, evidence=evidence(sentence))


def event(source: Actor, target: Actor | None, sentence: int) -> Event:
    return Event(id="e1", source=source, target=target, cameo="020", cameo_name="appeal",
                 plover="", plover_mode="", goldstein=3.0, quad_class=1, date=None,
                 evidence=evidence(sentence), trigger="urged", trigger_start=0, trigger_end=5,
                 confidence=0.5)


@pytest.mark.parametrize(
    ("addressee", "events", "expected"),
    [
        pytest.param(NIGER, (), [], id="no-event"),
        pytest.param(NIGER, (event(CHAD, NIGER, 2),), ["event_in_sentence"],
                     id="another-side-acts-in-the-sentence"),
        pytest.param(NIGER, (event(MALI, CHAD, 2),), ["event_in_sentence", "event_by_claimant"],
                     id="the-claimant-acts-in-the-sentence"),
        pytest.param(NIGER, (event(NIGER, MALI, 5),), ["event_dyad"],
                     id="the-pair-meets-elsewhere-either-way"),
        pytest.param(None, (event(MALI, NIGER, 5),), [], id="no-addressee-no-pair"),
        pytest.param(NIGER, (event(MALI, None, 5),), [], id="an-event-with-no-target"),
    ],
)
def test_claim_event_features(addressee: Actor | None, events: tuple[Event, ...],
                              expected: list[str]) -> None:
    assert claim_event_features(claim(addressee), events) == expected


def test_the_claim_stage_reads_the_events_it_is_given(
        nlp: Language, mentions_for: Any, article_for: Callable[[str], Article]) -> None:
    text = "Pakistan urged Iran to close the border."
    doc = nlp(text)
    mentions = mentions_for(doc, [("Pakistan", "PAK"), ("Iran", "IRN")])
    article = article_for(text)
    found = make_claim_finder()(doc, mentions, article)
    assert found
    cues = claim_cues(load_lexicon())
    urged = event(found[0].actor, found[0].addressee, found[0].evidence.sentence_index)
    without = read_claims(doc, mentions, found, cues, topic=0.9, article=article)
    with_event = read_claims(doc, mentions, found, cues, topic=0.9, article=article,
                             events=(urged,))
    assert not {"event_in_sentence", "event_dyad"} & set(without[0][1])
    assert {"event_in_sentence", "event_by_claimant", "event_dyad"} <= set(with_event[0][1])
