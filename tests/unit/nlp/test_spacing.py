"""Hard-wrapped and double-spaced copy is parsed as the same words written as prose, and every
offset stays the text's own."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tacitus.nlp.headings import lines_are_wrapped
from tacitus.nlp.spacing import soft_spaces
from tacitus.nlp.truecase import Casebook, make_casebook, truecase

# a wire item in capitals, hard-wrapped at a fixed width in mid-sentence, two spaces after a stop
WRAPPED_CAPITALS = (
    "PORT HARWELL, 4 MAR 91 (RADIO COASTAL) -- [TEXT] THE FOREIGN MINISTER OF THE REPUBLIC\n"
    "ACCUSED THE NEIGHBOURING GOVERNMENT OF\nSENDING TROOPS ACROSS THE BORDER AND\n"
    "DEMANDED THAT THEY WITHDRAW AT ONCE.  HE ALSO\nSAID THAT THE ARMY\n"
    "WOULD DEFEND THE TOWNS OF THE\nPROVINCE.\n"
)
# typed copy with two spaces between some words
DOUBLE_SPACED = ("The  prime minister accused the union  leaders of blocking the talks and  "
                 "ordered the police to  reopen the port on Tuesday.")


@pytest.fixture(scope="module")
def casebook() -> Casebook:
    return make_casebook(["Port Harwell", "Radio Coastal"], english=[
        "foreign", "minister", "republic", "accused", "neighbouring", "government", "sending",
        "troops", "across", "border", "demanded", "withdraw", "once", "also", "said", "army",
        "defend", "towns", "province", "text"])


def as_prose(text: str) -> str:
    """``text`` with each line break and run of spaces inside a paragraph one space."""
    return re.sub(r"\s+", " ", text).strip()


def parse_of_words(doc: Doc) -> list[tuple[str, str, str, str, str, str]]:
    """Each word's tag, relation, head word, lemma and entity, whitespace tokens left out."""
    return [(token.text, token.tag_, token.dep_, token.head.text, token.lemma_, token.ent_type_)
            for token in doc if not token.is_space]


def sentence_words(doc: Doc) -> list[list[str]]:
    return [[token.text for token in sentence if not token.is_space] for sentence in doc.sents]


def test_a_wrapped_paragraph_in_capitals_parses_as_prose(nlp: Language,
                                                          casebook: Casebook) -> None:
    cased = truecase(WRAPPED_CAPITALS, casebook)
    wrapped, prose = nlp(cased), nlp(as_prose(cased))
    assert parse_of_words(wrapped) == parse_of_words(prose)
    assert sentence_words(wrapped) == sentence_words(prose)


def test_a_double_spaced_sentence_parses_as_prose(nlp: Language) -> None:
    spaced, prose = nlp(DOUBLE_SPACED), nlp(as_prose(DOUBLE_SPACED))
    assert parse_of_words(spaced) == parse_of_words(prose)


@pytest.mark.parametrize("text", [WRAPPED_CAPITALS, DOUBLE_SPACED])
def test_offsets_are_the_texts_own(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert doc.text == text
    assert all(text[token.idx:token.idx + len(token)] == token.text for token in doc)
    for sentence in doc.sents:
        assert text[sentence.start_char:sentence.end_char] == sentence.text
    for entity in doc.ents:
        assert text[entity.start_char:entity.end_char] == entity.text


def test_no_whitespace_token_heads_a_word(nlp: Language, casebook: Casebook) -> None:
    doc = nlp(truecase(WRAPPED_CAPITALS, casebook))
    assert not [token.text for token in doc if token.head.is_space and not token.is_space]
    assert all(token.dep_ == "dep" and token.tag_ == "_SP" for token in doc if token.is_space)


def test_a_paragraph_break_still_starts_a_sentence(nlp: Language) -> None:
    text = ("The army said that rebels had attacked a bridge in the\nnorth of the country.\n\n"
            "The ministry\nsaid that talks would resume on Monday in the capital of\nthe "
            "province and that both sides\nhad agreed to a truce.")
    assert [words[0] for words in sentence_words(nlp(text))] == ["The", "The"]


def test_a_text_written_one_paragraph_a_line_keeps_its_line_breaks(nlp: Language) -> None:
    text = ("Talks resume in the capital\n"
            "The ministry said talks would resume on Monday.\n"
            "Military aid and mixed messages\n"
            "The army said it had  withdrawn from the border.\n"
            "Both sides agreed to a truce on Sunday.\n")
    closed = soft_spaces(nlp.make_doc(text))
    assert [nlp.make_doc(text)[index].text for index in closed] == [" "]


@pytest.mark.parametrize(("text", "wrapped"), [
    (WRAPPED_CAPITALS, True),
    # a headline and a lede of two lines: too short to tell
    ("Rebels seize town\nRebels in the north seized the town of\nGao on Sunday.\n", False),
    # a page of long paragraphs with headings and list items between them
    ("Fishing accord\n" + ("Chile and Peru signed a fishing accord in Lima on Friday, ending a "
                          "decade of quarrels over the waters the two countries share.\n"
                          "What the accord says\n- quotas for anchovy boats\n") * 3, False),
])
def test_only_copy_wrapped_at_a_fixed_width_counts_as_wrapped(text: str, wrapped: bool) -> None:
    assert lines_are_wrapped(text) is wrapped


def test_a_short_text_keeps_its_line_breaks(nlp: Language) -> None:
    text = "Rebels seize town\nRebels in the north seized the town of\nGao on Sunday."
    assert not soft_spaces(nlp.make_doc(text))


def test_the_model_runs_between_the_two_components(nlp: Language) -> None:
    assert nlp.pipe_names[0] == "tacitus_close_spacing"
    assert nlp.pipe_names[-1] == "tacitus_open_spacing"
