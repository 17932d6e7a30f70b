"""``scripts/actor_sides.py``: kept events with the right root and one side wrong, and where the
right actor of the wrong side is named."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from actor_sides import is_right, near_miss, where_named
from decision_candidates import text_candidates

from tacitus.evaluation.records import GoldEvent
from tacitus.model import Actor, Event

GOLD = GoldEvent(("KENGOV", "KEN"), ("UGA",), ("173", "17"))
TEXT = "Kenyan police arrested two Ugandan traders in Busia on Monday."


def _arrest(nlp: Language, source: str, target: str | None) -> Event:
    """The arrest read from ``source`` to ``target`` (actor codes)."""
    _, _, _, candidates = text_candidates(nlp, TEXT)
    event = next(c.event for c in candidates if c.event.cameo[:2] == "17")
    return replace(event, source=Actor(code=source, name=source, kind="state"),
                   target=Actor(code=target, name=target, kind="state") if target else None)


@pytest.mark.parametrize(("source", "target", "expected"), [
    ("KENCOP", None, "target missing"),
    ("KENCOP", "TZA", "wrong target"),
    ("TZA", "UGA", "wrong source"),
    ("UGA", "KENCOP", "swapped"),
    ("", "UGA", "source unnamed"),
    ("KENCOP", "UGA", None),
])
def test_a_near_miss_is_told_by_its_kind(nlp: Language, source: str, target: str | None,
                                         expected: str | None) -> None:
    event = _arrest(nlp, source, target)
    assert near_miss(event, GOLD) == expected
    assert is_right(event, GOLD) is (expected is None)


def test_another_root_is_no_near_miss(nlp: Language) -> None:
    event = _arrest(nlp, "KENCOP", "TZA")
    assert near_miss(event, GoldEvent(("KEN",), ("TZA",), ("042",))) is None


@pytest.mark.parametrize(("text", "trigger", "allowed", "expected"), [
    # named beside the trigger, as the object of a preposition
    ("Nepal held talks with India on the border dispute.", "talks", ("IND",),
     "same clause (prep with)"),
    # named in the sentence before
    ("Chile's envoy landed in Lima on Sunday. He warned of new tariffs.", "warned", ("CHL",),
     "previous"),
    # named in the headline, not in the lede
    ("Ghana sends aid to Togo\n\nA convoy crossed the border on Friday with food.", "crossed",
     ("TGO",), "headline"),
    # never resolved: a pronoun stands in the trigger's clause
    ("Officials said they protested against the decision.", "protested", ("PER",),
     "unresolved (pronoun)"),
    # the gold event has no actor on that side
    ("Nepal held talks with India on the border dispute.", "talks", ("",), "none wanted"),
])
def test_where_the_right_actor_is_named(nlp: Language, text: str, trigger: str,
                                        allowed: tuple[str, ...], expected: str) -> None:
    _, doc, mentions, _ = text_candidates(nlp, text)
    head = next(token for token in doc if token.text == trigger)
    end = text.find("\n\n") if "\n\n" in text else 0
    assert where_named(doc, head, allowed, mentions, end) == expected
