"""Whom a claim asks when its words name no one: a country's non-state side asks its own
government; a state, its organs, foreign and international actors ask no one by default. The
sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

from tacitus.model import Actor
from tacitus.quotes.authorities import authority_asked

UNION = Actor("PAKLAB", "Pakistani dockers' union", "sector", "PAK")


@pytest.mark.parametrize(
    ("actor", "kind", "expected"),
    [
        pytest.param(UNION, "demand", "PAKGOV", id="union-demand"),
        pytest.param(UNION, "offer", "PAKGOV", id="union-offer"),
        pytest.param(Actor("PAK", "Ali Khan", "person", "PAK"), "appeal", "PAKGOV",
                     id="citizen-appeal"),
        pytest.param(UNION, "commitment", None, id="own-promise"),
        pytest.param(UNION, "denial", None, id="denial"),
        pytest.param(Actor("PAK", "Pakistan", "state", "PAK"), "demand", None, id="the-state"),
        pytest.param(Actor("PAKCOP", "Pakistani police", "state", "PAK"), "demand", None,
                     id="state-organ"),
        pytest.param(Actor("PAKLEGOPP", "opposition senators", "sector", "PAK"), "demand", None,
                     id="organ-within-code"),
        pytest.param(Actor("TAL", "Taliban", "group", "AFG"), "demand", None, id="group-code"),
        pytest.param(Actor("BUS", "Andy Roe", "person"), "demand", None, id="no-country"),
    ],
)
def test_authority_asked(actor: Actor, kind: str, expected: str | None) -> None:
    asked = authority_asked(actor, kind)
    assert (asked.code if asked else None) == expected


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("Pakistani rebels demanded the release of their commanders.",
                     [("Pakistani rebels", "PAKREB")],
                     [("demand", "PAKREB", "PAKGOV", "the release of their commanders")],
                     id="rebels-ask-the-government"),
        pytest.param("Pakistani rebels begged Iran to reopen the border.",
                     [("Pakistani rebels", "PAKREB"), ("Iran", "IRN")],
                     [("appeal", "PAKREB", "IRN", "reopen the border")],
                     id="named-addressee-kept"),
        pytest.param("Pakistan demanded the release of its sailors.", [("Pakistan", "PAK")],
                     [("demand", "PAK", None, "the release of its sailors")],
                     id="a-state-asks-no-one-by-default"),
    ],
)
def test_default_addressee(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                           expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
