"""Reports of two coordinated clauses, on sentences written for these tests: "X said the talks
had stalled and Iran must free the sailors" reports both clauses, so the demand in the second is
X's as it would be alone; a clause sharing the first one's subject is split as before, and a
second clause that is a plain statement claims nothing."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

QURESHI = ("Qureshi", "QURESHI")
IRAN = ("Iran", "IRN")
PAKISTAN = ("Pakistan", "PAK")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("Qureshi said the talks had stalled and Iran must free the fishermen.",
                     [QURESHI, IRAN], [("demand", "PAKGOV", "IRN", "free the fishermen")],
                     id="second-clause-must"),
        pytest.param("Qureshi said the talks were useful but Iran should free the fishermen.",
                     [QURESHI, IRAN], [("appeal", "PAKGOV", "IRN", "free the fishermen")],
                     id="second-clause-should"),
        pytest.param("Qureshi believes the talks have failed and Iran should free the fishermen.",
                     [QURESHI, IRAN], [("appeal", "PAKGOV", "IRN", "free the fishermen")],
                     id="opinion-second-clause"),
        pytest.param("Qureshi said the talks had stalled and Pakistan would close the border.",
                     [QURESHI, PAKISTAN],
                     [("commitment", "PAKGOV", "PAKCVL", "close the border")],
                     id="second-clause-promise"),
        # the clause alone, as before: one claim, not told twice
        pytest.param("Qureshi said Iran must free the fishermen.", [QURESHI, IRAN],
                     [("demand", "PAKGOV", "IRN", "free the fishermen")], id="one-clause"),
        pytest.param("Qureshi said the talks had stalled and Iran had moved troops.",
                     [QURESHI, IRAN], [], id="second-clause-a-fact"),
    ],
)
def test_coordinated_reports(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                             expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
