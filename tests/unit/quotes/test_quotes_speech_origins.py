"""A quotation with no cue of its own whose speaker the next sentence names by what the words
were and where they came from ("The promise came from …"). Every sentence is invented."""

from __future__ import annotations

from typing import Any

import pytest

QURESHI = ("Qureshi", "QURESHI")
BLINKEN = ("Blinken", "BLINKEN")


def speakers(analyse: Any, text: str, phrases: list[tuple[str, ...]]) -> list[tuple[str, str]]:
    quotes, _ = analyse(text, phrases)
    return [(quote.text, quote.speaker.code if quote.speaker else "") for quote in quotes
            if quote.direct]


@pytest.mark.parametrize(("text", "phrases", "expected"), [
    pytest.param(
        "\u201cThe border will reopen in May.\u201d The promise came from Foreign Minister"
        " Qureshi on Monday.", [QURESHI],
        [("The border will reopen in May.", "PAKGOV")], id="the-promise-came-from"),
    pytest.param(
        "\u201cNo country should test our patience.\u201d That warning came from Blinken in"
        " Brussels.", [BLINKEN],
        [("No country should test our patience.", "USAGOV")], id="that-warning-came-from"),
])
def test_the_next_sentence_names_where_the_words_came_from(
        analyse: Any, text: str, phrases: list[tuple[str, ...]],
        expected: list[tuple[str, str]]) -> None:
    assert speakers(analyse, text, phrases) == expected


@pytest.mark.parametrize(("text", "phrases"), [
    # what came from someone is no word of what was said
    pytest.param(
        "\u201cThe border will reopen in May.\u201d The money came from Qureshi's ministry.",
        [QURESHI], id="money-came-from"),
    # a noun of what was said that did not come from anyone
    pytest.param(
        "\u201cThe border will reopen in May.\u201d The promise was made before, Blinken noted.",
        [BLINKEN], id="promise-was-made-before"),
])
def test_other_sentences_after_a_quotation_name_no_speaker(
        analyse: Any, text: str, phrases: list[tuple[str, ...]]) -> None:
    quotes, _ = analyse(text, phrases)
    assert all(quote.speaker is None or quote.cue for quote in quotes if quote.direct), [
        (quote.text, quote.speaker, quote.cue) for quote in quotes]
