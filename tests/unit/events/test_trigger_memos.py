"""What the event stages remember per trigger of the last Doc (the framing date, the sentence's
dates, the patients, the phrases of the mentions) is what reading the Doc anew gives: each Doc,
each trigger and each code answers on its own."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from tacitus.events.patients import _patient_tokens, patient_tokens
from tacitus.events.story_time import (
    REFERENCE_DATE,
    _read_periods,
    framing_period,
    sentence_periods,
    tells_history,
)

PUBLISHED = date(2024, 5, 10)


def test_the_framing_date_of_each_doc_is_its_own(nlp: Language) -> None:
    old = nlp("Soldiers seized the bridge in March 1990.")
    new = nlp("Soldiers seized the bridge on Friday.")
    # the same trigger index in both
    assert old[1].text == new[1].text == "seized"
    assert tells_history(old[1], PUBLISHED)
    assert not tells_history(new[1], PUBLISHED)
    # asked again, alternately: each Doc keeps its own answer
    assert tells_history(old[1], PUBLISHED)
    found = framing_period(new[1], PUBLISHED)
    assert found is not None and found.start == PUBLISHED
    # another article date is another question
    assert not tells_history(old[1], date(1990, 3, 20))


def test_a_sentences_periods_are_those_read_anew(nlp: Language) -> None:
    doc = nlp("Talks began last week. Rebels had left in 2019 and returned on Monday.")
    for sentence in doc.sents:
        for published in (PUBLISHED, None):
            expected = tuple(_read_periods(sentence, published or REFERENCE_DATE))
            assert sentence_periods(sentence, published) == expected
            assert sentence_periods(sentence, published) == expected
    assert [len(sentence_periods(sentence, PUBLISHED)) for sentence in doc.sents] == [1, 3]


def test_patients_are_read_per_doc_trigger_and_kind_of_act(nlp: Language) -> None:
    passive = nlp("Five guards were detained yesterday.")
    active = nlp("Police detained five guards yesterday.")
    assert patient_tokens(passive[3], "173") == frozenset({0, 1})
    # the same index in another Doc is another token
    assert patient_tokens(active[3], "173") == frozenset()
    assert patient_tokens(passive[3], "173") == frozenset({0, 1})
    # an event noun's "of" phrase is its patient only for an act that strikes
    noun = nlp("The arrest of two guards angered the town.")
    assert patient_tokens(noun[1], "173") == frozenset({3, 4})
    assert patient_tokens(noun[1], "043") == frozenset()
    assert patient_tokens(noun[1], "173") == _patient_tokens(noun, (1, True))
