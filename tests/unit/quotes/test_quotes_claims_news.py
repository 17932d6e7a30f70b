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
        # no claim: the asked as the subject of a passive cue, a cue under a condition, a
        # statement only expected, a cue whose subjects are all negated
        pytest.param("Pakistani police have been asked to guard the border.",
                     [("Pakistani police", "PAKCOP")], [], id="passive-cue"),
        pytest.param("If Pakistan wants a new inquiry, it has not said so.", [PAKISTAN], [],
                     id="cue-under-condition"),
        pytest.param("Pakistan is expected to announce that it will reopen the border.",
                     [PAKISTAN], [], id="expected-statement"),
        pytest.param("Neither Pakistan nor Iran wants a new war.", [PAKISTAN, IRAN], [],
                     id="neither-nor"),
        # the same constructions stated: claims
        pytest.param("Pakistan asked Iran to guard the border.", [PAKISTAN, IRAN],
                     [("appeal", "PAK", "IRN", "guard the border")], id="active-cue"),
        pytest.param("Pakistan announced that it will reopen the border.", [PAKISTAN],
                     [("commitment", "PAK", None, "reopen the border")], id="stated-promise"),
    ],
)
def test_news_claims(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                     expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
