"""Longest-match name tables: case rules and tokenisation-independent matching."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.actors.aliases import NameTable, fold


def table() -> NameTable[str]:
    names: NameTable[str] = NameTable()
    for form, value in [("US", "acronym"), ("United States", "name"), ("al-Qaeda", "alq"),
                        ("Elysee", "elysee"), ("Elysee Palace", "palace"), ("U.S.", "dotted"),
                        ("the West", "west"), ("Cote d'Ivoire", "civ")]:
        names.add(form, value)
    return names


@pytest.mark.parametrize(("text", "expected"), [
    ("US", "acronym"), ("us", None), ("Us", None), ("U.S.", "dotted"),
    ("United States", "name"), ("united states", None), ("al-Qaeda", "alq"),
    ("Al-Qaeda", "alq"), ("Élysée", "elysee"), ("Elysee Palace", "palace"),
    ("The West", "west"), ("the West", "west"), ("the west", None), ("Côte d’Ivoire", "civ"),
    ("USA", None), ("Usman", None),
])
def test_match_at_start(nlp: Language, text: str, expected: str | None) -> None:
    doc = nlp.make_doc(text)
    match = table().match_at(doc, [fold(token.text) for token in doc], 0)
    if expected is None:
        assert match is None
    else:
        assert match is not None
        assert (match.value, match.end) == (expected, len(doc))


def test_lemma_of_the_last_word(nlp: Language) -> None:
    roles: NameTable[str] = NameTable(lemma_last=True, ignore_case=True)
    roles.add("foreign minister", "title")
    doc = nlp("Foreign ministers met")
    match = roles.match_at(doc, [fold(token.text) for token in doc], 0)
    assert match is not None
    assert (match.value, match.end) == ("title", 2)


def test_fold_strips_accents_and_unifies_apostrophes() -> None:
    assert fold("Élysée ’s") == "Elysee 's"


@pytest.mark.parametrize("text", ["US", "us", "U.S.", "United States", "Al-Qaeda", "Élysée",
                                  "Elysee Palace", "the West", "the west", "Côte d’Ivoire"])
def test_a_compiled_table_matches_as_the_built_one(nlp: Language, text: str) -> None:
    built = table()
    compiled = NameTable.from_compiled(built.compiled(lambda value: value.upper()),
                                       lambda raw: str(raw).lower())
    doc = nlp.make_doc(text)
    texts = [fold(token.text) for token in doc]
    assert compiled.match_at(doc, texts, 0) == built.match_at(doc, texts, 0)


def test_adding_to_a_compiled_table_keeps_its_names(nlp: Language) -> None:
    compiled = NameTable.from_compiled(table().compiled(str), str)
    compiled.add("United Nations", "un")
    for text, expected in [("United States", "name"), ("United Nations", "un")]:
        doc = nlp.make_doc(text)
        match = compiled.match_at(doc, [fold(token.text) for token in doc], 0)
        assert match is not None
        assert match.value == expected


@pytest.mark.parametrize("adding", ["add", "extend"])
def test_short_lists_follow_new_names(nlp: Language, adding: str) -> None:
    # the same two token texts asked again after a longer name is added find the longer name
    names: NameTable[str] = NameTable()
    names.add("the West", "west")
    doc = nlp.make_doc("the West Bank wall")
    texts = [fold(token.text) for token in doc]
    first = names.match_at(doc, texts, 0)
    assert first is not None and (first.value, first.end) == ("west", 2)
    if adding == "add":
        names.add("the West Bank", "bank")
    else:
        names.extend([("the West Bank", "bank")])
    longer = names.match_at(doc, texts, 0)
    assert longer is not None and (longer.value, longer.end) == ("bank", 3)


@pytest.mark.parametrize(("text", "expected"), [
    ("the West met", ("west", 2)), ("the Westerners met", None), ("the West", ("west", 2)),
    ("The Western Sahara", ("sahara", 3)), ("the", None),
])
def test_match_at_the_same_first_word(nlp: Language, text: str,
                                      expected: tuple[str, int] | None) -> None:
    # names sharing a first word: each text pair is matched as by trying every name in turn,
    # asked twice (the second time from the kept short list)
    names: NameTable[str] = NameTable()
    for form, value in [("the West", "west"), ("the Western Sahara", "sahara"),
                        ("the Wet", "wet")]:
        names.add(form, value)
    doc = nlp.make_doc(text)
    texts = [fold(token.text) for token in doc]
    for _ in range(2):
        match = names.match_at(doc, texts, 0)
        assert (None if match is None else (match.value, match.end)) == expected
