"""A wire story's first sentence starts after its header's bracketed tags."""

from __future__ import annotations

import pytest
from spacy.language import Language


def sentence_of(nlp: Language, text: str, word: str) -> str:
    doc = nlp(text)
    return next(token.sent.text.strip() for token in doc if token.text == word)


@pytest.mark.parametrize(("text", "first_words"), [
    ("   QUITO, 5 JUN 89 (EFE) -- [TEXT] THE TEACHERS' UNION TODAY SAID THE STRIKE\n"
     "WILL GO ON.\n", "THE TEACHERS' UNION"),
    ("   LIMA, 2 AUG 89 (RADIO PACIFICO) -- [COMMENTARY] [JUAN SOTO] [TEXT] THE\n"
     "MINERS TODAY ENDED THEIR STRIKE.\n", "THE\nMINERS"),
    ("   BOGOTA, 7 SEP 89 (EFE) -- [EXCERPTS] A BOMB EXPLODED IN A BANK TODAY.\n",
     "A BOMB EXPLODED"),
])
def test_the_story_starts_after_the_tags(nlp: Language, text: str, first_words: str) -> None:
    assert sentence_of(nlp, text, "TODAY").startswith(first_words)


def test_a_bracket_inside_the_story_starts_no_sentence(nlp: Language) -> None:
    text = ("KABUL - The governor of the province [Helmand] said the road was open.\n")
    assert sentence_of(nlp, text, "road").startswith("KABUL")


def test_the_component_runs_before_the_parser(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("tacitus_wire_headers") < names.index("parser")
