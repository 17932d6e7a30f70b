"""Labels: a labelling verb is coded by the label it gives ("called the raid barbaric" is a
criticism), and a label that neither condemns nor praises codes nothing (no phone call)."""

from __future__ import annotations

import pytest
from events_mentions import code_text, triples
from spacy.language import Language

ACTORS = {"Ghana": "GHA", "Togo": "TGO", "the minister": "GHAGOV", "Accra": "GHA"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The minister called the raid barbaric.", ("GHAGOV", None, "111")),
    ("Ghana termed Togo's border closure \"utterly unacceptable\".", ("GHA", "TGO", "111")),
    ("The minister described Togo as a champion of regional trade.", ("GHAGOV", "TGO", "051")),
    ("Ghana branded Togo a dictatorship's puppet and a criminal state.", ("GHA", "TGO", "111")),
    # a speaker says what the subject of its complement is
    ("The minister said that Togo's border closure was utterly unacceptable.",
     ("GHAGOV", "TGO", "111")),
    ("Ghana said Togo's offer of talks was a welcome move.", ("GHA", "TGO", "051")),
])
def test_a_label_codes_the_act(nlp: Language, sentence: str,
                               expected: tuple[str, str, str]) -> None:
    assert expected in triples(code_text(nlp, sentence, ACTORS))


@pytest.mark.parametrize("sentence", [
    "The minister called Togo an important trading partner.",
    "Ghana described Togo as a neighbour.",
    "The minister said that Togo's border closure was not unacceptable.",
    "The minister said that Togo's border closure was temporary.",
])
def test_a_neutral_label_codes_nothing(nlp: Language, sentence: str) -> None:
    assert not triples(code_text(nlp, sentence, ACTORS))


@pytest.mark.parametrize("sentence", [
    "Ghana called Togo on Monday.",
    "Ghana called Togo's president to discuss trade.",
])
def test_a_call_without_a_label_is_still_read_by_the_lexicon(nlp: Language,
                                                            sentence: str) -> None:
    assert any(code.startswith("04") for *_, code in triples(
        code_text(nlp, sentence, ACTORS)))
