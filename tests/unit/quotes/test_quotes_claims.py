from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

from tacitus.ids import stable_id

BLINKEN = ("Blinken", "BLINKEN")
QURESHI = ("Qureshi", "QURESHI")
IRAN = ("Iran", "IRN")
PAKISTAN = ("Pakistan", "PAK")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param("Washington wants Iran to return to the talks.",
                     [("Washington", "USA"), IRAN],
                     [], id="wants-to"),
        pytest.param("The UN demanded that Iran release the prisoners.", [("UN", "UN"), IRAN],
                     [("demand", "UNO", "IRN", "release the prisoners")], id="demands-that"),
        pytest.param("Blinken urged Qureshi to press the Taliban.", [BLINKEN, QURESHI],
                     [("appeal", "USAGOV", "PAKGOV", "press the Taliban")], id="urges-to"),
        pytest.param("Blinken called on Pakistan to help.", [BLINKEN, PAKISTAN],
                     [("appeal", "USAGOV", "PAK", "help")], id="calls-on"),
        pytest.param("The UN demanded the release of the prisoners.", [("UN", "UN")],
                     [("demand", "UNO", None, "the release of the prisoners")],
                     id="demands-object"),
        pytest.param("Qureshi called for engagement with the Taliban and the unfreezing of"
                     " Afghan assets.", [QURESHI],
                     [("appeal", "PAKGOV", None,
                       "engagement with the Taliban and the unfreezing of Afghan assets")],
                     id="calls-for"),
        pytest.param("Qureshi appealed for the unfreezing of Afghan assets.", [QURESHI],
                     [("appeal", "PAKGOV", None, "the unfreezing of Afghan assets")],
                     id="appeals-for"),
        pytest.param("Pakistani unions pressed for a rise in wages.",
                     [("Pakistani unions", "PAKLAB")],
                     [("demand", "PAKLAB", "PAKGOV", "a rise in wages")], id="presses-for"),
        pytest.param("Pakistani unions pushed for new talks on wages.",
                     [("Pakistani unions", "PAKLAB")],
                     [("appeal", "PAKLAB", "PAKGOV", "new talks on wages")], id="pushes-for"),
        pytest.param("Pakistani unions pleaded for an end to the lockout.",
                     [("Pakistani unions", "PAKLAB")],
                     [("appeal", "PAKLAB", "PAKGOV", "an end to the lockout")], id="pleads-for"),
        pytest.param("He asked the world to be realistic and show patience but not to isolate"
                     " the group.", [("He", "QURESHI", None, "pronoun")],
                     [("appeal", "PAKGOV", None, "be realistic and show patience"),
                      ("appeal", "PAKGOV", None, "not to isolate the group")],
                     id="asks-the-world"),
        pytest.param("Qureshi even asked Blinken not to repeat the mistakes of the past.",
                     [QURESHI, BLINKEN],
                     [("appeal", "PAKGOV", "USAGOV", "not to repeat the mistakes of the past")],
                     id="asks-someone"),
        pytest.param("However, for months, it has been saying that they won’t let Afghan soil be"
                     " used against any other nation.",
                     [("it", "TAL", "it has been", "pronoun")],
                     [("commitment", "TAL", None,
                       "won’t let Afghan soil be used against any other nation")],
                     id="reported-promise"),
        pytest.param("Blinken advised Qureshi to press the Taliban.", [BLINKEN, QURESHI],
                     [("appeal", "USAGOV", "PAKGOV", "press the Taliban")], id="advises-to"),
        pytest.param("China welcomed Pakistan's call for restraint.", [PAKISTAN],
                     [("appeal", "PAK", None, "restraint")], id="owners-call-for"),
        pytest.param("Russia rejected a call by Iran for an end to the strikes.",
                     [("Russia", "RUS"), IRAN],
                     [("appeal", "IRN", "RUS", "an end to the strikes")], id="call-by-for"),
        pytest.param("Iran threatened to strike Pakistan.", [IRAN, PAKISTAN],
                     [("threat", "IRN", "PAK", "strike Pakistan")], id="threat-aimed-at"),
        pytest.param("Iran pledged to send more aid to Pakistan.", [IRAN, PAKISTAN],
                     [("commitment", "IRN", "PAK", "send more aid to Pakistan")],
                     id="promise-aimed-at"),
        # no target inside the act's own phrase: a state's promise to no one named is to its
        # own people
        pytest.param("Iran pledged to defend every inch of Iran.", [IRAN],
                     [("commitment", "IRN", "IRNCVL", "defend every inch of Iran")],
                     id="promise-aimed-at-no-one"),
        pytest.param("Iran pledged to release the prisoners.", [IRAN],
                     [("commitment", "IRN", "IRNCVL", "release the prisoners")], id="pledged-to"),
        pytest.param("Iran promised that it would cooperate with the inspectors.", [IRAN],
                     [("commitment", "IRN", "IRNCVL", "cooperate with the inspectors")],
                     id="promised-that"),
        pytest.param("The group on Friday even went on to claim that al-Qaeda is not present in"
                     " the country.", [("The group", "TAL", None, "anaphor")],
                     [("denial", "TAL", None, "al-Qaeda is not present in the country")],
                     id="claims-not"),
        pytest.param("Iran denied that it had sent weapons.", [IRAN],
                     [("denial", "IRN", None, "it had sent weapons")], id="denied-that"),
        pytest.param("Iran denied the accusation.", [IRAN],
                     [("denial", "IRN", None, "the accusation")], id="denied-object"),
        pytest.param("Pakistan offered to host the talks.", [PAKISTAN],
                     [("offer", "PAK", None, "host the talks")], id="offered-to"),
        pytest.param("Iran threatened to close the strait.", [IRAN],
                     [("threat", "IRN", None, "close the strait")], id="threatened-to"),
        pytest.param("Iran warned that it would close the strait.", [IRAN],
                     [("threat", "IRN", None, "close the strait")], id="warned-would"),
        pytest.param("Blinken said that Pakistan would reassess its role.",
                     [BLINKEN, PAKISTAN], [], id="reported-not-promised"),
        pytest.param("The isolation did not work, he said.", [("he", "QURESHI", None, "pronoun")],
                     [], id="negated-but-not-a-denial"),
        pytest.param("Blinken met Qureshi in New York.", [BLINKEN, QURESHI], [], id="no-claim"),
        pytest.param("“We will not let Afghan soil be used against any other nation and we will"
                     " protect women,” a Taliban spokesman said.", [("Taliban spokesman", "TAL")],
                     [("commitment", "TAL", None,
                       "not let Afghan soil be used against any other nation"),
                      ("commitment", "TAL", None, "protect women")],
                     id="quoted-promise"),
        pytest.param("“We will never give up. Our fight goes on,” the Taliban said.",
                     [("Taliban", "TAL")],
                     [("commitment", "TAL", None, "never give up")],
                     id="quoted-promise-own-sentence"),
        pytest.param("“We demand that the US release our assets,” Qureshi said.",
                     [QURESHI, ("US", "USA")],
                     [("demand", "PAKGOV", "USA", "release our assets")], id="quoted-demand"),
        pytest.param("“We would agree if they asked,” Qureshi said.", [QURESHI], [],
                     id="quoted-condition"),
        pytest.param("“They will never win,” Qureshi said.", [QURESHI], [],
                     id="quoted-prediction"),
        pytest.param("Blinken asked where the envoy was.", [BLINKEN], [], id="asked-a-question"),
        pytest.param("Blinken said that his country demanded Iran stay and what role it wanted"
                     " to play.", [BLINKEN, IRAN, ("his country", "USA")],
                     [("demand", "USA", "IRN", "stay")], id="embedded-question"),
        pytest.param("India rejected the offer.", [("India", "IRN")], [], id="rejection"),
        pytest.param("The spokesman demanded that Iran release the prisoners.", [IRAN], [],
                     id="no-claimant-mention"),
        pytest.param("The Taliban committed not to allow al Qaeda or any other group to use"
                     " Afghan soil to threaten the security of the United States.",
                     [("Taliban", "TAL"), ("al Qaeda", "IRN"), ("United States", "USA")],
                     [("commitment", "TAL", "USA", "not to allow al Qaeda or any other group to"
                       " use Afghan soil to threaten the security of the United States")],
                     id="committed-not-to-infinitive"),
        pytest.param("Iran committed to cutting its stockpile.", [IRAN],
                     [("commitment", "IRN", "IRNCVL", "cutting its stockpile")],
                     id="committed-to-gerund"),
        pytest.param("Iran built tunnels to threaten the strait.", [IRAN], [],
                     id="purpose-infinitive-is-no-threat"),
        pytest.param("The United States has opposed calls for a ceasefire, saying it would"
                     " benefit Hamas.", [("United States", "USA"), ("Hamas", "IRN")], [],
                     id="prediction-about-something-else"),
        pytest.param("Russia rejected the plan, saying it would reward the aggressor.",
                     [("Russia", "RUS")], [], id="pronoun-refers-to-the-object"),
        pytest.param("Iran said it would become stronger.", [IRAN], [],
                     id="outcome-verb-is-no-promise"),
        pytest.param("Taliban officials said they would reopen the schools.",
                     [("Taliban", "TAL")],
                     [("commitment", "TAL", None, "reopen the schools")],
                     id="speaker-phrase-is-no-antecedent"),
        pytest.param("China said it would help Pakistan.", [("China", "CHN"), PAKISTAN],
                     [("commitment", "CHN", "PAK", "help Pakistan")],
                     id="reported-promise-to-act"),
    ],
)
def test_claims(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Iran pledged to let refugees leave.", "migration"),
        ("Iran pledged to respect the rights of women.", "human_rights"),
        ("Iran pledged to fight the extremists.", "terrorism"),
        ("Iran pledged to unfreeze the assets.", "economic"),
        ("Iran pledged to pull back its troops.", "military"),
        ("Iran pledged to be patient.", None),
    ],
)
def test_claim_topics(analyse: Any, text: str, topic: str | None) -> None:
    _, (claim,) = analyse(text, [IRAN])
    assert claim.topic == topic


def test_claim_offsets_ids_and_evidence(analyse: Any) -> None:
    text = "Talks went on. Pakistan offered to host the talks."
    _, (claim,) = analyse(text, [PAKISTAN])
    assert text[claim.start : claim.end] == claim.text
    assert claim.id == stable_id("clm_", claim.evidence.article_id, "offer", claim.start,
                                 claim.end)
    assert claim.evidence.sentence_index == 1
    assert claim.evidence.sentence == "Pakistan offered to host the talks."
    assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.sentence
