"""Word senses from what goes with a lexicon word (``events/verb_senses.tsv``): what is sent,
given or received, a clause as the complement, a preposition attached to the word."""

from __future__ import annotations

import pytest
from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.events.lexicon import load_lexicon
from tacitus.events.ontology import load_ontology
from tacitus.events.senses import NO_EVENT, load_senses, sense_cues, word_sense
from tacitus.wordlists import word_set


def _codes(nlp: Language, text: str, trigger: str) -> set[str]:
    _, _, _, candidates = text_candidates(nlp, text)
    return {candidate.event.cameo for candidate in candidates
            if trigger.lower() in candidate.event.trigger.lower()}


@pytest.mark.parametrize(("text", "trigger", "root"), [
    # what is given or sent decides whether it is aid
    ("Sweden sent a letter to the Norwegian prime minister on Monday.", "sent", None),
    ("The Danish cabinet will send the report to parliament next week.", "send", None),
    ("The Finnish general gave orders to the Estonian garrison.", "gave", None),
    ("Norway sent food to the flooded villages of Sweden.", "sent", "07"),
    ("Denmark gave money to the Swedish relief fund.", "gave", "07"),
    ("The Estonian envoy gave an assurance that Latvia would be consulted.", "gave", "03"),
    # a host receives visitors, not papers or pardons
    ("The Latvian minister received instructions from the Lithuanian embassy.", "received",
     None),
    ("The Polish president received the Czech foreign minister in Warsaw.", "received", "04"),
    # admitting a fault is no asylum
    ("The Austrian chancellor admitted that Hungary had been misled.", "admitted", None),
    ("Austria admitted the Hungarian refugees at the border crossing.", "admitted", "07"),
    # engaging in a practice is no fighting
    ("Slovenia engaged in lengthy consultations with Croatia.", "engaged", None),
    # a question asked is no appeal; an actor asked to act is
    ("The Dutch minister asked the Belgian envoy what the plan would cost.", "asked", None),
    ("The Dutch minister asked the Belgian envoy to withdraw the plan.", "asked", "02"),
    # releasing figures publishes them; releasing prisoners frees them
    ("The Greek police released video of the clashes in Athens.", "released", None),
    ("Turkey released the Greek fishermen on Sunday.", "released", "08"),
    # taking over a post, or as its holder, is a succession; taking over a town an occupation
    ("After the Irish minister resigned, his deputy took over.", "took over", None),
    ("The Irish deputy took over the presidency of the Scottish council.", "took over", None),
    ("Irish troops took over the Scottish town on Monday.", "took over", "19"),
    # a telephone call with a leader is a consultation, a call for calm an appeal
    ("Romania held a call with the Bulgarian president on Friday.", "call", "04"),
    ("The Romanian call for calm in Bulgaria went unanswered.", "call", "02"),
    # blocking a way obstructs passage; blocking a bill or a plan rejects it
    ("Bulgarian farmers blocked the highway to the Romanian border.", "blocked", "14"),
    ("Moldovan protesters blocked the crossing into Romania for a day.", "blocked", "14"),
    ("The Bulgarian parliament blocked the Romanian proposal.", "blocked", "12"),
    # apprehending a danger fears it; apprehending suspects arrests them
    ("The Czech minister said he apprehended a threat from Slovakia.", "apprehended", None),
    ("Slovak police apprehended two Czech smugglers at the border.", "apprehended", "17"),
])
def test_the_sense_follows_what_goes_with_the_word(nlp: Language, text: str, trigger: str,
                                                   root: str | None) -> None:
    codes = _codes(nlp, text, trigger)
    if root is None:
        assert not codes
    else:
        assert codes
        assert all(code.startswith(root) for code in codes)


def test_cues_name_the_object_class_the_clause_and_the_preposition(nlp: Language) -> None:
    admitted = next(token for token in nlp("The minister admitted that the plan failed.")
                    if token.lower_ == "admitted")
    sent = next(token for token in nlp("The minister sent a memo.") if token.lower_ == "sent")
    engaged = next(token for token in nlp("The firm engaged in talks.")
                   if token.lower_ == "engaged")
    assert "clause" in sense_cues(admitted)
    assert "object:message_nouns" in sense_cues(sent)
    assert "prep:in" in sense_cues(engaged)
    sense = word_sense(sent, "send")
    assert sense is not None
    assert sense.cameo is None


def test_the_table_is_valid() -> None:
    table = load_senses()
    ontology = load_ontology()
    verbs = {" ".join(entry.words) for entry in load_lexicon().entries
             if entry.kind in {"verb", "noun", "particle", "prep"}}
    for lemma, senses in table.senses.items():
        assert lemma in verbs, lemma
        for sense in senses:
            assert sense.cameo is None or sense.cameo in ontology
    for name, words in table.classes.items():
        assert words == word_set(name)
    assert NO_EVENT == "-"


@pytest.mark.parametrize(("text", "trigger", "coded"), [
    ("Spanish riot police moved into the Portuguese square.", "riot", False),
    ("The Portuguese aid workers left the Spanish camp.", "aid", False),
    ("A riot broke out in the Portuguese town after the Spanish match.", "riot", True),
    ("Portugal ended its mediation efforts with Spain.", "mediation", True),
])
def test_a_noun_that_modifies_a_noun_names_a_kind_not_an_act(nlp: Language, text: str,
                                                             trigger: str, coded: bool) -> None:
    assert bool(_codes(nlp, text, trigger)) is coded
