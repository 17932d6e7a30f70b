"""Reported commitments, threats by the act promised, denials, offers, deadlines and other
claim constructions, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

BLINKEN = ("Blinken", "BLINKEN")
QURESHI = ("Qureshi", "QURESHI")
IRAN = ("Iran", "IRN")
PAKISTAN = ("Pakistan", "PAK")
CHINA = ("China", "CHN")
RUSSIA = ("Russia", "RUS")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        # reported commitments: the claimant's own side named, or a noun for it
        pytest.param("Qureshi said Pakistan would reopen the border crossing.",
                     [QURESHI, PAKISTAN],
                     [("commitment", "PAKGOV", "PAKCVL", "reopen the border crossing")],
                     id="own-side-named"),
        pytest.param("ISLAMABAD (Reuters) - Qureshi said Pakistan would reopen the border.",
                     [QURESHI, PAKISTAN],
                     [("commitment", "PAKGOV", "PAKCVL", "reopen the border")],
                     id="dateline-subject"),
        pytest.param("Qureshi said his government would free the prisoners.", [QURESHI],
                     [("commitment", "PAKGOV", "PAKCVL", "free the prisoners")],
                     id="own-side-noun"),
        # the text is the act promised, without the "will"/"would" of each conjunct
        pytest.param("Qureshi said Pakistan will build two dams and would open a port.",
                     [QURESHI, PAKISTAN],
                     [("commitment", "PAKGOV", "PAKCVL", "build two dams"),
                      ("commitment", "PAKGOV", "PAKCVL", "open a port")],
                     id="promise-words-dropped"),
        pytest.param("A Taliban spokesman said the group would not attack foreign troops.",
                     [("Taliban", "TAL")],
                     [("commitment", "TAL", None, "not attack foreign troops")],
                     id="the-group-negated-act"),
        pytest.param("Blinken announced that the United States would send more aid to Pakistan.",
                     [BLINKEN, ("United States", "USA"), PAKISTAN],
                     [("commitment", "USAGOV", "PAK", "send more aid to Pakistan")],
                     id="announced-that"),
        pytest.param("Qureshi said Pakistan would close the crossing, accusing Iran of smuggling.",
                     [QURESHI, PAKISTAN, IRAN],
                     [("commitment", "PAKGOV", None, "close the crossing")],
                     id="reporter-aside-left-out"),
        # not a commitment: another side, a forecast, a condition, a question, a past act
        pytest.param("Qureshi said Pakistan would win.", [QURESHI, PAKISTAN], [],
                     id="outcome-not-act"),
        pytest.param("Blinken said Pakistan would reopen the border.", [BLINKEN, PAKISTAN], [],
                     id="other-side"),
        pytest.param("Blinken said prices would rise.", [BLINKEN], [], id="forecast"),
        pytest.param("Iran said it would return to the deal only if sanctions were lifted.",
                     [IRAN], [], id="conditional"),
        pytest.param("Blinken asked whether Pakistan would help.", [BLINKEN, PAKISTAN], [],
                     id="question"),
        pytest.param("Qureshi said Pakistan had closed the border.", [QURESHI, PAKISTAN], [],
                     id="past-act"),
        pytest.param("Qureshi said Pakistan could reopen the border.", [QURESHI, PAKISTAN], [],
                     id="could"),
        pytest.param("Qureshi said the decision was a mistake.", [QURESHI], [], id="opinion"),
        # threats by the act promised
        pytest.param("Iran vowed to retaliate against any attack.", [IRAN],
                     [("threat", "IRN", None, "retaliate against any attack")],
                     id="vowed-to-retaliate"),
        pytest.param("Iran said it would continue its attacks on shipping.", [IRAN],
                     [("threat", "IRN", None, "continue its attacks on shipping")],
                     id="continue-attacks"),
        pytest.param("China said it would continue its patrols.", [CHINA],
                     [("commitment", "CHN", "CHNCVL", "continue its patrols")],
                     id="continue-no-act"),
        pytest.param("Russia said it would not strike civilian targets.", [RUSSIA],
                     [("commitment", "RUS", "RUSCVL", "not strike civilian targets")],
                     id="negated-act"),
        pytest.param("Iran said it would answer any attack with force.", [IRAN],
                     [("threat", "IRN", None, "answer any attack with force")],
                     id="answer-with"),
        pytest.param("Blinken warned Iran of serious consequences.", [BLINKEN, IRAN],
                     [("threat", "USAGOV", "IRN", "serious consequences")],
                     id="warned-of-consequences"),
        pytest.param("Blinken warned of a famine in the region.", [BLINKEN], [],
                     id="warned-of-famine"),
        pytest.param("Iran warned that there would be a heavy price to pay.", [IRAN],
                     [("threat", "IRN", None, "a heavy price to pay")], id="warned-there-be"),
        # denials
        pytest.param("Iran said it did not seek a confrontation.", [IRAN],
                     [("denial", "IRN", None, "it did not seek a confrontation")],
                     id="said-did-not"),
        pytest.param("Russia said it had nothing to do with the explosion.", [RUSSIA],
                     [("denial", "RUS", None, "it had nothing to do with the explosion")],
                     id="nothing-to-do"),
        pytest.param("Qureshi said Pakistan was not responsible for the attack.",
                     [QURESHI, PAKISTAN],
                     [("denial", "PAKGOV", None, "Pakistan was not responsible for the attack")],
                     id="not-responsible"),
        pytest.param("Qureshi said Pakistan was not afraid.", [QURESHI, PAKISTAN], [],
                     id="not-afraid"),
        # a report called untrue is denied; "it" names nothing, and "not baseless" denies none
        pytest.param("Qureshi said the reports of a secret deal were baseless.", [QURESHI],
                     [("denial", "PAKGOV", None, "the reports of a secret deal were baseless")],
                     id="called-baseless"),
        pytest.param("Qureshi said the charges against the minister were unfounded.", [QURESHI],
                     [("denial", "PAKGOV", None,
                       "the charges against the minister were unfounded")],
                     id="called-unfounded"),
        pytest.param("Qureshi said it was false.", [QURESHI], [], id="it-was-false"),
        pytest.param("Qureshi said the reports were not baseless.", [QURESHI], [],
                     id="not-baseless"),
        pytest.param("Qureshi said the policy was wrong.", [QURESHI], [], id="judged-wrong"),
        pytest.param("Iran said it did not want a war.", [IRAN], [], id="stance"),
        # declining to make a claim is a position, not the denial of a deed
        pytest.param("Qureshi said he was not calling on Iran to resign from the pact.",
                     [QURESHI, IRAN], [], id="not-calling-on"),
        pytest.param("Qureshi said he had not demanded the ambassador's recall.",
                     [QURESHI], [], id="had-not-demanded"),
        # a negation that admits a part denies nothing
        pytest.param("Qureshi said he did not do enough to stop the smuggling.", [QURESHI], [],
                     id="not-enough"),
        pytest.param("Qureshi said he didn't always follow the ministry's advice.", [QURESHI],
                     [], id="not-always"),
        pytest.param("Blinken said the talks did not produce results.", [BLINKEN], [],
                     id="negated-other"),
        pytest.param("China rejected accusations that it had hacked the ministry.", [CHINA],
                     [("denial", "CHN", None, "it had hacked the ministry")],
                     id="rejected-accusations"),
        pytest.param("China rejected calls for a boycott.", [CHINA], [], id="rejected-calls"),
        # offers
        pytest.param("Pakistan offered the Taliban 50 tonnes of wheat.",
                     [PAKISTAN, ("Taliban", "TAL")],
                     [("offer", "PAK", "TAL", "50 tonnes of wheat")], id="offered-x-y"),
        pytest.param("Qureshi said Pakistan was ready to host the talks.", [QURESHI, PAKISTAN],
                     [("offer", "PAKGOV", None, "host the talks")], id="ready-to"),
        pytest.param("Qureshi said Pakistan was ready to counterattack.", [QURESHI, PAKISTAN],
                     [("threat", "PAKGOV", None, "counterattack")], id="ready-to-attack"),
        pytest.param("Iran said it did not have enough information.", [IRAN], [],
                     id="did-not-have"),
        # demands and appeals
        pytest.param("Pakistan gave Iran 48 hours to release the fishermen.", [PAKISTAN, IRAN],
                     [("demand", "PAK", "IRN", "release the fishermen")], id="deadline"),
        pytest.param("Blinken called on Russia to withdraw its troops, lift the blockade and"
                     " return to talks.", [BLINKEN, RUSSIA],
                     [("appeal", "USAGOV", "RUS", "withdraw its troops"),
                      ("appeal", "USAGOV", "RUS", "lift the blockade"),
                      ("appeal", "USAGOV", "RUS", "return to talks")], id="three-appeals"),
        pytest.param("Qureshi called for Russia to free the sailors and reopen the port.",
                     [QURESHI, RUSSIA],
                     [("appeal", "PAKGOV", "RUS", "free the sailors and reopen the port")],
                     id="called-for-x-to"),
        pytest.param("Blinken called on Russia to free the sailors and will resign if it does"
                     " not.", [BLINKEN, RUSSIA],
                     [("appeal", "USAGOV", "RUS", "free the sailors")], id="own-act-not-asked"),
        pytest.param("Qureshi wants to visit Kabul and hopes to meet Blinken.", [QURESHI, BLINKEN],
                     [], id="wish-for-own-act"),
        pytest.param("Blinken called on Pakistan, a key ally, to free the sailors.",
                     [BLINKEN, PAKISTAN],
                     [("appeal", "USAGOV", "PAK", "free the sailors")], id="asked-after-aside"),
        pytest.param("Qureshi appealed to China to send more vaccines.", [QURESHI, CHINA],
                     [("appeal", "PAKGOV", "CHN", "send more vaccines")], id="appealed-to"),
        pytest.param("Pakistan did not demand compensation.", [PAKISTAN], [],
                     id="negated-cue"),
        # quotations
        pytest.param("“Pakistan will protect its borders,” Qureshi said.", [QURESHI, PAKISTAN],
                     [("commitment", "PAKGOV", "PAKCVL", "protect its borders")],
                     id="quoted-own-name"),
        pytest.param("“We will not be intimidated,” Qureshi said.", [QURESHI], [],
                     id="quoted-passive"),
        pytest.param("“The Taliban made promises, and we will hold them to those promises,”"
                     " Blinken said.", [BLINKEN, ("Taliban", "TAL")],
                     [("commitment", "USAGOV", None, "hold them to those promises")],
                     id="quoted-second-clause"),
        pytest.param("“We expect Iran to free the sailors,” Blinken said.", [BLINKEN, IRAN],
                     [("demand", "USAGOV", "IRN", "free the sailors")], id="we-expect"),
        pytest.param("Washington expects Russia to attack.", [("Washington", "USA"), RUSSIA], [],
                     id="forecast-expect"),
    ],
)
def test_claims(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
