"""The decision stage reads the mood of a trigger's clause and of the clauses above it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.events import clause_mood
from tacitus.events.clause_mood import mood_features
from tacitus.nlp.doc_memo import DocMemo


def _features(nlp: Language, text: str, word: str) -> list[str]:
    doc = nlp(text)
    return mood_features(next(token for token in doc if token.text == word))


@pytest.mark.parametrize(("text", "word", "feature"), [
    # a noun trigger takes the mood of the verb that governs it
    ("A summit of the two presidents will take place in Oslo next month.", "summit",
     "mood=future"),
    ("A summit of the two presidents could take place in Oslo next month.", "summit",
     "mood=modal"),
    # a governor that wants, expects, fails or asks for the act
    ("The farmers want the agriculture minister to resign.", "resign", "mood_governor=want"),
    ("The navy is unlikely to withdraw its ships from the strait.", "withdraw",
     "mood_governor=expect"),
    ("The two parties failed to sign the coalition pact on Friday.", "sign", "mood_governor=fail"),
    ("The union urged the workers to boycott the new management.", "boycott", "mood_governor=ask"),
    # a modal, a future or a negation on a clause above the trigger's
    ("The mayor did not say that the guards arrested the protesters.", "arrested",
     "mood_above=negated"),
    ("The court will decide whether the officers tortured the detainees.", "tortured",
     "mood_above=future"),
    # a purpose: the trigger's clause, or one above it, is a to-infinitive of purpose
    ("Norway sent two ships to help evacuate the stranded sailors.", "evacuate", "purpose"),
    # the sentence: a question, a heading with no finite verb, capitals
    ("Did the rebels shell the airport last night?", "shell", "question"),
    ("Fresh clashes on the northern border", "clashes", "no_finite_verb"),
    ("GOVERNOR SACKS POLICE CHIEF AFTER RIOT", "RIOT", "capitals"),
])
def test_an_unrealised_or_unasserted_clause_is_read(nlp: Language, text: str, word: str,
                                                    feature: str) -> None:
    assert feature in _features(nlp, text, word)


def test_a_headline_restated_in_the_article_is_read_as_repeated(nlp: Language) -> None:
    text = ("Rebels free two aid workers.\n\nThe rebels released the two men on Sunday. "
            "Rebels free two aid workers.")
    assert "repeated_sentence" in _features(nlp, text, "free")
    assert "repeated_sentence" not in _features(nlp, text, "released")


@pytest.mark.parametrize(("text", "word"), [
    ("Police arrested three smugglers in the port on Monday.", "arrested"),
    ("The minister said the army had shelled the village.", "shelled"),
])
def test_an_act_told_as_done_has_no_mood_feature(nlp: Language, text: str, word: str) -> None:
    assert _features(nlp, text, word) == []


def test_a_question_opener_marks_its_own_clause_not_the_rest_of_the_sentence(
        nlp: Language) -> None:
    # the sentence's own features are read once a sentence, the opener once a trigger
    text = "Police arrested the driver, and reporters asked whether troops had fired."
    assert "question" in _features(nlp, text, "fired")
    assert "question" not in _features(nlp, text, "arrested")


def test_the_sentence_and_a_verb_are_read_once_for_every_trigger_of_the_sentence(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = nlp("The envoy will say that the army shelled the town and burned the market.")
    read: list[object] = []
    for name in ("_read_sentence_mood", "_read_moods"):
        original = getattr(clause_mood, name)
        monkeypatch.setattr(clause_mood, name, lambda *args, original=original: (
            read.append(args[1]), original(*args))[1])
    monkeypatch.setattr(clause_mood, "_SENTENCE_MOODS",
                        DocMemo(lambda doc, key: clause_mood._read_sentence_mood(doc, key)))
    monkeypatch.setattr(clause_mood, "_MOODS",
                        DocMemo(lambda doc, key: clause_mood._read_moods(doc, key)))
    shelled, burned = (next(token for token in doc if token.text == word)
                       for word in ("shelled", "burned"))
    first, second = mood_features(shelled), mood_features(burned)
    assert "mood_above=future" in first and "mood_above=future" in second
    assert len(read) == len(set(read))
