"""Whom a claim asks when its words name no one: a country's side other than its executive
(legislators, courts, parties, unions, citizens) asks its own government; the state itself, its
executive organs, foreign and international actors ask no one by default. The sentences are
written for these tests."""

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
        pytest.param(Actor("PAKGOVMIL", "defence ministry", "state", "PAK"), "demand", None,
                     id="organ-within-code"),
        pytest.param(Actor("PAKLEGOPP", "opposition senators", "sector", "PAK"), "demand",
                     "PAKGOV", id="opposition-legislators"),
        pytest.param(Actor("PAKLEG", "Pakistani senators", "state", "PAK"), "appeal", "PAKGOV",
                     id="legislature"),
        pytest.param(Actor("PAKJUD", "Pakistani high court", "state", "PAK"), "demand",
                     "PAKGOV", id="court"),
        pytest.param(Actor("TAL", "Taliban", "group", "AFG"), "demand", None, id="group-code"),
        pytest.param(Actor("BUS", "Andy Roe", "person"), "demand", None, id="no-country"),
        # a spokesman given his country's body's code but no country is still that country's side
        pytest.param(Actor("PAKRAD", "Hafiz Rauf", "person"), "demand", "PAKGOV",
                     id="country-of-the-code"),
        pytest.param(Actor("NGOAMN", "Ann Lee", "person"), "demand", None,
                     id="code-of-no-country"),
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
        pytest.param("Pakistani senators demanded an independent inquiry into the shootings.",
                     [("Pakistani senators", "PAKLEG")],
                     [("demand", "PAKLEG", "PAKGOV",
                       "an independent inquiry into the shootings")],
                     id="legislators-ask-the-government"),
        pytest.param("Pakistani senators urged Iran to reopen the border.",
                     [("Pakistani senators", "PAKLEG"), ("Iran", "IRN")],
                     [("appeal", "PAKLEG", "IRN", "reopen the border")],
                     id="legislators-named-addressee-kept"),
        pytest.param("The Pakistani military appealed for an end to the looting.",
                     [("The Pakistani military", "PAKMIL")],
                     [("appeal", "PAKMIL", None, "an end to the looting")],
                     id="an-executive-organ-asks-no-one-by-default"),
        pytest.param("Pakistan demanded the release of its sailors.", [("Pakistan", "PAK")],
                     [("demand", "PAK", None, "the release of its sailors")],
                     id="a-state-asks-no-one-by-default"),
    ],
)
def test_default_addressee(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                           expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
