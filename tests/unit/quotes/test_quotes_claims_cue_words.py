"""Cue words of claims, on sentences written for these tests: verbs of pressing someone to act
("pressed", "encouraged", "persuaded"), nouns of a demand or request "for" a thing, an assurance
"that" something will be done, a promise to carry out a hostile deed (a threat), and a binding
text ("the law requires …"), which states an obligation no actor claims."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

PAK = ("Pakistan", "PAK")
AFG = ("Afghanistan", "AFG")
CHN = ("China", "CHN")
IRN = ("Iran", "IRN")
QURESHI = ("Qureshi", "QURESHI")
REBELS = ("Pakistani rebels", "PAKREB")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        # verbs of pressing another to act are appeals to it
        pytest.param("Pakistan pressed Afghanistan to close the camps near the border.",
                     [PAK, AFG], [("appeal", "PAK", "AFG", "close the camps near the border")],
                     id="pressed-to"),
        pytest.param("China encouraged Pakistan to reopen the mountain road.", [CHN, PAK],
                     [("appeal", "CHN", "PAK", "reopen the mountain road")], id="encouraged-to"),
        pytest.param("Iran persuaded Afghanistan to release the truck drivers.", [IRN, AFG],
                     [("appeal", "IRN", "AFG", "release the truck drivers")],
                     id="persuaded-to"),
        pytest.param("Pakistan pressed ahead with the new dam on the river.", [PAK], [],
                     id="pressed-ahead"),
        pytest.param("China persuaded Pakistan that the loan should be repaid early.",
                     [CHN, PAK], [], id="persuaded-of-a-view"),
        pytest.param("Heavy rain encouraged the floods to spread across the valley.", [], [],
                     id="no-actor-encouraged"),
        # "advise" and "require" ask an infinitive; informing and needing ask no one
        pytest.param("China advised Pakistan to delay the vote on the dam.", [CHN, PAK],
                     [("appeal", "CHN", "PAK", "delay the vote on the dam")], id="advised-to"),
        pytest.param("Pakistan will advise the farmers of the outcome of the talks.", [PAK], [],
                     id="advised-of-news"),
        pytest.param("Iran advised the truck drivers that the border post had been closed.",
                     [IRN], [], id="advised-that-informs"),
        pytest.param("China requires Pakistan to repay the loan by March.", [CHN, PAK],
                     [("demand", "CHN", "PAK", "repay the loan by March")], id="requires-to"),
        pytest.param("Pakistan's new dams require careful planning and years of work.", [PAK],
                     [], id="requires-a-thing"),
        # a demand or a request "for" a thing claims the thing, by the one after "by"
        pytest.param("Afghanistan ignored a demand by Pakistan for the return of the trucks.",
                     [AFG, PAK], [("demand", "PAK", "AFG", "the return of the trucks")],
                     id="demand-by-for"),
        pytest.param("Pakistan's request for emergency loans went unanswered.", [PAK],
                     [("appeal", "PAK", None, "emergency loans")], id="request-for"),
        pytest.param("The demand for Pakistani rice fell sharply this year.", [PAK], [],
                     id="market-demand"),
        # an assurance that a thing will be done is a promise; of a past fact, none
        pytest.param("Qureshi assured China that the bridge would be rebuilt by May.",
                     [QURESHI, CHN],
                     [("commitment", "PAKGOV", "CHN", "the bridge would be rebuilt by May")],
                     id="assured-that-would"),
        pytest.param("Qureshi assured China that the bridge had been inspected.",
                     [QURESHI, CHN], [], id="assured-past-fact"),
        pytest.param("Qureshi reassured the Chinese investors.", [QURESHI], [],
                     id="reassured-no-clause"),
        # a promise to carry out a hostile deed is a threat; to stop one, a commitment
        pytest.param("Iran vowed to impose sanctions on Afghanistan.", [IRN, AFG],
                     [("threat", "IRN", "AFG", "impose sanctions on Afghanistan")],
                     id="impose-sanctions"),
        pytest.param("The Pakistani rebels vowed to launch attacks on the army posts.",
                     [REBELS], [("threat", "PAKREB", "PAKGOV", "launch attacks on the army posts")],
                     id="launch-attacks"),
        pytest.param("The Pakistani rebels vowed to wage war on the government.", [REBELS],
                     [("threat", "PAKREB", "PAKGOV", "wage war on the government")],
                     id="wage-war"),
        pytest.param("The Pakistani rebels vowed to kill the captured soldiers.", [REBELS],
                     [("threat", "PAKREB", "PAKGOV", "kill the captured soldiers")],
                     id="vowed-to-kill"),
        pytest.param("The Pakistani rebels promised to stop their attacks on the army posts.",
                     [REBELS],
                     [("commitment", "PAKREB", "PAKGOV", "stop their attacks on the army posts")],
                     id="stop-attacks"),
        pytest.param("Pakistan pledged to end the blockade of the port.", [PAK],
                     [("commitment", "PAK", "PAKCVL", "end the blockade of the port")],
                     id="end-blockade"),
        # a binding text states an obligation in force: no actor demands anything by it
        pytest.param("Pakistan's new law requires Afghan traders to register every truck.",
                     [PAK, ("Afghan", "AFG")], [], id="law-requires"),
        pytest.param("The Pakistani constitution requires Afghan refugees to carry papers.",
                     [("Pakistani", "PAK"), ("Afghan", "AFG")], [], id="constitution-requires"),
        pytest.param("Pakistan passed a law that requires Afghan traders to register trucks.",
                     [PAK, ("Afghan", "AFG")], [], id="law-that-requires"),
        pytest.param("Pakistan's new law requiring Afghan traders to register every truck was "
                     "passed.", [PAK, ("Afghan", "AFG")], [], id="law-requiring"),
        pytest.param("China's trade deal calls for Pakistan to open its ports.", [CHN, PAK], [],
                     id="deal-calls-for"),
        pytest.param("Pakistan requires Afghanistan to register every truck at the border.",
                     [PAK, AFG],
                     [("demand", "PAK", "AFG", "register every truck at the border")],
                     id="actor-requires"),
    ],
)
def test_claim_cue_words(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                         expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
