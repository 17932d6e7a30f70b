from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from spacy.language import Language

from tacitus.ids import stable_id
from tacitus.quotes import make_quote_finder

BLINKEN = ("Blinken", "BLINKEN")
QURESHI = ("Qureshi", "QURESHI")


def summary(quotes: Any) -> list[tuple[str, str | None, str, str, bool]]:
    return [(q.text, q.speaker.code if q.speaker else None, q.speaker_text, q.cue, q.direct)
            for q in quotes]


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param(
            "“We will stay the course,” Blinken said on Friday.", [BLINKEN],
            [("We will stay the course", "USAGOV", "Blinken", "said", True)], id="curly-after"),
        pytest.param(
            '"We will stay the course," Qureshi said.', [QURESHI],
            [("We will stay the course", "PAKGOV", "Qureshi", "said", True)], id="straight-after"),
        pytest.param(
            '"We will stay the course,” Blinken said.', [BLINKEN],
            [("We will stay the course", "USAGOV", "Blinken", "said", True)], id="mixed-marks"),
        pytest.param(
            "Blinken said: “The talks were useful and we will meet again.”", [BLINKEN],
            [("The talks were useful and we will meet again.", "USAGOV", "Blinken", "said", True)],
            id="attribution-before"),
        pytest.param(
            "“We will not give up,” Blinken told reporters, “until the job is done.”", [BLINKEN],
            [("We will not give up", "USAGOV", "Blinken", "told", True),
             ("until the job is done.", "USAGOV", "Blinken", "told", True)],
            id="attribution-inside"),
        pytest.param(
            '"I think it works... The Taliban says it wants support,” Blinken said.', [BLINKEN],
            [("I think it works... The Taliban says it wants support", "USAGOV", "Blinken", "said",
              True)],
            id="spans-sentences"),
        pytest.param(
            'Blinken highlighted "the importance of coordinating our diplomatic engagement" in'
            " talks.", [BLINKEN],
            [("the importance of coordinating our diplomatic engagement", "USAGOV", "Blinken",
              "highlighted", True)],
            id="partial-quote"),
        pytest.param(
            "The US sees a “unity in approach” on the Taliban, Blinken said.", [BLINKEN],
            [("The US sees a “unity in approach” on the Taliban", "USAGOV", "Blinken", "said",
              False),
             ("unity in approach", "USAGOV", "Blinken", "said", True)],
            id="scare-quote-with-cue"),
        pytest.param(
            "The so-called “peace plan” has collapsed.", [], [], id="scare-quote-without-cue"),
        pytest.param(
            "“We are ready to talk to everyone,” a spokesman said.", [],
            [("We are ready to talk to everyone", None, "a spokesman", "said", True)],
            id="speaker-without-mention"),
        pytest.param(
            "“The war is over and we are leaving now.” The crowd cheered.", [],
            [("The war is over and we are leaving now.", None, "", "", True)],
            id="no-cue-full-quote"),
    ],
)
def test_direct_quotes(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                       expected: list[tuple[str, str | None, str, str, bool]]) -> None:
    quotes, _ = analyse(text, phrases)
    assert summary(quotes) == expected


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param(
            "He said that the talks had been useful.", [("He", "BLINKEN", None, "pronoun")],
            [("the talks had been useful", "USAGOV", "He", "said", False)], id="said-that"),
        pytest.param(
            "Blinken said Iran would return to the talks.", [BLINKEN, ("Iran", "IRN")],
            [("Iran would return to the talks", "USAGOV", "Blinken", "said", False)],
            id="said-clause"),
        pytest.param(
            "According to Qureshi, the isolation of the 1990s did not work.", [QURESHI],
            [("the isolation of the 1990s did not work", "PAKGOV", "Qureshi", "According",
              False)],
            id="according-to"),
        pytest.param(
            "The isolation did not work, he said, and it must not be repeated.",
            [("he", "QURESHI", None, "pronoun")],
            [("The isolation did not work, he said, and it must not be repeated", "PAKGOV", "he",
              "said", False)],
            id="parenthetical"),
        pytest.param(
            "A statement issued by the US State Department said the talks were useful.",
            [("US State Department", "USAGOV")],
            [("the talks were useful", "USAGOV", "A statement issued by the US State Department",
              "said", False)],
            id="institution-statement"),
        pytest.param(
            "The group went on to claim that al-Qaeda is not present in the country.",
            [("The group", "TAL", None, "anaphor")],
            [("al-Qaeda is not present in the country", "TAL", "The group", "claim", False)],
            id="claim-that"),
        pytest.param(
            "Qureshi called for talks, adding there was no rush to recognize the government.",
            [QURESHI],
            [("there was no rush to recognize the government", "PAKGOV", "Qureshi", "adding",
              False)],
            id="adding-inherits-subject"),
        pytest.param(
            "The isolation of the 1990s did not work, according to Qureshi.", [QURESHI],
            [("The isolation of the 1990s did not work", "PAKGOV", "Qureshi", "according",
              False)],
            id="according-to-at-the-end"),
        pytest.param("Blinken met Qureshi in New York.", [BLINKEN, QURESHI], [], id="no-speech"),
    ],
)
def test_indirect_quotes(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                         expected: list[tuple[str, str | None, str, str, bool]]) -> None:
    quotes, _ = analyse(text, phrases)
    assert summary(quotes) == expected


def test_he_added_after_a_second_quote_takes_the_pronoun_mention(analyse: Any) -> None:
    text = ("“We seek legitimacy,” Blinken said on Friday. “The relationship will be defined by"
            ' the actions it takes," he added.')
    quotes, _ = analyse(text, [BLINKEN, ("he", "BLINKEN", None, "pronoun")])
    assert [(q.speaker_text, q.cue, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Blinken", "said", "Antony Blinken"), ("he", "added", "Antony Blinken")]


def test_he_added_without_a_pronoun_mention_falls_back_to_the_last_speaker(
        analyse: Any) -> None:
    text = ("“We seek legitimacy,” Blinken said on Friday. “The relationship will be defined by"
            ' the actions it takes," he added.')
    quotes, _ = analyse(text, [BLINKEN])
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Antony Blinken"] * 2


def test_quote_offsets_ids_and_dates(analyse: Any) -> None:
    text = "Later that day, “We will stay the course,” Blinken said."
    (quote,), _ = analyse(text, [BLINKEN])
    assert text[quote.start : quote.end] == quote.text == "We will stay the course"
    assert quote.sentence_index == 0
    assert quote.id.startswith("quo_")
    assert quote.id == stable_id("quo_", quote.article_id, quote.start, quote.end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will stay,” Blinken said on Wednesday.", date(2021, 9, 22)),
        ("“We will stay,” Blinken said.", date(2021, 9, 24)),
    ],
)
def test_quote_dates_follow_the_sentence(nlp: Language, mentions_for: Any, article_for: Any,
                                         text: str, expected: date) -> None:
    doc = nlp(text)
    article = replace(article_for(text), date=date(2021, 9, 24))  # a Friday
    (quote,) = make_quote_finder()(doc, mentions_for(doc, [BLINKEN]), article)
    assert quote.date == expected


def test_titles_in_quotation_marks_are_no_quotes(analyse: Any) -> None:
    """A song or book named in quotation marks is no one's words, even beside a speech cue; a
    quoted fragment in small letters still is."""
    text = ("Blinken said the band would play “What a Fool Believes” and “Black Water” again."
            " Blinken called the plan “dead on arrival,” officials said.")
    quotes, _ = analyse(text, [BLINKEN])
    assert [q.text for q in quotes if q.direct] == ["dead on arrival"]


def test_a_fragment_under_a_naming_verb_is_its_subject_s_words(analyse: Any) -> None:
    """No speech verb, but "called … “reckless”" puts the word in Blinken's mouth; a quoted
    phrase under any other verb is no one's words."""
    text = ("Blinken called the decision “reckless and short-sighted” on Monday. The band played"
            " “the old songs” all night.")
    quotes, _ = analyse(text, [BLINKEN])
    assert [(q.text, q.speaker.code if q.speaker else None, q.cue) for q in quotes] == [
        ("reckless and short-sighted", "USAGOV", "called")]


@pytest.mark.parametrize(
    "text",
    [
        "Qureshi said that the talks would resume in the spring.",
        "It was also said that the talks would resume in the spring.",
    ],
)
def test_reported_speech_only_when_asked_for(nlp: Language, mentions_for: Any, article_for: Any,
                                             text: str) -> None:
    """Reported speech is a quote (``direct=False``); a finder for direct quotations only, what
    a gold set of quotations is scored against, gives none of it."""
    doc = nlp(text)
    mentions = mentions_for(doc, [QURESHI])
    found = make_quote_finder()(doc, mentions, article_for(text))
    assert [(quote.text, quote.direct) for quote in found] == [
        ("the talks would resume in the spring", False)]
    assert make_quote_finder(reported_speech=False)(doc, mentions, article_for(text)) == ()


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Qureshi said the handling of the strike was “shameful”, adding that the workers"
         " deserved better.", "said"),
        ("Qureshi said there was “no need” for people to worry, but acknowledged that the risk"
         " remained.", "said"),
        ("A statement said Qureshi stressed “the importance of talks” at the meeting.",
         "stressed"),
    ],
)
def test_a_fragment_is_the_words_of_the_cue_that_reports_it(
        analyse: Any, text: str, cue: str) -> None:
    """A quoted fragment inside what a speech verb reports is that verb's speaker's words, not
    those of a later cue in the sentence; the nearest cue up the parse reports it."""
    quotes, _ = analyse(text, [QURESHI])
    (quote,) = [q for q in quotes if q.direct]
    assert (quote.cue, quote.speaker.code if quote.speaker else None) == (cue, "PAKGOV")
