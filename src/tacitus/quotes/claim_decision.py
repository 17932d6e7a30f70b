"""The trained claim decision stage: which claims the rules found are real claims of the article.

The rules (``tacitus.quotes.claims``) propose claims; a logistic model fitted by ``make train``
(``scripts/train_claims.py``, fixed seed, the real-news train split) and shipped as
``claim_model.json`` beside this module scores each on its features
(``tacitus.quotes.claim_features``). The score, calibrated on the train split scored out of fold
pooled with the dev split (Platt scaling), is the probability that the claim is right and
becomes its ``confidence``; a claim is kept when it reaches the model's threshold (chosen on the
same pooled claims: ``tacitus.evaluation.decision_threshold``). Scoring needs no library beyond
the standard one; nothing is trained at install or run time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from spacy.tokens import Doc

from tacitus.events.decision import (
    DecisionModel,
    LinearModel,
    load_decision_model,
    parse_stage_model,
    read_stage_model,
    topic_probability,
)
from tacitus.model import ActorMention, Article, Claim, Event
from tacitus.quotes.claim_features import ClaimCues, claim_cues, claim_features
from tacitus.quotes.cue_lexicon import load_lexicon

CLAIM_MODEL_FILE = "claim_model.json"
CLAIM_MODEL_VERSION = 1
# whether the rules' vetoes are left to the model (``make_claim_finder(loose=…)``), in the pipeline
# and in ``make train`` alike. Off: on train (121 articles) loosening found 1 more right claim and
# 17 false ones, on dev none and 6, and the model fitted on them, with a threshold chosen by F0.5,
# dropped right claims of plain wire sentences ("said it would not allow …", "vowed to keep
# fighting": 31 of the 726 golden outputs lost claims, the quote set's recall fell 0.870 ->
# 0.826), while the fresh judge's precision rose within its noise (0.227 -> 0.263, n 22 -> 19)
LOOSE_CANDIDATES = False

DecideClaims = Callable[[Doc, Sequence[ActorMention], Sequence[Event], Article,
                         tuple[Claim, ...]], tuple[Claim, ...]]


def parse_claim_model(raw: Any) -> LinearModel:
    """The claim model from the JSON object of a model file, validated."""
    return parse_stage_model(raw, "claim", version=CLAIM_MODEL_VERSION,
                             where=CLAIM_MODEL_FILE)


@cache
def load_claim_model() -> LinearModel:
    """The packaged claim model (read once a process)."""
    return read_stage_model("tacitus.quotes", CLAIM_MODEL_FILE, "claim",
                            version=CLAIM_MODEL_VERSION)


def read_claims(doc: Doc, mentions: Sequence[ActorMention], claims: Sequence[Claim],
                cues: ClaimCues, *, topic: float, article: Article,
                events: Sequence[Event] = ()) -> list[tuple[Claim, tuple[str, ...]]]:
    """Each of an article's ``claims`` with its features (``events``: the clause coder's, before
    any is decided)."""
    return [(claim, claim_features(doc, claim, claims, mentions, cues, topic=topic,
                                   article_date=article.date, events=events))
            for claim in claims]


def choose_claims(scored: Sequence[tuple[Claim, Sequence[str]]], model: LinearModel
                  ) -> tuple[Claim, ...]:
    """The claims whose probability reaches the model's threshold, in their order, each with
    that probability as its confidence."""
    kept = []
    for claim, features in scored:
        probability = model.probability(features)
        if probability >= model.threshold:
            kept.append(replace(claim, confidence=round(probability, 2)))
    return tuple(kept)


def make_claim_decider(*, model: LinearModel | None = None,
                       topic: DecisionModel | None = None) -> DecideClaims:
    """Load the claim model, the topic model and the cue tables once and return the
    ``decide_claims`` stage."""
    known = model if model is not None else load_claim_model()
    topics = topic if topic is not None else load_decision_model()
    cues = claim_cues(load_lexicon())

    def decide_claims(doc: Doc, mentions: Sequence[ActorMention], events: Sequence[Event],
                      article: Article, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
        """The ``claims`` the rules found in ``doc`` (with the article's actor ``mentions`` and
        the clause coder's ``events``) that are likely enough, with their probability."""
        probability = topic_probability(doc, mentions, events, topics)
        return choose_claims(read_claims(doc, mentions, claims, cues, topic=probability,
                                         article=article, events=events), known)

    return decide_claims
