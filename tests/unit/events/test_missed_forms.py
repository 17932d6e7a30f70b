"""Candidates for forms the generator missed: a reported act read as the speaker's accusation, a
reported obligation read as an appeal too, an event noun of force with no doer named in its own
phrase read from the unknown actor wherever it stands, and stances a verb and its object give
("expressed satisfaction", "took exception to", "reaffirmed its determination")."""

from __future__ import annotations

import pytest
from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.events.allegations import accusation_code
from tacitus.events.unnamed import is_unnamed


def _readings(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    _, _, _, candidates = text_candidates(nlp, text)
    return {(c.event.source.code, c.event.cameo, c.event.target.code if c.event.target else "")
            for c in candidates}


@pytest.mark.parametrize(("cameo", "code"), [("128", "112"), ("1831", "112"), ("190", "112"),
                                             ("040", None), ("020", None)])
def test_which_reported_acts_may_be_accusations(cameo: str, code: str | None) -> None:
    assert accusation_code(cameo) == code


def test_a_reported_attack_is_also_the_speakers_accusation(nlp: Language) -> None:
    found = _readings(nlp, "Kenya said Somali militants attacked a Kenyan border post on Monday.")
    accusations = {(s, t) for s, code, t in found if code == "112"}
    assert any(s.startswith("KEN") and t.startswith("SOM") for s, t in accusations)
    # the attack itself stays a candidate: the decision stage chooses
    assert any(code.startswith("1") and code[:2] in {"18", "19"} for _, code, _ in found)


@pytest.mark.parametrize("text", [
    "Somali militants attacked a Kenyan border post on Monday.",
    "Kenya said it attacked a militant camp in Somalia on Monday.",
])
def test_an_act_not_reported_of_another_accuses_nobody(nlp: Language, text: str) -> None:
    assert not any(code == "112" for _, code, _ in _readings(nlp, text))


def test_a_reported_obligation_is_read_as_a_demand_and_as_an_appeal(nlp: Language) -> None:
    found = _readings(nlp, "Chile's foreign minister said Peru should release the fishermen.")
    codes = {code[:2] for source, code, target in found
             if source.startswith("CHL") and target.startswith("PER")}
    assert {"10", "02"} <= codes


def test_a_plain_demand_is_not_read_as_an_appeal(nlp: Language) -> None:
    found = _readings(nlp, "Chile demanded the release of the fishermen held by Peru.")
    assert not any(code.startswith("02") for _, code, _ in found)


@pytest.mark.parametrize("text", [
    "Nine Kenyan policemen were wounded in a blast near Garissa on Sunday.",
    "A powerful explosion was set off outside the Kenyan parliament in Nairobi on Sunday.",
])
def test_an_event_noun_of_force_without_its_doer_is_read_from_the_unknown_actor(
        nlp: Language, text: str) -> None:
    _, _, _, candidates = text_candidates(nlp, text)
    assert any(is_unnamed(c.event.source) and c.event.cameo.startswith("18")
               and c.event.target is not None for c in candidates)


def test_an_event_noun_that_names_its_doer_has_no_unknown_actor(nlp: Language) -> None:
    _, _, _, candidates = text_candidates(
        nlp, "Nine Kenyan policemen were wounded in a Somali militant bombing near Garissa.")
    assert not any(is_unnamed(c.event.source) and c.event.trigger.lower().endswith("bombing")
                   for c in candidates)


def test_the_means_a_named_doer_wields_has_no_unknown_actor(nlp: Language) -> None:
    # the weapon belongs to the verb's named subject: no unknown doer strikes Iran with it
    _, _, _, candidates = text_candidates(
        nlp, "Iran hit a refinery near Basra with ballistic missiles on Monday.")
    assert not any(is_unnamed(c.event.source) for c in candidates)


@pytest.mark.parametrize(("text", "root"), [
    ("The Nepalese king expressed satisfaction at India's decision on the border.", "05"),
    ("The Indian opposition took strong exception to Nepal's remarks on the border.", "11"),
    ("Bhutan reaffirmed its determination to continue the dialogue with Nepal.", "03"),
    ("The Tibetan envoy contradicted claims by China that the talks had failed.", "01"),
])
def test_a_stance_given_by_a_verb_and_its_object_is_read(nlp: Language, text: str,
                                                         root: str) -> None:
    assert any(code.startswith(root) and source and target
               for source, code, target in _readings(nlp, text))
