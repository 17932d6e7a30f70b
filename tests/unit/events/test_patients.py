"""Whom an act is done to is never its doer (``tacitus.events.patients``)."""

from __future__ import annotations

import pytest
from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.events.patients import patient_tokens


def _words_of(nlp: Language, text: str, trigger: str, cameo: str) -> set[str]:
    doc = nlp(text)
    head = next(token for token in doc if token.text == trigger)
    return {doc[index].text for index in patient_tokens(head, cameo)}


@pytest.mark.parametrize(("text", "trigger", "cameo", "inside", "outside"), [
    # a passive subject, not the "by" agent
    ("Four Kenyan journalists were detained by Ugandan police on Monday.", "detained", "173",
     {"journalists", "Kenyan"}, {"police", "Ugandan"}),
    ("Two Thai fishermen were seized by the Burmese navy near the coast.", "seized", "181",
     {"fishermen", "Thai"}, {"navy", "Burmese"}),
    # a coordinated participle takes the first one's subject
    ("Three Colombian engineers were kidnapped and later released by the rebels.", "released",
     "084", {"engineers"}, {"rebels"}),
    # a clause inside the subject keeps its own actors
    ("Kurdish fighters seized by Turkey were held for days.", "held", "173", {"fighters"},
     {"Turkey"}),
    # the "of" phrase of an act of force, not its possessor
    ("Israel's arrest of the Palestinian minister drew protests.", "arrest", "173",
     {"minister", "Palestinian"}, {"Israel"}),
    ("The killing of two Afghan guards angered Kabul.", "killing", "18", {"guards"}, {"Kabul"}),
])
def test_patient_tokens_name_whom_the_act_is_done_to(
        nlp: Language, text: str, trigger: str, cameo: str, inside: set[str],
        outside: set[str]) -> None:
    words = _words_of(nlp, text, trigger, cameo)
    assert inside <= words
    assert not outside & words


@pytest.mark.parametrize(("text", "trigger", "cameo"), [
    # active subjects are doers
    ("Ugandan police detained four Kenyan journalists on Monday.", "police", "173"),
    # the "of" phrase of a visit names its doer: not an act of force
    ("The visit of the Chinese president to Moscow ended on Friday.", "visit", "042"),
])
def test_no_patient_where_the_parse_names_none(nlp: Language, text: str, trigger: str,
                                               cameo: str) -> None:
    doc = nlp(text)
    head = next(token for token in doc if token.text == trigger)
    assert not patient_tokens(head, cameo) & {token.i for token in doc if token.dep_ == "nsubj"}
    if trigger == "visit":
        assert not patient_tokens(head, cameo)


@pytest.mark.parametrize(("text", "trigger", "patient"), [
    ("Four Kenyan journalists were detained by Ugandan police on Monday.", "detained",
     "KENMED"),
    ("Five Chilean students were arrested in La Paz on Sunday.", "arrested", "CHLEDU"),
    ("A Sudanese official was expelled from the country on Friday.", "expelled", "SDNGOV"),
])
def test_a_patient_is_no_candidate_source(nlp: Language, text: str, trigger: str,
                                          patient: str) -> None:
    _, _, mentions, candidates = text_candidates(nlp, text)
    assert any(mention.actor.code == patient for mention in mentions)
    acts = [c for c in candidates if c.event.trigger == trigger]
    assert acts
    assert not any(c.event.source.code == patient for c in acts)
    assert any(c.event.target is not None and c.event.target.code == patient for c in acts)
