"""Each claim the claim finder finds is also an event candidate of its claimant toward its
addressee, coded by its kind, at the word that makes the claim, in a group of its own."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import make_actor_resolver
from tacitus.evaluation.records import sentence_article
from tacitus.events.candidates import CLAIMED_CONSTRUCTION, Candidate, find_candidates
from tacitus.events.claimed_acts import CLAIM_CODES
from tacitus.events.lexicon import load_frames, load_lexicon
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
    return {(c.event.source.code, c.event.cameo[:2],
             c.event.target.code if c.event.target is not None else "")
            for c in candidates(nlp, text) if c.construction == CLAIMED_CONSTRUCTION}


def test_every_claim_kind_reads_as_a_known_code() -> None:
    ontology = load_ontology()
    assert set(CLAIM_CODES) == set(CLAIM_KINDS)
    assert all(code in ontology for code in CLAIM_CODES.values())


@pytest.mark.parametrize(("text", "expected"), [
    # a demand in a quote, the speaker named after it
    ('"The Ugandan government must release the prisoners at once," the Kenyan foreign '
     'minister said on Monday.', ("KENGOV", "10", "UGAGOV")),
    # an appeal made by a verb of asking
    ("The Kenyan foreign minister on Monday urged the Ugandan government to reopen the "
     "border crossings.", ("KENGOV", "02", "UGAGOV")),
    # a threat, addressed to the side whose envoy it strikes
    ("The Kenyan foreign minister on Monday threatened to expel the Ugandan ambassador.",
     ("KENGOV", "13", "UGAGOV")),
])
def test_a_claim_is_its_claimants_act(nlp: Language, text: str, expected: Triple) -> None:
    assert expected in claimed(nlp, text)


def test_a_claimed_act_keeps_a_group_of_its_own(nlp: Language) -> None:
    found = candidates(nlp, "The Kenyan foreign minister on Monday urged the Ugandan "
                            "government to reopen the border crossings.")
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
