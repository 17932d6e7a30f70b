"""A claim told again further down a story is one claim, on sentences written for these tests:
the later telling by the same side, of the same kind, naming the same act, is dropped; another
act, another side or another kind stays a claim of its own."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

QURESHI = ("Qureshi", "QURESHI")
PAKISTAN = ("Pakistan", "PAK")
IRAN = ("Iran", "IRN")
REBELS = ("Pakistani rebels", "PAKREB")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        # the lead's promise told again in other words, by the same side: one claim
        pytest.param("Pakistan promised to open three new border crossings. The new crossings "
                     "would be opened within a month, Qureshi said.", [PAKISTAN, QURESHI],
                     [("commitment", "PAK", "PAKCVL", "open three new border crossings")],
                     id="promise-told-again"),
        pytest.param("Pakistan urged Iran to release the fishermen. Qureshi also called on Iran "
                     "to release the detained fishermen quickly.", [PAKISTAN, QURESHI, IRAN],
                     [("appeal", "PAK", "IRN", "release the fishermen")],
                     id="appeal-told-again"),
        # the later telling names whom the claim is made to: the first telling takes it
        pytest.param("Pakistan called for an end to the fighting. Qureshi urged Iran to end the "
                     "fighting.", [PAKISTAN, QURESHI, IRAN],
                     [("appeal", "PAK", "IRN", "an end to the fighting")],
                     id="addressee-from-later-telling"),
        # another act of the same side and kind: two claims
        pytest.param("Pakistan urged Iran to release the fishermen. Qureshi also urged Iran to "
                     "reopen the consulate.", [PAKISTAN, QURESHI, IRAN],
                     [("appeal", "PAK", "IRN", "release the fishermen"),
                      ("appeal", "PAKGOV", "IRN", "reopen the consulate")],
                     id="another-act"),
        # one shared word is not the same act ("calm" asked twice in other circumstances)
        pytest.param("Qureshi called for calm. He later urged calm and patience.", [QURESHI],
                     [("appeal", "PAKGOV", "PAKCVL", "calm"),
                      ("appeal", "PAKGOV", "PAKCVL", "calm and patience")],
                     id="one-shared-word"),
        # another side asking the same: two claims
        pytest.param("Qureshi demanded the release of the fishermen. The Pakistani rebels also "
                     "demanded the release of the fishermen.", [QURESHI, REBELS],
                     [("demand", "PAKGOV", None, "the release of the fishermen"),
                      ("demand", "PAKREB", "PAKGOV", "the release of the fishermen")],
                     id="another-side"),
    ],
)
def test_repeated_claims(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                         expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
