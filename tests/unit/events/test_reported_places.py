"""Reported attacks on towns: the speaker of "…, the mayor said" is no participant of the act it
reports, and a town under attack is a target (its country), as docs/annotation.md codes it."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import make_actor_resolver
from tacitus.actors.knowledge import load_knowledge_base
from tacitus.actors.places import make_locator
from tacitus.evaluation.records import sentence_article
from tacitus.events.candidates import Candidate, find_candidates
from tacitus.events.decision_features import candidate_features
from tacitus.events.lexicon import load_frames, load_lexicon
from tacitus.events.ontology import load_ontology
from tacitus.events.place_targets import (
    country_place_names,
    load_visit_codes,
    make_town_actors,
)
from tacitus.events.reporting import speaker_tokens


def candidates(nlp: Language, text: str, *, towns: bool = True) -> tuple[Candidate, ...]:
    article = sentence_article(text, record_id="t", on_date=date(2023, 6, 7))
    doc = nlp(text)
    find_towns = make_locator().find_towns
    mentions = make_actor_resolver(towns=find_towns)(doc, article.date)
    countries = load_knowledge_base().countries
    names = {code: country.name for code, country in countries.items()}
    town_actors = (make_town_actors(find_towns, names,
                                    country_names=country_place_names(countries))(doc, mentions)
                   if towns else None)
    return find_candidates(doc, mentions, (), article, lexicon=load_lexicon(),
                           frames=load_frames(), ontology=load_ontology(), towns=town_actors)


def pairs(found: tuple[Candidate, ...]) -> set[tuple[str, str | None]]:
    return {(c.event.source.code, c.event.target.code if c.event.target else None)
            for c in found}


@pytest.mark.parametrize("text", [
    "Armenian artillery shelled a school near Ganja on Sunday, the mayor said.",
    "The mayor said Armenian artillery had shelled a school on Sunday.",
])
def test_the_speaker_reporting_an_attack_is_not_its_target(nlp: Language, text: str) -> None:
    every = candidates(nlp, text, towns=False)
    # the speaker takes part only as the accuser of the reported act's doer (allegations.py)
    assert all(c.event.target is not None and not c.event.target.code.endswith("GOV")
               for c in every if c.event.source.code.endswith("GOV"))
    found = pairs(tuple(c for c in every if not c.event.cameo.startswith("112")))
    assert found
    assert not any(target is not None and target.endswith("GOV") for _, target in found)
    assert not any(source.endswith("GOV") for source, _ in found)


def test_a_speaker_the_reported_clause_names_stays_a_participant(nlp: Language) -> None:
    found = pairs(candidates(nlp, "Azerbaijan said Armenian artillery shelled Azerbaijan.",
                             towns=False))
    assert ("ARM", "AZE") in {(source[:3], (target or "")[:3]) for source, target in found}


def test_speaker_tokens_reads_both_orders(nlp: Language) -> None:
    before = nlp("The governor said rebels attacked the village.")
    after = nlp("Rebels attacked the village, the governor said.")
    assert {before[index].text for index in speaker_tokens(before[4])} == {"The", "governor"}
    assert {after[index].text for index in speaker_tokens(after[1])} == {"the", "governor"}
    assert not speaker_tokens(nlp("Rebels attacked the village.")[1])


@pytest.mark.parametrize("text", [
    "Armenian artillery shelled a school near Ganja on Sunday.",
    "In Ganja, Armenian artillery shelled a school on Sunday.",
    "An Armenian air strike destroyed the Ganja bus station on Sunday.",
])
def test_a_town_under_attack_is_a_target(nlp: Language, text: str) -> None:
    found = candidates(nlp, text)
    placed = [c for c in found if c.place]
    assert {(c.event.source.code[:3], c.event.target.code if c.event.target else None)
            for c in placed} == {("ARM", "AZE")}
    article = sentence_article(text, record_id="t", on_date=date(2023, 6, 7))
    features = candidate_features(nlp(text), placed[0], (), article, topic=0.9)
    assert "target=place" in features


def test_a_town_where_no_attack_happens_is_no_target(nlp: Language) -> None:
    found = candidates(nlp, "Armenian diplomats met Azerbaijani envoys in Ganja on Sunday.")
    assert not any(c.place for c in found)


def test_a_town_of_the_attackers_own_country_is_no_target(nlp: Language) -> None:
    found = candidates(nlp, "Armenian police attacked protesters in Gyumri on Sunday.")
    assert not any(c.place for c in found)


@pytest.mark.parametrize(("text", "place"), [
    # a country's own name standing as the place struck: no actor, yet the target's country
    ("Turkish jets bombed villages in northern Iraq on Sunday.", "IRQ"),
    # a country's name that is also a town's elsewhere ("Lebanon, Ohio") is the country
    ("Syrian jets bombed farms in eastern Lebanon on Sunday.", "LBN"),
    # a region of one country names that country
    ("Police imposed a curfew on several towns in Gujarat on Sunday.", "IND"),
])
def test_a_country_or_region_named_as_the_place_struck_is_a_target(
        nlp: Language, text: str, place: str) -> None:
    assert {c.event.target.code for c in candidates(nlp, text)
            if c.place and c.event.target is not None} == {place}


def test_the_country_a_visit_goes_to_is_its_target(nlp: Language) -> None:
    found = candidates(nlp, "The Japanese foreign minister arrived in Kenya on Monday.")
    assert {(c.event.cameo, c.event.target.code) for c in found
            if c.place and c.event.target is not None} == {("042", "KEN")}


def test_visit_codes_are_codes_of_the_ontology() -> None:
    assert load_visit_codes()
    assert all(code in load_ontology() for code in load_visit_codes())
