"""Actor codes read at two levels and labelled by their institution, never by one person.

The country level of a code is the unit that names a country, group or organisation (``USAGOV`` →
``USA``, ``UNOPKO`` → ``UNO``); an NGO keeps its sector in front (``NGOIRC``). The sector level is
the code itself. A label is built from the knowledge base: the country, group or organisation name
followed by the labels of the type units (``USAGOV`` → "United States government").
"""

from __future__ import annotations

from tacitus.actors.codes import SECTORS, UNIT, code_units
from tacitus.actors.knowledge import KnowledgeBase

LEVELS = ("country", "sector")


def country_unit(code: str) -> str:
    """The code at country/organisation level: ``USAGOV`` → ``USA``, ``NGOIRCMED`` → ``NGOIRC``."""
    width = 2 * UNIT if code[:UNIT] in SECTORS and len(code) > UNIT else UNIT
    return code[:width]


def at_level(code: str, level: str) -> str:
    """``code`` at ``level`` (one of ``LEVELS``)."""
    return country_unit(code) if level == "country" else code


def code_label(kb: KnowledgeBase, code: str) -> str | None:
    """The institution a code names ("United States government"), or ``None`` if its lead unit is
    unknown; a code several organisations share is named by the first listed (UNO: the United
    Nations, not one of its organs)."""
    organisations: dict[str, str] = {}
    for item in kb.organisations:
        organisations.setdefault(item.code, item.name)
    lead = country_unit(code)
    if lead in kb.countries:
        name = kb.countries[lead].name
    elif code in organisations:
        return organisations[code]
    elif lead in kb.groups:
        name = kb.groups[lead].name
    elif lead in organisations:
        name = organisations[lead]
    else:
        return None
    types = [kb.types[unit].label if unit in kb.types else unit
             for unit in code_units(code[len(lead):])]
    return " ".join([name, *types])
