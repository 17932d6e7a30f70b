"""The pair root classifier: its pure-Python scorer gives scikit-learn's probabilities, it reads
the words that join two actors of a written sentence, and the candidate generator proposes its
first root where no trigger's sense reads the pair so."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest
from events_mentions import article_for, build_mentions
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.language import Language

from tacitus.errors import KnowledgeBaseError
from tacitus.events.candidates import PAIR_ROOT_CONSTRUCTION, Candidate, find_candidates
from tacitus.events.lexicon import load_frames, load_lexicon
from tacitus.events.ontology import load_ontology
from tacitus.events.pair_roots import (
    PairRootModel,
    pair_features,
    pair_link,
    parse_pair_root_model,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))

from train_pair_roots import PairRow, fit, to_json

ROOTS = ("04", "11", "19")


def _rows(count: int, seed: int) -> list[PairRow]:
    """Pairs whose joining word tells their root, with words of the sentence as noise."""
    chance = random.Random(seed)
    words = {"04": "meet", "11": "accuse", "19": "attack"}
    rows = []
    for number in range(count):
        root = ROOTS[number % 3]
        said = root if chance.random() < 0.8 else chance.choice(ROOTS)
        noise = [f"word=w{chance.randrange(6)}" for _ in range(3)]
        rows.append(PairRow((f"joint={words[said]}", *noise), root, f"a{number}"))
    return rows


def test_the_scorer_gives_scikit_learns_probabilities() -> None:
    rows = _rows(300, seed=5)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(row.features, 1) for row in rows])
    fitted = LogisticRegression(C=0.5, max_iter=5000, tol=1e-8).fit(
        matrix, [row.root for row in rows])
    model = parse_pair_root_model(json.loads(json.dumps(to_json(fit(rows)))))
    assert model.roots == ROOTS
    for row in rows[:30]:
        expected = fitted.predict_proba(vectorizer.transform([dict.fromkeys(row.features, 1)]))[0]
        found = model.probabilities(row.features)
        assert [found[root] for root in ROOTS] == pytest.approx(list(expected), abs=0.01)


def test_an_unknown_feature_leaves_the_bias_alone() -> None:
    model = PairRootModel(roots=("01", "11"), bias=(0.0, 0.0), weights={"joint=say": {"11": 2.0}})
    assert model.probabilities(["word=unheard"]) == {"01": 0.5, "11": 0.5}
    assert model.probabilities(["joint=say"])["11"] > 0.85


@pytest.mark.parametrize("raw", [
    {"version": 0, "roots": ["01"], "bias": [0.0], "weights": {}},
    {"version": 1, "roots": ["01", "11"], "bias": [0.0], "weights": {}},
    {"version": 1, "roots": ["01"], "bias": [0.0], "weights": {"joint=say": {"19": 1.0}}},
])
def test_a_malformed_model_is_refused(raw: dict[str, object]) -> None:
    with pytest.raises(KnowledgeBaseError):
        parse_pair_root_model(raw)


def test_the_words_joining_a_pair_are_read(nlp: Language) -> None:
    doc = nlp("The envoy of Chile accused Peru of closing the border.")
    mentions = {mention.actor.code: mention for mention in build_mentions(
        doc, {"Chile": "CHL", "Peru": "PER"})}
    source = (mentions["CHL"].token_start, mentions["CHL"].token_end)
    target = (mentions["PER"].token_start, mentions["PER"].token_end)
    joint, path = pair_link(doc, source, target)
    assert joint is not None and joint.lemma_ == "accuse"
    assert [token.text for token in path] == ["of", "envoy"]
    features = pair_features(doc, source, target, source_code="CHLGOV", target_code="PER")
    assert {"joint=accuse", "path=envoy", "source_type=GOV", "target_type=none",
            "word=border"} <= set(features)


def _met_candidates(nlp: Language, weights: dict[str, dict[str, float]]) -> list[Candidate]:
    """The candidates of a written sentence of a meeting, read with a classifier of two roots
    whose ``weights`` are given."""
    text = "Chile met Peru in Lima."
    doc = nlp(text)
    mentions = build_mentions(doc, {"Chile": "CHL", "Peru": "PER"})
    model = PairRootModel(roots=("04", "11"), bias=(0.0, 0.0), weights=weights)
    return list(find_candidates(doc, mentions, (), article_for(text), lexicon=load_lexicon(),
                                frames=load_frames(), ontology=load_ontology(),
                                pair_roots=model))


def test_the_classifier_root_is_proposed_where_no_trigger_reads_it(nlp: Language) -> None:
    candidates = _met_candidates(nlp, {"joint=meet": {"11": 3.0}})
    proposed = {(c.event.source.code, c.event.cameo, c.event.target.code if c.event.target
                 else "", c.event.trigger) for c in candidates
                if c.construction == PAIR_ROOT_CONSTRUCTION}
    assert ("CHL", "110", "PER", "met") in proposed
    met = [c for c in candidates if c.event.cameo[:2] == "04" and c.event.target is not None]
    assert met and all(c.root_probability is not None and c.root_probability < 0.1
                       and not c.root_first for c in met)


def test_no_root_is_proposed_where_a_trigger_reads_the_pair_so(nlp: Language) -> None:
    candidates = _met_candidates(nlp, {"joint=meet": {"04": 3.0}})
    assert not [c for c in candidates if c.construction == PAIR_ROOT_CONSTRUCTION]
    assert any(c.root_first for c in candidates if c.event.cameo[:2] == "04")
