"""Each claim the claim finder finds is also an event candidate of its claimant toward its
addressee, at the word that makes the claim, in a group of its own, coded by the act it names in
the frame its kind and negation give it, and marked for the decision stage with the kind, the
act's root and the negation."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import make_actor_resolver
from tacitus.evaluation.records import sentence_article
from tacitus.events.candidates import CLAIMED_CONSTRUCTION, Candidate, find_candidates
from tacitus.events.claimed_acts import CLAIM_READINGS, NO_FRAME
from tacitus.events.lexicon import FRAME_NAMES, load_frames, load_lexicon
from tacitus.events.ontology import load_ontology
from tacitus.model import CLAIM_KINDS, Claim
from tacitus.quotes import make_claim_finder

Triple = tuple[str, str, str]


def candidates(nlp: Language, text: str, *, with_claims: bool = True
               ) -> tuple[Candidate, ...]:
    """The candidates of ``text``, read with the claims the claim finder finds, or with none."""
    article = sentence_article(text, record_id="t", on_date=date(2023, 6, 7))
    doc = nlp(text)
    mentions = make_actor_resolver()(doc, article.date)
    claims: tuple[Claim, ...] = (make_claim_finder()(doc, mentions, article)
                                 if with_claims else ())
    return find_candidates(doc, mentions, (), article, lexicon=load_lexicon(),
                           frames=load_frames(), ontology=load_ontology(), claims=claims)


def claimed(nlp: Language, text: str) -> set[Triple]:
    """The claimed-act candidates of ``text`` (source, root, target or "")."""
    return {_triple(c) for c in candidates(nlp, text) if c.construction == CLAIMED_CONSTRUCTION}


def _triple(candidate: Candidate) -> Triple:
    event = candidate.event
    return (event.source.code, event.cameo[:2],
            event.target.code if event.target is not None else "")


def test_every_claim_kind_has_a_reading_negated_or_not() -> None:
    ontology = load_ontology()
    assert set(CLAIM_READINGS) == {(kind, negated) for kind in CLAIM_KINDS
                                   for negated in (False, True)}
    assert all(code in ontology for _, code in CLAIM_READINGS.values() if code != NO_FRAME)
    assert all(frame in (*FRAME_NAMES, NO_FRAME) for frame, _ in CLAIM_READINGS.values())


@pytest.mark.parametrize(("text", "expected"), [
    # a demand in a quote, the speaker named after it
    ('"The Ugandan government must release the prisoners at once," the Kenyan foreign '
     'minister said on Monday.', ("KENGOV", "10", "UGAGOV")),
    # an appeal made by a verb of asking (the lexicon's trigger reads the same event)
    ("The Kenyan foreign minister on Monday urged the Ugandan government to reopen the "
     "border crossings.", ("KENGOV", "02", "UGAGOV")),
    # a threat, addressed to the side whose envoy it strikes
    ("The Kenyan foreign minister on Monday threatened to expel the Ugandan ambassador.",
     ("KENGOV", "13", "UGAGOV")),
])
def test_a_claim_is_its_claimants_act(nlp: Language, text: str, expected: Triple) -> None:
    assert expected in {_triple(c) for c in candidates(nlp, text)}


@pytest.mark.parametrize("text", [
    # a promise, an offer or a denial is no claimed act (measured: on the real-news train split
    # such readings were right about one time in three)
    "The Kenyan foreign minister said on Monday that Kenya would suspend all contacts with the "
    "Ugandan government.",
    "The Kenyan foreign minister said on Monday that Kenya would not take part in the "
    "conference hosted by the Ugandan government.",
])
def test_a_commitment_is_no_claimed_act(nlp: Language, text: str) -> None:
    assert not claimed(nlp, text)


def test_a_demand_is_coded_by_the_act_it_asks_for(nlp: Language) -> None:
    found = [c for c in candidates(nlp, '"The Ugandan government must release the prisoners '
                                        'at once," the Kenyan foreign minister said on Monday.')
             if c.construction == CLAIMED_CONSTRUCTION]
    # a release asked for: the demand frame's code for it
    assert {(c.event.cameo, c.event.target.code if c.event.target else "") for c in found} == {
        ("1053", "UGAGOV")}


def test_a_claimed_act_is_marked_with_its_kind_act_and_negation(nlp: Language) -> None:
    found = candidates(nlp, '"The Ugandan government must not close the border crossings," '
                            'the Kenyan foreign minister said on Monday.')
    marks = {mark for c in found if c.construction == CLAIMED_CONSTRUCTION for mark in c.marks}
    assert {"claim_kind=demand", "claim_negated=True"} <= marks
    asked = candidates(nlp, '"The Ugandan government must release the prisoners at once," the '
                            'Kenyan foreign minister said on Monday.')
    marks = {mark for c in asked if c.construction == CLAIMED_CONSTRUCTION for mark in c.marks}
    assert {"claim_act=08", "claim_negated=False"} <= marks
    # the other constructions carry no marks
    assert all(not c.marks for c in asked if c.construction != CLAIMED_CONSTRUCTION)


def test_a_claimed_act_keeps_a_group_of_its_own(nlp: Language) -> None:
    found = candidates(nlp, '"The Ugandan government must release the prisoners at once," '
                            'the Kenyan foreign minister said on Monday.')
    made = [c for c in found if c.construction == CLAIMED_CONSTRUCTION]
    assert made
    assert all(c.group.endswith(f":{CLAIMED_CONSTRUCTION}") for c in made)
    # the trigger's own readings stay in their group
    assert all(not c.group.endswith(f":{CLAIMED_CONSTRUCTION}") for c in found
               if c.construction != CLAIMED_CONSTRUCTION)


def test_without_claims_no_claimed_act(nlp: Language) -> None:
    found = candidates(nlp, '"The Ugandan government must release the prisoners at once," '
                            'the Kenyan foreign minister said.', with_claims=False)
    assert not any(c.construction == CLAIMED_CONSTRUCTION for c in found)


def test_a_sentence_with_no_claim_has_no_claimed_act(nlp: Language) -> None:
    assert not claimed(nlp, "The Kenyan foreign minister arrived in Kampala on Monday for a "
                            "two-day visit.")
