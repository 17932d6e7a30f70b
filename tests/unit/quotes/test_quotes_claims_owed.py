"""Acts owed by another side under a semi-modal ("said Iran needed to stop"), a price foretold as
possible, readiness in the speaker's own quotation, a body's own side named by a noun, the side a
plural object pronoun stands for, and a reported question that claims nothing, on sentences
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

QURESHI = ("Qureshi", "QURESHI")
IRAN = ("Iran", "IRN")
CHINA = ("China", "CHN")
PAKISTAN = ("Pakistan", "PAK")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        # "needs to" advises as "should" does, "has to" requires as "must" does
        pytest.param("Qureshi said Iran needed to stop the shelling along the border.",
                     [QURESHI, IRAN],
                     [("appeal", "PAKGOV", "IRN", "stop the shelling along the border")],
                     id="needed-to"),
        pytest.param("Qureshi said China has to apologise for the raid.", [QURESHI, CHINA],
                     [("demand", "PAKGOV", "CHN", "apologise for the raid")], id="has-to"),
        pytest.param("Qureshi said all sides need to show restraint.", [QURESHI],
                     [("appeal", "PAKGOV", None, "show restraint")], id="every-side"),
        pytest.param("Qureshi said the water dispute needs to be settled through talks.",
                     [QURESHI],
                     [("appeal", "PAKGOV", "PAKGOV",
                       "the water dispute needs to be settled through talks")],
                     id="passive-no-doer"),
        # not owed by another: the speaker's own side, a negation, an outcome
        pytest.param("Qureshi said Pakistan needed to raise more money.", [QURESHI, PAKISTAN], [],
                     id="own-side"),
        pytest.param("Qureshi said Iran did not need to send more troops.", [QURESHI, IRAN], [],
                     id="not-needed"),
        pytest.param("Qureshi said prices needed to fall.", [QURESHI], [], id="outcome"),
        # a price foretold as possible is threatened; a forecast without one is not
        pytest.param("Iran warned that there could be a strong response if the sanctions were "
                     "renewed.", [IRAN],
                     [("threat", "IRN", None, "a strong response")], id="there-could-be"),
        pytest.param("Iran warned that prices could rise.", [IRAN], [], id="could-forecast"),
        # readiness in the speaker's own words is offered as it is when reported
        pytest.param("“We are willing to negotiate with the rebels,” Qureshi said.",
                     [QURESHI, ("rebels", "PAKREB")],
                     [("offer", "PAKGOV", "PAKREB", "negotiate with the rebels")],
                     id="quoted-readiness"),
        # the question's "would" promises nothing
        pytest.param("Asked whether Pakistan would reopen the border, Qureshi said no decision "
                     "had been taken.", [QURESHI, PAKISTAN], [], id="asked-whether"),
        # a body's own side by a noun for it: "the union", "its members"
        pytest.param("The Pakistani unions say the union will not return to work until wages "
                     "rise.",
                     [("Pakistani unions", "PAKLAB"),
                      ("union", "PAKLAB", "the union will", "anaphor")],
                     [("commitment", "PAKLAB", "PAKGOV", "not return to work until wages rise")],
                     id="the-union"),
        pytest.param("The Pakistani unions say its members will not return to work.",
                     [("Pakistani unions", "PAKLAB")],
                     [("commitment", "PAKLAB", "PAKGOV", "not return to work")], id="its-members"),
        # "them" read as the police that threaten stands for the rebels named before it
        pytest.param("Pakistani police surrounded the rebels and threatened to use tear gas on "
                     "them.",
                     [("Pakistani police", "PAKCOP"), ("rebels", "PAKREB"),
                      ("them", "PAKCOP", "gas on them", "pronoun")],
                     [("threat", "PAKCOP", "PAKREB", "use tear gas on them")],
                     id="them-after-the-rebels"),
        pytest.param("Iran threatened to punish them.", [IRAN],
                     [("threat", "IRN", None, "punish them")], id="them-with-no-side-before"),
    ],
)
def test_owed_offered_and_aimed(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                                expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # waiting for an outcome promises no act; a deed does
        pytest.param("“We will see what happens next,” Qureshi said.", [], id="will-see"),
        pytest.param("“We will reopen the crossing next week,” Qureshi said.",
                     [("commitment", "PAKGOV", "PAKCVL", "reopen the crossing next week")],
                     id="will-reopen"),
    ],
)
def test_outcomes_awaited(analyse: Any, text: str,
                          expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, [QURESHI])
    assert summary(claims) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hope for another side's act appeals to it, whatever the form of "hope"
        pytest.param("“I hope Iran will hand over the suspects,” Qureshi said.",
                     [("appeal", "PAKGOV", "IRN", "hand over the suspects")], id="i-hope"),
        pytest.param("Qureshi said he hoped Iran would reopen the border.",
                     [("appeal", "PAKGOV", "IRN", "reopen the border")], id="said-he-hoped"),
        pytest.param("“We hope Iran can show restraint,” Qureshi said.",
                     [("appeal", "PAKGOV", "IRN", "show restraint")], id="hope-can"),
        # one's own act, an outcome, a past act, a side only a pronoun names: no appeal
        pytest.param("“We hope we will win the vote,” Qureshi said.", [], id="own-act"),
        pytest.param("Qureshi said he hoped prices would fall.", [], id="outcome"),
        pytest.param("“I hope Iran did its best,” Qureshi said.", [], id="past-act"),
        pytest.param("Iran closed the road. “I hope it will reopen the road,” Qureshi said.", [],
                     id="pronoun"),
    ],
)
def test_hoped_acts(analyse: Any, text: str,
                    expected: list[tuple[str, str, str | None, str]]) -> None:
    pronoun = ("it", "IRN", "it will", "pronoun")
    _, claims = analyse(text, [QURESHI, IRAN, *([pronoun] if "it will" in text else [])])
    assert summary(claims) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure the speaker's side holds, said to stay as it is, is kept by promise
        pytest.param("Qureshi said the curfew in Quetta will remain in force until Friday.",
                     [("commitment", "PAKGOV", "PAKCVL",
                       "the curfew in Quetta will remain in force until Friday")],
                     id="curfew-remains"),
        pytest.param("Iran warned that the fuel embargo would stay.",
                     [("threat", "IRN", None, "the fuel embargo would stay")],
                     id="warned-embargo-stays"),
        # a state of things no one holds, or a measure kept only on a condition
        pytest.param("Qureshi said prices will remain high.", [], id="prices-remain"),
        pytest.param("Qureshi said the curfew will remain if the riots go on.", [],
                     id="on-a-condition"),
    ],
)
def test_kept_measures(analyse: Any, text: str,
                       expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, [QURESHI, IRAN])
    assert summary(claims) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an offer is made to the side that answers it, as a call is
        pytest.param("Iran rejected an offer by Pakistan to reopen the border crossing.",
                     [("offer", "PAK", "IRN", "reopen the border crossing")],
                     id="rejected-offer"),
        pytest.param("Iran welcomed an offer by Pakistan to reopen the border crossing.",
                     [("offer", "PAK", None, "reopen the border crossing")],
                     id="no-answer"),
    ],
)
def test_answered_offers(analyse: Any, text: str,
                         expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, [IRAN, PAKISTAN])
    assert summary(claims) == expected
