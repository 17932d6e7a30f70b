"""Whose act a reported promise is, and what one asked act holds, on sentences written for these
tests: a speaker of one side reporting another side of the same country ("the rebels said the army
would leave") promises nothing; a past participle the parser coordinated with a subjunctive
("asked that the ministry release the report and written statements") is part of one thing
asked."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

QURESHI = ("Qureshi", "QURESHI")
REBELS = ("Pakistani rebels", "PAKREB")
ARMY = ("Pakistani army", "PAKMIL")
PAKISTAN = ("Pakistan", "PAK")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        # another sector of the speaker's country: its plan reported, no promise of the speaker's
        pytest.param("Qureshi said the Pakistani rebels would hold a rally on Friday.",
                     [QURESHI, REBELS], [], id="government-reports-rebels"),
        pytest.param("The Pakistani rebels said the Pakistani army would leave the valley.",
                     [REBELS, ARMY], [], id="rebels-report-army"),
        pytest.param("The Pakistani rebels said Pakistan would hold talks on Friday.",
                     [REBELS, PAKISTAN], [], id="rebels-report-country"),
        # the speaker's own side: the state and its organs, or the same sector
        pytest.param("Qureshi said the Pakistani army would hold a parade on Friday.",
                     [QURESHI, ARMY],
                     [("commitment", "PAKGOV", "PAKCVL", "hold a parade on Friday")],
                     id="government-promises-army"),
        pytest.param("Qureshi said Pakistan would reopen the border on Monday.",
                     [QURESHI, PAKISTAN],
                     [("commitment", "PAKGOV", "PAKCVL", "reopen the border on Monday")],
                     id="government-promises-country"),
        pytest.param("The Pakistani rebels said they would free the hostages.", [REBELS],
                     [("commitment", "PAKREB", "PAKGOV", "free the hostages")],
                     id="rebels-promise"),
        # in the passive, another sector undergoing the act is the one it is aimed at (the
        # government's threat naming no one answers the country's one armed side the story
        # names: ``authorities.with_answering_rival``)
        pytest.param("Qureshi said the Pakistani rebels would be punished.", [QURESHI, REBELS],
                     [("threat", "PAKGOV", "PAKREB", "the Pakistani rebels would be punished")],
                     id="passive-on-another-sector"),
    ],
)
def test_reported_side(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                       expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Qureshi demanded that the ministry release the report and written "
                     "statements from the guards.",
                     [("demand", "PAKGOV", None,
                       "release the report and written statements from the guards")],
                     id="participle-after-subjunctive"),
        pytest.param("Qureshi demanded that the ministry release the report and apologise to "
                     "the guards.",
                     [("demand", "PAKGOV", None, "release the report and apologise to the guards")],
                     id="two-acts-after-subjunctive"),
    ],
)
def test_subjunctive_coordination(analyse: Any, text: str,
                                  expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, [QURESHI])
    assert summary(claims) == expected


TALIBAN = ("Taliban", "TAL")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first-person wish framing one's own appeal makes it; a negated or third-person one not
        pytest.param("“We want to urge the Taliban to free the hostages,” Qureshi said.",
                     [("appeal", "PAKGOV", "TAL", "free the hostages")], id="we-want-to-urge"),
        pytest.param("“I would like to call on the Taliban to free the hostages,” Qureshi said.",
                     [("appeal", "PAKGOV", "TAL", "free the hostages")],
                     id="i-would-like-to-call-on"),
        pytest.param("“We do not want to urge the Taliban to free the hostages,” Qureshi said.",
                     [], id="negated-wish"),
        pytest.param("Qureshi said the Taliban want to ask Pakistan for more aid.", [],
                     id="third-person-wish"),
        # the infinitive asked, hung on the verb after an aside on the one asked
        pytest.param("Qureshi urged the Taliban, who hold the northern valleys, to free the "
                     "hostages.", [("appeal", "PAKGOV", "TAL", "free the hostages")],
                     id="infinitive-after-aside"),
        pytest.param("The Pakistani rebels urged the province and the state, which is paying "
                     "for the new Light Rail Line (LRL), to keep its promises.",
                     [("appeal", "PAKREB", "PAKGOV", "keep its promises")],
                     id="infinitive-after-relative-clause"),
        # a question asks for nothing; a question in a clause of its own leaves the claim
        pytest.param("Will Qureshi urge the Taliban to free the hostages?", [],
                     id="question-sentence"),
        pytest.param("Qureshi urged the Taliban to free the hostages, but will they listen?",
                     [("appeal", "PAKGOV", "TAL", "free the hostages")],
                     id="question-in-later-clause"),
        # the ones called on are asked, not asked for
        pytest.param("Qureshi called on the Taliban and the Pakistani rebels.", [],
                     id="called-on-no-act"),
    ],
)
def test_asking_frames(analyse: Any, text: str,
                       expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, [QURESHI, TALIBAN, REBELS, PAKISTAN])
    assert summary(claims) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wh-word in a clause of its own before the cue questions nothing
        pytest.param("Qureshi, who arrived in Kabul on Monday, urged the Taliban to free the "
                     "hostages.", [("appeal", "PAKGOV", "TAL", "free the hostages")],
                     id="relative-clause-on-subject"),
        pytest.param("When the talks failed, Qureshi urged the Taliban to free the hostages.",
                     [("appeal", "PAKGOV", "TAL", "free the hostages")],
                     id="clause-of-time-before"),
        pytest.param("Qureshi asked Pakistan what role the Taliban wanted it to play.", [],
                     id="indirect-question"),
        pytest.param("Qureshi met the Pakistani rebels, who demanded the release of their "
                     "leader.", [("demand", "PAKREB", "PAKGOV", "the release of their leader")],
                     id="cue-in-relative-clause"),
        pytest.param("Iran denounced the activities of Pakistan that threatened the region's "
                     "security.", [], id="relative-clause-on-a-thing"),
        # the phrases the parser hung on the verb after the thing asked belong to it
        pytest.param("Qureshi demanded a judicial probe by a retired judge into the riots.",
                     [("demand", "PAKGOV", None,
                       "a judicial probe by a retired judge into the riots")],
                     id="probe-by-into"),
        pytest.param("Qureshi demanded an answer by Friday.",
                     [("demand", "PAKGOV", None, "an answer")], id="time-not-part"),
    ],
)
def test_clauses_around_cue(analyse: Any, text: str,
                            expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, [QURESHI, TALIBAN, PAKISTAN, REBELS, ("Iran", "IRN")])
    assert summary(claims) == expected
