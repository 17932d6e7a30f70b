"""The actor knowledge base: the packaged TSV tables, read once and validated on load."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from tacitus.actors.codes import OrganisationUnits, code_units, organisation_units, own_unit
from tacitus.datatables import TableRow, read_packaged_table, split_list
from tacitus.errors import KnowledgeBaseError

COUNTRY_KINDS = ("state", "territory", "region")
TYPE_KINDS = ("state", "sector", "igo", "group")
ORGANISATION_KINDS = ("igo", "group")
UNIT = re.compile(r"^[A-Z]{3}$")
CODE = re.compile(r"^(?:[A-Z]{3})+$")


@dataclass(frozen=True, slots=True)
class Country:
    """A state, territory or region; ``seats`` pairs a seat of power with its organ type."""

    code: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    seats: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class ActorType:
    """A CAMEO actor type (GOV, MIL …) with the titles and body nouns that signal it."""

    code: str
    label: str
    kind: str
    titles: tuple[str, ...]
    bodies: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Organisation:
    """An international organisation, NGO, news medium, or a national party or movement
    (``parties.tsv``)."""

    code: str
    kind: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Group:
    """A non-state armed or political group."""

    code: str
    name: str
    country: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Tenure:
    """One person's time in one office; ``end`` is ``None`` while still in office."""

    name: str
    aliases: tuple[str, ...]
    country: str
    office: str
    code: str
    start: date
    end: date | None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    """Everything Tacitus knows about actors, validated."""

    countries: dict[str, Country]
    types: dict[str, ActorType]
    organisations: tuple[Organisation, ...]
    groups: dict[str, Group]
    tenures: tuple[Tenure, ...]
    organisation_units: OrganisationUnits
    # the tenures by holder's name, in table order (``tenures_of``), indexed once a load
    tenures_by_name: dict[str, tuple[Tenure, ...]] = field(init=False, repr=False,
                                                           compare=False)

    def __post_init__(self) -> None:
        by_name: dict[str, list[Tenure]] = {}
        for tenure in self.tenures:
            by_name.setdefault(tenure.name, []).append(tenure)
        object.__setattr__(self, "tenures_by_name",
                           {name: tuple(found) for name, found in by_name.items()})

    def tenures_of(self, name: str) -> tuple[Tenure, ...]:
        return self.tenures_by_name.get(name, ())


def parse_day(row: TableRow, value: str, column: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise row.fail(f"bad date in {column}: {value!r}") from error


def build_countries(rows: list[TableRow]) -> dict[str, Country]:
    countries: dict[str, Country] = {}
    for row in rows:
        cells = row.cells
        code = cells["code"]
        if not UNIT.match(code):
            raise row.fail(f"country code must be three capital letters: {code!r}")
        if code in countries:
            raise row.fail(f"duplicate country code {code}")
        if cells["kind"] not in COUNTRY_KINDS:
            raise row.fail(f"unknown country kind {cells['kind']!r}")
        if not cells["name"]:
            raise row.fail("empty name")
        seats: list[tuple[str, str]] = []
        for seat in split_list(cells["seats"]):
            name, _, organ = seat.partition(":")
            seats.append((name.strip(), organ.strip() or "GOV"))
        countries[code] = Country(code, cells["kind"], cells["name"], split_list(cells["aliases"]),
                                  split_list(cells["adjectives"]), tuple(seats))
    return countries


def build_types(rows: list[TableRow]) -> dict[str, ActorType]:
    types: dict[str, ActorType] = {}
    phrases: dict[str, str] = {}
    for row in rows:
        cells = row.cells
        code = cells["code"]
        if not UNIT.match(code):
            raise row.fail(f"type code must be three capital letters: {code!r}")
        if code in types:
            raise row.fail(f"duplicate type code {code}")
        if cells["kind"] not in TYPE_KINDS:
            raise row.fail(f"unknown type kind {cells['kind']!r}")
        titles, bodies = split_list(cells["titles"]), split_list(cells["bodies"])
        for phrase in titles + bodies:
            other = phrases.setdefault(phrase.lower(), code)
            if other != code:
                raise row.fail(f"role word {phrase!r} is already a {other} word")
        types[code] = ActorType(code, cells["label"], cells["kind"], titles, bodies)
    return types


def build_organisations(rows: list[TableRow], countries: dict[str, Country],
                        types: dict[str, ActorType]) -> tuple[Organisation, ...]:
    """An organisation's code leads with its own unit (``UNO``, ``UNOPKO``), ``NGO`` and its unit
    (``NGOIRC``), or a country (``USAMED``); plain ``IGO`` is the generic international community.
    The own unit is no country code and no state or sector type; the units after it are types."""
    organisations: list[Organisation] = []
    names: set[str] = set()
    for row in rows:
        cells = row.cells
        code = cells["code"]
        if not CODE.match(code):
            raise row.fail(f"organisation code must be three-letter units: {code!r}")
        units = code_units(code)
        if units[0] == "IGO" and len(units) > 1:
            raise row.fail(f"an intergovernmental organisation's code leads with its own unit: "
                           f"{code[3:]}, not {code}")
        unit = own_unit(code, countries)
        if code in countries or unit in countries:
            raise row.fail(f"organisation code {code} collides with a country code")
        if unit in types and types[unit].kind in ("state", "sector"):
            raise row.fail(f"organisation unit {unit} is the type code of {types[unit].label}")
        named = units.index(unit) + 1 if unit is not None else 1
        for other in units[named:]:
            if other not in types:
                raise row.fail(f"unknown code {other} in {code}")
        if cells["kind"] not in ORGANISATION_KINDS:
            raise row.fail(f"unknown organisation kind {cells['kind']!r}")
        if cells["name"] in names:
            raise row.fail(f"duplicate organisation {cells['name']!r}")
        names.add(cells["name"])
        organisations.append(Organisation(code, cells["kind"], cells["name"],
                                          split_list(cells["aliases"])))
    return tuple(organisations)


def build_parties(rows: list[TableRow], countries: dict[str, Country],
                  types: dict[str, ActorType]) -> tuple[Organisation, ...]:
    """Parties and national movements as organisations (kind ``group``) coded by their country and
    one type (``INDPTY``, ``SLVREB``)."""
    parties: list[Organisation] = []
    names: set[str] = set()
    for row in rows:
        cells = row.cells
        code = cells["code"]
        if not CODE.match(code) or len(code_units(code)) != 2:
            raise row.fail(f"a party's code is its country and one type: {code!r}")
        country, unit = code_units(code)
        if country not in countries:
            raise row.fail(f"unknown country code {country!r}")
        if unit not in types:
            raise row.fail(f"unknown type {unit!r}")
        if not cells["name"] or cells["name"] in names:
            raise row.fail(f"empty or duplicate party name {cells['name']!r}")
        names.add(cells["name"])
        parties.append(Organisation(code, "group", cells["name"], split_list(cells["aliases"])))
    return tuple(parties)


def build_groups(rows: list[TableRow], countries: dict[str, Country],
                 taken: set[str]) -> dict[str, Group]:
    groups: dict[str, Group] = {}
    for row in rows:
        cells = row.cells
        code = cells["code"]
        if not UNIT.match(code):
            raise row.fail(f"group code must be three capital letters: {code!r}")
        if code in groups or code in taken:
            raise row.fail(f"group code {code} is already used")
        if cells["country"] not in countries:
            raise row.fail(f"unknown country code {cells['country']!r}")
        groups[code] = Group(code, cells["name"], cells["country"], split_list(cells["aliases"]))
    return groups


def build_tenures(rows: list[TableRow], countries: dict[str, Country],
                  known_units: set[str]) -> tuple[Tenure, ...]:
    tenures: list[Tenure] = []
    starts: set[tuple[str, date]] = set()
    for row in rows:
        cells = row.cells
        if cells["country"] not in countries:
            raise row.fail(f"unknown country code {cells['country']!r}")
        code = cells["code"]
        if not CODE.match(code):
            raise row.fail(f"code must be three-letter units: {code!r}")
        for index in range(0, len(code), 3):
            if code[index:index + 3] not in known_units:
                raise row.fail(f"unknown code {code[index:index + 3]} in {code}")
        start = parse_day(row, cells["start"], "start")
        end = parse_day(row, cells["end"], "end") if cells["end"] else None
        if end is not None and end < start:
            raise row.fail(f"end {end} is before start {start}")
        if (cells["name"], start) in starts:
            raise row.fail(f"duplicate tenure of {cells['name']} starting {start}")
        starts.add((cells["name"], start))
        tenures.append(Tenure(cells["name"], split_list(cells["aliases"]), cells["country"],
                              cells["office"], code, start, end))
    return tuple(tenures)


COUNTRY_COLUMNS = ("code", "kind", "name", "aliases", "adjectives", "seats")
ROLE_COLUMNS = ("code", "label", "kind", "titles", "bodies")
ORGANISATION_COLUMNS = ("code", "kind", "name", "aliases")
GROUP_COLUMNS = ("code", "name", "country", "aliases")
PARTY_COLUMNS = ("code", "name", "aliases")
OFFICE_COLUMNS = ("name", "aliases", "country", "office", "code", "start", "end")


def build_knowledge_base(tables: dict[str, list[TableRow]]) -> KnowledgeBase:
    """Validate parsed tables (keyed by file name) and assemble the knowledge base."""
    countries = build_countries(tables["countries.tsv"])
    types = build_types(tables["roles.tsv"])
    for country in countries.values():
        for seat, organ in country.seats:
            if organ not in types:
                raise KnowledgeBaseError(
                    f"countries.tsv: seat {seat!r} of {country.code} has unknown type {organ!r}")
    units = set(countries) | set(types)
    organisations = (build_organisations(tables["organisations.tsv"], countries, types)
                     + build_parties(tables["parties.tsv"], countries, types))
    named = organisation_units(((org.code, org.kind) for org in organisations), countries)
    # a group code that is also an organisation's unit would make "UNO…" mean two actors
    groups = build_groups(tables["groups.tsv"], countries, units | set(named.codes))
    organisation_codes = {unit for org in organisations for unit in code_units(org.code)}
    tenures = build_tenures(tables["office_holders.tsv"], countries,
                            units | organisation_codes | set(groups))
    kb = KnowledgeBase(countries, types, organisations, groups, tenures, named)
    check_aliases(kb, tables)
    return kb


def check_aliases(kb: KnowledgeBase, tables: dict[str, list[TableRow]]) -> None:
    """Refuse one written form that names two different actors."""
    owners: dict[str, tuple[str, str]] = {}

    def claim(form: str, owner: str, where: str) -> None:
        key = form.casefold()
        previous = owners.setdefault(key, (owner, where))
        if previous[0] != owner:
            raise KnowledgeBaseError(
                f"{where}: {form!r} names {owner} but {previous[1]} gives it to {previous[0]}")

    for row in tables["countries.tsv"]:
        country = kb.countries[row.cells["code"]]
        where = f"{row.table}:{row.line}"
        for form in (country.name, *country.aliases, *country.adjectives):
            claim(form, country.code, where)
        for seat, organ in country.seats:
            claim(seat, country.code + organ, where)
    rows = [*tables["organisations.tsv"], *tables["parties.tsv"]]
    for row, org in zip(rows, kb.organisations, strict=True):
        for form in (org.name, *org.aliases):
            claim(form, f"{org.code} {org.name}", f"{row.table}:{row.line}")
    for row in tables["groups.tsv"]:
        group = kb.groups[row.cells["code"]]
        for form in (group.name, *group.aliases):
            claim(form, group.code, f"{row.table}:{row.line}")
    for row, tenure in zip(tables["office_holders.tsv"], kb.tenures, strict=True):
        for form in (tenure.name, *tenure.aliases):
            claim(form, f"person {tenure.name}", f"{row.table}:{row.line}")


@lru_cache(maxsize=1)
def load_knowledge_base() -> KnowledgeBase:
    """Read and validate the packaged tables, once per process."""
    columns = {
        "countries.tsv": COUNTRY_COLUMNS,
        "roles.tsv": ROLE_COLUMNS,
        "organisations.tsv": ORGANISATION_COLUMNS,
        "groups.tsv": GROUP_COLUMNS,
        "parties.tsv": PARTY_COLUMNS,
        "office_holders.tsv": OFFICE_COLUMNS,
    }
    return build_knowledge_base({
        filename: read_packaged_table("tacitus.actors", filename, table_columns)
        for filename, table_columns in columns.items()
    })
