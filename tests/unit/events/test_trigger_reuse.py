"""The triggers of a sentence are read once per parse, lexicon and frames: the clause coder and
the decision stage's candidates read the same sentences."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tacitus.events.lexicon import Entry, Lexicon, load_frames, load_lexicon
from tacitus.events.triggers import raw_triggers, sentence_triggers

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


def test_raw_matches_are_read_once_and_each_caller_gets_its_own(nlp: Language) -> None:
    doc = nlp("Turkey recalled its ambassador and threatened sanctions against Austria.")
    sentence = next(iter(doc.sents))
    first = raw_triggers(sentence, load_lexicon())
    assert sorted(trigger.head.text for trigger in first.values()) == ["recalled", "threatened"]
    # the clause coder's reading of the sentence finds the same matches
    assert [trigger.head.text for trigger in sentence_triggers(
        sentence, load_lexicon(), load_frames())] == ["recalled", "threatened"]
    first.clear()
    again = raw_triggers(sentence, load_lexicon())
    assert sorted(trigger.head.text for trigger in again.values()) == ["recalled", "threatened"]
    assert all(trigger.head.doc is doc for trigger in again.values())


def test_raw_matches_of_another_parse_or_lexicon_are_read_anew(nlp: Language) -> None:
    text = "Turkey recalled its ambassador and threatened sanctions against Austria."
    raw_triggers(next(iter(nlp(text).sents)), load_lexicon())
    other = next(iter(nlp(text).sents))
    assert all(trigger.head.doc is other.doc
               for trigger in raw_triggers(other, load_lexicon()).values())
    only_recall = Lexicon([Entry(kind="verb", words=("recall",), cameo="161")])
    assert [trigger.head.text for trigger in raw_triggers(other, only_recall).values()] == [
        "recalled"]
