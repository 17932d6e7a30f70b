"""The time and mode an act's frame gives it (``tacitus.events.story_time``), read off the parse
of small hand-written sentences."""

from __future__ import annotations

from datetime import date

import pytest
from decision_candidates import text_candidates
from events_mentions import word_token as _token
from spacy.language import Language

from tacitus.events.story_time import (
    clause_mode,
    frame_above,
    frame_distance,
    frame_features,
    is_marked_earlier,
    is_question,
    pluperfect,
    tells_history,
)

ARTICLE_DAY = date(2021, 9, 17)  # a Friday


@pytest.mark.parametrize(("sentence", "word", "published", "bucket"), [
    # a year that modifies the event noun the verb's phrase names
    ("Ruritania occupied the valley in the 1983 war.", "occupied", ARTICLE_DAY, "old"),
    ("The 2011 blockade of the port ruined the fishermen.", "blockade", ARTICLE_DAY, "old"),
    # a participle that modifies the event noun carries the date
    ("The truce signed in March 2020 has held.", "truce", ARTICLE_DAY, "old"),
    # relative expressions keep their distance without an article date
    ("The envoy arrived in the capital 25 years ago.", "arrived", None, "old"),
    ("The town, scene of a long siege last year, held a vote.", "siege", None, "old"),
    ("Police detained the mayor yesterday.", "detained", None, "news"),
    ("The ministers met on Wednesday.", "met", ARTICLE_DAY, "news"),
    # a period that holds the article date is news, whatever its first day
    ("Troops entered the town in September.", "entered", ARTICLE_DAY, "news"),
    ("Troops entered the town in 2021.", "entered", ARTICLE_DAY, "news"),
    # an absolute date is only dated when the article has none
    ("Troops entered the town in 2004.", "entered", None, "dated"),
    ("Troops entered the town.", "entered", ARTICLE_DAY, "none"),
    # a day or a month without a year is the nearest such, ahead of the article too
    ("The army will stay in the province until October 2.", "stay", ARTICLE_DAY, "after"),
    ("The governor suspended the council on September 3.", "suspended", ARTICLE_DAY, "weeks"),
])
def test_frame_distance_reads_the_phrase_that_frames_the_act(
        nlp: Language, sentence: str, word: str, published: date | None, bucket: str) -> None:
    assert frame_distance(_token(nlp, sentence, word), published) == bucket


@pytest.mark.parametrize(("sentence", "word"), [
    # a date of another clause does not frame the act
    ("The spokesman, who took office in 2009, said troops shelled the town.", "shelled"),
    # a number that counts is no year
    ("The government deployed 2000 soldiers on the border.", "deployed"),
    # a landmark dates the act by another happening, not the act itself
    ("The first talks since 2012 opened in the capital.", "talks"),
    ("Ruritania rebuilt the dam after the 1983 war.", "rebuilt"),
])
def test_a_date_of_something_else_frames_nothing(nlp: Language, sentence: str,
                                                 word: str) -> None:
    assert frame_distance(_token(nlp, sentence, word), ARTICLE_DAY) == "none"


@pytest.mark.parametrize(("sentence", "word", "reading"), [
    ("The governor had imposed a curfew before the unrest spread.", "imposed", "plain"),
    ("The envoy said the rebels had freed two hostages.", "freed", "reported"),
    ("The rebels had seized and burned the depot.", "burned", "plain"),
    ("The rebels seized the depot.", "seized", None),
])
def test_pluperfect_tells_backshift_from_an_earlier_time(nlp: Language, sentence: str,
                                                         word: str, reading: str | None) -> None:
    assert pluperfect(_token(nlp, sentence, word)) == reading


@pytest.mark.parametrize(("sentence", "word", "mode"), [
    ("She said she would have opposed any bid to arrest the judge.", "arrest",
     "counterfactual"),
    ("If the army agrees to withdraw from the hills, the rebels will disarm.",
     "withdraw", "condition"),
    ("The council could decide to expel the delegates.", "expel", "modal"),
    ("The minister did not agree to release the prisoners.", "release", "negated"),
    ("The minister agreed to release the prisoners.", "release", None),
    # a reason clause is told in its own right, whatever negates the clause it explains
    ("The council urged drivers not to use the bridge because gunmen attacked it.", "attacked",
     None),
])
def test_frame_above_reads_the_mode_of_the_framing_clause(nlp: Language, sentence: str,
                                                          word: str, mode: str | None) -> None:
    assert frame_above(_token(nlp, sentence, word)) == mode


@pytest.mark.parametrize(("sentence", "word", "marked"), [
    ("The previous talks between the parties collapsed.", "talks", True),
    ("Critics recalled last year's crackdown on the students.", "crackdown", True),
    ("The talks between the parties collapsed.", "talks", False),
])
def test_earlier_markers_mark_an_event_noun_as_past(nlp: Language, sentence: str, word: str,
                                                    marked: bool) -> None:
    assert is_marked_earlier(_token(nlp, sentence, word)) is marked


def test_a_question_is_told_as_one(nlp: Language) -> None:
    asked = nlp("Will the two leaders sign the accord before the summit?")
    told = nlp("The two leaders signed the accord before the summit.")
    assert is_question(next(asked.sents))
    assert not is_question(next(told.sents))


@pytest.mark.parametrize(("sentence", "word", "mode"), [
    ("A meeting of the envoys will take place soon.", "meeting", "future"),
    ("The summit of the two leaders did not take place.", "summit", "negated"),
    ("The summit of the two leaders took place in Oslo.", "summit", "past"),
])
def test_an_event_noun_takes_the_tense_of_its_clause(nlp: Language, sentence: str, word: str,
                                                     mode: str) -> None:
    head = _token(nlp, sentence, word)
    assert clause_mode(head.head) == mode


@pytest.mark.parametrize(("sentence", "word", "outside"), [
    ("A meeting of the envoys will take place soon.", "meeting", True),
    ("Did the army shell the village?", "shell", True),
    ("Critics recalled the previous crackdown on the students.", "crackdown", True),
    ("The army shelled the village on Thursday.", "shelled", False),
])
def test_outside_pools_the_signs_that_an_act_is_not_news(nlp: Language, sentence: str,
                                                         word: str, outside: bool) -> None:
    assert ("outside" in frame_features(_token(nlp, sentence, word), ARTICLE_DAY)) is outside


@pytest.mark.parametrize(("text", "history"), [
    ("Kenyan troops shelled the border town of Mandera in 2016.", True),
    ("Kenyan troops shelled the border town of Mandera two decades ago.", True),
    ("Kenyan troops shelled the border town of Mandera on Tuesday.", False),
    # a month without its year may be ahead: no proof of history
    ("Kenyan troops shelled the border town of Mandera in May.", False),
])
def test_an_act_dated_long_before_the_article_is_no_candidate(nlp: Language, text: str,
                                                               history: bool) -> None:
    shelled = _token(nlp, text, "shelled")
    assert tells_history(shelled, date(2021, 9, 24)) is history
    _, _, _, candidates = text_candidates(nlp, text)
    assert (not any(c.event.trigger == "shelled" for c in candidates)) is history
