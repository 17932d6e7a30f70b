"""The triggers of a sentence are read once per parse, lexicon and frames: the clause coder and
the decision stage's candidates read the same sentences."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tacitus.events.lexicon import Entry, Lexicon, load_frames, load_lexicon
from tacitus.events.triggers import sentence_triggers

TEXT = "Portugal expelled two Spanish diplomats. Spain condemned the decision on Sunday."


def _read(doc: Doc, lexicon: Lexicon) -> list[list[tuple[str, str]]]:
    return [[(trigger.head.text, trigger.cameo) for trigger in sentence_triggers(
        sentence, lexicon, load_frames())] for sentence in doc.sents]


def test_a_sentence_read_again_gives_the_same_triggers(nlp: Language) -> None:
    doc = nlp(TEXT)
    first = _read(doc, load_lexicon())
    assert [[head for head, _ in sentence] for sentence in first] == [["expelled"], ["condemned"]]
    assert _read(doc, load_lexicon()) == first
    again = [sentence_triggers(sentence, load_lexicon(), load_frames()) for sentence in doc.sents]
    # the triggers stand on this parse's tokens, and a caller's list is its own
    assert all(trigger.head.doc is doc for triggers in again for trigger in triggers)
    again[0].clear()
    assert _read(doc, load_lexicon()) == first


def test_another_parse_or_lexicon_is_read_anew(nlp: Language) -> None:
    doc = nlp(TEXT)
    _read(doc, load_lexicon())
    other = nlp(TEXT)
    triggers = [trigger for sentence in other.sents
                for trigger in sentence_triggers(sentence, load_lexicon(), load_frames())]
    assert triggers and all(trigger.head.doc is other for trigger in triggers)
    only_condemn = Lexicon([Entry(kind="verb", words=("condemn",), cameo="122")])
    assert [[head for head, _ in sentence] for sentence in _read(other, only_condemn)] == [
        [], ["condemned"]]
