"""Whom an act is done to is never its doer (``tacitus.events.patients``), and the roles the parse
gives a candidate's actors reach the decision stage (``tacitus.events.actor_roles``)."""

from __future__ import annotations

import pytest
from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.events.actor_roles import role_features
from tacitus.events.background import trigger_head
from tacitus.events.candidates import Candidate
from tacitus.events.patients import patient_tokens
from tacitus.model import ActorMention


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


def _roles_of(nlp: Language, text: str, source: str, target: str | None,
              root: str) -> set[str]:
    _, doc, mentions, candidates = text_candidates(nlp, text)
    candidate = next(c for c in candidates if c.event.source.code == source
                     and (c.event.target.code if c.event.target else None) == target
                     and c.event.cameo[:2] == root)
    return {feature for feature in role_features(trigger_head(doc, candidate.event),
                                                 candidate, _nearest(candidate, mentions),
                                                 mentions)
            if "|" not in feature}


def _nearest(candidate: Candidate, mentions: tuple[ActorMention, ...]) -> ActorMention | None:
    event = candidate.event
    return min((m for m in mentions if m.actor == event.source),
               key=lambda m: abs(m.start - event.trigger_start), default=None)


@pytest.mark.parametrize(("text", "source", "target", "root", "expected"), [
    ("Four Kenyan journalists were detained by Ugandan police on Monday.", "UGACOP", "KENMED",
     "17", {"source_role=agent", "target_role=patient"}),
    ("Israel's arrest of the Palestinian minister drew protests.", "ISR", "PSEGOV", "17",
     {"source_role=possessor", "target_role=patient", "target_role=prep_of"}),
    ("Ethiopia signed a trade deal with Kenya in Nairobi on Monday.", "ETH", "KEN", "06",
     {"target_role=prep_with"}),
])
def test_role_features_name_the_parse_roles(nlp: Language, text: str, source: str,
                                            target: str, root: str,
                                            expected: set[str]) -> None:
    assert expected <= _roles_of(nlp, text, source, target, root)


@pytest.mark.parametrize(("text", "source", "target", "word"), [
    ("Turkish jets bombed Kurdish villages in Iraq and Syria on Sunday.", "TURMIL", "SYR", "in"),
    ("Kenyan troops fought militants across Somalia and Ethiopia last week.", "KENMIL", "ETH",
     "across"),
])
def test_a_country_named_as_the_place_is_a_setting(nlp: Language, text: str, source: str,
                                                   target: str, word: str) -> None:
    assert {"target_role=setting", f"target_role=prep_{word}"} <= _roles_of(
        nlp, text, source, target, "19")


@pytest.mark.parametrize(("text", "inner", "party", "root"), [
    ("Hamza Ali, the leader of Hamas, criticised Israel on Monday.", "HMS", "ISR", "11"),
    ("Ali Reza, the envoy of the United Nations, criticised Iran on Tuesday.", "UNO", "IRN", "11"),
])
def test_an_actor_inside_the_others_phrase_is_nested(nlp: Language, text: str, inner: str,
                                                     party: str, root: str) -> None:
    _, doc, mentions, candidates = text_candidates(nlp, text)
    pairs = [c for c in candidates if c.event.target is not None and c.event.cameo[:2] == root
             and c.event.source.code != c.event.target.code]

    def nested(candidate: Candidate) -> bool:
        return "pair=nested" in role_features(trigger_head(doc, candidate.event), candidate,
                                              _nearest(candidate, mentions), mentions)

    codes = [{c.event.source.code, c.event.target.code} for c in pairs]
    assert any(inner in pair and party not in pair and nested(c)
               for c, pair in zip(pairs, codes, strict=True))
    # the act's other party is no one's affiliation
    assert not any(party in pair and nested(c) for c, pair in zip(pairs, codes, strict=True))
