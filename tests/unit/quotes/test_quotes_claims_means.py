"""A promise of a deed by hostile means ("would take the capital by force") is a threat, whatever
its verb; by other means it stays a commitment. The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("Pakistani rebels vowed to take the capital by force.",
                     [("Pakistani rebels", "PAKREB")],
                     [("threat", "PAKREB", "PAKGOV", "take the capital by force")],
                     id="by-force-is-a-threat"),
        pytest.param("Pakistani rebels vowed to take the capital by elections.",
                     [("Pakistani rebels", "PAKREB")],
                     [("commitment", "PAKREB", "PAKGOV", "take the capital by elections")],
                     id="other-means-a-commitment"),
    ],
)
def test_means_of_a_deed(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                         expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
