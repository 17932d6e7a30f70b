"""Recall rules of the clause coder: agentless passives whose circumstance names the doer, event
subjects that name it, hyphened and chained modifiers, light verbs, conjoined event nouns, targets
other than the source's own side, reflexive objects and the suicide-bombing method; and sentences
where each must not fire."""

from __future__ import annotations

import pytest
from events_mentions import code_text, triples
from spacy.language import Language

ACTORS = {
    "Taliban fighters": "TAL", "Afghan soldiers": "AFGMIL", "Islamic State": "ISI",
    "police officers": "AFGCOP", "civilians": "CVL", "Israeli": "ISR", "Gaza": "PSE",
    "Saudi": "SAU", "Yemeni": "YEM", "Vietnamese": "VNM", "Korea": "KOR", "Russia": "RUS",
    "its": "RUS", "Poland": "POL", "the OIC": "OIC", "Israel": "ISR", "Turkey": "TUR",
    "Militants": "REB", "police": "COP", "suicide bombers": "UAF", "themselves": "UAF",
    "their": "UAF", "the army": "MIL", "Moscow": "RUS", "the Taliban": "TAL",
    "the United States": "USA", "Kabul": "AFG", "US official": "USAGOV", "ISIS": "ISI",
    "Syria": "SYR", "Japan": "JPN",
}


@pytest.mark.parametrize(("sentence", "expected"), [
    # an agentless passive takes its doer from the event noun around it
    ("Three Afghan soldiers were killed in an attack by Taliban fighters.",
     {("TAL", "AFGMIL", "190"), ("TAL", None, "190")}),
    ("Five civilians were wounded in an Israeli air strike on Gaza.",
     {("ISR", "CVL", "190"), ("ISR", "PSE", "195")}),
    ("Two police officers were killed in a clash with Islamic State fighters.",
     {("ISI", "AFGCOP", "190")}),
    # an event as subject names who did it
    ("An Israeli air strike killed five civilians.", {("ISR", "CVL", "190"), ("ISR", None, "195")}),
    # "Saudi-led strike": the actor is hyphened to a participle
    ("A Saudi-led strike on a Yemeni bus killed children.",
     {("SAU", "YEM", "190"), ("SAU", None, "190")}),
    # a title leads on to the actor that modifies it
    ("The Korea minister held talks with Vietnamese defense chief Gen. Lich.",
     {("KOR", "VNM", "040")}),
    # the source's own troops are no target when a place is named
    ("Russia withdrew its troops from Poland.", {("RUS", "POL", "0874")}),
    # conjoined event nouns share the object and the light verb's subject
    ("the OIC expressed total rejection and strong condemnation of Israel.",
     {("OIC", "ISR", "120"), ("OIC", "ISR", "111")}),
    # "opened talks with": a light verb's subject performs the event noun
    ("the United States opened peace talks with the Taliban.", {("USA", "TAL", "046")}),
    # a reflexive object is no target; suicide bombers carry out a suicide bombing
    ("Two suicide bombers blew themselves up near a market.", {("UAF", None, "1831")}),
    ("Two suicide bombers detonated their vests in a market.", {("UAF", None, "1831")}),
    ("Militants lobbed a grenade at police.", {("REB", "COP", "183")}),
    # an apposition names the actor; "ISIS-held" names the holder of the place
    ("Taliban fighters met Wells, a senior US official.", {("TAL", "USAGOV", "040")}),
    ("the army began an assault on the ISIS-held area.", {("MIL", "ISI", "190")}),
    # a consultation's partner comes before its topic
    ("Turkey discussed Gaza with Russia.", {("TUR", "RUS", "040")}),
    # aid's purpose names who is helped
    ("the United States donated a shipment of ventilators to assist Poland.",
     {("USA", "POL", "070")}),
    # a subjectless passive acts on the subject of its clause
    ("Afghan soldiers retreated after being attacked by Taliban fighters.",
     {("TAL", "AFGMIL", "190"), ("AFGMIL", None, "0874")}),
    # who performs a visit may follow "of"
    ("The visit of the Korea minister to Russia ended.", {("KOR", "RUS", "042")}),
    # a formal public statement is a statement event
    ("Japan said in a statement that the talks had failed.", {("JPN", None, "010")}),
    ("Russia and Syria issued a joint statement on Monday.",
     {("RUS", None, "010"), ("SYR", None, "010")}),
])
def test_recall_rules(nlp: Language, sentence: str,
                      expected: set[tuple[str, str | None, str]]) -> None:
    assert triples(code_text(nlp, sentence, ACTORS)) == expected


@pytest.mark.parametrize(("sentence", "verb"), [
    # a passive whose circumstance is a place, not an event, names no doer
    ("Two police officers were killed in Kabul.", "killed"),
    # a storm is no actor
    ("The storm killed five civilians.", "killed"),
    # negated and hypothetical passives stay no event (the attack itself still is one)
    ("Three Afghan soldiers were not killed in an attack by Taliban fighters.", "killed"),
    ("Afghan soldiers could be killed in an attack by Taliban fighters.", "killed"),
    # the passive's circumstance is no event noun
    ("Five civilians were wounded in Gaza during the night.", "wounded"),
    # a game with no actor is no event
    ("The children threw a grenade-shaped ball in the park.", "threw"),
    # the same actor as its own target is no event
    ("Russia attacked Moscow.", "attacked"),
    # "the killing of civilians": an "of" object is no doer
    ("The killing of civilians shocked the world.", "killing"),
    # an apposition that is no mention names no actor: a volcano is not its country
    ("Mount Merapi, Japan's most active volcano, erupted, sending ash into the sky.", "sending"),
    # a statement no actor makes is no event
    ("The statement was published on Monday.", "statement"),
])
def test_recall_rules_do_not_fire(nlp: Language, sentence: str, verb: str) -> None:
    assert [event for event in code_text(nlp, sentence, ACTORS) if event.trigger == verb] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # a purpose infinitive names a target only for aid
    ("Japan criticised Russia's plan to help Syria.", {("JPN", "RUS", "111")}),
    # the topic is the target when no partner is named
    ("Japan discussed Syria.", {("JPN", "SYR", "040")}),
])
def test_recall_rules_keep_targets(nlp: Language, sentence: str,
                                   expected: set[tuple[str, str | None, str]]) -> None:
    assert triples(code_text(nlp, sentence, ACTORS)) == expected
