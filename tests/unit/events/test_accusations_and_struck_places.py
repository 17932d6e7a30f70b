"""Accusations with their accused as target ("held X responsible", "Y said X was to blame"), the
alleged act left uncoded, and the places an attack strikes kept out of its doers."""

from __future__ import annotations

from datetime import date

import pytest
from events_mentions import code_text, triples
from spacy.language import Language

from tacitus.actors import make_actor_resolver
from tacitus.evaluation.records import sentence_article
from tacitus.events.candidates import Candidate, find_candidates
from tacitus.events.lexicon import load_frames, load_lexicon
from tacitus.events.ontology import load_ontology
from tacitus.events.unnamed import is_unnamed

ACTORS = {"Kenya": "KEN", "Uganda": "UGA", "the rebels": "UGAREB", "Nairobi": "KENGOV",
          "the opposition": "KENOPP"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kenya held Uganda responsible for the raid on the border town.",
     {("KEN", "UGA", "112")}),
    ("Kenya holds Uganda fully responsible for the latest raids.", {("KEN", "UGA", "112")}),
    ("Nairobi held the rebels accountable for the ambush.", {("KENGOV", "UGAREB", "112")}),
    ("Kenya has again held Uganda responsible for the raid.", {("KEN", "UGA", "112")}),
    # the reporter of "X was to blame" accuses X
    ("Kenya said Uganda was to blame for the raid.", {("KEN", "UGA", "112")}),
    # unreported, it is the writer's judgement: no event
    ("Uganda is to blame for the raid on the border town.", set()),
    # the alleged act is not coded as well
    ("Kenya blamed the raid on the rebels.", {("KEN", None, "112")}),
    ("Kenya accused Uganda of shelling the border town.", {("KEN", "UGA", "112")}),
])
def test_accusations_code_the_accused_and_not_the_alleged_act(
        nlp: Language, sentence: str, expected: set[tuple[str, str | None, str]]) -> None:
    assert triples(code_text(nlp, sentence, ACTORS)) == expected


def _candidates(nlp: Language, text: str) -> tuple[Candidate, ...]:
    article = sentence_article(text, record_id="t", on_date=date(2023, 4, 2))
    doc = nlp(text)
    mentions = make_actor_resolver()(doc, article.date)
    return find_candidates(doc, mentions, (), article, lexicon=load_lexicon(),
                           frames=load_frames(), ontology=load_ontology())


@pytest.mark.parametrize("text", [
    "A car bomb exploded at a Kenyan police station on Tuesday, wounding six people.",
    "A roadside bomb went off near a Malian army checkpoint on Friday.",
])
def test_what_an_attack_strikes_is_no_doer(nlp: Language, text: str) -> None:
    candidates = [c for c in _candidates(nlp, text) if c.event.cameo[:2] in {"18", "19"}]
    assert candidates
    struck = {c.event.target.code for c in candidates
              if is_unnamed(c.event.source) and c.event.target is not None}
    assert struck & {"KENCOP", "MLIMIL"}
    assert not any(c.event.source.code in {"KENCOP", "MLIMIL"}
                   for c in candidates if c.event.trigger.endswith("bomb"))
