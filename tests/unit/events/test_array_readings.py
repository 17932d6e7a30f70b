"""The clause readings the decision stage asks of every trigger, read from the Doc's arrays, give
what a walk over spaCy ``Token`` objects gives (the same verb, the same tense, the same head)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from tacitus.events.background import clause_verb, trigger_head
from tacitus.events.clauses import is_future
from tacitus.model import Actor, Event, Evidence

TEXTS = (
    "A summit of the two presidents will take place in Oslo next month.",
    "The farmers said the minister was going to resign over the strike.",
    "The president is to meet the envoy from Chile on Monday.",
    "The minister will travel to Lima to sign the fishing accord.",
    "Troops travelled to the border to guard the new crossing.",
    "Fresh clashes on the northern border",
)

VERB_POS = {"VERB", "AUX"}


def _walked_clause_verb(token: Token) -> Token:
    current = token
    while current.pos_ not in VERB_POS and current.head.i != current.i:
        current = current.head
    return current if current.pos_ in VERB_POS else token


@pytest.mark.parametrize("text", TEXTS)
def test_the_clause_verb_is_the_one_a_token_walk_finds(nlp: Language, text: str) -> None:
    doc = nlp(text)
    for token in doc:
        assert clause_verb(token) == _walked_clause_verb(token)


@pytest.mark.parametrize(("text", "word", "future"), [
    ("A summit of the two presidents will take place in Oslo next month.", "take", True),
    ("The farmers said the minister was going to resign over the strike.", "resign", True),
    ("The president is to meet the envoy from Chile on Monday.", "meet", True),
    ("The minister will travel to Lima to sign the fishing accord.", "sign", True),
    ("Troops travelled to the border to guard the new crossing.", "guard", False),
    ("Troops travelled to the border to guard the new crossing.", "travelled", False),
])
def test_the_future_is_read_from_the_arrays(nlp: Language, text: str, word: str,
                                            future: bool) -> None:
    doc = nlp(text)
    assert is_future(next(token for token in doc if token.text == word)) is future


def _event_at(token: Token) -> Event:
    sentence = token.sent
    return Event(id="evt", source=Actor(code="CHL", name="Chile", kind="state", country="CHL"),
                 target=None, cameo="036", cameo_name="", plover="", plover_mode="",
                 goldstein=0.0, quad_class=1, date=None,
                 evidence=Evidence(article_id="art", sentence_index=0, sentence=sentence.text,
                                   start=sentence.start_char, end=sentence.end_char),
                 trigger=token.text, trigger_start=token.idx,
                 trigger_end=token.idx + len(token), confidence=0.5)


def test_a_trigger_head_is_read_once_per_doc_and_anew_for_the_next(nlp: Language) -> None:
    first, second = nlp(TEXTS[2]), nlp(TEXTS[3])
    for doc in (first, second, first):
        for token in doc:
            span = doc.char_span(token.idx, token.idx + len(token), alignment_mode="expand")
            assert span is not None
            head = trigger_head(doc, _event_at(token))
            assert head is not None and head.doc is doc and head == span.root
            # asked again, the same head (kept for the doc)
            assert trigger_head(doc, _event_at(token)) is head
