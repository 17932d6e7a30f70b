"""Duties in the passive and after "according to", on sentences written for these tests: a
speaker's "the prisoners must (or should) be freed" demands an act of whoever holds the power to
do it, the government of the speaker's country when no side is named (``passive_duties``), as
"there must be an inquiry" does ("there should be": an appeal), unless the speaker is the
state itself (its country, government or army as a body) or the act names a foreign place; a
regret ("should have been"), an agent named, an impersonal "it", or the speaker's own side
undergoing it asks nothing of anyone. A source named first ("According to X, Iran must …")
reports its clause as "X said" does; "should be more careful" asks a conduct of the side
named."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

QURESHI = ("Qureshi", "QURESHI")
REBELS = ("Pakistani rebels", "PAKREB")
IRAN = ("Iran", "IRN")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("The Pakistani rebels said the jailed students must be released.", [REBELS],
                     [("demand", "PAKREB", "PAKGOV", "the jailed students must be released")],
                     id="must-be-released"),
        pytest.param("Qureshi said those responsible for the fire should be punished.",
                     [QURESHI],
                     [("demand", "PAKGOV", "PAKGOV",
                       "those responsible for the fire should be punished")],
                     id="should-be-punished"),
        pytest.param("Qureshi said the dispute with China must be settled through talks.",
                     [QURESHI, ("China", "CHN")],
                     [("demand", "PAKGOV", None,
                       "the dispute with China must be settled through talks")],
                     id="must-be-settled"),
        pytest.param("Qureshi said the jailed students should have been released.", [QURESHI],
                     [], id="regret"),
        pytest.param("Qureshi said the students must be released by the court.", [QURESHI], [],
                     id="agent-named"),
        pytest.param("Qureshi said it must be admitted that the plan failed.", [QURESHI], [],
                     id="impersonal-it"),
        pytest.param("The Pakistani rebels said they must be heard.", [REBELS], [],
                     id="own-side"),
        # the state itself as a body (its army, its government, the country) asks no one it can
        # be told to; a foreign place in the act is not the claimant's government's to act on
        pytest.param("The Pakistani military said free elections must be held soon.",
                     [("The Pakistani military", "PAKMIL")],
                     [("demand", "PAKMIL", None, "free elections must be held soon")],
                     id="army-not-its-government"),
        pytest.param("Pakistan said the detained sailors should be released.",
                     [("Pakistan", "PAK")],
                     [("demand", "PAK", None, "the detained sailors should be released")],
                     id="country-not-its-government"),
        pytest.param("Qureshi said elections must be held in Afghanistan.", [QURESHI],
                     [("demand", "PAKGOV", None, "elections must be held in Afghanistan")],
                     id="foreign-place"),
        # "should be" with an adjective of a chosen conduct asks that conduct; a feeling asks none
        pytest.param("Qureshi said Iran should be more careful with the fishermen.",
                     [QURESHI, IRAN],
                     [("appeal", "PAKGOV", "IRN", "be more careful with the fishermen")],
                     id="conduct-asked"),
        pytest.param("Qureshi said Iran should be ashamed of the raids.", [QURESHI, IRAN], [],
                     id="feeling-not-asked"),
        # a source named first ("According to X, …") reports the clause it hangs on
        pytest.param("According to Qureshi, Iran must free the fishermen.", [QURESHI, IRAN],
                     [("demand", "PAKGOV", "IRN", "free the fishermen")], id="according-must"),
        pytest.param("According to Qureshi, the jailed students should be released.",
                     [QURESHI],
                     [("demand", "PAKGOV", "PAKGOV", "the jailed students should be released")],
                     id="according-passive"),
        pytest.param("According to Qureshi, Iran has moved troops to the border.",
                     [QURESHI, IRAN], [], id="according-a-fact"),
    ],
)
def test_passive_duties(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                        expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
