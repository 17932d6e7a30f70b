"""Promises and threats reported in the passive, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

QURESHI = ("Qureshi", "QURESHI")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("Qureshi said the fishermen would be freed next week.", [QURESHI],
                     [("commitment", "PAKGOV", None, "the fishermen would be freed next week")],
                     id="reported-passive-promise"),
        pytest.param("“The new dam will be finished in May,” Qureshi said.", [QURESHI],
                     [("commitment", "PAKGOV", None, "The new dam will be finished in May")],
                     id="quoted-passive-promise"),
        pytest.param("Qureshi said firm action would be taken against the smugglers.", [QURESHI],
                     [("threat", "PAKGOV", None,
                       "firm action would be taken against the smugglers")],
                     id="action-against-is-a-threat"),
        # no promise: another's act, the speaker's own side undergoing it, a bargain, an outcome
        pytest.param("Qureshi said the convoy would be attacked by smugglers.", [QURESHI], [],
                     id="agent-named"),
        pytest.param("“We will not be deterred,” Qureshi said.", [QURESHI], [],
                     id="speaker-undergoes"),
        pytest.param("Qureshi said the fishermen would be freed if the fines were paid.",
                     [QURESHI], [], id="conditional-bargain"),
        pytest.param("Qureshi said savings would be achieved next year.", [QURESHI], [],
                     id="outcome-not-act"),
    ],
)
def test_passive_promises(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                          expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
