"""Claims stated as a state ("is committed to"), questions and statements of fact that claim
nothing, a warning to others not to act, a claimant named by its kind of body, an addressee
named by its kind alone, and the one a thing is asked from: on sentences written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

QURESHI = ("Qureshi", "QURESHI")
PAKISTAN = ("Pakistan", "PAK")
IRAN = ("Iran", "IRN")


STATES = [
    # a state the claimant says it is in: committed to a plan, to an act
    pytest.param("Pakistan is committed to the peace plan.", [PAKISTAN],
                 [("commitment", "PAK", "PAKCVL", "the peace plan")], id="is-committed"),
    pytest.param("Pakistan remains committed to reopening the border crossing.", [PAKISTAN],
                 [("commitment", "PAK", "PAKCVL", "reopening the border crossing")],
                 id="remains-committed"),
    pytest.param("“We are committed to peace and to the talks,” Qureshi said.", [QURESHI],
                 [("commitment", "PAKGOV", "PAKCVL", "peace"),
                  ("commitment", "PAKGOV", "PAKCVL", "the talks")], id="we-are-committed"),
    pytest.param("Qureshi said Pakistan was fully committed to the ceasefire.",
                 [QURESHI, PAKISTAN], [("commitment", "PAK", "PAKCVL", "the ceasefire")],
                 id="reported-committed"),
    # ... not in it, or only asked about it
    pytest.param("Pakistan is not committed to the peace plan.", [PAKISTAN], [],
                 id="not-committed"),
    pytest.param("Iran doubts whether Pakistan is committed to the peace plan.",
                 [PAKISTAN, IRAN], [], id="whether-committed"),
    # a cue verb in a question asks and claims nothing
    pytest.param("Qureshi said whether Iran will promise to free the sailors depends on the"
                 " talks.", [QURESHI, IRAN], [], id="whether-promise"),
    pytest.param("Nobody knows if Iran will pledge to end the raids.", [IRAN], [],
                 id="if-pledge"),
    # a promise is of something to come: a "that" clause stating a fact promises nothing
    pytest.param("Pakistan promised that the sailors had been freed.", [PAKISTAN], [],
                 id="promised-a-fact"),
    pytest.param("Iran pledged that its navy is in port.", [IRAN], [],
                 id="pledged-a-state"),
    pytest.param("Pakistan offered concessions last week that Iranian officials believed"
                 " could end the dispute.", [PAKISTAN], [("offer", "PAK", None, "concessions")],
                 id="offered-thing-and-a-fact"),
    pytest.param("Pakistan promised that the sailors would be freed.", [PAKISTAN],
                 [("commitment", "PAK", "PAKCVL", "the sailors would be freed")],
                 id="promised-to-come"),
    # a warning to another not to act (or to act) asks it; a warning of a thing threatens
    pytest.param("Pakistan warned Iran not to cross the border.", [PAKISTAN, IRAN],
                 [("appeal", "PAK", "IRN", "not to cross the border")], id="warned-not-to"),
    pytest.param("Pakistan warned Iran to withdraw its ships.", [PAKISTAN, IRAN],
                 [("appeal", "PAK", "IRN", "withdraw its ships")], id="warned-to"),
    pytest.param("Pakistan warned of consequences.", [PAKISTAN],
                 [("threat", "PAK", None, "consequences")], id="warned-of"),
    # a promise, offer or threat only weighed or owed is not made
    pytest.param("“We should guarantee their safety,” Qureshi said.", [QURESHI], [],
                 id="should-guarantee"),
    pytest.param("Pakistan could offer aid to Iran.", [PAKISTAN, IRAN], [], id="could-offer"),
    pytest.param("Pakistan might threaten to close the border.", [PAKISTAN], [],
                 id="might-threaten"),
    pytest.param("Pakistan will offer aid to Iran.", [PAKISTAN, IRAN],
                 [("offer", "PAK", "IRN", "aid")], id="will-offer"),
    # a few words quoted inside the reporter's sentence do not end what is asked
    pytest.param("Pakistan urged Iran “not to close” the border crossing.", [PAKISTAN, IRAN],
                 [("appeal", "PAK", "IRN", "not to close” the border crossing")],
                 id="quoted-fragment"),
    # asking leave for one's own act asks nothing of another; asking another does
    pytest.param("“I beg to differ,” Qureshi said.", [QURESHI], [], id="beg-to-differ"),
    pytest.param("Pakistan asked to speak first at the summit.", [PAKISTAN], [],
                 id="asked-to-speak"),
    pytest.param("Pakistan appealed to Iran to free the sailors.", [PAKISTAN, IRAN],
                 [("appeal", "PAK", "IRN", "free the sailors")], id="appealed-to-another"),
    # proposing one's own act is a plan; an offer is of a thing for another, or made to one
    pytest.param("Pakistan proposed banning fireworks in the capital.", [PAKISTAN], [],
                 id="proposed-own-policy"),
    pytest.param("Pakistan proposes to build a dam on the river.", [PAKISTAN], [],
                 id="proposes-own-act"),
    pytest.param("Pakistan proposed reopening the port in exchange for lower tariffs.",
                 [PAKISTAN], [("offer", "PAK", None,
                               "reopening the port in exchange for lower tariffs")],
                 id="proposed-in-exchange"),
    pytest.param("Pakistan proposed talks on the river dispute.", [PAKISTAN],
                 [("offer", "PAK", None, "talks on the river dispute")], id="proposed-talks"),
    pytest.param("Pakistan proposed to Iran a new round of talks.", [PAKISTAN, IRAN],
                 [("offer", "PAK", "IRN", "a new round of talks")], id="proposed-to-someone"),
]

BODIES = [
    # the union, the army: their own kind of body, of the country of the body before them
    pytest.param("Pakistan's government raised fuel prices on Monday. The union demanded a"
                 " pay rise.", [("Pakistan's government", "PAKGOV"),
                                ("union", "PAKLAB", None, "anaphor")],
                 [("demand", "PAKLAB", "PAKGOV", "a pay rise")], id="the-union"),
    pytest.param("Pakistan's government raised fuel prices on Monday. The army vowed to"
                 " guard the depots.", [("Pakistan's government", "PAKGOV"),
                                       ("army", "PAKMIL", None, "anaphor")],
                 [("commitment", "PAKMIL", "PAKCVL", "guard the depots")], id="the-army"),
    # a person's title is no kind of body: the spokesman speaks for the body before him
    pytest.param("Pakistan's government raised fuel prices on Monday. The spokesman vowed"
                 " to guard the depots.", [("Pakistan's government", "PAKGOV"),
                                          ("spokesman", "PAKCOP", None, "anaphor")],
                 [("commitment", "PAKGOV", "PAKCVL", "guard the depots")], id="the-spokesman"),
]

DOMESTIC = [
    # "the government" with no country of its own: the claimant's own government
    pytest.param("The union urged the government to raise wages.",
                 [("union", "PAKLAB"), ("government", "GOV", None, "anaphor")],
                 [("appeal", "PAKLAB", "PAKGOV", "raise wages")], id="own-government"),
    pytest.param("Roe urged the government to cut taxes.",
                 [("Roe", "ROE"), ("government", "GOV", None, "anaphor")],
                 [("appeal", "BUS", "GOV", "cut taxes")], id="claimant-of-no-country"),
    pytest.param("The union urged the United Nations to act.",
                 [("union", "PAKLAB"), ("United Nations", "UN")],
                 [("appeal", "PAKLAB", "UNO", "act")], id="named-body"),
]

ASKED_FROM = [
    pytest.param("Pakistan demanded an apology from Iran.", [PAKISTAN, IRAN],
                 [("demand", "PAK", "IRN", "an apology")], id="apology-from"),
    pytest.param("Qureshi requested answers from Iran about the raid.", [QURESHI, IRAN],
                 [("appeal", "PAKGOV", "IRN", "answers from Iran about the raid")],
                 id="answers-from"),
    # "from" naming where the thing comes, with no actor there, asks no one
    pytest.param("Pakistan demanded an apology from the start.", [PAKISTAN],
                 [("demand", "PAK", None, "an apology")], id="from-no-actor"),
]


@pytest.mark.parametrize(("text", "phrases", "expected"), STATES + BODIES + DOMESTIC + ASKED_FROM)
def test_claims(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected


def test_objects_side_by_side_are_one_word(nlp: Any) -> None:
    """The parser cut "de-escalation" into three objects of "to": they are one thing, while
    objects joined by "and" stay one claim each."""
    from spacy.tokens import Doc

    from tacitus.quotes.state_claims import _objects

    words = ["committed", "to", "de", "-", "escalation"]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, False, False, False],
              heads=[0, 0, 1, 1, 1], deps=["ROOT", "prep", "pobj", "pobj", "pobj"])
    assert [piece.head.text for piece in _objects(doc[1])] == ["escalation"]
    assert [doc.text[p.start:p.end] for p in _objects(doc[1])] == ["de-escalation"]
    joined = Doc(nlp.vocab, words=["to", "peace", "and", "talks"],
                 heads=[0, 0, 1, 1], deps=["ROOT", "pobj", "cc", "conj"])
    assert [joined.text[p.start:p.end] for p in _objects(joined[0])] == ["peace", "talks"]
