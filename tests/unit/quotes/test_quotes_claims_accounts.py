"""Whose claim a sentence states and what it asks: a speaker's account of another side's past
claim ("X said the government promised to …") is none; the doers a speaker says must act, named
after an unnamed one ("Chairman Smith and the Pakistani army must …") or every side at once ("all
sides must …": an appeal to no one side); a second act the parser
hung on a relative clause ("free the women they have detained and stop beating protesters").
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

QURESHI = ("Qureshi", "QURESHI")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        # a speaker's account of what a named other side once claimed is no claim made now
        pytest.param("Qureshi said the Iranian government promised to free the fishermen.",
                     [QURESHI, ("Iranian government", "IRN")], [],
                     id="said-another-promised"),
        pytest.param("Qureshi says Iran vowed to close the border.",
                     [QURESHI, ("Iran", "IRN")], [], id="says-another-vowed"),
        pytest.param("Qureshi said the rebels demanded a ransom.",
                     [QURESHI, ("rebels", "PAKREB")], [], id="said-another-demanded"),
        # the speaker's own side, by a pronoun, or a claim told in the present, is made now
        pytest.param("Qureshi said he promised to free the fishermen.", [QURESHI],
                     [("commitment", "PAKGOV", "PAKCVL", "free the fishermen")],
                     id="said-he-promised"),
        pytest.param("Qureshi said his government promised to free the fishermen.",
                     [QURESHI, ("his government", "PAKGOV")],
                     [("commitment", "PAKGOV", "PAKCVL", "free the fishermen")],
                     id="said-his-side-promised"),
        pytest.param("Iran promised to free the fishermen, Qureshi said.",
                     [QURESHI, ("Iran", "IRN")],
                     [("commitment", "IRN", None, "free the fishermen")],
                     id="attributed-after"),
        pytest.param("Qureshi said Islamabad demands firm guarantees.",
                     [QURESHI, ("Islamabad", "PAKGOV")],
                     [("demand", "PAKGOV", None, "firm guarantees")], id="said-side-wanted"),
        pytest.param("Qureshi said Iran is demanding a ransom.",
                     [QURESHI, ("Iran", "IRN")], [("demand", "IRN", None, "a ransom")],
                     id="said-another-demands-now"),
    ],
)
def test_reported_claims(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                         expected: list[tuple[str, str, str | None, str]]) -> None:
    assert summary(analyse(text, phrases)[1]) == expected


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("“Chairman Khan and the Pakistani army must free the hostages at once,” "
                     "Blinken said.", [("Blinken", "BLINKEN"), ("Pakistani army", "PAKMIL")],
                     [("demand", "USAGOV", "PAKMIL", "free the hostages at once")],
                     id="quoted-second-doer-named"),
        pytest.param("Blinken said Chairman Khan and the Pakistani army should free the hostages.",
                     [("Blinken", "BLINKEN"), ("Pakistani army", "PAKMIL")],
                     [("appeal", "USAGOV", "PAKMIL", "free the hostages")],
                     id="reported-second-doer-named"),
        pytest.param("Blinken said Chairman Khan and his aides should free the hostages.",
                     [("Blinken", "BLINKEN")], [], id="no-doer-named"),
    ],
)
def test_named_doers(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                     expected: list[tuple[str, str, str | None, str]]) -> None:
    assert summary(analyse(text, phrases)[1]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second act the parser hung on a relative clause inside the first one
        pytest.param("Blinken demanded that the Taliban free more than 200 women they have "
                     "detained and stop beating protesters.",
                     [("demand", "USAGOV", "TAL",
                       "free more than 200 women they have detained and stop beating protesters")],
                     id="demanded-that"),
        pytest.param("Blinken urged the Taliban to free more than 200 women they have detained "
                     "and stop beating protesters.",
                     [("appeal", "USAGOV", "TAL",
                       "free more than 200 women they have detained and stop beating protesters")],
                     id="urged-to"),
        # a verb of the relative clause with a subject of its own is part of the relative clause
        pytest.param("Blinken demanded that the Taliban free the women who were detained and who "
                     "remain in prison.",
                     [("demand", "USAGOV", "TAL",
                       "free the women who were detained and who remain in prison")],
                     id="relative-verb-with-subject"),
    ],
)
def test_act_hung_on_a_relative_clause(analyse: Any, text: str,
                                       expected: list[tuple[str, str, str | None, str]]) -> None:
    phrases = [("Blinken", "BLINKEN"), ("Taliban", "TAL")]
    assert summary(analyse(text, phrases)[1]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every side at once as the doers: an appeal to no one side, whatever the modal
        pytest.param("Blinken said all sides must exercise restraint.",
                     [("appeal", "USAGOV", None, "exercise restraint")], id="all-sides-must"),
        pytest.param("Blinken told the students that the world should protect refugees.",
                     [("appeal", "USAGOV", None, "protect refugees")], id="the-world-should"),
        pytest.param("“Everyone must help the flood victims,” Blinken said.",
                     [("appeal", "USAGOV", None, "help the flood victims")],
                     id="quoted-everyone-must"),
        # a clause coordinated after the duty, with a subject of its own, is no part of it
        pytest.param("Blinken said the world must fight the drug trade and Khan pledged his "
                     "support.",
                     [("appeal", "USAGOV", None, "fight the drug trade")],
                     id="own-statement-after"),
        # a feeling or an undergoing asks no act
        pytest.param("Blinken said the world must be worried.", [], id="a-state"),
        pytest.param("Blinken said everyone should be protected.", [], id="passive"),
    ],
)
def test_every_side_asked(analyse: Any, text: str,
                          expected: list[tuple[str, str, str | None, str]]) -> None:
    assert summary(analyse(text, [("Blinken", "BLINKEN")])[1]) == expected
