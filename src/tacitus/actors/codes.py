"""Actor codes read by their three-letter units; PETRARCH/GDELT organisation codes made Tacitus's.

A Tacitus actor code leads with a country (``USAGOV``), a known group (``TAL``) or an international
organisation's own unit (``UNO`` the United Nations, ``NAT`` NATO, ``EEC`` the European Union,
``UNOPKO`` UN peacekeepers), followed by type units. An NGO keeps the ``NGO`` sector in front of its
unit (``NGOIRC`` the Red Cross), and the generic "international community" is plain ``IGO``.

PETRARCH dictionaries and GDELT put the sector first and sometimes a region or a parent
organisation before the unit (``IGOUNO``, ``IGOEUREEC``, ``IGOUNOHLHWHO``).
``OrganisationUnits.modern`` turns such a code into the knowledge base's code of the most specific
organisation it names, followed by the units after it (``IGOUNOHLHWHO`` → ``WHO``,
``IGOEUREECLEG`` → ``EECLEG``); ``gdelt`` goes back to GDELT's order (``UNO`` → ``IGOUNO``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

UNIT = 3
# Sector units that lead an organisation code without naming the organisation ("IGOUNO", "NGOIRC").
SECTORS = ("IGO", "NGO")


# The type unit of news media; a named medium ("Reuters", "AFP") is a group with a country's code.
MEDIA = "MED"


def is_news_agency(code: str, kind: str) -> bool:
    """A named news agency or paper (``GBRMED`` Reuters, kind ``group``): it reports from anywhere,
    so where it is based says nothing about where the story is set (the annotation guidelines
    make news agencies no actors at all). A country's media as a sector ("Iranian state
    media", kind ``sector``) are placed like any sector."""
    return kind == "group" and code.endswith(MEDIA)


def code_units(code: str) -> tuple[str, ...]:
    """``USAGOVMIL`` → ``("USA", "GOV", "MIL")``."""
    return tuple(code[index:index + UNIT] for index in range(0, len(code), UNIT))


def own_unit(code: str, countries: Collection[str]) -> str | None:
    """The unit naming the organisation of a knowledge-base organisation code: the leading unit
    (``UNOPKO`` → ``UNO``), the one after a sector (``NGOIRC`` → ``IRC``), or ``None`` for a
    country's body (``USAMED``) and the generic ``IGO``."""
    lead = code[:UNIT]
    if lead in countries:
        return None
    if lead in SECTORS:
        return code[UNIT:2 * UNIT] or None
    return lead


@dataclass(frozen=True, slots=True)
class OrganisationUnits:
    """The units that name an organisation, each with its knowledge-base code and sector."""

    codes: Mapping[str, str]
    sectors: Mapping[str, str]

    def modern(self, code: str) -> str:
        """A sector-led PETRARCH/GDELT code as the knowledge base writes it (``IGOUNO`` → ``UNO``,
        ``NGOHLHIRC`` → ``NGOIRC``); any other code, plain ``IGO`` included, unchanged."""
        if code[:UNIT] not in SECTORS:
            return code
        units = code_units(code)
        for index in range(len(units) - 1, 0, -1):
            known = self.codes.get(units[index])
            if known is not None:
                return known + "".join(units[index + 1:])
        return code

    def unit_of(self, code: str) -> str | None:
        """The organisation a code names (``UNOPKO`` and ``IGOUNO`` → ``UNO``), else ``None``."""
        modern = self.modern(code)
        lead = modern[:UNIT]
        if lead in self.codes:
            return lead
        unit = modern[UNIT:2 * UNIT]
        return unit if lead in SECTORS and unit in self.codes else None

    def sector_of(self, code: str) -> str | None:
        """``IGO`` or ``NGO`` for an organisation's code or a sector-led one, else ``None``."""
        unit = self.unit_of(code)
        if unit is not None:
            return self.sectors[unit]
        lead = code[:UNIT]
        return lead if lead in SECTORS else None

    def gdelt(self, code: str) -> str:
        """The code in GDELT's order, sector first (``UNO`` → ``IGOUNO``, ``UNOPKO`` →
        ``IGOUNOPKO``); codes that already lead with a sector or name no organisation unchanged."""
        modern = self.modern(code)
        sector = self.sector_of(modern)
        if sector is None or modern.startswith(SECTORS):
            return modern
        return sector + modern


def organisation_units(organisations: Iterable[tuple[str, str]],
                       countries: Collection[str]) -> OrganisationUnits:
    """Index ``(code, kind)`` pairs of the knowledge base's organisations by their own unit; the
    sector is ``NGO`` for a sector-led NGO code or a non-``igo`` kind, else ``IGO``."""
    codes: dict[str, str] = {}
    sectors: dict[str, str] = {}
    for code, kind in organisations:
        unit = own_unit(code, countries)
        if unit is None:
            continue
        led_by_sector = code[:UNIT] in SECTORS
        codes.setdefault(unit, code[:2 * UNIT] if led_by_sector else unit)
        sectors.setdefault(unit, code[:UNIT] if led_by_sector else
                           ("IGO" if kind == "igo" else "NGO"))
    return OrganisationUnits(codes, sectors)
