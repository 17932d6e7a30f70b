from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tacitus.events.ontology import plover_contexts
from tacitus.model import CLAIM_KINDS
from tacitus.quotes.tables import load_lexicon


def test_every_topic_is_a_plover_context(shared_dir: Path) -> None:
    path = shared_dir / "reference" / "plover" / "derived_plover_contexts.csv"
    with path.open(encoding="utf-8") as handle:
        contexts = {row["context"] for row in csv.DictReader(handle)}
    assert contexts == plover_contexts()
    assert {context for context, _ in load_lexicon().topic_keywords} <= contexts


def test_every_claim_cue_has_a_claim_kind() -> None:
    kinds = {cue.kind for cue in load_lexicon().claim_cues}
    assert kinds == set(CLAIM_KINDS)


@pytest.mark.parametrize(
    "lemma",
    ["say", "add", "tell", "state", "announce", "declare", "claim", "insist", "warn", "stress",
     "highlight", "note", "urge", "deny", "accuse"],
)
def test_speech_cues_include(lemma: str) -> None:
    assert lemma in load_lexicon().speech_cues


def test_denial_cues_are_speech_cues() -> None:
    lexicon = load_lexicon()
    assert lexicon.denial_cues <= lexicon.speech_cues
    assert "claim" in lexicon.denial_cues
    assert "say" not in lexicon.denial_cues


def test_acts_are_lemmas_that_make_a_promise_a_threat() -> None:
    acts = {cue.lemma: cue for cue in load_lexicon().claim_cues if cue.pos == "act"}
    assert {"retaliate", "respond", "revenge", "consequence"} <= set(acts)
    assert {cue.kind for cue in acts.values()} == {"threat"}
    assert acts["answer"].particle == "with"
