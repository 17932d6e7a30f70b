"""Codes read at country or sector level and named by their institution."""

from __future__ import annotations

import pytest

from tacitus.actors.knowledge import load_knowledge_base
from tacitus.actors.labels import at_level, code_label, country_unit


@pytest.mark.parametrize(("code", "unit"), [
    ("USAGOV", "USA"), ("USA", "USA"), ("UNOPKO", "UNO"), ("NGOIRC", "NGOIRC"),
    ("NGOIRCMED", "NGOIRC"), ("IGO", "IGO"), ("TAL", "TAL"),
])
def test_country_unit(code: str, unit: str) -> None:
    assert country_unit(code) == unit
    assert at_level(code, "country") == unit
    assert at_level(code, "sector") == code


@pytest.mark.parametrize(("code", "name"), [
    ("USA", "United States"),
    ("USAGOV", "United States government"),
    ("PAKMIL", "Pakistan military"),
    ("UNO", "United Nations"),
    ("UNOPKO", "UN peacekeepers"),
    ("NGOIRC", "International Committee of the Red Cross"),
    ("TAL", "Taliban"),
    ("USAMED", "United States media"),
    ("QQQ", None),
])
def test_a_code_is_named_by_its_institution(code: str, name: str | None) -> None:
    assert code_label(load_knowledge_base(), code) == name
