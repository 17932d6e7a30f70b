"""Demands for someone's leaving office, on sentences written for these tests: "demanded the
resignation of Karzai" or "called for Karzai's ouster" asks the side of the one to go, whoever
demands it; the release of a person is no departure, and asks no one the words name."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

QURESHI = ("Qureshi", "QURESHI")
KARZAI = ("Karzai", "KARZAI")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("Qureshi demanded the resignation of Karzai.", [QURESHI, KARZAI],
                     [("demand", "PAKGOV", "AFGGOV", "the resignation of Karzai")],
                     id="resignation-of"),
        pytest.param("Qureshi called for Karzai's ouster.", [QURESHI, KARZAI],
                     [("appeal", "PAKGOV", "AFGGOV", "Karzai's ouster")], id="owner-ouster"),
        pytest.param("Qureshi demanded the release of Karzai.", [QURESHI, KARZAI],
                     [("demand", "PAKGOV", None, "the release of Karzai")], id="release-of"),
    ],
)
def test_departures(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                    expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
