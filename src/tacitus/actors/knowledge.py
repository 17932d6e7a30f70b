"""The actor knowledge base: the packaged TSV tables, read once and validated on load."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

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
    """An international organisation, NGO or news medium."""

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

    def tenures_of(self, name: str) -> tuple[Tenure, ...]:
        return tuple(tenure for tenure in self.tenures if tenure.name == name)


Row = tuple[str, int, dict[str, str]]


def read_table(filename: str, columns: tuple[str, ...]) -> list[Row]:
    """Read one packaged TSV: comment lines first, then a header that must equal ``columns``."""
    text = resources.files("tacitus.actors").joinpath(filename).read_text(encoding="utf-8")
    return parse_table(filename, text, columns)


def parse_table(filename: str, text: str, columns: tuple[str, ...]) -> list[Row]:
    """Parse TSV text into ``(filename, line, row)`` triples, checking header and widths."""
    rows: list[Row] = []
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if tuple(cells) != columns:
                raise KnowledgeBaseError(
                    f"{filename}:{number}: header must be {'|'.join(columns)}, "
                    f"got {'|'.join(cells)}")
            header_seen = True
            continue
        if len(cells) != len(columns):
            raise KnowledgeBaseError(
                f"{filename}:{number}: expected {len(columns)} columns, got {len(cells)}")
        rows.append((filename, number, dict(zip(columns, (cell.strip() for cell in cells),
                                                strict=True))))
    if not header_seen:
        raise KnowledgeBaseError(f"{filename}: no header line")
    return rows


def split_list(cell: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in cell.split("|") if item.strip())


def fail(row: Row, message: str) -> KnowledgeBaseError:
    filename, number, _ = row
    return KnowledgeBaseError(f"{filename}:{number}: {message}")


def parse_day(row: Row, value: str, column: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise fail(row, f"bad date in {column}: {value!r}") from error


def build_countries(rows: list[Row]) -> dict[str, Country]:
    countries: dict[str, Country] = {}
    for row in rows:
        cells = row[2]
        code = cells["code"]
        if not UNIT.match(code):
            raise fail(row, f"country code must be three capital letters: {code!r}")
        if code in countries:
            raise fail(row, f"duplicate country code {code}")
        if cells["kind"] not in COUNTRY_KINDS:
            raise fail(row, f"unknown country kind {cells['kind']!r}")
        if not cells["name"]:
            raise fail(row, "empty name")
        seats: list[tuple[str, str]] = []
        for seat in split_list(cells["seats"]):
            name, _, organ = seat.partition(":")
            seats.append((name.strip(), organ.strip() or "GOV"))
        countries[code] = Country(code, cells["kind"], cells["name"], split_list(cells["aliases"]),
                                  split_list(cells["adjectives"]), tuple(seats))
    return countries


def build_types(rows: list[Row]) -> dict[str, ActorType]:
    types: dict[str, ActorType] = {}
    phrases: dict[str, str] = {}
    for row in rows:
        cells = row[2]
        code = cells["code"]
        if not UNIT.match(code):
            raise fail(row, f"type code must be three capital letters: {code!r}")
        if code in types:
            raise fail(row, f"duplicate type code {code}")
        if cells["kind"] not in TYPE_KINDS:
            raise fail(row, f"unknown type kind {cells['kind']!r}")
        titles, bodies = split_list(cells["titles"]), split_list(cells["bodies"])
        for phrase in titles + bodies:
            other = phrases.setdefault(phrase.lower(), code)
            if other != code:
                raise fail(row, f"role word {phrase!r} is already a {other} word")
        types[code] = ActorType(code, cells["label"], cells["kind"], titles, bodies)
    return types


def build_organisations(rows: list[Row], known_units: set[str]) -> tuple[Organisation, ...]:
    organisations: list[Organisation] = []
    names: set[str] = set()
    for row in rows:
        cells = row[2]
        code = cells["code"]
        if not CODE.match(code):
            raise fail(row, f"organisation code must be three-letter units: {code!r}")
        if code[:3] not in known_units:
            raise fail(row, f"unknown code {code[:3]} in {code}")
        if cells["kind"] not in ORGANISATION_KINDS:
            raise fail(row, f"unknown organisation kind {cells['kind']!r}")
        if cells["name"] in names:
            raise fail(row, f"duplicate organisation {cells['name']!r}")
        names.add(cells["name"])
        organisations.append(Organisation(code, cells["kind"], cells["name"],
                                          split_list(cells["aliases"])))
    return tuple(organisations)


def build_groups(rows: list[Row], countries: dict[str, Country],
                 taken: set[str]) -> dict[str, Group]:
    groups: dict[str, Group] = {}
    for row in rows:
        cells = row[2]
        code = cells["code"]
        if not UNIT.match(code):
            raise fail(row, f"group code must be three capital letters: {code!r}")
        if code in groups or code in taken:
            raise fail(row, f"group code {code} is already used")
        if cells["country"] not in countries:
            raise fail(row, f"unknown country code {cells['country']!r}")
        groups[code] = Group(code, cells["name"], cells["country"], split_list(cells["aliases"]))
    return groups


def build_tenures(rows: list[Row], countries: dict[str, Country],
                  known_units: set[str]) -> tuple[Tenure, ...]:
    tenures: list[Tenure] = []
    starts: set[tuple[str, date]] = set()
    for row in rows:
        cells = row[2]
        if cells["country"] not in countries:
            raise fail(row, f"unknown country code {cells['country']!r}")
        code = cells["code"]
        if not CODE.match(code):
            raise fail(row, f"code must be three-letter units: {code!r}")
        for index in range(0, len(code), 3):
            if code[index:index + 3] not in known_units:
                raise fail(row, f"unknown code {code[index:index + 3]} in {code}")
        start = parse_day(row, cells["start"], "start")
        end = parse_day(row, cells["end"], "end") if cells["end"] else None
        if end is not None and end < start:
            raise fail(row, f"end {end} is before start {start}")
        if (cells["name"], start) in starts:
            raise fail(row, f"duplicate tenure of {cells['name']} starting {start}")
        starts.add((cells["name"], start))
        tenures.append(Tenure(cells["name"], split_list(cells["aliases"]), cells["country"],
                              cells["office"], code, start, end))
    return tuple(tenures)


COUNTRY_COLUMNS = ("code", "kind", "name", "aliases", "adjectives", "seats")
ROLE_COLUMNS = ("code", "label", "kind", "titles", "bodies")
ORGANISATION_COLUMNS = ("code", "kind", "name", "aliases")
GROUP_COLUMNS = ("code", "name", "country", "aliases")
OFFICE_COLUMNS = ("name", "aliases", "country", "office", "code", "start", "end")


def build_knowledge_base(tables: dict[str, list[Row]]) -> KnowledgeBase:
    """Validate parsed tables (keyed by file name) and assemble the knowledge base."""
    countries = build_countries(tables["countries.tsv"])
    types = build_types(tables["roles.tsv"])
    for country in countries.values():
        for seat, organ in country.seats:
            if organ not in types:
                raise KnowledgeBaseError(
                    f"countries.tsv: seat {seat!r} of {country.code} has unknown type {organ!r}")
    units = set(countries) | set(types)
    organisations = build_organisations(tables["organisations.tsv"], units)
    groups = build_groups(tables["groups.tsv"], countries, units)
    organisation_units = {org.code[i:i + 3] for org in organisations
                          for i in range(0, len(org.code), 3)}
    tenures = build_tenures(tables["office_holders.tsv"], countries,
                            units | organisation_units | set(groups))
    kb = KnowledgeBase(countries, types, organisations, groups, tenures)
    check_aliases(kb, tables)
    return kb


def check_aliases(kb: KnowledgeBase, tables: dict[str, list[Row]]) -> None:
    """Refuse one written form that names two different actors."""
    owners: dict[str, tuple[str, str]] = {}

    def claim(form: str, owner: str, where: str) -> None:
        key = form.casefold()
        previous = owners.setdefault(key, (owner, where))
        if previous[0] != owner:
            raise KnowledgeBaseError(
                f"{where}: {form!r} names {owner} but {previous[1]} gives it to {previous[0]}")

    for row in tables["countries.tsv"]:
        country = kb.countries[row[2]["code"]]
        where = f"{row[0]}:{row[1]}"
        for form in (country.name, *country.aliases, *country.adjectives):
            claim(form, country.code, where)
        for seat, organ in country.seats:
            claim(seat, country.code + organ, where)
    for row, org in zip(tables["organisations.tsv"], kb.organisations, strict=True):
        for form in (org.name, *org.aliases):
            claim(form, f"{org.code} {org.name}", f"{row[0]}:{row[1]}")
    for row in tables["groups.tsv"]:
        group = kb.groups[row[2]["code"]]
        for form in (group.name, *group.aliases):
            claim(form, group.code, f"{row[0]}:{row[1]}")
    for row, tenure in zip(tables["office_holders.tsv"], kb.tenures, strict=True):
        for form in (tenure.name, *tenure.aliases):
            claim(form, f"person {tenure.name}", f"{row[0]}:{row[1]}")


@lru_cache(maxsize=1)
def load_knowledge_base() -> KnowledgeBase:
    """Read and validate the packaged tables, once per process."""
    return build_knowledge_base({
        "countries.tsv": read_table("countries.tsv", COUNTRY_COLUMNS),
        "roles.tsv": read_table("roles.tsv", ROLE_COLUMNS),
        "organisations.tsv": read_table("organisations.tsv", ORGANISATION_COLUMNS),
        "groups.tsv": read_table("groups.tsv", GROUP_COLUMNS),
        "office_holders.tsv": read_table("office_holders.tsv", OFFICE_COLUMNS),
    })
