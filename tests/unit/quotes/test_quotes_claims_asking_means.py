"""An ask made by means of a gerund after "by" ("marked the day by calling on the rebels to …") is
made by the subject of the verb it is the means of; "asked for" claims its object ("asked for a
new vote", of the government, as any sector's appeal that names no one), and "asked X for Y"
asks X. The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("The Pakistani president marked the holiday by calling on the rebels to lay "
                     "down their arms.",
                     [("Pakistani president", "PAKGOV"), ("rebels", "PAKREB")],
                     [("appeal", "PAKGOV", "PAKREB", "lay down their arms")],
                     id="by-calling-on"),
        pytest.param("The Pakistani president opened the session by urging the rebels to return "
                     "to the talks.",
                     [("Pakistani president", "PAKGOV"), ("rebels", "PAKREB")],
                     [("appeal", "PAKGOV", "PAKREB", "return to the talks")],
                     id="by-urging"),
        pytest.param("Pakistan is asking Afghanistan for permission to question the smuggler.",
                     [("Pakistan", "PAK"), ("Afghanistan", "AFG")],
                     [("appeal", "PAK", "AFG", "permission to question the smuggler")],
                     id="asked-x-for-y"),
        pytest.param("Pakistani unions asked for a new vote in the capital.",
                     [("Pakistani unions", "PAKLAB")],
                     [("appeal", "PAKLAB", "PAKGOV", "a new vote in the capital")],
                     id="asked-for-y"),
    ],
)
def test_asks_by_means_and_for(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                               expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
