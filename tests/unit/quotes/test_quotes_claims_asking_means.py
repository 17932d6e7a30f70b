"""An ask made by means of a gerund after "by" ("marked the day by calling on the rebels to …") is
made by the subject of the verb it is the means of. The sentences are written for these
tests."""

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
    ],
)
def test_asks_by_means_and_for(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                               expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
