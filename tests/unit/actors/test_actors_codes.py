"""Actor codes by their units: organisation units, PETRARCH/GDELT sector-led codes, GDELT order."""

from __future__ import annotations

import pytest

from tacitus.actors import load_knowledge_base
from tacitus.actors.codes import OrganisationUnits, code_units, organisation_units, own_unit

COUNTRIES = frozenset({"USA", "PAK", "FRA"})
KNOWN = organisation_units(
    [("UNO", "igo"), ("UNOPKO", "igo"), ("EEC", "igo"), ("WHO", "igo"), ("NAT", "igo"),
     ("IGO", "igo"), ("NGOIRC", "group"), ("USAMED", "group"), ("FRAMED", "group")], COUNTRIES)


def test_units_and_own_units() -> None:
    assert code_units("USAGOVMIL") == ("USA", "GOV", "MIL")
    assert [own_unit(code, COUNTRIES) for code in ("UNOPKO", "NGOIRC", "USAMED", "IGO")] == [
        "UNO", "IRC", None, None]


def test_the_index_keeps_each_units_code_and_sector() -> None:
    assert OrganisationUnits(
        {"UNO": "UNO", "EEC": "EEC", "WHO": "WHO", "NAT": "NAT", "IRC": "NGOIRC"},
        {"UNO": "IGO", "EEC": "IGO", "WHO": "IGO", "NAT": "IGO", "IRC": "NGO"}) == KNOWN


@pytest.mark.parametrize(("code", "modern"), [
    ("IGOUNO", "UNO"), ("IGOEUREEC", "EEC"), ("IGOWSTNAT", "NAT"), ("IGOUNOHLHWHO", "WHO"),
    ("IGOUNOMIL", "UNOMIL"), ("IGOEUREECLEG", "EECLEG"), ("NGOHLHIRC", "NGOIRC"),
    ("IGO", "IGO"), ("IGOEURDEVEBR", "IGOEURDEVEBR"), ("UNO", "UNO"), ("UNOPKO", "UNOPKO"),
    ("USAGOV", "USAGOV"), ("NGO", "NGO"),
])
def test_sector_led_codes_become_the_knowledge_bases(code: str, modern: str) -> None:
    assert KNOWN.modern(code) == modern


@pytest.mark.parametrize(("code", "unit", "sector"), [
    ("UNO", "UNO", "IGO"), ("IGOUNO", "UNO", "IGO"), ("UNOPKO", "UNO", "IGO"),
    ("NGOIRC", "IRC", "NGO"), ("IGO", None, "IGO"), ("IGOEURDEVEBR", None, "IGO"),
    ("USAMED", None, None), ("TAL", None, None),
])
def test_unit_and_sector_of_a_code(code: str, unit: str | None, sector: str | None) -> None:
    assert (KNOWN.unit_of(code), KNOWN.sector_of(code)) == (unit, sector)


@pytest.mark.parametrize(("code", "gdelt"), [
    ("UNO", "IGOUNO"), ("UNOPKO", "IGOUNOPKO"), ("EEC", "IGOEEC"), ("IGOUNO", "IGOUNO"),
    ("NGOIRC", "NGOIRC"), ("IGO", "IGO"), ("USAGOV", "USAGOV"), ("TAL", "TAL"),
])
def test_gdelt_order_puts_the_sector_first(code: str, gdelt: str) -> None:
    assert KNOWN.gdelt(code) == gdelt


def test_the_packaged_knowledge_base_reads_petrarch_codes() -> None:
    known = load_knowledge_base().organisation_units
    assert [known.modern(code) for code in ("IGOUNO", "IGONAT", "IGOEEC", "IGOUNOKID")] == [
        "UNO", "NAT", "EEC", "KID"]
