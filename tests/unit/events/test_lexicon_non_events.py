"""Words that name no act of their own: a statement as such (docs/annotation.md: no 010; what it
does is coded) and a standing condition, a war or unrest (waging or declaring one is coded)."""

from __future__ import annotations

import pytest
from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.events.lexicon import load_lexicon


@pytest.mark.parametrize(("text", "code", "trigger", "coded"), [
    ("The Swedish foreign ministry said in a statement that the border would stay open.",
     "010", None, False),
    ("The Norwegian minister told reporters in Oslo that the talks had gone well.",
     "010", None, False),
    ("Sweden held a news conference on the fishing quotas on Monday.", "010", None, False),
    ("In a statement, Sweden accused Norway of violating the fishing treaty.", "112", None, True),
    ("Most Swedes opposed the long war between Norway and Denmark.", "19", "war", False),
    ("Sweden fears the unrest in Norway could spread across the border.", "14", "unrest", False),
    ("Norway declared war on Denmark on Tuesday.", "19", "declared war", True),
])
def test_words_that_name_no_act(nlp: Language, text: str, code: str, trigger: str | None,
                                coded: bool) -> None:
    _, _, _, candidates = text_candidates(nlp, text)
    assert any(candidate.event.cameo.startswith(code)
               and trigger in (None, candidate.event.trigger)
               for candidate in candidates) is coded


def test_the_lexicon_codes_no_plain_statement() -> None:
    assert not any(entry.cameo == "010" for entry in load_lexicon().entries)
