"""How far a negation, a modal or a denial reaches (``tacitus.events.scope`` and
``tacitus.events.framing``): a bare conjunct shares its first verb's negation and modal ("did not
sign or ratify"), the object of a negated trigger is no event ("has not received the aid"), an
act in a report that is rejected or disproved is none ("denied reports that …", "no evidence
that …"), nor is the act of a noun that is negated or undone ("has no plans to send troops") or
the purpose of an act not done ("did not go to Geneva to sign"), and a threat that states its
condition is made ("threatened … unless …"). The same acts told plainly, or set against the
negation, are events."""

from __future__ import annotations

import pytest
from decision_candidates import candidate_roots
from spacy.language import Language

from tacitus.events.scope import in_denied_report, in_undone_complement, sharing_conjunct


@pytest.mark.parametrize(("text", "source", "target", "root"), [
    ("France will not send troops or impose sanctions on Mali.", "FRA", "MLI", "16"),
    ("Chile did not sign or ratify the accord with Bolivia.", "CHL", "BOL", "05"),
    ("Iran has not received the aid from Japan.", "JPN", "IRN", "07"),
    ("Ghana could expel and sanction the Togolese envoy.", "GHA", "TGO", "16"),
    ("India denied reports that its army had shelled Pakistani villages.", "IND", "PAK", "19"),
    ("Rwanda rejected allegations that its troops had attacked Burundi.", "RWA", "BDI", "19"),
    ("There is no evidence that Iran attacked the Saudi tanker.", "IRN", "SAU", "19"),
    ("North Korea would threaten South Korea if the drills went ahead.", "PRK", "KOR", "13"),
    ("Japan has no plans to send troops to Ukraine.", "JPN", "UKR", "15"),
    ("Uganda said it had no intention of attacking Kenya.", "UGA", "KEN", "19"),
    ("Egypt rejected a Turkish offer to mediate between Egypt and Libya.", "TUR", "EGY", "04"),
    ("Egypt rejected a Turkish offer to host a summit with Libya.", "TUR", "", "04"),
    ("Iran did not send envoys to Geneva to sign the accord with Iraq.", "IRN", "IRQ", "05"),
    ("Kenya has no plans to travel to Mogadishu to meet the Somali president.",
     "KEN", "SOM", "04"),
])
def test_an_act_in_the_scope_of_a_negation_modal_or_denial_is_no_event(
        nlp: Language, text: str, source: str, target: str, root: str) -> None:
    assert root not in candidate_roots(nlp, text, source, target)


@pytest.mark.parametrize(("text", "source", "target", "root"), [
    ("France sent troops and imposed sanctions on Mali.", "FRA", "MLI", "16"),
    ("Iran seized the tanker and arrested its British crew but did not harm them.",
     "IRN", "GBR", "17"),
    ("Syria did not retreat but shelled Turkish positions on Monday.", "SYR", "TUR", "19"),
    ("Iran has received the aid from Japan.", "JPN", "IRN", "07"),
    ("India confirmed reports that its army had shelled Pakistani villages.",
     "IND", "PAK", "19"),
    ("It is no secret that Russia supplied weapons to Syria.", "RUS", "SYR", "07"),
    ("North Korea threatened South Korea with war if the drills went ahead.",
     "PRK", "KOR", "13"),
    ("Hamas threatened on Sunday to kill the Israeli hostages unless Israel freed its prisoners.",
     "HMS", "ISR", "13"),
    ("Egypt welcomed the Turkish decision to mediate between Egypt and Libya.",
     "TUR", "EGY", "04"),
    ("Turkey hosted a summit with Libya on Monday.", "TUR", "", "04"),
    ("Iran sent envoys to Geneva to sign the accord with Iraq.", "IRN", "IRQ", "05"),
])
def test_the_same_acts_told_plainly_or_set_against_it_are_events(
        nlp: Language, text: str, source: str, target: str, root: str) -> None:
    assert root in candidate_roots(nlp, text, source, target)


@pytest.mark.parametrize(("text", "verb", "first"), [
    ("Chile did not sign or ratify the accord.", "ratify", "sign"),
    ("The envoys were not arrested or charged.", "charged", "arrested"),
    ("Kenya will visit and meet the Somali president.", "meet", "visit"),
    # a finite second verb, its own subject, or a contrast: a second act
    ("Syria did not retreat and shelled the town.", "shelled", None),
    ("Chile did not sign and Peru ratified the accord.", "ratified", None),
    ("The envoys were not killed but wounded.", "wounded", None),
])
def test_a_bare_conjunct_shares_its_first_verbs_auxiliaries(
        nlp: Language, text: str, verb: str, first: str | None) -> None:
    token = next(token for token in nlp(text) if token.text == verb)
    shared = sharing_conjunct(token)
    assert (shared.text if shared is not None else None) == first


@pytest.mark.parametrize(("text", "verb", "denied"), [
    ("Kenya dismissed claims that it had armed the rebels.", "armed", True),
    ("There was no proof that the army shelled the town.", "shelled", True),
    ("There is no truth in reports that the army shelled the town.", "shelled", True),
    ("Kenya did not dispute claims that it had armed the rebels.", "armed", False),
    ("There is no doubt that the army shelled the town.", "shelled", False),
    ("Kenya confirmed reports that it had armed the rebels.", "armed", False),
])
def test_a_report_that_is_rejected_or_disproved_is_denied(
        nlp: Language, text: str, verb: str, denied: bool) -> None:
    token = next(token for token in nlp(text) if token.text == verb)
    assert in_denied_report(token) is denied


@pytest.mark.parametrize(("text", "verb", "undone"), [
    ("Kenya has no plans to send troops.", "send", True),
    ("Kenya has no interest in meeting the rebels.", "meeting", True),
    ("Kenya did not make any effort to free them.", "free", True),
    ("Kenya wants a deal to end the war.", "end", True),
    ("Officials had no knowledge of any efforts to arrest him.", "arrest", True),
    ("Kenya announced plans to send troops.", "send", False),
    ("Kenya made an effort to free them.", "free", False),
    ("The envoy criticised the deal for rejecting the ceasefire.", "rejecting", False),
])
def test_the_act_of_a_negated_or_undone_noun_is_not_done(
        nlp: Language, text: str, verb: str, undone: bool) -> None:
    token = next(token for token in nlp(text) if token.text == verb)
    assert in_undone_complement(token) is undone
