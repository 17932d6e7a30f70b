"""What a side says it or another needs is an appeal for it; needing to act oneself asks nothing
of anyone. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("Pakistan needs the help of Chinese engineers.", [("Pakistan", "PAK")],
                     [("appeal", "PAK", None, "the help of Chinese engineers")],
                     id="needs-a-thing"),
        pytest.param("Qureshi argued that Pakistan needs more doctors.",
                     [("Qureshi", "QURESHI"), ("Pakistan", "PAK")],
                     [("appeal", "PAK", None, "more doctors")], id="reported-need"),
        pytest.param("Pakistan needs to finish the dam first.", [("Pakistan", "PAK")], [],
                     id="own-act-needed"),
    ],
)
def test_needs(analyse: Any, text: str, phrases: list[tuple[str, ...]],
               expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
