"""One thing asked, one claim: things one cue names joined by a bare "and"/"or" make one claim;
acts (each a deed to do) and another cue's claims stay apart. Sentences written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

QURESHI = ("Qureshi", "QURESHI")
PAKISTAN = ("Pakistan", "PAK")
IRAN = ("Iran", "IRN")
RUSSIA = ("Russia", "RUS")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("Qureshi urged Iran to open the crossing and pay the drivers.",
                     [QURESHI, IRAN],
                     [("appeal", "PAKGOV", "IRN", "open the crossing and pay the drivers")],
                     id="two-acts-joined"),
        pytest.param("Pakistan demanded an apology and compensation.", [PAKISTAN],
                     [("demand", "PAK", None, "an apology and compensation")],
                     id="two-things-asked"),
        pytest.param("Pakistan called for dialogue or mediation.", [PAKISTAN],
                     [("appeal", "PAK", None, "dialogue or mediation")], id="two-nouns-or"),
        pytest.param("Pakistan issued a plea for food and shelter.", [PAKISTAN],
                     [("appeal", "PAK", None, "food and shelter")], id="noun-cue"),
        pytest.param("Qureshi demanded aid and Iran promised troops.", [QURESHI, IRAN],
                     [("demand", "PAKGOV", None, "aid"), ("commitment", "IRN", None, "troops")],
                     id="two-cues-stay-apart"),
    ],
)
def test_joined_claims(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                       expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
