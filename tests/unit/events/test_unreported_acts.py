"""Acts a clause names without reporting them: asked about ("it is unclear whether Brazil will
sign"), left undone ("without consulting Uganda"), or out of reach ("is unlikely to send
troops", "was not ready to attack"). None of them is an event; the same acts reported plainly
are."""

from __future__ import annotations

import pytest
from decision_candidates import candidate_roots
from spacy.language import Language


@pytest.mark.parametrize(("text", "source", "target", "root"), [
    ("Analysts said it is unclear whether Brazil will sign the accord with Argentina.",
     "BRA", "ARG", "03"),
    ("Diplomats asked whether Ghana would recognise the new government of Togo.",
     "GHA", "TGO", "05"),
    ("The Kenyan government approved the plan on Monday without consulting Uganda.",
     "KEN", "UGA", "04"),
    ("France is unlikely to send troops to Mali, the French defence minister said.",
     "FRA", "MLI", "15"),
    ("Officials said Peru was unable to reach an agreement with Chile.", "PER", "CHL", "05"),
    # read as a threat before: "ready to attack" with the readiness denied is none
    ("Officials in Nairobi said Kenya was not ready to attack the rebels in Somalia.",
     "KEN", "", "13"),
])
def test_an_act_asked_about_left_undone_or_out_of_reach_is_no_event(
        nlp: Language, text: str, source: str, target: str, root: str) -> None:
    assert root not in candidate_roots(nlp, text, source, target)


@pytest.mark.parametrize(("text", "source", "target", "root"), [
    ("Brazil signed the accord with Argentina on Monday.", "BRA", "ARG", "05"),
    ("The Kenyan government consulted Uganda before it approved the plan.", "KEN", "UGA", "04"),
    ("France sent troops to Mali on Friday, the French defence minister said.",
     "FRA", "MLI", "15"),
    ("Kenya was ready and attacked the rebels in Somalia on Sunday.", "KEN", "SOM", "19"),
])
def test_the_same_acts_reported_plainly_are_events(
        nlp: Language, text: str, source: str, target: str, root: str) -> None:
    assert root in candidate_roots(nlp, text, source, target)
