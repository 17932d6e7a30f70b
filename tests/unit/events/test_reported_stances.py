"""Stances reported through a verb of feeling or an adjective ("said it feared …", "was critical
of …", "are concerned about …") are candidates from the speaker to the actor they are about, as
docs/annotation.md codes speech acts (012 concern, 111 criticism, 051 praise); and a speaker who
says it would use force on a condition threatens (13)."""

from __future__ import annotations

from datetime import date

import pytest
from events_mentions import code_text
from events_mentions import triples as coded_triples
from spacy.language import Language

from tacitus.actors import make_actor_resolver
from tacitus.evaluation.records import sentence_article
from tacitus.events.candidates import Candidate, find_candidates
from tacitus.events.decision_features import candidate_features
from tacitus.events.lexicon import load_frames, load_lexicon
from tacitus.events.lexicon_matching import match_adjective
from tacitus.events.ontology import load_ontology
from tacitus.events.reporting import speaker_is_subject


def candidates(nlp: Language, text: str) -> tuple[Candidate, ...]:
    article = sentence_article(text, record_id="t", on_date=date(2023, 6, 7))
    doc = nlp(text)
    mentions = make_actor_resolver()(doc, article.date)
    return find_candidates(doc, mentions, (), article, lexicon=load_lexicon(),
                           frames=load_frames(), ontology=load_ontology())


def triples(found: tuple[Candidate, ...]) -> set[tuple[str, str, str | None]]:
    return {(c.event.source.code[:3], c.event.cameo,
             c.event.target.code[:3] if c.event.target else None) for c in found}


@pytest.mark.parametrize(("text", "expected"), [
    ("The French foreign minister was sharply critical of Turkey.", ("FRA", "111", "TUR")),
    ("Germany is deeply concerned about Iran's missile tests.", ("DEU", "012", "IRN")),
    ("Kenya said it was grateful to Japan for the loan.", ("KEN", "051", "JPN")),
    ("Norway fears that Russia will close the border.", ("NOR", "012", "RUS")),
    # a protest lodged with another government is an official complaint, not a demonstration
    ("Chile protested to Peru over the arrest of its fishermen.", ("CHL", "114", "PER")),
])
def test_a_stance_is_a_candidate_from_who_holds_it(nlp: Language, text: str,
                                                    expected: tuple[str, str, str]) -> None:
    assert expected in triples(candidates(nlp, text))


def test_the_speaker_of_a_pronoun_subject_holds_the_stance(nlp: Language) -> None:
    text = "The Finnish president said she feared that Russia would close the border."
    found = triples(candidates(nlp, text))
    assert ("FIN", "012", "RUS") in found
    head = next(token for token in nlp(text) if token.lower_ == "feared")
    assert speaker_is_subject(head)


def test_a_speaker_is_still_no_participant_of_an_act_told_of_others(nlp: Language) -> None:
    text = "The Finnish president said Russian troops closed the border."
    head = next(token for token in nlp(text) if token.lower_ == "closed")
    assert not speaker_is_subject(head)


def test_an_attributive_adjective_predicates_nothing(nlp: Language) -> None:
    doc = nlp("A critical report of the ministry was published.")
    assert match_adjective(doc[1], load_lexicon()) is None
    predicated = nlp("The report was critical of the ministry.")
    trigger = match_adjective(predicated[3], load_lexicon())
    assert trigger is not None and trigger.head.lower_ == "was" and trigger.cameo == "111"


def test_the_speaker_source_is_a_feature(nlp: Language) -> None:
    text = "The Finnish president said she feared that Russia would close the border."
    article = sentence_article(text, record_id="t", on_date=date(2023, 6, 7))
    doc = nlp(text)
    mentions = make_actor_resolver()(doc, article.date)
    found = find_candidates(doc, mentions, (), article, lexicon=load_lexicon(),
                            frames=load_frames(), ontology=load_ontology())
    feared = [c for c in found
              if c.event.cameo == "012" and c.event.source.code.startswith("FIN")]
    assert feared
    features = candidate_features(doc, feared[0], mentions, article, topic=0.9)
    assert "source=speaker|01" in features


CONDITION_ACTORS = {"Israel": "ISR", "Hezbollah": "HEZ", "Lebanon": "LBN", "it": "ISR"}


def test_force_a_speaker_says_it_would_use_on_a_condition_is_a_threat(nlp: Language) -> None:
    found = coded_triples(code_text(
        nlp, "Israel said it would strike Hezbollah if the rockets did not stop.",
        CONDITION_ACTORS))
    assert any(source == "ISR" and target == "HEZ" and code.startswith("13")
               for source, target, code in found)


@pytest.mark.parametrize("sentence", [
    # help on a condition threatens nothing; a refusal on a condition is no threat either
    "Israel said it would send aid to Lebanon if asked.",
    "Israel said it would not strike Hezbollah if the rockets stopped.",
    # force the speaker says another would use is no threat of the speaker's
    "Israel said Hezbollah would strike Lebanon if the talks failed.",
])
def test_other_conditional_acts_stay_uncoded(nlp: Language, sentence: str) -> None:
    assert not any(code.startswith("13") for *_, code in
                   coded_triples(code_text(nlp, sentence, CONDITION_ACTORS)))
