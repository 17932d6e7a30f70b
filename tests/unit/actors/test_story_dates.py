"""An undated story is dated by the years it names and the offices it says its people hold."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import load_knowledge_base, make_actor_resolver
from tacitus.actors.story_dates import (
    OPEN,
    DateSpan,
    estimate_day,
    estimate_story_date,
    most_agreed,
    named_years,
    year_span,
)


def test_a_year_stands_for_the_years_around_it() -> None:
    assert year_span(1989) == DateSpan(date(1988, 1, 1), date(1990, 12, 31))


def test_the_most_agreed_span_is_where_the_most_overlap() -> None:
    spans = [DateSpan(date(2000, 1, 1), date(2004, 12, 31)), year_span(2003),
             DateSpan(date(2010, 1, 1), OPEN)]
    assert most_agreed(spans) == (2, DateSpan(date(2002, 1, 1), date(2004, 12, 31)))


def test_a_tie_takes_the_latest_span() -> None:
    spans = [DateSpan(date(1990, 1, 1), date(1991, 12, 31)),
             DateSpan(date(1995, 1, 1), date(1996, 12, 31))]
    assert most_agreed(spans) == (1, DateSpan(date(1995, 1, 1), date(1996, 12, 31)))


def test_runs_of_one_count_join_into_one_span() -> None:
    spans = [DateSpan(date(2000, 1, 1), date(2000, 6, 30)),
             DateSpan(date(2000, 7, 1), date(2000, 12, 31))]
    assert most_agreed(spans) == (1, DateSpan(date(2000, 1, 1), date(2000, 12, 31)))


def test_no_spans_agree_on_nothing() -> None:
    assert most_agreed([]) is None
    assert estimate_day([]) is None


def test_the_estimate_is_the_middle_of_the_agreed_span() -> None:
    assert estimate_day([year_span(2001), year_span(2002)]) == date(2001, 12, 31)


def test_one_piece_of_evidence_dates_nothing() -> None:
    assert estimate_day([year_span(1996)]) is None


def test_an_office_still_held_dates_nothing() -> None:
    assert estimate_day([DateSpan(date(2020, 1, 1), OPEN), DateSpan(date(2022, 1, 1), OPEN)]
                        ) is None
    # an open span that agrees with a closed one dates the story within the closed one
    assert estimate_day([DateSpan(date(2020, 1, 1), OPEN), year_span(2025)]) == date(2025, 7, 1)


def test_years_are_four_digit_numbers_in_range(nlp: Language) -> None:
    doc = nlp("In 1998 they paid 1500 dollars; by 2001 it was 2,500, and in 2001 more.")
    assert named_years(doc) == [1998, 2001]


@pytest.mark.parametrize(("text", "name", "code"), [
    # Howard was prime minister in 2002, when Rudd held no office
    ("Prime Minister John Howard met Kevin Rudd in 2002.", "Kevin Rudd", "AUS"),
    # one piece of evidence alone: the latest office, as before
    ("Prime Minister John Howard met Kevin Rudd.", "Kevin Rudd", "AUSGOV"),
    ("Kevin Rudd spoke in 2002.", "Kevin Rudd", "AUSGOV"),
    # a title held no longer states no office
    ("Former Prime Minister John Howard met Kevin Rudd in 2002.", "Kevin Rudd", "AUSGOV"),
    # a title before the mention counts too, unless held no longer
    ("Treasurer Peter Costello met Kevin Rudd in 2003.", "Kevin Rudd", "AUS"),
    ("The former treasurer Peter Costello met Kevin Rudd in 2003.", "Kevin Rudd", "AUSGOV"),
    # Trump's first term and the years the story names: Pompeo ran the CIA then
    ("President Donald Trump named Mike Pompeo in 2017.", "Mike Pompeo", "USASPY"),
])
def test_undated_story_takes_offices_at_its_estimated_date(nlp: Language, text: str, name: str,
                                                            code: str) -> None:
    mentions = make_actor_resolver()(nlp(text), None)
    (person,) = [mention for mention in mentions if mention.actor.name == name]
    assert person.actor.code == code


def test_a_dated_story_keeps_its_date(nlp: Language) -> None:
    mentions = make_actor_resolver()(nlp("Prime Minister John Howard met Kevin Rudd in 2002."),
                                     date(2008, 3, 1))
    (rudd,) = [mention for mention in mentions if mention.actor.name == "Kevin Rudd"]
    assert rudd.actor.code == "AUSGOV"


def test_the_longest_title_is_the_office_stated(nlp: Language) -> None:
    doc = nlp("Vice President Joe Biden spoke in 2010.")
    kb = load_knowledge_base()
    mentions = make_actor_resolver()(doc, None)
    # vice president from 20 January 2009 and the years around 2010, not his presidency
    assert estimate_story_date(doc, mentions, kb) == date(2010, 7, 11)
