"""The full code of disapproval put in words: docs/annotation.md codes criticism (111) and
leaves "disapprove, not specified" (110) to no word, so the lexicon does too."""

from __future__ import annotations

import pytest
from events_mentions import code_text, triples
from spacy.language import Language

WORLD = {"Egypt": "EGY", "Greece": "GRC", "Chile": "CHL", "Spain": "ESP", "French": "FRA",
         "Turkish": "TUR", "Peruvian": "PER", "British": "GBR"}


@pytest.mark.parametrize("sentence", [
    "Egypt opposed the French plan for the canal.",
    "Greece objected to the Turkish survey in the Aegean.",
    "Chile voiced opposition to the Peruvian claim.",
    "Spain regretted the British decision on the rock.",
])
def test_disapproval_in_words_is_coded_as_criticism(nlp: Language, sentence: str) -> None:
    codes = {code for _, _, code in triples(code_text(nlp, sentence, WORLD))}
    assert codes == {"111"}
