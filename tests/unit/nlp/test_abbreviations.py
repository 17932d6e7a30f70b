"""A title's abbreviation before a name ("Capt. Ana Ruiz") is one token and ends no sentence."""

from __future__ import annotations

import pytest
from spacy.language import Language


def sentences(nlp: Language, text: str) -> list[str]:
    return [sentence.text.strip() for sentence in nlp(text).sents if sentence.text.strip()]


@pytest.mark.parametrize("title", ["Capt.", "Hon.", "Brig.", "Supt.", "SGT.", "Rt. Hon."])
def test_a_titled_name_stays_in_its_sentence(nlp: Language, title: str) -> None:
    text = (f"\u201cThe road is open again,\u201d said {title} Ama Boateng, a local official."
            " The trucks left at dawn.")
    assert sentences(nlp, text) == [
        f"\u201cThe road is open again,\u201d said {title} Ama Boateng, a local official.",
        "The trucks left at dawn."]
    assert title.split()[-1] in [token.text for token in nlp(text)]


def test_a_full_stop_after_other_words_still_ends_a_sentence(nlp: Language) -> None:
    text = "The convoy reached the camp at noon. Capt. Ama Boateng met the elders."
    assert sentences(nlp, text) == ["The convoy reached the camp at noon.",
                                    "Capt. Ama Boateng met the elders."]


def test_the_component_runs_before_the_parser(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("tacitus_title_abbreviations") < names.index("parser")
