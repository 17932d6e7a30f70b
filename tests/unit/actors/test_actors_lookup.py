"""A name alone, looked up as of a date: office holders change with the calendar."""

from __future__ import annotations

from datetime import date

import pytest

from tacitus.actors import load_knowledge_base
from tacitus.actors.lookup import lookup_actor
from tacitus.errors import UnknownActorError


@pytest.mark.parametrize(("name", "day", "code", "how"), [
    ("Imran Khan", date(2020, 1, 1), "PAKGOV", "office"),
    ("Imran Khan", date(2023, 6, 1), "PAK", "kb"),
    ("Angela Merkel", date(2010, 1, 1), "DEUGOV", "office"),
    ("Angela Merkel", date(2023, 1, 1), "DEU", "kb"),
    ("Sergei Lavrov", date(2003, 1, 1), "RUS", "kb"),
    ("Sergei Lavrov", date(2005, 1, 1), "RUSGOV", "office"),
    ("Boris Pistorius", date(2024, 1, 1), "DEUMIL", "office"),
    ("Frank-Walter Steinmeier", date(2007, 1, 1), "DEUGOV", "office"),
    ("Frank-Walter Steinmeier", date(2010, 1, 1), "DEU", "kb"),
    ("Frank-Walter Steinmeier", date(2020, 1, 1), "DEUGOV", "office"),
    ("Ursula von der Leyen", date(2015, 1, 1), "DEUMIL", "office"),
    ("Ursula von der Leyen", date(2022, 1, 1), "EEC", "office"),
    ("Mohammed bin Salman", date(2016, 1, 1), "SAUMIL", "office"),
    ("Sebastien Lecornu", date(2026, 1, 1), "FRAGOV", "office"),
    ("Hassan Nasrallah", date(2020, 1, 1), "HEZ", "office"),
    ("Hassan Nasrallah", date(2025, 1, 1), "LBN", "kb"),
    ("Nicolas Maduro", date(2020, 1, 1), "VENGOV", "office"),
    ("Washington", None, "USAGOV", "kb"),
    ("the Kremlin", None, "RUSGOV", "kb"),
    ("Taliban", None, "TAL", "kb"),
    ("pakistani", None, "PAK", "kb"),
])
def test_lookup_by_date(name: str, day: date | None, code: str, how: str) -> None:
    found = lookup_actor(load_knowledge_base(), name, day)
    assert (found.actor.code, found.how) == (code, how)


def test_lookup_dict_has_the_documented_keys() -> None:
    found = lookup_actor(load_knowledge_base(), "Antony Blinken", date(2022, 1, 1))
    assert found.to_dict() == {"code": "USAGOV", "name": "Antony Blinken", "country": "USA",
                               "types": ["GOV"], "how": "office"}


def test_unknown_name_is_a_typed_error() -> None:
    with pytest.raises(UnknownActorError):
        lookup_actor(load_knowledge_base(), "Nobody Inparticular", None)


def test_office_holders_cover_the_issue_breadth() -> None:
    kb = load_knowledge_base()
    assert len(kb.tenures) >= 600
    g20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR",
           "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"}
    countries = {tenure.country for tenure in kb.tenures}
    assert g20 <= countries
    assert len(countries) >= 70


def test_an_office_code_belongs_to_its_country() -> None:
    kb = load_knowledge_base()
    for tenure in kb.tenures:
        if tenure.code[:3] in kb.countries:
            assert tenure.code[:3] == tenure.country, tenure
