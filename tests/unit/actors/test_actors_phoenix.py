"""Users' dictionaries: PETRARCH/Phoenix files become a layer the resolver consults after the KB."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from tacitus.actors import load_knowledge_base, make_actor_resolver
from tacitus.actors.layers import DatedCode, Layer, LayerActor, parse_layer
from tacitus.actors.lookup import lookup_actor
from tacitus.actors.phoenix import (
    ImportReport,
    parse_actor_dictionary,
    parse_agent_dictionary,
    parse_code,
    readable,
)
from tacitus.errors import KnowledgeBaseError
from tacitus.ingest.dictionaries import import_phoenix_files, read_actor_layer, write_actor_layer

COUNTRIES = frozenset({"PAK", "USA", "AFG"})
ORGANISATIONS = load_knowledge_base().organisation_units
ACTORS = """\
# a comment
UN_ [IGOUNO]
U.N._
ZARDARI_TEST_  # CountryInfo.txt
+ASIF_TEST_ZARDARI_
\t[PAKELI]
\t[PAKGOV >080909]
\t[PAKOPP 930101-081231]
BAD_DATE_PERSON_
\t[PAKGOV 9008223]
\t[PAKELI]
"""
AGENTS = """\
!PERSON! = MAN, WOMAN
CATTLE!PERSON! [~AGR]
CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
NO_CODE_HERE
"""


@pytest.mark.parametrize(("block", "expected"), [
    ("IGOUNO", DatedCode("IGOUNO", None, None)),
    ("PAKGOV >080909", DatedCode("PAKGOV", date(2008, 9, 9), None)),
    ("PAKGOV > 20130511", DatedCode("PAKGOV", date(2013, 5, 11), None)),
    ("PAKGOV <990101", DatedCode("PAKGOV", None, date(1999, 1, 1))),
    ("AFGGOV 331108-730717", DatedCode("AFGGOV", date(1933, 11, 8), date(1973, 7, 17))),
    ("KORGOV 20040117-20061201", DatedCode("KORGOV", date(2004, 1, 17), date(2006, 12, 1))),
])
def test_codes_and_dates(block: str, expected: DatedCode) -> None:
    assert parse_code(block) == expected


@pytest.mark.parametrize("block", ["KORGOVBUS 2004017-20061201", "---", "PAKGOV 991301"])
def test_malformed_codes_are_refused(block: str) -> None:
    with pytest.raises(ValueError, match=r"not|ends before|month"):
        parse_code(block)


@pytest.mark.parametrize(("phrase", "name"), [
    ("IMRAN_KHAN_", "Imran Khan"),
    ("UN_", "UN"),
    ("HARAKAT_AL-MUQAWAMMAH_", "Harakat Al-Muqawammah"),
    ("ISLAMIC_REPUBLIC_OF_AFGHANISTAN", "Islamic Republic of Afghanistan"),
])
def test_readable_names(phrase: str, name: str) -> None:
    assert readable(phrase) == name


def test_actor_entries_synonyms_inheritance_and_skips() -> None:
    report = ImportReport()
    parse_actor_dictionary(ACTORS, source="t", country_codes=COUNTRIES,
                           organisations=ORGANISATIONS, report=report)
    by_name = {actor.name: actor for actor in report.actors}
    assert by_name["U.N."].codes == by_name["UN"].codes == (DatedCode("UNO", None, None),)
    assert by_name["UN"].kind == "igo"
    zardari = by_name["Zardari Test"]
    assert zardari.aliases == ("Asif Test Zardari",) and zardari.kind == "person"
    assert zardari.code_on(date(2010, 1, 1)) == "PAKGOV"
    assert zardari.code_on(date(2000, 1, 1)) == "PAKOPP"
    assert zardari.code_on(date(1980, 1, 1)) == "PAKELI"
    assert by_name["Bad Date Person"].codes == (DatedCode("PAKELI", None, None),)
    assert report.skipped == ["t:10: not a date range: 'PAKGOV 9008223'"]


ORGANISATION_ENTRIES = """\
EUROPEAN_UNION_ [IGOEUREEC]
WORLD_HEALTH_ORGANISATION_TEST_ [IGOUNOHLHWHO]
UNICEF_TEST_ [IGOUNOKID]
UN_TROOPS_TEST_ [IGOUNOMIL]
EU_PARLIAMENT_TEST_ [IGOEUREECLEG]
NATO_TEST_
\t[IGOWSTNAT >990312]
AMNESTY_TEST_ [NGOHRIAMN]
WORLD_COMMUNITY_TEST_ [IGO]
EUROPEAN_DEVELOPMENT_BANK_TEST_ [IGOEURDEVEBR]
UNITED_STATES_OF_TEST_ [USA]
"""


@pytest.mark.parametrize(("name", "code", "kind"), [
    ("European Union", DatedCode("EEC", None, None), "igo"),
    ("World Health Organisation Test", DatedCode("WHO", None, None), "igo"),
    ("Unicef Test", DatedCode("KID", None, None), "igo"),
    ("Un Troops Test", DatedCode("UNOMIL", None, None), "igo"),
    ("Eu Parliament Test", DatedCode("EECLEG", None, None), "igo"),
    ("Nato Test", DatedCode("NAT", date(1999, 3, 12), None), "igo"),
    ("Amnesty Test", DatedCode("NGOAMN", None, None), "group"),
    ("World Community Test", DatedCode("IGO", None, None), "igo"),
    ("European Development Bank Test", DatedCode("IGOEURDEVEBR", None, None), "igo"),
    ("United States of Test", DatedCode("USA", None, None), "state"),
])
def test_organisation_codes_become_the_knowledge_bases(name: str, code: DatedCode,
                                                       kind: str) -> None:
    report = ImportReport()
    parse_actor_dictionary(ORGANISATION_ENTRIES, source="o", country_codes=COUNTRIES,
                           organisations=ORGANISATIONS, report=report)
    actor = {actor.name: actor for actor in report.actors}[name]
    assert (actor.codes, actor.kind) == ((code,), kind)


def test_agents_expand_sets_and_plurals() -> None:
    report = ImportReport()
    parse_agent_dictionary(AGENTS, source="a", report=report)
    assert [(agent.phrase, agent.code) for agent in report.agents] == [
        ("cattleman", "AGR"), ("cattlewoman", "AGR"), ("chamber of commerce", "BUS"),
        ("chambers of commerce", "BUS")]
    assert report.skipped == ["a:4: no agent code in 'NO_CODE_HERE'"]


def test_layer_files_round_trip(tmp_path: Path) -> None:
    report = ImportReport()
    parse_actor_dictionary(ACTORS, source="t", country_codes=COUNTRIES,
                           organisations=ORGANISATIONS, report=report)
    parse_agent_dictionary(AGENTS, source="a", report=report)
    write_actor_layer(report.actors, report.agents, tmp_path)
    layer = read_actor_layer(tmp_path)
    assert layer.actors == tuple(report.actors)
    assert layer.agents == tuple(report.agents)


def test_a_malformed_layer_names_its_line() -> None:
    actors = "name\taliases\tkind\tcode\tstart\tend\nX\t\tperson\tPAKGOV\t2020-13-01\t\n"
    with pytest.raises(KnowledgeBaseError, match=r"actors.tsv:2: bad date"):
        parse_layer(actors, "phrase\tcode\n", name="mine")


@pytest.fixture(scope="module")
def phoenix(shared_dir: Path) -> Layer:
    """The real Phoenix dictionaries, imported once for this module."""
    folder = shared_dir / "reference" / "phoenix_dictionaries"
    files = [folder / name for name in ("Phoenix.Countries.actors.txt",
                                        "Phoenix.International.actors.txt",
                                        "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt")]
    report = import_phoenix_files(files, load_knowledge_base())
    assert len(report.actors) > 20_000 and len(report.agents) > 3_000
    assert len(report.skipped) < 100
    return Layer("phoenix", tuple(report.actors), tuple(report.agents))


@pytest.mark.parametrize(("name", "day", "code", "how"), [
    ("Moeen Qureshi", date(1993, 8, 1), "PAKGOV", "dictionary"),
    ("Moeen Qureshi", date(1995, 1, 1), "PAKELI", "dictionary"),
    ("Kofi Annan", date(2003, 1, 1), "UNO", "office"),
    ("Taliban", date(2003, 1, 1), "TAL", "kb"),
    ("Imran Khan", date(2020, 1, 1), "PAKGOV", "office"),
])
def test_real_dictionaries_come_after_the_knowledge_base(
        phoenix: Layer, name: str, day: date, code: str, how: str) -> None:
    found = lookup_actor(load_knowledge_base(), name, day, layers=[phoenix])
    assert (found.actor.code, found.how) == (code, how)


def test_real_dictionaries_agree_with_the_knowledge_bases_organisation_codes(
        phoenix: Layer) -> None:
    codes = {dated.code for actor in phoenix.actors for dated in actor.codes}
    left = {code for code in codes
            if code[:3] == "IGO" and ORGANISATIONS.modern(code) != code}
    assert not left
    by_name = {actor.name: actor for actor in phoenix.actors}
    assert [dated.code for dated in by_name["UN"].codes] == ["UNO"]
    assert {"UNO", "EEC", "NAT", "IGO"} <= codes
    assert not any(code.startswith(("IGOUNO", "IGOEUREEC", "IGOWSTNAT")) for code in codes)


def test_the_resolver_uses_a_layer(nlp: Language, phoenix: Layer) -> None:
    resolve = make_actor_resolver(extra=[phoenix])
    mentions = resolve(nlp("Moeen Qureshi met Antony Blinken. Qureshi said he was pleased."),
                       date(1993, 8, 1))
    found = [(m.text, m.actor.code, m.how, m.confidence) for m in mentions]
    assert found[0] == ("Moeen Qureshi", "PAKGOV", "dictionary", 0.8)
    assert ("Qureshi", "PAKGOV", "dictionary", 0.8) in found
    assert ("Antony Blinken", "USA", "kb", 0.95) in found


def test_layer_role_words_compose_with_countries(nlp: Language) -> None:
    layer = Layer("mine", (LayerActor("Zorg Front", (), "group", (DatedCode("AFGREB", None,
                                                                            None),)),), ())
    layer = Layer("mine", layer.actors, tuple(parse_layer(
        "name\taliases\tkind\tcode\tstart\tend\n",
        "phrase\tcode\nbeekeeper\tAGR\n", name="x").agents))
    mentions = make_actor_resolver(extra=[layer])(
        nlp("Pakistani beekeepers met the Zorg Front."), None)
    assert [(m.text, m.actor.code) for m in mentions] == [
        ("Pakistani beekeepers", "PAKAGR"), ("Zorg Front", "AFGREB")]
