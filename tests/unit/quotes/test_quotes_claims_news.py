"""Claims as wire news writes them: hard-wrapped lines, trailing attributions, passive and
conditional cues, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from claim_rows import summary

QURESHI = ("Qureshi", "QURESHI")
PAKISTAN = ("Pakistan", "PAK")
IRAN = ("Iran", "IRN")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        # a wire story's fixed-width lines: the line break inside a sentence is no boundary
        pytest.param("PAKISTAN HAS PROMISED TO RELEASE THE FISHERMEN IT\nHOLDS WITHIN THE NEXT"
                     " FEW DAYS.", [("PAKISTAN", "PAK")],
                     [("commitment", "PAK", "PAKCVL",
                       "RELEASE THE FISHERMEN IT\nHOLDS WITHIN THE NEXT FEW DAYS")],
                     id="hard-wrapped-line"),
        # no claim: the asked as the subject of a passive cue, a cue under a condition, a
        # statement only expected, a cue whose subjects are all negated
        pytest.param("Pakistani police have been asked to guard the border.",
                     [("Pakistani police", "PAKCOP")], [], id="passive-cue"),
        pytest.param("If Pakistan wants a new inquiry, it has not said so.", [PAKISTAN], [],
                     id="cue-under-condition"),
        pytest.param("Pakistan is expected to announce that it will reopen the border.",
                     [PAKISTAN], [], id="expected-statement"),
        pytest.param("Neither Pakistan nor Iran wants a new war.", [PAKISTAN, IRAN], [],
                     id="neither-nor"),
        # the same constructions stated: claims
        pytest.param("Pakistan asked Iran to guard the border.", [PAKISTAN, IRAN],
                     [("appeal", "PAK", "IRN", "guard the border")], id="active-cue"),
        pytest.param("Pakistan announced that it will reopen the border.", [PAKISTAN],
                     [("commitment", "PAK", "PAKCVL", "reopen the border")], id="stated-promise"),
        # what the speaker says another side should or must do is a demand on that side
        pytest.param("Qureshi said Iran must free the sailors and should stop its raids.",
                     [QURESHI, IRAN],
                     [("demand", "PAKGOV", "IRN", "free the sailors"),
                      ("appeal", "PAKGOV", "IRN", "stop its raids")], id="must-and-should"),
        pytest.param("“If Iran cannot free them all, it should free the sick,” Qureshi said.",
                     [QURESHI, IRAN, ("it", "IRN", "it should", "pronoun")],
                     [("appeal", "PAKGOV", "IRN", "free the sick")], id="should-under-condition"),
        pytest.param("Qureshi insisted that Iran should free the sick.", [QURESHI, IRAN],
                     [("demand", "PAKGOV", "IRN", "free the sick")], id="insisted-should"),
        pytest.param("Qureshi believes Iran should free the sick.", [QURESHI, IRAN],
                     [("appeal", "PAKGOV", "IRN", "free the sick")], id="believes-should"),
        pytest.param("Qureshi believes Iran will free the sick.", [QURESHI, IRAN], [],
                     id="believes-forecast"),
        # not a demand: an expectation of no act, the speaker's own side
        pytest.param("Qureshi said prices should fall.", [QURESHI], [], id="should-no-actor"),
        pytest.param("Qureshi said Pakistan must stay calm.", [QURESHI, PAKISTAN], [],
                     id="must-own-side"),
        # a passive duty asks the act of whoever can do it, not of the side undergoing it
        pytest.param("Qureshi said Iran should be punished.", [QURESHI, IRAN],
                     [("demand", "PAKGOV", None, "Iran should be punished")],
                     id="should-passive"),
        # the target of a promised act is never the doer's side, but may be the speaker's
        pytest.param("An Afghan commander said the Taliban would not surrender to Karzai.",
                     [("An Afghan commander", "AFG"), ("Taliban", "TALIBAN"), ("Karzai", "KARZAI")],
                     [("commitment", "AFG", "AFGGOV", "not surrender to Karzai")],
                     id="doer-not-speaker"),
        # "insisted on Thursday that it would …": a date is not the one asked, and what the
        # claimant says it will do itself is no demand; a threatened act keeps its condition
        pytest.param("Pakistan insisted on Thursday that it would attack the camps unless they"
                     " were closed.", [PAKISTAN],
                     [("threat", "PAK", None, "attack the camps unless they were closed")],
                     id="insisted-own-threat"),
        pytest.param("Pakistan vowed to attack the rebels.", [PAKISTAN, ("rebels", "PAKREB")],
                     [("threat", "PAK", "PAKREB", "attack the rebels")], id="state-vs-own-rebels"),
        pytest.param("Pakistan insisted on Friday that Iran must close the camps.",
                     [PAKISTAN, IRAN], [("demand", "PAK", "IRN", "close the camps")],
                     id="insisted-other"),
        pytest.param("The Pakistani police demanded that Pakistan pay them more.",
                     [("Pakistani police", "PAKCOP"), PAKISTAN],
                     [("demand", "PAKCOP", "PAK", "pay them more")], id="demand-of-own-country"),
        # "deny" with a recipient refuses a thing, it denies no fact
        pytest.param("Pakistan denied visas to the Iranian delegation.", [PAKISTAN], [],
                     id="denied-to-someone"),
        pytest.param("Pakistan denied the charges.", [PAKISTAN],
                     [("denial", "PAK", None, "the charges")], id="denied-the-charges"),
        # a conjunct with a modal of its own ("may", "could") is no promise
        pytest.param("Qureshi said Pakistan would reopen the border and may close the port.",
                     [QURESHI, PAKISTAN],
                     [("commitment", "PAKGOV", "PAKCVL", "reopen the border")], id="may-conjunct"),
        # a plea or appeal made by the subject of a light verb
        pytest.param("Pakistan made repeated pleas for calm and restraint.", [PAKISTAN],
                     [("appeal", "PAK", "PAKCVL", "calm and restraint")],
                     id="made-pleas-for"),
        # the target of an act is the body a noun belongs to ("to the UN mission")
        pytest.param("The Pakistani army will send 900 troops to the UN mission in the region,"
                     " the army chief Asim Munir said on Friday.",
                     [("Pakistani army", "PAKCOP"), ("army chief Asim Munir", "PAKCOP"),
                      ("UN", "UN")],
                     [("commitment", "PAKCOP", "UNO", "send 900 troops to the UN mission in the"
                       " region")], id="body-of-target"),
        # told in the pluperfect or as a counterfactual: background, no claim made in the news
        pytest.param("Pakistan had promised to free the sailors.", [PAKISTAN], [],
                     id="pluperfect-promise"),
        pytest.param("Qureshi said Pakistan had demanded that Iran free the sailors.",
                     [QURESHI, PAKISTAN, IRAN], [], id="pluperfect-demand"),
        pytest.param("“I would have expected Iran to free them,” Qureshi said.",
                     [QURESHI, IRAN], [], id="counterfactual"),
        pytest.param("Pakistan has promised to free the sailors.", [PAKISTAN],
                     [("commitment", "PAK", "PAKCVL", "free the sailors")], id="perfect-promise"),
        # a claim begun inside a quotation ends with it
        pytest.param("“And I would call for calm at this time,” Qureshi said in a statement.",
                     [QURESHI], [("appeal", "PAKGOV", "PAKCVL", "calm at this time")],
                     id="ends-with-the-quote"),
        # a contracted "be" is "be": "not against" is an opinion, "not responsible" a denial
        pytest.param("“I’m not against the dam,” Qureshi said.", [QURESHI], [],
                     id="contracted-be-opinion"),
        pytest.param("“I’m not responsible for the attack,” Qureshi said.", [QURESHI],
                     [("denial", "PAKGOV", None, "I’m not responsible for the attack")],
                     id="contracted-be-denial"),
        # a person named with a nationality is of that country
        pytest.param("Pakistan promised to release Iranian fisherman Ali Rezaei.",
                     [PAKISTAN, ("Iranian", "IRN")],
                     [("commitment", "PAK", "IRN", "release Iranian fisherman Ali Rezaei")],
                     id="nationality-of-target"),
        pytest.param("Pakistan promised to sell Iranian oil.", [PAKISTAN, ("Iranian", "IRN")],
                     [("commitment", "PAK", None, "sell Iranian oil")], id="nationality-of-thing"),
        # readiness to do one's own part is a commitment; to do something for others, an offer
        pytest.param("Qureshi said Pakistan was ready to ratify the treaty.", [QURESHI, PAKISTAN],
                     [("commitment", "PAKGOV", "PAKCVL", "ratify the treaty")],
                     id="ready-own-part"),
        pytest.param("Qureshi told reporters that Pakistan will be prepared in May to ratify the"
                     " treaty.", [QURESHI, PAKISTAN],
                     [("commitment", "PAKGOV", "PAKCVL", "ratify the treaty")],
                     id="will-be-prepared"),
        pytest.param("Qureshi said Pakistan was willing to mediate.", [QURESHI, PAKISTAN],
                     [("offer", "PAKGOV", None, "mediate")], id="willing-for-others"),
        # what is asked is an act or a thing: not a person, not a deed already done
        pytest.param("Qureshi asked Smith about the missing files.", [QURESHI], [],
                     id="asked-a-person-about"),
        pytest.param("Pakistan demanded that Iran had broken the truce and should pay.",
                     [PAKISTAN, IRAN], [("demand", "PAK", "IRN", "should pay")],
                     id="past-conjunct"),
        # "undertake" promises only with an infinitive: "undertaking a war" is doing it
        pytest.param("Pakistan is undertaking a new campaign.", [PAKISTAN], [],
                     id="undertaking-a-deed"),
        pytest.param("Pakistan undertook to free the sailors.", [PAKISTAN],
                     [("commitment", "PAK", "PAKCVL", "free the sailors")], id="undertook-to"),
    ],
)
def test_news_claims(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                     expected: list[tuple[str, str, str | None, str]]) -> None:
    _, claims = analyse(text, phrases)
    assert summary(claims) == expected


def test_trailing_attribution_hung_on_the_clause(nlp: Any) -> None:
    """The parser hung ", army chief Munir said" on "million" (an apposition with a relative
    clause): the main verb is still what was said, and the attribution is left out of it."""
    from spacy.tokens import Doc

    from tacitus.quotes.speech_claims import attribution_top, trailing_report

    words = ["Pakistan", "will", "give", "$", "5", "million", ",", "army", "chief", "Munir",
             "said", "."]
    heads = [2, 2, 2, 5, 5, 2, 5, 8, 5, 10, 8, 2]
    deps = ["nsubj", "aux", "ROOT", "nmod", "compound", "dobj", "punct", "compound", "appos",
            "nsubj", "relcl", "punct"]
    pos = ["PROPN", "AUX", "VERB", "SYM", "NUM", "NUM", "PUNCT", "NOUN", "NOUN", "PROPN", "VERB",
           "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    said = doc[10]
    clause = trailing_report(said)
    assert clause is not None and clause.i == 2
    top = attribution_top(said, clause)
    assert top is not None and top.i == 8  # "chief" heads ", army chief Munir said"
    inside = Doc(nlp.vocab, words=["Munir", "said", "Pakistan", "will", "give", "."],
                 heads=[1, 1, 4, 4, 1, 1], deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"],
                 pos=["PROPN", "VERB", "PROPN", "AUX", "VERB", "PUNCT"])
    assert trailing_report(inside[1]) is None
