"""The kept-frames study (``scripts/kept_frames.py``) tags a kept event with its own decision
features of the prefixes asked for, never with those crossed with the CAMEO root."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))

from kept_frames import feature_tags


def test_the_features_of_a_prefix_tag_a_kept_event() -> None:
    features = ("lemma=visit", "mood=future", "mood=future|04", "modal", "purpose")
    assert feature_tags(features, ("mood", "purpose")) == frozenset({"mood=future", "purpose"})


def test_no_prefix_gives_no_tag() -> None:
    assert feature_tags(("mood=future", "modal"), ()) == frozenset()
