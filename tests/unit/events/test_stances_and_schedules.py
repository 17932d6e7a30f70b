"""Candidates for events that no lexicon word names: a speaker's stance toward the actor a reported
clause is about ("X said Y was responsible for …": ``tacitus.events.reported_stances``), and
meetings and visits that are only scheduled ("is to meet", "is due to visit", "will fly to Paris
to meet"), coded as intent (036), and cooperation its subject wants or plans ("is seeking a
partnership with", "wants talks with"), read as the intent to cooperate (03x)."""

from __future__ import annotations

import pytest
from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.events.candidates import Candidate
from tacitus.events.decision_features import candidate_features


def candidates(nlp: Language, text: str) -> tuple[Candidate, ...]:
    return text_candidates(nlp, text)[3]


def readings(found: tuple[Candidate, ...], construction: str
             ) -> set[tuple[str, str, str | None]]:
    """(source, code, target) of the candidates made by ``construction``."""
    return {(c.event.source.code[:3], c.event.cameo,
             c.event.target.code[:3] if c.event.target else None)
            for c in found if c.construction == construction}


STANCE = "reported_stance"
WANTED = "wanted"


@pytest.mark.parametrize(("text", "construction", "expected"), [
    ("The Kenyan government said Uganda was responsible for the shelling of the border post.",
     STANCE, ("KEN", "112", "UGA")),
    ("The Indian foreign ministry said Pakistan had reneged on the water agreement.",
     STANCE, ("IND", "112", "PAK")),
    ("Brazil says Argentina has failed its neighbours.", STANCE, ("BRA", "111", "ARG")),
    ("Chile's president said Bolivia's new tariff plan was unfair.", STANCE,
     ("CHL", "111", "BOL")),
    ("The United Nations envoy said the Sudanese rebels were not ready for a settlement.",
     STANCE, ("UNO", "012", "SDN")),
    # a fault foreseen under a modal is a fear for what may come
    ("Japan said the talks with North Korea could fail.", STANCE, ("JPN", "012", "PRK")),
    ("Norway said Sweden was serious about the fishing treaty.", STANCE, ("NOR", "013", "SWE")),
    # the saying set as an aside in the clause it reports, or after it
    ("Russia, the Ukrainian minister said, was responsible for the attack.", STANCE,
     ("UKR", "112", "RUS")),
    ("Russia was responsible for the attack, the Ukrainian minister said on Monday.", STANCE,
     ("UKR", "112", "RUS")),
    # words of plotting, pretext and misrule
    ("Ghana's foreign minister said Togo had instigated the riots at the customs post.",
     STANCE, ("GHA", "112", "TGO")),
    # a verb of belief or assertion holds a stance as a reporting verb does
    ("The Malian army believes Niger is behind the attack on the convoy.", STANCE,
     ("MLI", "112", "NER")),
    ("Bolivia claimed Chile had reneged on the water treaty.", STANCE, ("BOL", "112", "CHL")),
    ("Peru says Ecuador used the border incident as a pretext for mobilising troops.",
     STANCE, ("PER", "112", "ECU")),
    ("The Danish minister said Norway's fishing quota was unjustified.", STANCE,
     ("DNK", "111", "NOR")),
    ("Fiji said Australia was bullying the island states over the treaty.", STANCE,
     ("FJI", "111", "AUS")),
    # what its subject should have done, done or not: a reproach
    ("Senegal said Gambia should have consulted its neighbours before closing the border.",
     STANCE, ("SEN", "111", "GMB")),
    ("Austria said Hungary should not have closed the border crossings.", STANCE,
     ("AUT", "111", "HUN")),
    ("Senegal said Gambia should've warned the fishermen.", STANCE, ("SEN", "111", "GMB")),
    # a cooperative act its subject wants or plans is the intent to do it
    ("Russia is seeking a new economic partnership with India.", WANTED, ("RUS", "032", "IND")),
    ("Egypt wants talks with Ethiopia over the dam.", WANTED, ("EGY", "036", "ETH")),
    ("Turkey plans a visit to Greece in May.", WANTED, ("TUR", "036", "GRC")),
])
def test_a_construction_reads_an_event_no_lexicon_word_names(
        nlp: Language, text: str, construction: str, expected: tuple[str, str, str]) -> None:
    assert expected in readings(candidates(nlp, text), construction)


@pytest.mark.parametrize("text", [
    # a denied fault blames nobody
    "The Kenyan government said Uganda was not responsible for the shelling.",
    # a pronoun subject is the speaker's own stance, about no other actor
    "Brazil says it has failed its neighbours.",
    # a clause with no word of stance says nothing of its actor
    "Norway said Sweden held elections in September.",
    # what another should have been told is no fault of the one told
    "Kenya said Uganda should have been informed of the decision.",
    "Kenya believes Uganda held elections in September.",
    # a stance supposed under a condition is not held
    "If Kenya believed Uganda was responsible for the shelling, it would recall its envoy.",
    # "should" alone advises: no reproach of what was done
    "Kenya said Uganda should consult its neighbours.",
    # no reporting verb: the writer's own words
    "Uganda was responsible for the shelling of the border post, the report found.",
])
def test_no_stance_without_a_speaker_another_actor_and_a_cue(nlp: Language, text: str) -> None:
    assert not any(source in {"KEN", "BRA", "NOR"} and target is not None
                   for source, _, target in readings(candidates(nlp, text), STANCE))


def test_the_decision_stage_sees_the_construction(nlp: Language) -> None:
    article, doc, mentions, found = text_candidates(
        nlp, "Germany said Russia was responsible for the blackout.")
    stance = next(c for c in found if c.construction == "reported_stance")
    features = candidate_features(doc, stance, mentions, article, topic=0.9)
    assert "construction=reported_stance" in features
    assert f"construction=reported_stance|{stance.event.cameo[:2]}" in features
    assert not any(feature.startswith("construction=")
                   for other in found if not other.construction
                   for feature in candidate_features(doc, other, mentions, article, topic=0.9))


def codes(found: tuple[Candidate, ...]) -> set[tuple[str, str, str | None]]:
    return {(c.event.source.code[:3], c.event.cameo,
             c.event.target.code[:3] if c.event.target else None) for c in found}


@pytest.mark.parametrize("text", [
    "The French president is to meet the Chinese premier in Beijing next week.",
    "The French president is due to visit China next month.",
    "The French president will fly to Beijing next week to meet the Chinese premier.",
])
def test_a_scheduled_meeting_or_visit_is_an_intent(nlp: Language, text: str) -> None:
    assert ("FRA", "036", "CHN") in codes(candidates(nlp, text))


@pytest.mark.parametrize("text", [
    "The French president flew to Beijing last week to meet the Chinese premier.",
    "The French president met the Chinese premier in Beijing on Monday.",
])
def test_a_meeting_that_took_place_stays_a_meeting(nlp: Language, text: str) -> None:
    found = codes(candidates(nlp, text))
    assert ("FRA", "036", "CHN") not in found
    assert any(code.startswith("04") for _, code, _ in found)


@pytest.mark.parametrize("text", [
    # put off or avoided, not wanted
    "The talks between Egypt and Ethiopia were postponed.",
    "Egypt avoided talks with Ethiopia.",
    # wanting force is no intent to cooperate
    "Turkey is seeking a war with Greece.",
])
def test_no_intent_for_acts_put_off_or_not_cooperative(nlp: Language, text: str) -> None:
    assert not readings(candidates(nlp, text), WANTED)
