"""A threatened or promised trade measure aims at the country its goods are named by ("tariffs on
Chinese steel" aims at China); goods named so are no one otherwise ("buy Chinese steel"). The
sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

AUSTRALIA = ("Australia", "AUS")
CHINESE = ("Chinese", "CHN")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("Australia threatened to raise tariffs on Chinese steel.",
                     [AUSTRALIA, CHINESE],
                     [("threat", "AUS", "CHN", "raise tariffs on Chinese steel")],
                     id="tariffs-on-goods"),
        pytest.param("Australia threatened to impose sanctions against Iranian banks.",
                     [AUSTRALIA, ("Iranian", "IRN")],
                     [("threat", "AUS", "IRN", "impose sanctions against Iranian banks")],
                     id="sanctions-against-goods"),
        pytest.param("Australia promised to buy Chinese steel.",
                     [AUSTRALIA, CHINESE],
                     [("commitment", "AUS", None, "buy Chinese steel")],
                     id="goods-bought-name-no-one"),
    ],
)
def test_trade_measure_target(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                              expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
