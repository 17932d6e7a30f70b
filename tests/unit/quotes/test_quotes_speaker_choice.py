"""The trained speaker choice, on sentences written for these tests: each quote's candidate
speakers (the rules' choice, the quote before's speaker, the actors named nearby) with the
features that say how and where each was found, and the model's choice among them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language

from tacitus.errors import KnowledgeBaseError
from tacitus.events.decision import LinearModel
from tacitus.model import Article, Quote
from tacitus.quotes import make_quote_finder
from tacitus.quotes.speaker_candidates import SpeakerCandidate, speaker_candidates
from tacitus.quotes.speaker_decision import (
    choose_speakers,
    load_speaker_model,
    parse_speaker_model,
)
from tacitus.quotes.view import DocView

PHRASES = [("Pakistan", "PAK"), ("Qureshi", "QURESHI"), ("Iran", "IRN")]
Read = Callable[[str], tuple[DocView, tuple[Quote, ...]]]


@pytest.fixture(scope="module")
def read(nlp: Language, mentions_for: Any, article_for: Callable[[str], Article]) -> Read:
    find_quotes = make_quote_finder()

    def run(text: str) -> tuple[DocView, tuple[Quote, ...]]:
        doc = nlp(text)
        mentions = tuple(mentions_for(doc, [phrase for phrase in PHRASES
                                            if phrase[0] in text]))
        article = article_for(text)
        return DocView(doc, mentions, article), find_quotes(doc, mentions, article)

    return run


def by_name(candidates: tuple[SpeakerCandidate, ...]) -> dict[str, SpeakerCandidate]:
    return {candidate.actor.name if candidate.actor else "": candidate
            for candidate in candidates}


TWO_SENTENCES = "Pakistan closed the border on Monday. “We will not reopen it,” Qureshi said."


def test_the_rules_choice_comes_first_and_keeps_where_it_was_named(read: Read) -> None:
    view, quotes = read(TWO_SENTENCES)
    candidates = speaker_candidates(view, quotes[0])
    first = candidates[0]
    assert first.chosen and first.actor is not None and first.actor.code == "PAKGOV"
    assert {"found=rules", "found=mention", "rules_chose", "cue_subject", "sentences=0",
            "kind=person", "role=GOV", "cue=said"} <= set(first.features)


def test_an_actor_named_the_sentence_before_is_a_candidate(read: Read) -> None:
    view, quotes = read(TWO_SENTENCES)
    pakistan = by_name(speaker_candidates(view, quotes[0]))["Pakistan"]
    assert not pakistan.chosen
    assert {"found=mention", "sentences=-1", "side=before", "subject sentences=-1",
            "kind=state"} <= set(pakistan.features)
    assert "cue_subject" not in pakistan.features


def test_a_quote_without_a_cue_has_the_speaker_before_as_a_candidate(read: Read) -> None:
    view, quotes = read("“We will not reopen it,” Qureshi said. “The border stays shut.”")
    assert len(quotes) == 2
    previous = by_name(speaker_candidates(view, quotes[1], previous=quotes[0]))
    assert {"found=previous", "previous_gap=1 no_cue"} <= set(
        previous["Shah Mahmood Qureshi"].features)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("The border will stay shut, according to Qureshi.", "Shah Mahmood Qureshi",
                     id="a name"),
        pytest.param("The border will stay shut, according to the Iran interior ministry.",
                     "Iran", id="a word of a longer name"),
    ],
)
def test_according_to_is_read(read: Read, text: str, name: str) -> None:
    view, quotes = read(text)
    assert quotes
    assert "according_to" in by_name(speaker_candidates(view, quotes[0]))[name].features


def test_an_actor_inside_the_quotation_marks_is_no_candidate(read: Read) -> None:
    view, quotes = read("“Iran must open the border,” Qureshi said.")
    assert quotes
    assert "Iran" not in by_name(speaker_candidates(view, quotes[0]))


# a model that prefers a state to the person the rules chose
STATE_FIRST = LinearModel(bias=0.0, weights={"kind=state": 5.0}, threshold=0.5)


def test_the_model_gives_a_speaker_where_the_rules_found_none(read: Read) -> None:
    view, quotes = read("Pakistan closed the border on Monday. “We will not reopen it.”")
    assert quotes and quotes[0].speaker is None
    chosen = choose_speakers(view, quotes, STATE_FIRST)
    assert chosen[0].speaker is not None and chosen[0].speaker.code == "PAK"


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan closed the border on Monday. It was also said that the crossing would stay"
        " shut.",
        "Pakistan closed the border on Monday. The crossing would stay shut, it was said.",
    ],
)
def test_reported_speech_gets_no_speaker_from_the_model(read: Read, text: str) -> None:
    """The model is fitted on direct quotations and fills only those: reported speech the rules
    leave without a speaker keeps none."""
    view, quotes = read(text)
    reported = [quote for quote in quotes if not quote.direct]
    assert reported and all(quote.speaker is None for quote in reported)
    chosen = choose_speakers(view, quotes, STATE_FIRST)
    assert [quote.speaker for quote in chosen if not quote.direct] == [None] * len(reported)


def test_one_named_inside_the_reported_words_is_no_candidate(read: Read) -> None:
    view, quotes = read("It was also said that Iran would reopen the border.")
    assert quotes
    assert "Iran" not in by_name(speaker_candidates(view, quotes[0]))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("Pakistan closed the border on Monday. Qureshi said: “We will not reopen"
                     " it.”", "PAKGOV", id="a cue before a colon"),
        pytest.param("Pakistan closed the border on Monday.\n\nQureshi: “We will not reopen"
                     " it.”", "PAKGOV", id="a label"),
        pytest.param("Pakistan closed the border on Monday. The crossing will stay shut for a"
                     " month, according to Qureshi.", "PAKGOV", id="according to"),
        pytest.param("Pakistan closed the border on Monday. A sign on the gate said “No"
                     " entry”.", None, id="a sign speaks for no one"),
    ],
)
def test_grammar_settles_the_speaker_whatever_the_model(read: Read, text: str,
                                                        speaker: str | None) -> None:
    view, quotes = read(text)
    assert quotes
    chosen = choose_speakers(view, quotes, STATE_FIRST)
    assert (chosen[-1].speaker.code if chosen[-1].speaker else None) == speaker


@pytest.mark.parametrize(
    ("weights", "speaker"),
    [
        pytest.param({}, "PAKGOV", id="a tie keeps the rules' choice"),
        pytest.param({"side=before": 5.0}, "PAKGOV", id="a speaker the rules found stands"),
        pytest.param({"side=before": -5.0}, "PAKGOV", id="a low score stays unchosen"),
    ],
)
def test_the_best_scored_candidate_speaks(read: Read, weights: dict[str, float],
                                          speaker: str) -> None:
    view, quotes = read(TWO_SENTENCES)
    model = LinearModel(bias=0.0, weights=weights, threshold=0.5)
    chosen = choose_speakers(view, quotes, model)
    assert chosen[0].speaker is not None and chosen[0].speaker.code == speaker
    assert chosen[0].text == quotes[0].text


def test_the_packaged_model_loads_and_prefers_the_rules_choice() -> None:
    model = load_speaker_model()
    assert model.weights.get("rules_chose", 0.0) > 0.0


def test_a_model_file_of_another_version_is_refused() -> None:
    with pytest.raises(KnowledgeBaseError):
        parse_speaker_model({"version": 0, "speaker": {}})


def test_the_subject_of_a_passive_cue_is_no_candidate(read: Read) -> None:
    view, quotes = read("Pakistan was told to “leave the border talks” on Monday.")
    assert quotes
    assert "Pakistan" not in by_name(speaker_candidates(view, quotes[0]))


def test_a_quote_the_rules_gave_a_speaker_is_kept_without_reading_its_candidates(
        read: Read, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules' speaker is a candidate the rules chose, which the choice keeps whatever the
    model: the other candidates are not read for it."""
    view, quotes = read(TWO_SENTENCES)
    assert quotes[0].direct and quotes[0].speaker is not None
    assert any(candidate.chosen for candidate in speaker_candidates(view, quotes[0]))

    def unread(*_: object, **__: object) -> tuple[SpeakerCandidate, ...]:
        raise AssertionError("candidates read for a quote the rules gave a speaker")

    monkeypatch.setattr("tacitus.quotes.speaker_decision.quote_candidates", unread)
    assert choose_speakers(view, quotes, STATE_FIRST) == quotes
