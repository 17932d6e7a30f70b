"""Whom a demand or an appeal asks when nothing names anyone: a state organ (government, army,
police) asks its own people; a legislature, a court or any other typed side of a country asks
its government; a country named alone, a group and a body of no country ask no one we can
tell. The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

from tacitus.model import Actor
from tacitus.quotes.home_addressees import home_addressee


@pytest.mark.parametrize(
    ("claimant", "expected"),
    [
        pytest.param(Actor("KENGOV", "Kenyan interior minister", "person", "KEN"), "KENCVL",
                     id="minister-asks-the-people"),
        pytest.param(Actor("KENCOP", "Kenyan police", "state", "KEN"), "KENCVL",
                     id="police-ask-the-people"),
        pytest.param(Actor("KENLEG", "Kenyan senators", "state", "KEN"), "KENGOV",
                     id="legislators-ask-the-government"),
        pytest.param(Actor("KENJUD", "Kenyan high court", "state", "KEN"), "KENGOV",
                     id="court-asks-the-government"),
        pytest.param(Actor("KENLEGOPP", "opposition senators", "sector", "KEN"), "KENGOV",
                     id="opposition-legislators"),
        pytest.param(Actor("KEN", "Kenya", "state", "KEN"), None, id="a-country-alone"),
        pytest.param(Actor("SHB", "al-Shabaab", "group", "SOM"), None, id="group-code"),
        pytest.param(Actor("UNO", "United Nations", "igo"), None, id="no-country"),
    ],
)
def test_home_addressee(claimant: Actor, expected: str | None) -> None:
    asked = home_addressee(claimant)
    assert (asked.code if asked else None) == expected


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("Pakistani senators demanded an independent inquiry into the shootings.",
                     [("Pakistani senators", "PAKLEG")],
                     [("demand", "PAKLEG", "PAKGOV",
                       "an independent inquiry into the shootings")],
                     id="legislators-demand-of-the-government"),
        pytest.param("The Pakistani military appealed for an end to the looting.",
                     [("The Pakistani military", "PAKMIL")],
                     [("appeal", "PAKMIL", "PAKCVL", "an end to the looting")],
                     id="army-appeals-to-the-people"),
        pytest.param("Pakistani senators urged Iran to reopen the border.",
                     [("Pakistani senators", "PAKLEG"), ("Iran", "IRN")],
                     [("appeal", "PAKLEG", "IRN", "reopen the border")],
                     id="named-addressee-kept"),
        pytest.param("Pakistan demanded the release of its sailors.", [("Pakistan", "PAK")],
                     [("demand", "PAK", None, "the release of its sailors")],
                     id="a-country-alone-asks-no-one"),
    ],
)
def test_ask_naming_no_one(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                           expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
