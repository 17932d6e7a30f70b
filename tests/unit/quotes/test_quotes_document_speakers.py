"""Who speaks where news passes a document's or another's words on: "it" after "the report
states" goes on with the report (``document_antecedents``), and a cue inside what another cue
reports does not take the quotation (``finder``, ``cue_subjects``); on sentences made up here."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "phrases", "speaker"),
    [
        pytest.param(
            "The Pakistani senators released a report on Monday. “Exports fell by a third,” the"
            " report states, citing figures from the Pakistani police. It adds that the towns"
            " of the north have lost “one job in five”.",
            [("Pakistani senators", "PAKLEG"), ("Pakistani police", "PAKCOP")],
            "the report",
            id="it-adds-after-the-report-states"),
        pytest.param(
            "Party leaders were detained in Lahore on Sunday, a party release said. They were"
            " held by the Pakistani police, it said. The leaders had protested against “police"
            " excesses”, it said.",
            [("Pakistani police", "PAKCOP")],
            "a party release",
            id="a-chain-of-it-said-after-a-release-said"),
    ],
)
def test_it_goes_on_with_the_document_that_spoke(analyse: Any, text: str,
                                                  phrases: list[tuple[str, ...]],
                                                  speaker: str) -> None:
    quotes, _ = analyse(text, phrases)
    last = [quote for quote in quotes if quote.direct][-1]
    assert last.speaker_text == speaker
    assert last.speaker is None or last.speaker.code != "PAKCOP"


def test_it_after_a_body_spoke_is_still_the_body(analyse: Any) -> None:
    """A body that was the main subject since the document stands for "it" as before."""
    text = ("“Exports fell by a third,” the report states. The Pakistani police issued a reply on"
            " Monday. “The figures are wrong,” it said.")
    quotes, _ = analyse(text, [("Pakistani police", "PAKCOP")])
    last = [quote for quote in quotes if quote.direct][-1]
    assert last.speaker is not None and last.speaker.code == "PAKCOP"


def test_a_cue_inside_what_another_reports_does_not_take_the_quotation(analyse: Any) -> None:
    """ "Urging that the government declare …, Qureshi demanded, “…”": "declare" is what the
    urging asks for; the one urging speaks."""
    text = ("Urging that the government declare the district a disaster zone, Shah Mahmood"
            " Qureshi demanded, “Give the farmers their money now.”")
    quotes, _ = analyse(text, [("Shah Mahmood Qureshi", "QURESHI"), ("government", "GOV")])
    quote = next(quote for quote in quotes if quote.direct)
    assert quote.speaker is not None and quote.speaker.name == "Shah Mahmood Qureshi"


def test_a_cue_whose_own_clause_holds_the_quotation_keeps_it(analyse: Any) -> None:
    """ "Qureshi said the minister told him: “…”": the quotation is what the inner cue reports,
    so the inner cue's subject speaks."""
    text = "Andy Roe said Hamid Karzai told him, “The road will open on Monday.”"
    quotes, _ = analyse(text, [("Andy Roe", "ROE"), ("Hamid Karzai", "KARZAI")])
    quote = next(quote for quote in quotes if quote.direct)
    assert quote.speaker is not None and quote.speaker.name == "Hamid Karzai"


def test_a_cue_joined_to_what_another_reports_goes_with_that_cue(analyse: Any) -> None:
    """ "He alleged that the Taliban was trying … and said “…”": the parser joins "said" to the
    reported verb; the one who alleged speaks."""
    text = ("Hamid Karzai spoke in Kabul. He alleged that the Taliban was trying to divide the"
            " farmers and said “no deal is possible under threats.”")
    quotes, _ = analyse(text, [("Hamid Karzai", "KARZAI"), ("Taliban", "TALIBAN")])
    quote = next(quote for quote in quotes if quote.direct)
    assert quote.speaker is not None and quote.speaker.name == "Hamid Karzai"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Thirteen trains will run again from Tuesday, Pakistani police sources said on"
            " Monday. “Orders are being issued,” they said.",
            "Pakistani police sources",
            id="they-after-sources-said"),
        pytest.param(
            "Pakistani police sources said the trains would run again. They said the tracks"
            " were clear. “Orders are being issued,” they said.",
            "Pakistani police sources",
            id="a-chain-of-they-goes-on-with-the-group"),
        pytest.param(
            "Pakistani police sources said the trains would run again. The minister was"
            " pleased. “Orders are being issued,” they said.",
            "they",
            id="a-singular-subject-in-between-is-no-group"),
        pytest.param(
            "Harbour Records have twice denied blocking the concert. “We never stopped the"
            " show,” they said.",
            "Harbour Records",
            id="a-name-no-table-knows-with-a-plural-verb-is-a-group"),
    ],
)
def test_they_goes_on_with_the_group_just_before(analyse: Any, text: str, speaker: str) -> None:
    quotes, _ = analyse(text, [("Pakistani police", "PAKCOP")])
    last = [quote for quote in quotes if quote.direct][-1]
    assert last.speaker_text == speaker


def test_the_statement_named_again_is_its_giver_s_said_in_a_statement(analyse: Any) -> None:
    """ "the military said in a statement …. “…,” the statement said. It added …": words given
    out by "said in a statement" are the words of who said them, and "it" after goes on with
    them."""
    text = ("Two soldiers died in a crash, the Pakistani military said in a statement on"
            " Wednesday. “The cause of the crash is under investigation,” the statement said. It"
            " added that “no enemy fire” was involved.")
    quotes, _ = analyse(text, [("Pakistani military", "PAKMIL")])
    direct = [quote for quote in quotes if quote.direct]
    assert [quote.speaker.code if quote.speaker else None for quote in direct] == ["PAKMIL"] * 2


@pytest.mark.parametrize(
    ("text", "phrases", "code"),
    [
        pytest.param(
            "The results were announced on Monday in a statement issued by the Pakistani"
            " election commission. “The count was fair,” the statement said.",
            [("Pakistani election commission", "PAKGOV")],
            "PAKGOV",
            id="the-statement-named-again-after-issued-by"),
        pytest.param(
            "Officials said a Pakistani police communication had reached the province on"
            " Monday. “Roads must stay open,” the communication said.",
            [("Pakistani police", "PAKCOP")],
            "PAKCOP",
            id="the-communication-named-again-after-a-body-s-communication"),
    ],
)
def test_a_document_named_again_speaks_for_the_issuer_its_first_mention_names(
        analyse: Any, text: str, phrases: list[tuple[str, ...]], code: str) -> None:
    quotes, _ = analyse(text, phrases)
    last = [quote for quote in quotes if quote.direct][-1]
    assert last.speaker is not None and last.speaker.code == code
