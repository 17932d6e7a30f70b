"""A ``DocMemo`` reads each key once while its Doc is the last asked about, and never answers
one Doc from another's reading."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tacitus.nlp.doc_memo import DocMemo


def test_each_key_is_read_once_for_the_last_doc(nlp: Language) -> None:
    asked: list[tuple[str, int]] = []

    def read(doc: Doc, index: int) -> str:
        asked.append((doc.text, index))
        return doc[index].lower_

    memo: DocMemo[int, str] = DocMemo(read)
    first = nlp("Envoys met in Oslo.")
    assert memo.get(first, 0) == "envoys"
    assert memo.get(first, 0) == "envoys"
    assert memo.get(first, 3) == "oslo"
    assert asked == [("Envoys met in Oslo.", 0), ("Envoys met in Oslo.", 3)]


def test_another_doc_is_read_anew_even_at_the_same_key(nlp: Language) -> None:
    memo: DocMemo[int, str] = DocMemo(lambda doc, index: doc[index].lower_)
    first, second = nlp("Envoys met in Oslo."), nlp("Rebels left the city.")
    assert memo.get(first, 0) == "envoys"
    assert memo.get(second, 0) == "rebels"
    # the first Doc again: its own answer, not the second's
    assert memo.get(first, 0) == "envoys"
    # a new Doc of the same text is another Doc
    assert memo.get(nlp("Rebels left the city."), 2) == "the"
