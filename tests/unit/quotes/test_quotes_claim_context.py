"""What the claim decision stage reads of a claim's article (``claim_context``), on texts written
for these tests: how many claims the article holds, how often the claimant is named, how far the
nearest quotation is, and the part of speech of the cue's subject."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language

from tacitus.model import Article
from tacitus.quotes import make_claim_finder
from tacitus.quotes.claim_context import context_features, name_shape, quote_gap
from tacitus.quotes.claim_decision import read_claims
from tacitus.quotes.claim_features import claim_cues
from tacitus.quotes.cue_lexicon import load_lexicon

PHRASES = [("Pakistan", "PAK"), ("Iran", "IRN")]


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        pytest.param("Pakistan spoke. Iran listened. Nobody else came.", 1, "none",
                     id="no-quotation"),
        pytest.param('Pakistan spoke. "We will stay," it said. Iran listened.', 1, "<=0",
                     id="own-sentence"),
        pytest.param('"We will stay," Pakistan said. Iran listened. Talks went on.', 2, "<=3",
                     id="two-away"),
        pytest.param('"We will stay," Pakistan said. A. B. C. D. E.', 5, ">3", id="far"),
    ],
)
def test_quote_gap_counts_sentences_to_the_nearest_quotation(
        nlp: Language, text: str, index: int, expected: str) -> None:
    assert quote_gap(nlp(text), index) == expected


def test_an_article_reads_its_claims_its_claimant_and_its_quotations(
        nlp: Language, mentions_for: Any, article_for: Callable[[str], Article]) -> None:
    text = ("Pakistan demanded that Iran close the border. Pakistan also vowed to reopen the "
            'talks. "We are ready," an official said.')
    doc = nlp(text)
    mentions = mentions_for(doc, PHRASES)
    claims = make_claim_finder()(doc, mentions, article_for(text))
    assert len(claims) == 2
    assert context_features(doc, claims[0], claims, mentions) == [
        "article_claims=<=3", "actor_mentions=<=3", "quote_gap=<=3", "actor_words=proper"]


@pytest.mark.parametrize(
    ("name", "shape"),
    [
        pytest.param("We", "pronoun", id="pronoun"),
        pytest.param("this", "pronoun", id="demonstrative"),
        pytest.param("the trustees", "described", id="description"),
        pytest.param("Those who came", "described", id="function-word-first"),
        pytest.param("Pakistani government", "proper", id="name"),
    ],
)
def test_the_claimant_is_read_by_how_it_is_written(nlp: Language, name: str,
                                                   shape: str) -> None:
    assert name_shape(nlp("x"), name) == shape


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        pytest.param("Pakistan demanded that Iran close the border.", "PROPN", id="name"),
        pytest.param("Pakistan said it demanded that Iran close the border.", "PRON",
                     id="pronoun"),
        pytest.param("The Pakistani government demanded that Iran close the border.", "NOUN",
                     id="noun"),
    ],
)
def test_the_cue_subject_is_read_by_its_part_of_speech(
        nlp: Language, mentions_for: Any, article_for: Callable[[str], Article], text: str,
        subject: str) -> None:
    doc = nlp(text)
    mentions = mentions_for(doc, [*PHRASES, ("Pakistani government", "PAKGOV")])
    claims = make_claim_finder()(doc, mentions, article_for(text))
    features = read_claims(doc, mentions, claims, claim_cues(load_lexicon()), topic=0.9,
                           article=article_for(text))
    assert f"cue_subject={subject}" in features[0][1]
