"""A statement as such is no event (docs/annotation.md: no 010); what it does is."""

from __future__ import annotations

import pytest
from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.events.lexicon import load_lexicon


@pytest.mark.parametrize(("text", "code", "coded"), [
    ("The Swedish foreign ministry said in a statement that the border would stay open.",
     "010", False),
    ("The Norwegian minister told reporters in Oslo that the talks had gone well.", "010", False),
    ("Sweden held a news conference on the fishing quotas on Monday.", "010", False),
    ("In a statement, Sweden accused Norway of violating the fishing treaty.", "112", True),
])
def test_a_statement_is_no_event_what_it_does_is(nlp: Language, text: str, code: str,
                                                coded: bool) -> None:
    _, _, _, candidates = text_candidates(nlp, text)
    assert any(candidate.event.cameo.startswith(code) for candidate in candidates) is coded


def test_the_lexicon_codes_no_plain_statement() -> None:
    assert not any(entry.cameo == "010" for entry in load_lexicon().entries)
