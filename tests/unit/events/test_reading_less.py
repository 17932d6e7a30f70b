"""Work the event stages leave undone because its answer is known without it: the triggers of a
sentence that names no participant (the clause coder finds actors only through the parse, which
never leaves a sentence), and the towns of an article with no attack or visit to place."""

from __future__ import annotations

from events_mentions import article_for, build_mentions, triples, word_token
from spacy.language import Language
from spacy.tokens import Doc

from tacitus.events import triggers
from tacitus.events.coder import make_event_coder, names_a_participant
from tacitus.events.place_targets import TownsWhenAsked, attacked_place
from tacitus.model import Actor, ActorMention

TEXT = ("Rain fell on the capital all week.\n\nThe talks were put off. Chile expelled two "
        "Peruvian diplomats on Monday.\n\nNobody expected the storm to end soon.")


def test_a_sentence_names_a_participant_when_one_of_its_tokens_is_one() -> None:
    named = [3, 9, 10, 20]
    assert names_a_participant(named, 0, 4)
    assert names_a_participant(named, 9, 12)
    assert names_a_participant(named, 20, 21)
    assert not names_a_participant(named, 4, 9)
    assert not names_a_participant(named, 11, 20)
    assert not names_a_participant(named, 21, 30)
    assert not names_a_participant([], 0, 5)


def test_the_parse_never_leaves_a_sentence(nlp: Language) -> None:
    doc = nlp(TEXT)
    assert len(list(doc.sents)) >= 4
    for sentence in doc.sents:
        for token in sentence:
            assert sentence.start <= token.head.i < sentence.end
            assert all(sentence.start <= child.i < sentence.end for child in token.children)


def _read_sentences(doc: Doc) -> set[tuple[int, int]]:
    last = triggers._LastDoc.read
    assert last is not None and last.doc is doc
    return set(last.sentences)


def test_the_coder_reads_the_triggers_of_the_sentences_naming_participants_only(
        nlp: Language) -> None:
    doc = nlp(TEXT)
    mentions = build_mentions(doc, {"Chile": "CHL", "Peruvian": "PER"})
    events = make_event_coder()(doc, mentions, article_for(TEXT))
    assert triples(events) == {("CHL", "PER", "161")}
    named = {(sentence.start, sentence.end) for sentence in doc.sents
             if any(sentence.start <= mention.token_start < sentence.end
                    for mention in mentions)}
    assert _read_sentences(doc) == named


class _Counting:
    def __init__(self, found: dict[int, Actor]) -> None:
        self.found = found
        self.calls = 0

    def __call__(self, doc: Doc, mentions: object) -> dict[int, Actor]:
        self.calls += 1
        return self.found


def test_the_towns_are_found_only_for_an_attack_and_once(nlp: Language) -> None:
    doc = nlp("Rebels shelled Donetsk and praised the mayor.")
    town = Actor(code="UKR", name="Ukraine", kind="state", country="UKR")
    finder = _Counting({2: town})
    towns = TownsWhenAsked(finder, doc, ())
    praised = word_token(nlp, doc.text, "praised")
    assert attacked_place(praised, "051", towns) is None
    assert finder.calls == 0
    shelled = doc[1]
    assert attacked_place(shelled, "195", towns) == town
    assert attacked_place(shelled, "195", towns) == town
    assert finder.calls == 1
    assert dict(towns) == {2: town} and len(towns) == 1


def test_no_towns_found_is_no_place(nlp: Language) -> None:
    doc = nlp("Rebels shelled Donetsk.")
    mentions: tuple[ActorMention, ...] = ()
    assert attacked_place(doc[1], "195", TownsWhenAsked(_Counting({}), doc, mentions)) is None
