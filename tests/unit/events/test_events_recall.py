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
    "police officers": "AFGCOP", "civilians": "CVL", "Malian soldiers": "MLIMIL",
    "jihadist fighters": "REB", "villagers": "CVL", "Turkish": "TUR", "border guards": "IRQMIL",
    "Syrian": "SYR", "Indonesian": "IDN", "Korea": "KOR", "Russia": "RUS",
    "its": "RUS", "Poland": "POL", "the Arab League": "ARL", "Israel": "ISR", "Turkey": "TUR",
    "Rebels": "REB", "soldiers": "MIL", "A suicide bomber": "UAF", "himself": "UAF",
    "suicide bombers": "UAF", "their": "UAF", "the army": "MIL", "Moscow": "RUS",
    "Colombia": "COL", "the ELN": "ELN", "Kabul": "AFG", "US official": "USAGOV",
    "Hamas negotiators": "HMS", "Houthi": "HTH", "Syria": "SYR", "Japan": "JPN", "Italy": "ITA",
    "Egypt": "EGY", "Jordan": "JOR",
}


@pytest.mark.parametrize(("sentence", "expected"), [
    # an agentless passive takes its doer from the event noun around it
    ("Two Malian soldiers were killed in an attack by jihadist fighters.",
     {("REB", "MLIMIL", "190"), ("REB", None, "190")}),
    ("Five villagers were wounded in a Turkish air strike on Syria.",
     {("TUR", "CVL", "190"), ("TUR", "SYR", "195")}),
    ("Three border guards were killed in a clash with Islamic State fighters.",
     {("ISI", "IRQMIL", "190")}),
    # an event as subject names who did it
    ("A Turkish air strike killed four villagers.", {("TUR", "CVL", "190"), ("TUR", None, "195")}),
    # "Saudi-led strike": the actor is hyphened to a participle
    ("A Turkish-led strike on a Syrian convoy killed drivers.",
     {("TUR", "SYR", "190"), ("TUR", None, "190")}),
    # a title leads on to the actor that modifies it
    ("The Japan minister held talks with Indonesian defence chief Gen. Santoso.",
     {("JPN", "IDN", "040")}),
    # the source's own troops are no target when a place is named
    ("Russia withdrew its troops from Poland.", {("RUS", "POL", "0874")}),
    # conjoined event nouns share the object and the light verb's subject
    ("the Arab League expressed firm rejection and strong condemnation of Israel.",
     {("ARL", "ISR", "120"), ("ARL", "ISR", "111")}),
    # "opened talks with": a light verb's subject performs the event noun
    ("Colombia opened peace talks with the ELN.", {("COL", "ELN", "046")}),
    # a reflexive object is no target; suicide bombers carry out a suicide bombing
    ("A suicide bomber blew himself up near a bus depot.", {("UAF", None, "1831")}),
    ("Three suicide bombers detonated their belts at a checkpoint.", {("UAF", None, "1831")}),
    ("Rebels tossed a grenade at soldiers.", {("REB", "MIL", "183")}),
    # an apposition names the actor; "ISIS-held" names the holder of the place
    ("Hamas negotiators met Carter, a senior US official.", {("HMS", "USAGOV", "040")}),
    ("the army began an assault on the Houthi-held port.", {("MIL", "HTH", "190")}),
    # a consultation's partner comes before its topic
    ("Turkey discussed Gaza with Russia.", {("TUR", "RUS", "040")}),
    # aid's purpose names who is helped
    ("Japan donated a shipment of tents to assist Turkey.", {("JPN", "TUR", "070")}),
    # a subjectless passive acts on the subject of its clause
    ("Afghan soldiers retreated after being attacked by Taliban fighters.",
     {("TAL", "AFGMIL", "190"), ("AFGMIL", None, "0874")}),
    # who performs a visit may follow "of"
    ("The visit of the Korea minister to Russia ended.", {("KOR", "RUS", "042")}),
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
    ("The Etna crater, Italy's tallest peak, rumbled on Sunday, sending dust over Catania.",
     "sending"),
    # a statement no actor makes is no event, nor is one an actor makes (docs/annotation.md: no
    # 010; what a statement does is coded)
    ("The statement was published on Monday.", "statement"),
    ("Japan said in a statement that the talks had failed.", "statement"),
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
