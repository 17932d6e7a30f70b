"""Clause rules added for wire copy: reported futures and obligations, readiness, decisions,
commands, stopped events, counted objects and the mode of event nouns."""

from __future__ import annotations

import pytest
from events_mentions import code_text, triples
from spacy.language import Language

ACTORS = {
    "Russia": "RUS", "Tokyo": "JPN", "Ukraine": "UKR", "Israel": "ISR", "Syria": "SYR",
    "Japan": "JPN",
    "the United States": "USA", "Argentina": "ARG", "Liberia": "LBR", "Nigeria": "NGA",
    "Egypt": "EGY", "Gaza": "PSE", "the court": "JUD", "the newspaper": "MED", "police": "COP",
    "the opposition leader": "OPP", "Hamas": "HMS", "Qatar": "QAT", "Iran": "IRN", "EU": "EUR",
    "The dockworkers": "LAB", "the government": "GOV", "its president": "UKR",
    "Turkey": "TUR", "Greece": "GRC", "Kenya": "KEN", "Somalia": "SOM", "Canada": "CAN",
    "Cuba": "CUB", "Germany": "DEU", "Mali": "MLI", "Ghana": "GHA", "Lebanon": "LBN",
    "Brazil": "BRA", "Haiti": "HTI",
}


@pytest.mark.parametrize(("sentence", "expected"), [
    # a reported "would" without a condition announces (03x) …
    ("Japan said Tokyo would send humanitarian aid to Syria.", {("JPN", "SYR", "0333")}),
    # … but with an if-clause it stays hypothetical
    ("Japan said it would send aid to Syria if the fighting stopped.", set()),
    # what a speaker says another must do is the speaker's demand of them
    ("Turkey says Greece must end attacks on Cyprus.", {("TUR", "GRC", "1056")}),
    # readiness is intent
    ("Kenya is ready to withdraw its troops from Somalia.", {("KEN", "SOM", "0356")}),
    # a decision taken is the action itself
    ("Canada decided to ease sanctions on Cuba.", {("CAN", "CUB", "085")}),
    # a command is coded as the commanded action, by the commander
    ("The court ordered the arrest of the opposition leader.", {("JUD", "OPP", "173")}),
    # stopping what a noun names: cutting aid is 162, ending mediation 165
    ("Germany cut economic aid to Mali.", {("DEU", "MLI", "162")}),
    ("Qatar ended its mediation efforts with Hamas.", {("QAT", "HMS", "165")}),
    # the object is what a quantity counts
    ("Ghana withdrew a contingent of 300 peacekeepers from Lebanon.", {("GHA", "LBN", "1661")}),
    # an event noun takes the tense and negation of the verb that governs it
    ("Russia did not attend the summit with Ukraine.", set()),
    ("Russia will extend the curfew in Ukraine.", {("RUS", "UKR", "1323")}),
    # an event noun that no frame takes is what the frame verb offers
    ("the EU offered scathing criticism of Russia.", {("EUR", "RUS", "111")}),
    # "on strike" is a labour strike
    ("The dockworkers went on strike against the government.",
     {("LAB", "GOV", "143")}),
    # a reported "must" with no lexicon verb is still a demand of the reporter
    ("Russia says Ukraine must remain neutral.", {("RUS", "UKR", "100")}),
    # troops sent to keep the peace are protection (074), not a show of force (154)
    ("Brazil is sending peacekeeping troops to Haiti.", {("BRA", "HTI", "074")}),
    # the purpose of a call is what the call was for: both are coded
    ("Japan called Ukraine to congratulate its president.",
     {("JPN", "UKR", "041"), ("JPN", "UKR", "051")}),
])
def test_wire_copy_rules(nlp: Language, sentence: str,
                         expected: set[tuple[str, str | None, str]]) -> None:
    assert triples(code_text(nlp, sentence, ACTORS)) == expected
