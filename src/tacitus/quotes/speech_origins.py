"""A quotation whose speaker the sentence right after it names by what the words were and where
they came from ("“The dam will be finished next year.” The promise came from the water minister,
Abebe Tesfaye, …"): the object of that sentence's "from" speaks."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.quotes.marks import MarkPair
from tacitus.quotes.spans import SUBJECT_DEPS
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

ORIGIN_NOUNS = word_set("speech_origins", kind="noun")
ORIGIN_VERBS = word_set("speech_origins", kind="verb")
# "The promise came from …", "This warning came from …": what may stand before the noun
NOUN_DETERMINERS = frozenset({"DET"})
SOURCE_PREPOSITION = "from"


def speech_origin(view: DocView, pair: MarkPair) -> Token | None:
    """The word naming who said ``pair``'s words, when the sentence that starts right after its
    closing mark has a noun of what was said as the subject of a verb of coming "from" someone."""
    doc = view.doc
    index = view.token_at(pair.close_at) + 1
    while index < len(doc) and (doc[index].is_space or doc[index].is_punct):
        index += 1
    while index < len(doc) and doc[index].pos_ in NOUN_DETERMINERS:
        index += 1
    if index >= len(doc):
        return None
    noun, verb = doc[index], doc[index].head
    if (noun.lemma_.lower() not in ORIGIN_NOUNS or noun.dep_ not in SUBJECT_DEPS
            or view.quoted_in[noun.i] >= 0 or verb.lemma_.lower() not in ORIGIN_VERBS):
        return None
    origin = next((child for child in verb.children
                   if child.dep_ == "prep" and child.lower_ == SOURCE_PREPOSITION), None)
    if origin is None:
        return None
    return next((child for child in origin.children if child.dep_ == "pobj"), None)
