"""``scripts/candidate_coverage.py --causes``: why no candidate is right for a gold event."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from candidate_coverage import by_draw, cause
from decision_candidates import text_candidates

from tacitus.evaluation.records import GoldEvent

TEXT = ("The Kenyan government met the striking teachers on Monday. "
        "Three detained Ugandan organisers were released later that day.")


def _sentence_of(doc: Doc) -> dict[int, int]:
    return {char: index for index, sentence in enumerate(doc.sents)
            for char in range(sentence.start_char, sentence.end_char)}


@pytest.mark.parametrize(("gold", "expected"), [
    (GoldEvent(("ZWEGOV",), ("",), ("084",)), "source resolves to nothing"),
    (GoldEvent(("KENGOV",), ("",), ("190",)),
     "no trigger of the root (actors paired by another trigger)"),
    (GoldEvent(("KENGOV",), ("ZWE",), ("084",)), "target resolves to nothing"),
    (GoldEvent(("KENGOV",), ("UGA",), ("084",)),
     "trigger of the root, other actors (source previous, target same)"),
])
def test_a_miss_is_told_by_its_cause(nlp: Language, gold: GoldEvent, expected: str) -> None:
    _, doc, mentions, candidates = text_candidates(nlp, TEXT)
    assert cause(candidates, gold, mentions, _sentence_of(doc)) == expected


def test_one_actor_for_both_sides_is_told(nlp: Language) -> None:
    # the dairy cooperative resolves to nothing: only the government matches both Kenyan sides
    _, doc, mentions, candidates = text_candidates(
        nlp, "The Kenyan government met the Tana Dairy Cooperative on Monday.")
    gold = GoldEvent(("KENGOV",), ("KENBUS",), ("040",))
    assert cause(candidates, gold, mentions, _sentence_of(doc)) == (
        "trigger of the root, source and target both met only by one actor")


def test_a_cause_is_counted_by_draw_with_none_left_out() -> None:
    counts = Counter({"ru": 5, "rn": 2})
    assert by_draw(counts, {"rt", "ru", "rn"}) == "rn 2, rt 0, ru 5"
