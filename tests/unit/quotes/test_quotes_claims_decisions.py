"""Decisions announced as commitments ("has decided to free", "agrees to hold"), and the own
people a state's promise is made to when its words name no one; sentences written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

PAKISTAN = ("Pakistan", "PAK")
PAKGOV = ("Pakistan government", "PAKGOV")
QURESHI = ("Qureshi", "QURESHI")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("Pakistan has decided to free the Iranian fishermen.", [PAKISTAN],
                     [("commitment", "PAK", "PAKCVL", "free the Iranian fishermen")],
                     id="has-decided"),
        pytest.param("The Pakistan government has agreed to reopen the border crossing.",
                     [PAKGOV], [("commitment", "PAKGOV", "PAKCVL", "reopen the border crossing")],
                     id="has-agreed"),
        pytest.param("Pakistan agrees to hold new elections in May.", [PAKISTAN],
                     [("commitment", "PAK", "PAKCVL", "hold new elections in May")],
                     id="agrees-now"),
        pytest.param("The Pakistan government has resolved to rebuild the flooded schools.",
                     [PAKGOV],
                     [("commitment", "PAKGOV", "PAKCVL", "rebuild the flooded schools")],
                     id="has-resolved"),
        # an agreement to a thing is an event; a past or pluperfect decision is history told
        pytest.param("Pakistan has agreed to the plan.", [PAKISTAN], [], id="agreed-to-a-thing"),
        pytest.param("Pakistan and China have agreed to hold joint naval drills.",
                     [PAKISTAN, ("China", "CHN")], [], id="sides-agree"),
        pytest.param("The Pakistani and Chinese navies have agreed to hold joint drills.",
                     [("Pakistani and Chinese navies", "PAKMIL")], [], id="sides-of-a-noun"),
        pytest.param("Pakistan has agreed with China to hold joint naval drills.",
                     [PAKISTAN, ("China", "CHN")], [], id="agreed-with"),
        pytest.param("Pakistan decided to free the fishermen in 2010.", [PAKISTAN], [],
                     id="past-decision"),
        pytest.param("Pakistan had decided to free the fishermen before the war.", [PAKISTAN], [],
                     id="pluperfect-decision"),
        pytest.param("The cabinet has decided that the talks are over.", [("cabinet", "PAKGOV")],
                     [], id="decided-that"),
        pytest.param("If Pakistan decides to free the fishermen, the talks will resume.",
                     [PAKISTAN], [], id="conditional-decision"),
    ],
)
def test_decisions(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                   expected: list[tuple[str, str, str | None, str]]) -> None:
    assert summary(analyse(text, phrases)[1]) == expected


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        # a foreign side in the sentence: the promise is likely made to it, so no one is assumed
        pytest.param("Pakistan has decided to lower its tariffs, a step Russia welcomed.",
                     [PAKISTAN, ("Russia", "RUS")],
                     [("commitment", "PAK", None, "lower its tariffs")], id="foreign-side-named"),
        # the act's own target wins
        pytest.param("Pakistan has decided to send engineers to China.",
                     [PAKISTAN, ("China", "CHN")],
                     [("commitment", "PAK", "CHN", "send engineers to China")], id="act-target"),
        # a non-state side's promise and a state's offer are not assumed to be to its people (the
        # side's promise that names no one answers its government: authorities)
        pytest.param("The Pakistani unions have decided to end the strike.",
                     [("Pakistani unions", "PAKLAB")],
                     [("commitment", "PAKLAB", "PAKGOV", "end the strike")], id="not-a-state"),
        pytest.param("Qureshi said Pakistan was ready to host the talks.",
                     [QURESHI, PAKISTAN],
                     [("offer", "PAKGOV", None, "host the talks")], id="offer-not-to-own"),
    ],
)
def test_own_people(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                    expected: list[tuple[str, str, str | None, str]]) -> None:
    assert summary(analyse(text, phrases)[1]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Iran has agreed to suspend enrichment and linked activities.",
                     ["suspend enrichment and linked activities"], id="participle-of-object"),
        # a verb whose past is its bare form is still a second act
        pytest.param("Iran has agreed to halve its stockpile and cut its centrifuges.",
                     ["halve its stockpile and cut its centrifuges"], id="bare-past-form"),
    ],
)
def test_participle_after_and(analyse: Any, text: str, expected: list[str]) -> None:
    """ "suspend enrichment and linked activities": "linked" describes the activities, it is not
    a second act promised."""
    _, claims = analyse(text, [("Iran", "IRN")])
    assert [claim.text for claim in claims] == expected
