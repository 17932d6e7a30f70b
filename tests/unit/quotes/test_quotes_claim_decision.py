"""The trained claim decision stage, on sentences written for these tests: the loosened rules
propose what the strict ones veto, the features name the veto, and the model keeps a claim whose
probability reaches its threshold, with that probability as its confidence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from claim_rows import summary
from spacy.language import Language

from tacitus.errors import KnowledgeBaseError
from tacitus.events.decision import LinearModel
from tacitus.model import Article, Claim
from tacitus.quotes import make_claim_finder
from tacitus.quotes.claim_decision import (
    choose_claims,
    load_claim_model,
    parse_claim_model,
    read_claims,
)
from tacitus.quotes.claim_features import claim_cues
from tacitus.quotes.cue_claims import cue_vetoes
from tacitus.quotes.cue_lexicon import load_lexicon

PAKISTAN = ("Pakistan", "PAK")
IRAN = ("Iran", "IRN")
Found = Callable[[str, bool], tuple[Claim, ...]]


@pytest.fixture(scope="module")
def found(nlp: Language, mentions_for: Any, article_for: Callable[[str], Article]) -> Found:
    strict, loose = make_claim_finder(), make_claim_finder(loose=True)

    def run(text: str, is_loose: bool) -> tuple[Claim, ...]:
        doc = nlp(text)
        finder = loose if is_loose else strict
        return finder(doc, mentions_for(doc, [PAKISTAN, IRAN]), article_for(text))

    return run


@pytest.mark.parametrize(
    ("text", "veto"),
    [
        pytest.param("Pakistan did not demand that Iran close the border.", "negated",
                     id="negated"),
        pytest.param("Pakistan had demanded that Iran close the border.", "background",
                     id="pluperfect"),
        pytest.param("If Pakistan demands that Iran close the border, talks will stall.",
                     "condition", id="condition"),
        pytest.param("Did Pakistan urge Iran to close the border?", "question", id="question"),
    ],
)
def test_a_loose_finder_proposes_what_the_rules_veto(found: Found, text: str, veto: str,
                                                     nlp: Language, mentions_for: Any,
                                                     article_for: Callable[[str], Article]
                                                     ) -> None:
    assert found(text, False) == ()
    proposed = found(text, True)
    assert len(proposed) == 1
    doc = nlp(text)
    features = read_claims(doc, mentions_for(doc, [PAKISTAN, IRAN]), proposed,
                           claim_cues(load_lexicon()), topic=0.9, article=article_for(text))
    assert {f"veto={veto}", "vetoed"} <= set(features[0][1])


def test_an_unvetoed_claim_reads_its_cue_and_no_veto(found: Found, nlp: Language,
                                                     mentions_for: Any,
                                                     article_for: Callable[[str], Article]
                                                     ) -> None:
    text = "Pakistan demanded that Iran close the border."
    claims = found(text, True)
    assert summary(claims) == [("demand", "PAK", "IRN", "close the border")]
    doc = nlp(text)
    features = set(read_claims(doc, mentions_for(doc, [PAKISTAN, IRAN]), claims,
                               claim_cues(load_lexicon()), topic=0.9,
                               article=article_for(text))[0][1])
    assert {"kind=demand", "cue=demand", "cue_tag=VBD", "addressee_home=False"} <= features
    assert not any(name.startswith("veto") for name in features)
    assert "under_speech" not in features


def test_a_quoted_appeal_reads_quotation_and_first_person(
        found: Found, nlp: Language, mentions_for: Any,
        article_for: Callable[[str], Article]) -> None:
    text = '"We urge Iran to close the border," Pakistan said.'
    doc = nlp(text)
    claims = found(text, True)
    features = set(read_claims(doc, mentions_for(doc, [PAKISTAN, IRAN]), claims,
                               claim_cues(load_lexicon()), topic=0.9,
                               article=article_for(text))[0][1])
    assert {"in_quotation", "first_person", "cue=urge", "kind=appeal"} <= features


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Pakistan demanded that Iran close the border.", (), id="none"),
        pytest.param("Pakistan did not demand that Iran close the border.", ("negated",),
                     id="negated"),
        pytest.param("Pakistan had demanded that Iran close the border.", ("background",),
                     id="pluperfect"),
    ],
)
def test_cue_vetoes_name_why(nlp: Language, text: str, expected: tuple[str, ...]) -> None:
    verb = next(token for token in nlp(text) if token.lemma_ == "demand")
    assert cue_vetoes(load_lexicon(), verb, "demand") == expected


def test_choose_claims_keeps_the_likely_ones_with_their_probability(found: Found) -> None:
    claim = found("Pakistan demanded that Iran close the border.", True)[0]
    other = replace(claim, id="other")
    model = LinearModel(bias=0.0, weights={"kind=demand": 2.0, "vetoed": -4.0}, threshold=0.5)
    kept = choose_claims([(claim, ("kind=demand",)), (other, ("kind=demand", "vetoed"))], model)
    assert [(item.id, item.confidence) for item in kept] == [(claim.id, 0.88)]


def test_the_packaged_claim_model_loads() -> None:
    model = load_claim_model()
    assert 0.0 < model.threshold < 1.0
    assert "kind=denial" in model.weights


@pytest.mark.parametrize("raw", [{"version": 99, "claim": {}}, {"version": 1},
                                 {"version": 1, "claim": {"weights": {}}}])
def test_a_bad_claim_model_is_refused(raw: dict[str, Any]) -> None:
    with pytest.raises(KnowledgeBaseError):
        parse_claim_model(raw)
