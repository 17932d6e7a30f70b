"""Whom an appeal for calm asks when its words name no one: the claimant's own people; a named
addressee is kept, and an appeal for another thing keeps its default. The sentences are written
for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("The Pakistani government called for calm after the vote.",
                     [("The Pakistani government", "PAKGOV")],
                     [("appeal", "PAKGOV", "PAKCVL", "calm after the vote")],
                     id="state-asks-its-people"),
        pytest.param("Pakistani unions called for calm and patience.",
                     [("Pakistani unions", "PAKLAB")],
                     [("appeal", "PAKLAB", "PAKCVL", "calm and patience")],
                     id="non-state-asks-its-people-not-the-government"),
        pytest.param("The Pakistani government urged the police to keep calm.",
                     [("The Pakistani government", "PAKGOV"), ("the police", "PAKCOP")],
                     [("appeal", "PAKGOV", "PAKCOP", "keep calm")],
                     id="named-addressee-kept"),
        pytest.param("Pakistani unions called for an inquiry into the vote.",
                     [("Pakistani unions", "PAKLAB")],
                     [("appeal", "PAKLAB", "PAKGOV", "an inquiry into the vote")],
                     id="other-appeal-keeps-default"),
        pytest.param("The Pakistani government asked the world to show patience.",
                     [("The Pakistani government", "PAKGOV")],
                     [("appeal", "PAKGOV", None, "show patience")],
                     id="patience-of-an-unnamed-addressee"),
    ],
)
def test_public_asked(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                      expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected


def test_neighbour_calls_for_calm(analyse: Any) -> None:
    """A neighbour's call for calm in another country's crisis does not ask its own people."""
    text = ("Afghan troops and the Taliban fought in Kabul, Afghan officials said. Pakistan"
            " called for calm.")
    _, claims = analyse(text, [("Afghan troops", "AFG"), ("Afghan officials", "AFG"),
                               ("Kabul", "AFG"), ("Pakistan", "PAK")])
    assert summary(claims) == [("appeal", "PAK", None, "calm")]
