"""Event dates from the sentence, relative to the article date."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.events.dates import resolve_date_in_text, resolve_event_date

FRIDAY = date(2021, 9, 24)


@pytest.mark.parametrize(("text", "expected"), [
    ("Blinken said on Friday.", date(2021, 9, 24)),
    ("They met on Wednesday evening.", date(2021, 9, 22)),
    ("They met on Saturday.", date(2021, 9, 18)),
    ("The talks ended on Monday.", date(2021, 9, 20)),
    ("Troops left yesterday.", date(2021, 9, 23)),
    ("Troops leave today.", date(2021, 9, 24)),
    ("The minister resigned last week.", date(2021, 9, 17)),
    ("Talks collapsed last month.", date(2021, 8, 1)),
    ("The deal was signed last year.", date(2020, 1, 1)),
    ("The group seized the city in 2019.", date(2019, 1, 1)),
    ("The group seized the city in March 2020.", date(2020, 3, 1)),
    ("The attack happened on 12 March.", date(2021, 3, 12)),
    ("The attack happened on 12th March.", date(2021, 3, 12)),
    ("The attack happened on October 3.", date(2020, 10, 3)),
    ("The treaty was signed on March 12, 2020.", date(2020, 3, 12)),
    ("The treaty was signed on 12 March 2020.", date(2020, 3, 12)),
    ("The treaty was signed on Sept. 1, 2019.", date(2019, 9, 1)),
    ("Talks resumed in 2019 and ended on Monday.", date(2019, 1, 1)),
    ("Talks ended on Monday, after beginning in 2019.", date(2021, 9, 20)),
    ("Growth was 5 percent in 2020 percent terms.", FRIDAY),
    ("China may attack, officials said.", FRIDAY),
    ("Protesters march on the capital.", FRIDAY),
    ("Nothing about time here.", FRIDAY),
    ("The attack happened on 31 February.", FRIDAY),
])
def test_resolve_date_in_text(text: str, expected: date) -> None:
    assert resolve_date_in_text(text, FRIDAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("They met on Friday.", None),
    ("They met yesterday.", None),
    ("They met in 2019.", date(2019, 1, 1)),
    ("They met on March 12, 2020.", date(2020, 3, 12)),
    ("No date.", None),
])
def test_without_an_article_date_only_absolute_dates_resolve(text: str,
                                                             expected: date | None) -> None:
    assert resolve_date_in_text(text, None) == expected


def test_resolve_event_date_reads_the_sentence_span(nlp: Language) -> None:
    doc = nlp("Blinken spoke on Friday. He met Qureshi on Wednesday evening.")
    first, second = list(doc.sents)
    assert resolve_event_date(first, FRIDAY) == date(2021, 9, 24)
    assert resolve_event_date(second, FRIDAY) == date(2021, 9, 22)
