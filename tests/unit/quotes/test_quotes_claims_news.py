"""Claims as wire news writes them: hard-wrapped lines, trailing attributions, passive and
conditional cues, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

QURESHI = ("Qureshi", "QURESHI")
PAKISTAN = ("Pakistan", "PAK")
IRAN = ("Iran", "IRN")


def summary(claims: Any) -> list[tuple[str, str, str | None, str]]:
    return [(c.kind, c.actor.code, c.addressee.code if c.addressee else None, c.text)
            for c in claims]


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        # a wire story's fixed-width lines: the line break inside a sentence is no boundary
        pytest.param("PAKISTAN HAS PROMISED TO RELEASE THE FISHERMEN IT\nHOLDS WITHIN THE NEXT"
                     " FEW DAYS.", [("PAKISTAN", "PAK")],
                     [("commitment", "PAK", None,
                       "RELEASE THE FISHERMEN IT\nHOLDS WITHIN THE NEXT FEW DAYS")],
                     id="hard-wrapped-line"),
    ],
)
def test_news_claims(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                     expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
