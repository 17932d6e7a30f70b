"""The clause-level event coder on small hand-written sentences and on the seed article."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from events_mentions import SEED_DATE, article_for, build_mentions, code_text, triples
from spacy.language import Language

from tacitus.events.coder import make_event_coder
from tacitus.events.lexicon import parse_lexicon
from tacitus.events.ontology import load_ontology
from tacitus.ids import stable_id

SEED_ACTORS = {
    "Blinken": "USAGOV", "Secretary Blinken": "USAGOV",
    "US Secretary of State Antony Blinken": "USAGOV",
    "Qureshi": "PAKGOV", "Pakistan Foreign Minister Shah Mahmood Qureshi": "PAKGOV",
    "China": "CHN", "Russia": "RUS", "Taliban": "TAL", "the Taliban": "TAL", "al-Qaeda": "AQA",
    "his": "USAGOV", "Washington": "USA", "Pakistan": "PAK", "US": "USA",
}
WORLD = {
    "Iran": "IRN", "Israel": "ISR", "Russia": "RUS", "Ukraine": "UKR", "China": "CHN",
    "Japan": "JPN", "France": "FRA", "Germany": "DEU", "Egypt": "EGY", "Hamas": "HMS",
    "Chile": "CHL", "Peru": "PER",
    "Syria": "SYR", "Turkey": "TUR", "India": "IND", "Pakistan": "PAK", "police": "COP",
    "protesters": "CVLPRO", "the United States": "USA", "Washington": "USA", "Moscow": "RUS",
    "rebels": "REB", "the government": "GOV", "Beijing": "CHN", "Tokyo": "JPN", "the UN": "UNO",
    "Britain": "GBR", "the EU": "EEC", "British": "GBR", "German": "DEU", "it": "IRN",
}


@pytest.mark.parametrize(("sentence", "expected"), [
    # required on the seed article
    ("Blinken met with Qureshi on the sidelines of the UN General Assembly and also held talks "
     "with ministers of the four other veto-wielding Security Council members including China and "
     "Russia on Wednesday evening.",
     {("USAGOV", "PAKGOV", "040"), ("USAGOV", "CHN", "040"), ("USAGOV", "RUS", "040")}),
    ("The Taliban has not cut ties with al-Qaeda and other terrorist groups operating in "
     "Afghanistan.", set()),
    ("US Secretary of State Antony Blinken said after his meeting with Pakistan Foreign Minister "
     "Shah Mahmood Qureshi and added that Taliban’s relations with the world community would "
     "depend on the actions it takes.", {("USAGOV", "PAKGOV", "040")}),
    ("Earlier in an interview with The Associated Press, Qureshi called for engagement with the "
     "Taliban and the unfreezing of Afghan assets.", {("PAKGOV", "TAL", "020")}),
    ("Qureshi even asked Blinken not to repeat the mistakes of the past.",
     {("PAKGOV", "USAGOV", "020")}),
    # decision: "would reassess" is hypothetical, so no event (and "reassess" is no CAMEO verb)
    ("Secretary Blinken had said that Washington would reassess Pakistan’s role.", set()),
    ("China and Russia have both moved to engage with the Taliban but have also stopped short of "
     "recognition.", {("CHN", "TAL", "040"), ("RUS", "TAL", "040")}),
])
def test_seed_sentences(nlp: Language, sentence: str,
                        expected: set[tuple[str, str | None, str]]) -> None:
    assert triples(code_text(nlp, sentence, SEED_ACTORS)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # active, passive, reported
    ("Russia attacked Ukraine.", {("RUS", "UKR", "190")}),
    ("Ukraine was attacked by Russia.", {("RUS", "UKR", "190")}),
    ("Pakistan said India attacked Pakistan.", {("IND", "PAK", "190")}),
    ("Moscow said Ukraine attacked Russia on Monday.", {("UKR", "RUS", "190")}),
    # negation
    ("Russia did not attack Ukraine.", set()),
    ("Russia never attacked Ukraine.", set()),
    ("China did not visit Japan.", set()),
    ("India has never held talks with Pakistan.", set()),
    ("India did not meet Pakistan.", set()),
    # a denial is coded as such (016), the denied attack is not
    ("Russia denied attacking Ukraine.", {("RUS", None, "016")}),
    ("Russia denied that it attacked Ukraine.", {("RUS", None, "016")}),
    ("Russia stopped attacking Ukraine.", set()),
    # modality and conditions
    ("Russia could attack Ukraine if talks fail.", set()),
    ("Russia would attack Ukraine.", set()),
    ("China wants to visit Japan.", set()),
    ("If Russia attacks Ukraine, it will be punished.", set()),
    # intentions and threats
    ("China will visit Japan.", {("CHN", "JPN", "036")}),
    ("China plans to visit Japan.", {("CHN", "JPN", "036")}),
    ("China pledged to send aid to Pakistan.", {("CHN", "PAK", "033")}),
    ("Britain agreed to meet Iran.", {("GBR", "IRN", "036")}),
    ("Russia will attack Ukraine.", {("RUS", "UKR", "1384")}),
    ("Russia vowed to attack Ukraine.", {("RUS", "UKR", "1384")}),
    ("Russia threatened to attack Ukraine.", {("RUS", "UKR", "1384")}),
    ("Russia threatened Ukraine.", {("RUS", "UKR", "130")}),
    ("Washington warned Moscow.", {("USA", "RUS", "130")}),
    ("Iran threatened to impose sanctions on Israel if it refuses.", {("IRN", "ISR", "1312")}),
    ("The EU will impose sanctions on Russia.", {("EEC", "RUS", "1312")}),
    # appeals, demands, rejections
    ("China urged Japan to hold talks.", {("CHN", "JPN", "026")}),
    ("The United States called on Russia to withdraw troops.", {("USA", "RUS", "0256")}),
    ("Iran demanded the release of prisoners.", {("IRN", None, "1053")}),
    ("India refused to meet Pakistan.", {("IND", "PAK", "125")}),
    ("Iran rejected talks with the United States.", {("IRN", "USA", "125")}),
    ("Iran refused to release prisoners.", {("IRN", None, "1243")}),
    # consult, coordinated actors, nominal events
    ("Russia and China met in Moscow.", {("RUS", "CHN", "040"), ("CHN", "RUS", "040")}),
    ("India and Pakistan held talks in Moscow.", {("IND", "PAK", "040"), ("PAK", "IND", "040")}),
    ("The talks between India and Pakistan ended.", {("IND", "PAK", "040")}),
    ("Beijing hosted Tokyo.", {("CHN", "JPN", "043")}),
    ("The UN mediated between Israel and Hamas.",
     {("UNO", "ISR", "045"), ("UNO", "HMS", "045")}),
    ("Russia's invasion of Ukraine continued.", {("RUS", "UKR", "192")}),
    # diplomatic and material cooperation, aid, yielding
    ("Iran praised China.", {("IRN", "CHN", "051")}),
    ("Germany apologized to Israel.", {("DEU", "ISR", "055")}),
    ("France signed a trade deal with Germany.", {("FRA", "DEU", "061")}),
    ("Japan sent humanitarian aid to Pakistan.", {("JPN", "PAK", "073")}),
    ("The United States provided military aid to Ukraine.", {("USA", "UKR", "072")}),
    ("Israel declared a ceasefire.", {("ISR", None, "0871")}),
    ("Egypt brokered a ceasefire between Israel and Hamas.",
     {("EGY", "ISR", "045"), ("EGY", "HMS", "045")}),
    ("Iran released prisoners.", {("IRN", None, "0841")}),
    ("Russia withdrew troops from Syria.", {("RUS", "SYR", "0874")}),
    ("China investigated Japan.", {("CHN", "JPN", "090")}),
    # verbal conflict
    ("China criticized Japan.", {("CHN", "JPN", "111")}),
    ("India accused Pakistan of supporting terrorism.", {("IND", "PAK", "112")}),
    # protest, coercion, reduced relations
    ("Protesters rallied against the government.", {("CVLPRO", "GOV", "141")}),
    ("Police arrested protesters.", {("COP", "CVLPRO", "173")}),
    ("Police fired tear gas at protesters.", {("COP", "CVLPRO", "175")}),
    ("The United States imposed sanctions on Iran.", {("USA", "IRN", "163")}),
    ("Sanctions were imposed on Iran by the United States.", {("USA", "IRN", "163")}),
    ("The United States slapped new sanctions on Iran and Syria.",
     {("USA", "IRN", "163"), ("USA", "SYR", "163")}),
    ("Russia cut ties with Ukraine.", {("RUS", "UKR", "161")}),
    ("Ukraine severed diplomatic relations with Russia.", {("UKR", "RUS", "161")}),
    ("Russia expelled diplomats from Britain.", {("RUS", "GBR", "161")}),
    ("Russia expelled the British ambassador.", {("RUS", "GBR", "161")}),
    # force
    ("Turkey deployed troops to Syria.", {("TUR", "SYR", "154")}),
    ("Israel launched air strikes on Syria.", {("ISR", "SYR", "195")}),
    ("Rebels opened fire on police.", {("REB", "COP", "193")}),
    ("Russia invaded Ukraine.", {("RUS", "UKR", "192")}),
    ("Russia shelled Ukraine.", {("RUS", "UKR", "194")}),
    ("Rebels kidnapped police.", {("REB", "COP", "181")}),
    ("Syria used chemical weapons against rebels.", {("SYR", "REB", "2041")}),
    # a negated future of a cooperative act is a refusal
    ("Israel will not release prisoners.", {("ISR", None, "1243")}),
    ("Israel did not release prisoners.", set()),
    # the place of a material action is its target
    ("India imposed a curfew in Pakistan.", {("IND", "PAK", "1723")}),
    # modifiers of an event noun need not be adjacent; "a round of" belongs to the clause
    ("Chile and Peru started a fresh series of joint naval drills.",
     {("CHL", "PER", "062"), ("PER", "CHL", "062")}),
    # a preposition belongs to the verb only right after it: "called Japan on Monday" is no appeal
    # but a phone call (041)
    ("China called Japan on Monday.", {("CHN", "JPN", "041")}),
    ("China called on Japan to release prisoners.", {("CHN", "JPN", "0253")}),
    # the object of a verb + object phrase can itself be the target
    ("Rebels freed police.", {("REB", "COP", "0841")}),
    ("Police dispersed protesters.", {("COP", "CVLPRO", "175")}),
    # no source actor, no event
    ("The embassy was attacked.", set()),
])
def test_small_cases(nlp: Language, sentence: str,
                     expected: set[tuple[str, str | None, str]]) -> None:
    assert triples(code_text(nlp, sentence, WORLD)) == expected


def test_self_events_are_skipped(nlp: Language) -> None:
    assert code_text(nlp, "Russia attacked Moscow.", {"Russia": "RUS", "Moscow": "RUS"}) == ()
    doc = nlp("Biden met Blinken.")
    # Same code, different people: that is no self-event.
    mentions = [
        replace(m, actor=replace(m.actor, name="Antony Blinken")) if m.text == "Blinken" else m
        for m in build_mentions(doc, {"Biden": "USAGOV", "Blinken": "USAGOV"})
    ]
    events = make_event_coder()(doc, mentions, article_for(doc.text))
    assert [(e.source.name, e.target.name if e.target else None) for e in events] == [
        ("USAGOV", "Antony Blinken")]


def test_event_fields(nlp: Language) -> None:
    text = "Talks went well. Blinken met with Qureshi on Wednesday evening."
    doc = nlp(text)
    article = article_for(text)
    (event,) = make_event_coder()(doc, build_mentions(doc, SEED_ACTORS), article)
    code = load_ontology().describe("040")
    assert (event.cameo, event.cameo_name, event.goldstein, event.quad_class) == (
        "040", code.name, code.goldstein, 1)
    assert (event.plover, event.plover_mode) == ("CONSULT", "")
    assert event.date == date(2021, 9, 22)
    assert event.trigger == "met with" == text[event.trigger_start:event.trigger_end]
    assert event.evidence.sentence_index == 1
    assert event.evidence.sentence == text[event.evidence.start:event.evidence.end]
    assert event.evidence.sentence.startswith("Blinken met")
    assert event.evidence.article_id == article.id
    assert event.id == stable_id("evt_", article.id, 1, event.trigger_start, "040", "USAGOV",
                                 "PAKGOV")
    assert 0.0 <= event.confidence <= 1.0
    assert not event.negated


def test_plover_mode_comes_from_the_ontology(nlp: Language) -> None:
    (event,) = code_text(nlp, "China visited Japan.", WORLD)
    assert (event.cameo, event.plover, event.plover_mode) == ("042", "CONSULT", "visit")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Iran threatened to impose sanctions on Israel.", 0.75),   # verb, own subject
    ("The United States imposed sanctions on Iran.", 0.9),      # verb + object
    ("Germany apologized to Israel.", 0.85),                    # verb + preposition
    ("Russia's invasion of Ukraine continued.", 0.7),           # event noun
    ("China plans to visit Japan.", 0.65),                      # inherited subject
])
def test_confidence_reflects_the_match(nlp: Language, sentence: str, expected: float) -> None:
    (event,) = code_text(nlp, sentence, WORLD)
    assert event.confidence == expected


def test_pronoun_actors_lower_confidence(nlp: Language) -> None:
    (plain,) = code_text(nlp, "Blinken met Qureshi.", SEED_ACTORS)
    (pronoun,) = code_text(nlp, "Later his meeting with Qureshi ended.", SEED_ACTORS)
    assert plain.confidence == 0.75
    assert pronoun.confidence == pytest.approx(0.65)


def test_no_article_date_gives_no_relative_date(nlp: Language) -> None:
    (event,) = code_text(nlp, "Blinken met Qureshi on Friday.", SEED_ACTORS, article_date=None)
    assert event.date is None


def test_events_come_in_text_order_without_duplicates(nlp: Language) -> None:
    events = code_text(nlp, "Russia attacked Ukraine. Russia attacked Ukraine again.", WORLD)
    assert [e.evidence.sentence_index for e in events] == [0, 1]
    assert len({e.id for e in events}) == 2


def _seed_body(shared_dir: Path) -> str:
    return (shared_dir / "seed" / "article.txt").read_text(encoding="utf-8")


def test_seed_article(nlp: Language, shared_dir: Path) -> None:
    text = _seed_body(shared_dir)
    events = code_text(nlp, text, SEED_ACTORS, article_date=SEED_DATE)
    found = {(e.source.country, e.target.country if e.target else None, e.cameo[:2])
             for e in events}
    assert {("USA", "PAK", "04"), ("USA", "CHN", "04"), ("USA", "RUS", "04")} <= found
    assert ("PAK", "TAL", "02") in found
    assert ("PAK", "USA", "02") in found
    assert not [e for e in events if e.cameo.startswith("16")]
    wednesday = [e for e in events if e.target is not None and e.target.code in {"CHN", "RUS"}
                 and e.cameo.startswith("04") and e.source.country == "USA"]
    assert {e.date for e in wednesday} == {date(2021, 9, 22)}
    for event in events:
        assert text[event.trigger_start:event.trigger_end] == event.trigger
        assert re.search(re.escape(event.trigger), event.evidence.sentence)


def test_event_noun_takes_the_subject_of_the_governing_clause(nlp: Language) -> None:
    sentence = ('A statement said Blinken highlighted "the importance of coordinating our '
                'diplomatic engagement" in talks with Qureshi.')
    assert triples(code_text(nlp, sentence, SEED_ACTORS)) == {("USAGOV", "PAKGOV", "040")}


def test_coder_is_fast_on_a_long_document(nlp: Language, shared_dir: Path) -> None:
    text = "\n\n".join([_seed_body(shared_dir)] * 5)
    doc = nlp(text)
    mentions = build_mentions(doc, SEED_ACTORS)
    coder = make_event_coder()
    started = time.perf_counter()
    events = coder(doc, mentions, article_for(text))
    assert time.perf_counter() - started < 0.5
    assert len(events) >= 5 * 10


def test_a_custom_lexicon_replaces_the_packaged_one(nlp: Language) -> None:
    lexicon = parse_lexicon("kind\tpattern\tcameo\nverb\tsnub\t110\n")
    coder = make_event_coder(lexicon=lexicon)
    assert triples(code_text(nlp, "China snubbed Japan.", WORLD, coder=coder)) == {
        ("CHN", "JPN", "110")}
    assert code_text(nlp, "Russia attacked Ukraine.", WORLD, coder=coder) == ()


def test_events_within_a_sentence_follow_the_text(nlp: Language) -> None:
    events = code_text(nlp, "After talks with Japan, China attacked Russia.", WORLD)
    assert [e.cameo for e in events] == ["040", "190"]
    assert [e.trigger_start for e in events] == sorted(e.trigger_start for e in events)
