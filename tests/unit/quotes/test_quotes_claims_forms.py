"""Claims in the passive, needs, denied existence and noun cues with a clause, on sentences
written for these tests: "the fishermen would be freed" (a promise), "needs the help of" (an
appeal), "there was no threat to his life" (a denial), "an offer to reopen the border" (an
offer)."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

QURESHI = ("Qureshi", "QURESHI")
POLICE = ("Pakistani police", "PAKCOP")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        # promises and threats reported in the passive
        pytest.param("Qureshi said the fishermen would be freed next week.", [QURESHI],
                     [("commitment", "PAKGOV", "PAKCVL", "the fishermen would be freed next week")],
                     id="reported-passive-promise"),
        pytest.param("“The new dam will be finished in May,” Qureshi said.", [QURESHI],
                     [("commitment", "PAKGOV", "PAKCVL", "The new dam will be finished in May")],
                     id="quoted-passive-promise"),
        pytest.param("Qureshi said firm action would be taken against the smugglers.", [QURESHI],
                     [("threat", "PAKGOV", None,
                       "firm action would be taken against the smugglers")],
                     id="action-against-is-a-threat"),
        pytest.param("“Any raid will be met with force,” Qureshi said.", [QURESHI],
                     [("threat", "PAKGOV", None, "Any raid will be met with force")],
                     id="met-with-force"),
        pytest.param("Qureshi explained how the fishermen would be freed.", [QURESHI], [],
                     id="how-question"),
        pytest.param("Qureshi explained whether the fishermen would be freed.", [QURESHI], [],
                     id="whether-question"),
        # no promise: another's act, the speaker's own side undergoing it, a bargain, an outcome
        pytest.param("Qureshi said the convoy would be attacked by smugglers.", [QURESHI], [],
                     id="agent-named"),
        pytest.param("“We will not be deterred,” Qureshi said.", [QURESHI], [],
                     id="speaker-undergoes"),
        pytest.param("Qureshi said the fishermen would be freed if the fines were paid.",
                     [QURESHI], [], id="conditional-bargain"),
        pytest.param("Qureshi said savings would be achieved next year.", [QURESHI], [],
                     id="outcome-not-act"),
        # what a side needs is an appeal for it; needing to act oneself asks nothing
        pytest.param("Pakistan needs the help of Chinese engineers.", [("Pakistan", "PAK")],
                     [("appeal", "PAK", None, "the help of Chinese engineers")],
                     id="needs-a-thing"),
        pytest.param("Qureshi argued that Pakistan needs more doctors.",
                     [("Qureshi", "QURESHI"), ("Pakistan", "PAK")],
                     [("appeal", "PAK", None, "more doctors")], id="reported-need"),
        pytest.param("Pakistan needs to finish the dam first.", [("Pakistan", "PAK")], [],
                     id="own-act-needed"),
        # a means counted or held (votes, a majority, time) is a requirement, no one is asked
        pytest.param("Pakistan will need the votes of the smaller parties.",
                     [("Pakistan", "PAK")], [], id="needs-votes"),
        pytest.param("Pakistan needs a two-thirds majority in the senate.",
                     [("Pakistan", "PAK")], [], id="needs-a-majority"),
        # "there is no …" said of an alleged or feared thing denies it; of an absence, nothing
        pytest.param("Pakistani police said there was no threat to the judge's life.", [POLICE],
                     [("denial", "PAKCOP", None, "there was no threat to the judge's life")],
                     id="no-threat"),
        pytest.param("“There is no truth in these stories,” Qureshi said.",
                     [("Qureshi", "QURESHI")],
                     [("denial", "PAKGOV", None, "There is no truth in these stories")],
                     id="quoted-no-truth"),
        pytest.param("Pakistani police said there were no casualties.", [POLICE], [],
                     id="mere-absence"),
        pytest.param("Pakistani police said there may be no evidence left.", [POLICE], [],
                     id="modal-guess"),
        # an outcome not reached is admitted, a deed not done denied
        pytest.param("Qureshi said Pakistan had not achieved any change in the tariffs.",
                     [QURESHI, ("Pakistan", "PAK")], [], id="missed-outcome"),
        pytest.param("Qureshi said Pakistan did not close the port.",
                     [QURESHI, ("Pakistan", "PAK")],
                     [("denial", "PAKGOV", None, "Pakistan did not close the port")],
                     id="deed-denied"),
        # a rite or a courtesy offered is no offer to another side
        pytest.param("Pakistan offered condolences to the families.", [("Pakistan", "PAK")], [],
                     id="courtesy-offered"),
        pytest.param("Pakistan offered aid to the families.", [("Pakistan", "PAK")],
                     [("offer", "PAK", None, "aid")], id="aid-offered"),
        # a denial in the passive is made by the one after "by"; a refusal is none
        pytest.param("Reports of a shooting at the port were denied by Pakistani police.",
                     [POLICE], [("denial", "PAKCOP", None, "Reports of a shooting at the port")],
                     id="passive-denial"),
        pytest.param("Iranian reporters were denied visas by Pakistani police.", [POLICE], [],
                     id="passive-refusal"),
        # a noun cue's infinitive or "that" clause is what it claims; "to" names the one asked
        pytest.param("Pakistan's offer to reopen the border crossing surprised Delhi.",
                     [("Pakistan", "PAK")], [("offer", "PAK", None, "reopen the border crossing")],
                     id="offer-to"),
        pytest.param("The Pakistani rebels made a call to Qureshi to resign.",
                     [("Pakistani rebels", "PAKREB"), QURESHI],
                     [("appeal", "PAKREB", "PAKGOV", "resign")], id="call-to-them-to"),
        pytest.param("Qureshi's assurance that the bridge would be rebuilt calmed the villagers.",
                     [QURESHI],
                     [("commitment", "PAKGOV", "PAKCVL", "the bridge would be rebuilt")],
                     id="assurance-that"),
        pytest.param("The promise that Pakistan made last year was broken.",
                     [("Pakistan", "PAK")], [], id="relative-clause"),
        pytest.param("The threat to Pakistan's security is growing.", [("Pakistan", "PAK")], [],
                     id="threat-to-a-thing"),
        # who answers a call that names no one asked is the one it was made to
        pytest.param("The Taliban rejected a call by Pakistan for a ceasefire.",
                     [("Taliban", "TAL"), ("Pakistan", "PAK")],
                     [("appeal", "PAK", "TAL", "a ceasefire")], id="rejected-call"),
        pytest.param("The Taliban welcomed a call by Pakistan for a ceasefire.",
                     [("Taliban", "TAL"), ("Pakistan", "PAK")],
                     [("appeal", "PAK", None, "a ceasefire")], id="welcomed-call"),
        # the subject of a passive asked for undergoes it; it is not the one asked
        pytest.param("Pakistan urged that the Taliban fighters be tried in an open court.",
                     [("Pakistan", "PAK"), ("Taliban", "TAL")],
                     [("appeal", "PAK", None, "the Taliban fighters be tried in an open court")],
                     id="passive-asked"),
        pytest.param("Pakistan urged that the Taliban free the hostages.",
                     [("Pakistan", "PAK"), ("Taliban", "TAL")],
                     [("appeal", "PAK", "TAL", "free the hostages")], id="active-asked"),
        # "there should be" an event someone can bring about is asked of whoever can act
        pytest.param("Qureshi said there should be an inquiry into the riots.", [QURESHI],
                     [("appeal", "PAKGOV", None, "there should be an inquiry into the riots")],
                     id="there-should-be-an-inquiry"),
        pytest.param("Qureshi said there must be talks with the Taliban.",
                     [QURESHI, ("Taliban", "TAL")],
                     [("demand", "PAKGOV", None, "there must be talks with the Taliban")],
                     id="there-must-be-talks"),
        pytest.param("Qureshi said there should be rain in the north.", [QURESHI], [],
                     id="there-should-be-rain"),
        pytest.param("Qureshi said there should have been an inquiry.", [QURESHI], [],
                     id="there-should-have-been"),
    ],
)
def test_claim_forms(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                     expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected
