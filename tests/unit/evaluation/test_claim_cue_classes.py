"""``scripts/claim_causes.py``: a missed claim's sentence with nothing found in it is counted by
the first class of cue word it holds (``scripts/claim_cue_classes.tsv``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))

from claim_causes import cue_class, cue_classes


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The mayor said the council should reopen the bridge.", "should/must"),
    ("Farmers urged the ministry to delay the levy.", "demand/ask/urge"),
    ("The company pledged new jobs in the valley.", "promise"),
    ("The union offered talks on Friday.", "offer"),
    ("The ministry will open two clinics.", "will/would"),
    # the first class in the table's order wins: "must" before "will"
    ("The envoy will say the army must withdraw.", "should/must"),
    ("The river flooded the valley.", "none"),
    # whole words only: "skills" holds no "will", "asking" is "ask*"
    ("Teachers need new skills, asking nobody.", "demand/ask/urge"),
    ("Teachers need new skills.", "none"),
])
def test_a_sentence_s_cue_class(sentence: str, expected: str) -> None:
    assert cue_class(sentence, cue_classes()) == expected


def test_every_class_has_words() -> None:
    classes = cue_classes()
    assert [name for name, _ in classes] == ["should/must", "demand/ask/urge", "promise", "offer",
                                             "will/would"]
