"""Office holders resolve by the article's date."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import load_knowledge_base, make_actor_resolver
from tacitus.actors.offices import resolve_person


@pytest.mark.parametrize(("text", "day", "code", "how"), [
    ("Antony Blinken spoke.", date(2021, 9, 24), "USAGOV", "office"),
    ("Antony Blinken spoke.", date(2026, 5, 1), "USA", "kb"),
    ("Antony Blinken spoke.", date(2021, 1, 25), "USA", "kb"),
    ("Antony Blinken spoke.", date(2021, 1, 26), "USAGOV", "office"),
    ("Mike Pompeo spoke.", date(2019, 3, 1), "USAGOV", "office"),
    ("Mike Pompeo spoke.", date(2017, 6, 1), "USASPY", "office"),
    ("Mike Pompeo spoke.", date(2022, 6, 1), "USA", "kb"),
    ("Marco Rubio spoke.", date(2025, 3, 1), "USAGOV", "office"),
    ("Marco Rubio spoke.", date(2024, 3, 1), "USA", "kb"),
    ("Shah Mahmood Qureshi spoke.", date(2010, 3, 1), "PAKGOV", "office"),
    ("Shah Mahmood Qureshi spoke.", date(2015, 3, 1), "PAK", "kb"),
    ("Shah Mahmood Qureshi spoke.", date(2020, 3, 1), "PAKGOV", "office"),
    ("Donald Trump spoke.", date(2019, 3, 1), "USAGOV", "office"),
    ("Donald Trump spoke.", date(2023, 3, 1), "USA", "kb"),
    ("Donald Trump spoke.", date(2025, 3, 1), "USAGOV", "office"),
    ("Olaf Scholz spoke.", date(2026, 1, 1), "DEU", "kb"),
    ("Friedrich Merz spoke.", date(2026, 1, 1), "DEUGOV", "office"),
    ("Sergei Shoigu spoke.", date(2020, 1, 1), "RUSMIL", "office"),
    ("Peter Costello spoke.", date(2002, 1, 1), "AUSGOV", "office"),
    ("Peter Costello spoke.", date(2010, 1, 1), "AUS", "kb"),
    ("Scott Morrison spoke.", date(2016, 1, 1), "AUSGOV", "office"),
])
def test_person_by_date(nlp: Language, text: str, day: date, code: str, how: str) -> None:
    (mention,) = make_actor_resolver()(nlp(text), day)
    assert (mention.actor.code, mention.how, mention.actor.kind) == (code, how, "person")
    assert mention.actor.country == code[:3]
    if how == "kb":
        assert mention.actor.roles == ()


@pytest.mark.parametrize(("name", "code", "office"), [
    ("Antony Blinken", "USAGOV", "secretary of state"),
    ("Shah Mahmood Qureshi", "PAKGOV", "foreign minister"),
    ("Donald Trump", "USAGOV", "president"),
    ("Mike Pompeo", "USAGOV", "secretary of state"),
])
def test_no_date_takes_the_latest_tenure(name: str, code: str, office: str) -> None:
    kb = load_knowledge_base()
    resolution = resolve_person(kb.tenures_of(name), None)
    assert (resolution.actor.code, resolution.actor.roles) == (code, (office,))
    assert resolution.in_office


def test_titles_from_the_text_replace_the_office() -> None:
    kb = load_knowledge_base()
    resolution = resolve_person(kb.tenures_of("Antony Blinken"), date(2022, 1, 1), ("secretary",))
    assert resolution.actor.roles == ("secretary",)


@pytest.mark.parametrize(("text", "expected"), [
    # another person of a known surname, and the same surname alone after him
    ("Warren Truss said the bill was unfair. Mr Truss led a delegation.", []),
    # the title's own holder, not Liz Truss
    ("The minister, Warren Truss, said the bill was unfair.", [("minister, Warren Truss", "GOV")]),
    # the known person, by full name, by courtesy title, or by a name with the same initial
    ("Liz Truss said the bill was unfair. Ms Truss led a delegation.",
     [("Liz Truss", "GBRGOV"), ("Truss", "GBRGOV")]),
    ("Mr Putin spoke. Vladimir Putin spoke.", [("Putin", "RUSGOV"), ("Vladimir Putin", "RUSGOV")]),
    # a known surname that is another person's given name, their own surname after it
    ("Sharon Okafor told the conference the plan had failed.", []),
    ("Truss Holloway, a farmer from Devon, said the bill was unfair.", []),
])
def test_a_surname_is_not_the_known_person_after_another_given_name(
        nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    mentions = make_actor_resolver()(nlp(text), date(2022, 10, 1))
    assert [(m.text, m.actor.code) for m in mentions if m.actor.kind == "person"] == expected
