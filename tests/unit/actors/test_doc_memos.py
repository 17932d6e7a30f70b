"""What is remembered for the last Doc (the dateline, the gazetteer's answers) is what reading the
Doc anew gives, and another Doc or other token texts are never answered from it."""

from __future__ import annotations

from spacy.language import Language

from tacitus.actors.aliases import NameTable, fold
from tacitus.actors.datelines import _read_dateline, find_dateline
from tacitus.actors.places import make_locator
from tacitus.actors.token_reading import reading_of

WIRE = "Farmers Block Roads\n\nMOMBASA, Kenya (Reuters) - Farmers blocked two roads on Friday."
PLAIN = "Farmers blocked two roads near Mombasa on Friday, police said."


def test_the_dateline_is_remembered_for_its_own_doc_only(nlp: Language) -> None:
    wire, plain = nlp(WIRE), nlp(PLAIN)
    found = find_dateline(wire)
    assert found is not None and found == _read_dateline(wire)
    assert wire[found.start:found.end].text == "MOMBASA, Kenya (Reuters) -"
    assert find_dateline(wire) is found
    # another Doc, even of the same text, is read anew
    assert find_dateline(plain) is None
    again = nlp(WIRE)
    assert find_dateline(again) == found


def test_the_gazetteer_answers_each_doc_and_texts_on_their_own(nlp: Language) -> None:
    locator = make_locator()
    doc = nlp(PLAIN)
    texts = reading_of(doc).folded
    index = [token.text for token in doc].index("Mombasa")
    found = locator.place_at(doc, index, texts)
    assert found is not None and found[0] == index + 1
    assert locator.place_at(doc, index, texts) == found
    # other texts for the same tokens (the town's replaced) are looked up on their own
    assert locator.place_at(doc, index, [*texts[:index], "x"]) is None
    assert locator.place_at(doc, index, texts) == found
    # a Doc without the town at that token
    other = nlp("Farmers blocked two roads near the port on Friday, police said.")
    assert locator.place_at(other, index, reading_of(other).folded) is None


def test_the_dateline_place_is_remembered_for_its_own_doc_only(nlp: Language) -> None:
    locator = make_locator()
    wire, plain = nlp(WIRE), nlp(PLAIN)
    place = locator.find_dateline(wire)
    assert place is not None and place.country == "KEN"
    assert locator.find_dateline(wire) is place
    assert locator.find_dateline(plain) is None


def test_a_name_the_first_token_does_not_begin_is_passed_over_as_before(nlp: Language) -> None:
    table: NameTable[str] = NameTable()
    for form, value in (("New Ross", "town"), ("New York", "city"), ("Newark", "other"),
                        ("NEW", "acronym")):
        table.add(form, value)
    doc = nlp("Rain fell on New York and on Newark, and NEW rules followed.")
    texts = [fold(token.text) for token in doc]
    found = {doc[match.start:match.end].text: match.value
             for index in range(len(doc))
             if (match := table.match_at(doc, texts, index)) is not None}
    assert found == {"New York": "city", "Newark": "other", "NEW": "acronym"}
