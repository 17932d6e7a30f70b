"""The packaged knowledge base: complete, consistent, and refusing malformed rows."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tacitus.actors import KnowledgeBase, load_knowledge_base
from tacitus.actors.knowledge import (
    COUNTRY_COLUMNS,
    GROUP_COLUMNS,
    OFFICE_COLUMNS,
    ORGANISATION_COLUMNS,
    PARTY_COLUMNS,
    ROLE_COLUMNS,
    build_knowledge_base,
)
from tacitus.datatables import TableRow, parse_table, read_packaged_table
from tacitus.errors import KnowledgeBaseError

COLUMNS = {
    "countries.tsv": COUNTRY_COLUMNS,
    "roles.tsv": ROLE_COLUMNS,
    "organisations.tsv": ORGANISATION_COLUMNS,
    "groups.tsv": GROUP_COLUMNS,
    "parties.tsv": PARTY_COLUMNS,
    "office_holders.tsv": OFFICE_COLUMNS,
}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base()


def units(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]


@pytest.mark.parametrize("filename", sorted(COLUMNS))
def test_every_table_explains_its_columns(filename: str) -> None:
    from importlib import resources

    text = resources.files("tacitus.actors").joinpath(filename).read_text(encoding="utf-8")
    comments = [line for line in text.splitlines() if line.startswith("#")]
    assert text.startswith("#")
    for column in COLUMNS[filename]:
        assert any(line.startswith(f"#   {column} ") for line in comments), column


def test_load_is_cached(kb: KnowledgeBase) -> None:
    assert load_knowledge_base() is kb


def test_every_country_code_is_three_capital_letters(kb: KnowledgeBase) -> None:
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in kb.countries)
    assert sum(country.kind == "state" for country in kb.countries.values()) >= 193


def test_every_code_used_exists(kb: KnowledgeBase) -> None:
    known = set(kb.countries) | set(kb.types)
    for org in kb.organisations:
        named = kb.organisation_units.unit_of(org.code)
        assert all(unit in known for unit in units(org.code) if unit != named), org
    organisation_units = {unit for org in kb.organisations for unit in units(org.code)}
    for group in kb.groups.values():
        assert group.country in kb.countries, group
    for tenure in kb.tenures:
        assert tenure.country in kb.countries, tenure
        for unit in units(tenure.code):
            assert unit in known | organisation_units | set(kb.groups), tenure
    for country in kb.countries.values():
        for _, organ in country.seats:
            assert organ in kb.types


def test_organisation_units_collide_with_no_country_or_group(kb: KnowledgeBase) -> None:
    named = set(kb.organisation_units.codes)
    assert {"UNO", "NAT", "EEC", "IRC"} <= named
    assert not named & set(kb.countries)
    assert not named & set(kb.groups)


def test_tenure_dates_are_ordered(kb: KnowledgeBase) -> None:
    for tenure in kb.tenures:
        assert isinstance(tenure.start, date)
        assert tenure.end is None or tenure.start <= tenure.end, tenure


def test_no_written_form_names_two_actors(kb: KnowledgeBase) -> None:
    owners: dict[str, str] = {}
    for country in kb.countries.values():
        for form in (country.name, *country.aliases, *country.adjectives):
            assert owners.setdefault(form.casefold(), country.code) == country.code, form
    for group in kb.groups.values():
        for form in (group.name, *group.aliases):
            assert owners.setdefault(form.casefold(), group.code) == group.code, form
    for tenure in kb.tenures:
        for form in (tenure.name, *tenure.aliases):
            owner = "person " + tenure.name
            assert owners.setdefault(form.casefold(), owner) == owner, form


@pytest.mark.parametrize(("form", "code"), [
    ("US", "USA"), ("U.S.", "USA"), ("America", "USA"), ("UK", "GBR"), ("Britain", "GBR"),
    ("Kyrgyzstan", "KGZ"), ("Romania", "ROM"), ("East Timor", "TMP"), ("South Sudan", "SSD"),
])
def test_country_names(kb: KnowledgeBase, form: str, code: str) -> None:
    country = kb.countries[code]
    assert form in (country.name, *country.aliases)


@pytest.mark.parametrize(("adjective", "code"), [
    ("American", "USA"), ("Pakistani", "PAK"), ("Afghan", "AFG"), ("Chinese", "CHN"),
    ("Russian", "RUS"), ("Ukrainian", "UKR"), ("British", "GBR"), ("Western", "WST"),
])
def test_adjectives(kb: KnowledgeBase, adjective: str, code: str) -> None:
    assert adjective in kb.countries[code].adjectives


@pytest.mark.parametrize(("seat", "code", "organ"), [
    ("Washington", "USA", "GOV"), ("White House", "USA", "GOV"), ("Foggy Bottom", "USA", "GOV"),
    ("Pentagon", "USA", "MIL"), ("Kremlin", "RUS", "GOV"), ("Downing Street", "GBR", "GOV"),
    ("Elysee", "FRA", "GOV"), ("Islamabad", "PAK", "GOV"), ("Kabul", "AFG", "GOV"),
    ("Tehran", "IRN", "GOV"), ("Kyiv", "UKR", "GOV"), ("Beijing", "CHN", "GOV"),
])
def test_seats(kb: KnowledgeBase, seat: str, code: str, organ: str) -> None:
    assert (seat, organ) in kb.countries[code].seats


@pytest.mark.parametrize(("name", "code"), [
    ("United Nations", "UNO"), ("UN Security Council", "UNO"), ("NATO", "NAT"),
    ("European Union", "EEC"), ("World Food Programme", "WFP"), ("UN peacekeepers", "UNOPKO"),
    ("Associated Press", "USAMED"), ("international community", "IGO"),
    ("International Committee of the Red Cross", "NGOIRC"), ("Group of Twenty", "GTW"),
    ("Pan American Health Organization", "WHO"),
])
def test_organisations(kb: KnowledgeBase, name: str, code: str) -> None:
    assert {org.name: org.code for org in kb.organisations}[name] == code


@pytest.mark.parametrize(("code", "alias"), [
    # the Commonwealth's bodies that act in its name: its ministerial group and its summit
    ("CWN", "Commonwealth Ministerial Action Group"), ("CWN", "CHOGM"),
])
def test_organisation_aliases(kb: KnowledgeBase, code: str, alias: str) -> None:
    assert any(alias in org.aliases for org in kb.organisations if org.code == code)


@pytest.mark.parametrize(("code", "alias"), [
    ("TAL", "Taleban"), ("ALQ", "al Qaeda"), ("ISI", "Daesh"), ("HTH", "Ansar Allah"),
    ("HQN", "Haqqani Network"), ("TTP", "Pakistani Taliban"),
])
def test_groups(kb: KnowledgeBase, code: str, alias: str) -> None:
    assert alias in kb.groups[code].aliases


def test_office_holders_cover_the_required_people(kb: KnowledgeBase) -> None:
    names = {tenure.name for tenure in kb.tenures}
    assert len(kb.tenures) >= 80
    for required in ("Antony Blinken", "Mike Pompeo", "Marco Rubio", "Shah Mahmood Qureshi",
                     "Imran Khan", "Joe Biden", "Donald Trump", "Xi Jinping", "Wang Yi",
                     "Vladimir Putin", "Sergei Lavrov", "Volodymyr Zelensky", "Narendra Modi",
                     "Subrahmanyam Jaishankar", "Recep Tayyip Erdogan", "Emmanuel Macron",
                     "Olaf Scholz", "Friedrich Merz", "Rishi Sunak", "Keir Starmer",
                     "Benjamin Netanyahu"):
        assert required in names
    assert len(kb.tenures_of("Donald Trump")) == 2
    assert len(kb.tenures_of("Shah Mahmood Qureshi")) == 2


def read_table(filename: str, columns: tuple[str, ...]) -> list[TableRow]:
    return read_packaged_table("tacitus.actors", filename, columns)


def tables_with(filename: str, text: str) -> dict[str, list[TableRow]]:
    tables = {name: read_table(name, columns) for name, columns in COLUMNS.items()}
    tables[filename] = parse_table(text, COLUMNS[filename], name=filename)
    return tables


def test_the_packaged_tables_build() -> None:
    kb = build_knowledge_base({name: read_table(name, cols) for name, cols in COLUMNS.items()})
    assert "USA" in kb.countries


OFFICE_HEADER = "# comment\n" + "\t".join(OFFICE_COLUMNS) + "\n"
GROUP_HEADER = "\t".join(GROUP_COLUMNS) + "\n"
PARTY_HEADER = "\t".join(PARTY_COLUMNS) + "\n"


@pytest.mark.parametrize(("filename", "text", "message"), [
    ("office_holders.tsv", OFFICE_HEADER + "A B\t\tUSA\tx\tUSAGOV\t2021-13-01\t\n",
     "office_holders.tsv:3: bad date in start"),
    ("office_holders.tsv", OFFICE_HEADER + "A B\t\tUSA\tx\tUSAGOV\t2021-01-01\t2020-01-01\n",
     "office_holders.tsv:3: end"),
    ("office_holders.tsv", OFFICE_HEADER + "A B\t\tXXX\tx\tUSAGOV\t2021-01-01\t\n",
     "office_holders.tsv:3: unknown country code"),
    ("office_holders.tsv", OFFICE_HEADER + "A B\t\tUSA\tx\tUSAQQQ\t2021-01-01\t\n",
     "office_holders.tsv:3: unknown code QQQ"),
    ("office_holders.tsv", OFFICE_HEADER + "A B\t\tUSA\tx\tUSAGOV\t2021-01-01\t\n"
     "A B\t\tUSA\tx\tUSAGOV\t2021-01-01\t\n", "office_holders.tsv:4: duplicate tenure"),
    ("office_holders.tsv", OFFICE_HEADER + "A B\tChina\tUSA\tx\tUSAGOV\t2021-01-01\t\n",
     "office_holders.tsv:3: 'China' names person A B"),
    ("office_holders.tsv", OFFICE_HEADER + "A B\t\tUSA\tx\n", "office_holders.tsv:3: expected 7"),
    ("groups.tsv", GROUP_HEADER + "TAL\tTaliban\tAFG\t\nTAL\tOther\tAFG\t\n", "groups.tsv:3:"),
    ("groups.tsv", GROUP_HEADER + "USA\tNot a group\tAFG\t\n", "groups.tsv:2: group code USA"),
    ("groups.tsv", GROUP_HEADER + "TALI\tTaliban\tAFG\t\n", "three capital letters"),
    ("groups.tsv", "code\tname\n", "groups.tsv:1: the header must be"),
    ("countries.tsv", "\t".join(COUNTRY_COLUMNS) + "\nus\tstate\tX\t\t\t\n",
     "countries.tsv:2: country code must be three capital letters"),
    ("countries.tsv", "\t".join(COUNTRY_COLUMNS) + "\nUSA\tstate\tUS\t\t\tWashington:XYZ\n",
     "unknown type 'XYZ'"),
    ("roles.tsv", "\t".join(ROLE_COLUMNS) + "\nGOV\tgovernment\tstate\tminister\t\n"
     "MIL\tmilitary\tstate\tminister\t\n", "roles.tsv:3: role word 'minister' is already"),
    ("organisations.tsv", "\t".join(ORGANISATION_COLUMNS) + "\nUNOQQQ\tigo\tUN\t\n",
     "organisations.tsv:2: unknown code QQQ in UNOQQQ"),
    ("organisations.tsv", "\t".join(ORGANISATION_COLUMNS) + "\nIGOUNO\tigo\tUN\t\n",
     "organisations.tsv:2: an intergovernmental organisation's code leads with its own unit: UNO"),
    ("organisations.tsv", "\t".join(ORGANISATION_COLUMNS) + "\nIND\tigo\tIndus Body\t\n",
     "organisations.tsv:2: organisation code IND collides with a country code"),
    ("organisations.tsv", "\t".join(ORGANISATION_COLUMNS) + "\nNGOPAK\tgroup\tPak Aid\t\n",
     "organisations.tsv:2: organisation code NGOPAK collides with a country code"),
    ("organisations.tsv", "\t".join(ORGANISATION_COLUMNS) + "\nMIL\tigo\tMil Pact\t\n",
     "organisations.tsv:2: organisation unit MIL is the type code of military"),
    ("groups.tsv", GROUP_HEADER + "NAT\tNational Front\tFRA\t\n",
     "groups.tsv:2: group code NAT is already used"),
    ("parties.tsv", PARTY_HEADER + "IND\tA Party\t\n", "parties.tsv:2: a party's code"),
    ("parties.tsv", PARTY_HEADER + "INDPTYGOV\tA Party\t\n", "parties.tsv:2: a party's code"),
    ("parties.tsv", PARTY_HEADER + "XXXPTY\tA Party\t\n", "unknown country code 'XXX'"),
    ("parties.tsv", PARTY_HEADER + "INDQQQ\tA Party\t\n", "unknown type 'QQQ'"),
    ("parties.tsv", PARTY_HEADER + "INDPTY\tA Party\t\nPAKPTY\tA Party\t\n",
     "parties.tsv:3: empty or duplicate party name"),
    ("parties.tsv", PARTY_HEADER + "INDPTY\tA Party\tNATO\n", "'NATO' names INDPTY A Party"),
])
def test_malformed_rows_are_refused(filename: str, text: str, message: str) -> None:
    with pytest.raises(KnowledgeBaseError, match=re.escape(message)):
        build_knowledge_base(tables_with(filename, text))
