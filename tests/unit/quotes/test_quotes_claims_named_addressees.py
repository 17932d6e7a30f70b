"""Whom a promise is made to when nothing names its addressee: the first other side its words
name, never the claimant's own, and never for a denial (its words name the side accused). The
sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("Australia promised the safe return of the two Pakistani rebels.",
                     [("Australia", "AUS"), ("Pakistani rebels", "PAKREB")],
                     [("commitment", "AUS", "PAKREB",
                       "the safe return of the two Pakistani rebels")],
                     id="side-named-in-the-promise"),
        pytest.param("China vowed that Russia would never be allowed to fish in its waters.",
                     [("China", "CHN"), ("Russia", "RUS")],
                     [("commitment", "CHN", "RUS",
                       "Russia would never be allowed to fish in its waters")],
                     id="subject-of-the-promised-clause"),
        pytest.param("China vowed not to let the Pakistani rebels use its ports against Russia.",
                     [("China", "CHN"), ("Pakistani rebels", "PAKREB"), ("Russia", "RUS")],
                     [("commitment", "CHN", "RUS",
                       "not to let the Pakistani rebels use its ports against Russia")],
                     id="not-the-side-it-lets-act"),
        pytest.param("China promised not to allow the Pakistani rebels to attack Russia.",
                     [("China", "CHN"), ("Pakistani rebels", "PAKREB"), ("Russia", "RUS")],
                     [("commitment", "CHN", "RUS",
                       "not to allow the Pakistani rebels to attack Russia")],
                     id="not-the-object-of-allow"),
        pytest.param("Australia denied that the Pakistani military had crossed the border.",
                     [("Australia", "AUS"), ("Pakistani military", "PAKMIL")],
                     [("denial", "AUS", None, "the Pakistani military had crossed the border")],
                     id="a-denial-names-the-accused"),
    ],
)
def test_named_addressee(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                         expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
