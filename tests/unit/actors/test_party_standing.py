"""A named party is its country's government while it governs and the opposition otherwise, by
the article's date (``governing_parties.tsv``)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import make_actor_resolver
from tacitus.actors.party_standing import (
    COLUMNS,
    build_governments,
    party_code,
    stated_standing,
)
from tacitus.datatables import parse_table
from tacitus.errors import KnowledgeBaseError

HEADER = "\t".join(COLUMNS) + "\n"


def codes(nlp: Language, text: str, day: date | None) -> dict[str, str]:
    return {mention.text: mention.actor.code for mention in make_actor_resolver()(nlp(text), day)}


@pytest.mark.parametrize(("text", "day", "party", "code"), [
    # a party the tables name, before and after a change of government
    ("The BJP welcomed the budget.", date(2001, 7, 1), "BJP", "INDGOV"),
    ("The BJP welcomed the budget.", date(2006, 7, 1), "BJP", "INDOPP"),
    ("The BJP welcomed the budget.", date(2016, 7, 1), "BJP", "INDGOV"),
    ("ARENA rejected the proposal.", date(1989, 4, 20), "ARENA", "SLVOPP"),
    ("ARENA rejected the proposal.", date(1989, 8, 20), "ARENA", "SLVGOV"),
    ("The Kuomintang rejected the proposal.", date(2004, 2, 1), "Kuomintang", "TWNOPP"),
    ("The Kuomintang rejected the proposal.", date(2010, 2, 1), "Kuomintang", "TWNGOV"),
    # no party governed (military rule): every party is in opposition
    ("The PPP rejected the proposal.", date(2001, 2, 1), "PPP", "PAKOPP"),
    # India's Congress, a seat name other countries share, in a story set in India
    ("NEW DELHI - The Congress criticised the railway budget in India.", date(2001, 7, 1),
     "Congress", "INDOPP"),
    ("NEW DELHI - The Congress criticised the railway budget in India.", date(2007, 7, 1),
     "Congress", "INDGOV"),
    # a party named as the news names it in its own country, which other countries share
    ("LONDON - The Labour Party criticised the budget in Britain.", date(2003, 7, 1),
     "Labour Party", "GBRGOV"),
    ("LONDON - The Labour Party criticised the budget in Britain.", date(2012, 7, 1),
     "Labour Party", "GBROPP"),
    ("CANBERRA - The Labor Party criticised the budget in Australia.", date(2001, 7, 1),
     "Labor Party", "AUSOPP"),
    ("CANBERRA - The Labor Party criticised the budget in Australia.", date(2009, 7, 1),
     "Labor Party", "AUSGOV"),
])
def test_a_party_by_the_date(nlp: Language, text: str, day: date, party: str, code: str) -> None:
    assert codes(nlp, text, day)[party] == code


def test_a_partys_leader_shares_its_standing(nlp: Language) -> None:
    text = "BJP leader Mohan Verma welcomed the budget."
    assert codes(nlp, text, date(2001, 7, 1))["BJP leader Mohan Verma"] == "INDGOV"
    assert codes(nlp, text, date(2006, 7, 1))["BJP leader Mohan Verma"] == "INDOPP"


@pytest.mark.parametrize(("text", "day", "person", "code"), [
    # a government title after a party's name: the party's standing, not the government's
    ("CANBERRA - Labor leader Mark Dalton attacked the budget in Australia.", date(2001, 7, 1),
     "leader Mark Dalton", "AUSOPP"),
    ("CANBERRA - Labor leader Mark Dalton attacked the budget in Australia.", date(2009, 7, 1),
     "leader Mark Dalton", "AUSGOV"),
    ("LONDON - The Labour leader, Tom Ashby, attacked the budget in Britain.", date(2017, 7, 1),
     "leader, Tom Ashby", "GBROPP"),
    ("NEW DELHI - Congress spokesman Arun Mehra attacked the budget in India.", date(2002, 7, 1),
     "spokesman Arun Mehra", "INDOPP"),
    # a standing the text states before the party outranks the table
    ("CANBERRA - Opposition Labor leader Mark Dalton attacked the budget in Australia.",
     date(2009, 7, 1), "leader Mark Dalton", "AUSOPP"),
    # no date: the party, neither side
    ("CANBERRA - Labor leader Mark Dalton attacked the budget in Australia.", None,
     "leader Mark Dalton", "AUSPTY"),
])
def test_a_government_title_after_a_partys_name(nlp: Language, text: str, day: date | None,
                                                person: str, code: str) -> None:
    assert codes(nlp, text, day)[person] == code


@pytest.mark.parametrize(("text", "person", "code"), [
    # a party of another country than the person's ("Congress" in El Salvador): the title's type
    ("SAN SALVADOR - Congress President Luis Ortega met the army chief in El Salvador.",
     "President Luis Ortega", "SLVGOV"),
    # a title that is not the government's keeps its type ("MP": the legislature)
    ("CANBERRA - Labor MP Jan Fowler attacked the budget in Australia.", "MP Jan Fowler",
     "AUSLEG"),
])
def test_a_title_the_party_leaves_alone(nlp: Language, text: str, person: str,
                                        code: str) -> None:
    assert codes(nlp, text, date(2001, 7, 1))[person] == code


@pytest.mark.parametrize(("text", "day", "party", "code"), [
    # the text's own word outranks the table (a region's ruling party: the national table's
    # opposition)
    ("Youths stoned the office of the ruling BJP in Lucknow.", date(2006, 7, 1), "BJP", "INDGOV"),
    ("The governing Kuomintang rejected the proposal.", None, "Kuomintang", "TWNGOV"),
    ("The opposition Kuomintang rejected the proposal.", date(2010, 2, 1), "Kuomintang",
     "TWNOPP"),
])
def test_a_standing_the_text_states(nlp: Language, text: str, day: date | None, party: str,
                                    code: str) -> None:
    assert codes(nlp, text, day)[party] == code


def test_a_stated_standing_holds_for_the_partys_later_mentions(nlp: Language) -> None:
    text = ("The government warned the opposition Movement for Democratic Change (MDC) against "
            "protests. The MDC said it would march.")
    found = [(mention.text, mention.actor.code)
             for mention in make_actor_resolver()(nlp(text), None) if "M" in mention.text]
    assert found and all(code == "ZWEOPP" for _, code in found)


@pytest.mark.parametrize(("text", "standing"), [
    ("Youths stoned the office of the ruling BJP.", "GOV"),
    ("The Supreme Court ruling BJP leaders welcomed was read out.", None),
])
def test_a_ruling_that_is_a_noun_states_nothing(nlp: Language, text: str,
                                                standing: str | None) -> None:
    doc = nlp(text)
    (party,) = (token.i for token in doc if token.text == "BJP")
    assert stated_standing(doc, party) == standing


@pytest.mark.parametrize(("text", "day", "party"), [
    ("The BJP welcomed the budget.", None, "BJP"),  # no date: nothing to go by
    ("The CPN-UML rejected the proposal.", date(2010, 2, 1), "CPN-UML"),  # no row for Nepal
])
def test_the_plain_party_code_where_the_table_is_silent(nlp: Language, text: str,
                                                       day: date | None, party: str) -> None:
    assert codes(nlp, text, day)[party].endswith("PTY")


@pytest.mark.parametrize(("code", "names", "day", "expected"), [
    # an armed movement that later governed: the government then, itself before
    ("SLVREB", ("FMLN",), date(2012, 1, 1), "SLVGOV"),
    ("SLVREB", ("FMLN",), date(1990, 1, 1), "SLVREB"),
    # a date on the day of a handover: the government that starts that day
    ("USAPTY", ("Democratic Party (US)",), date(2009, 1, 20), "USAGOV"),
    ("USAPTY", ("Republican Party (US)",), date(2009, 1, 20), "USAOPP"),
])
def test_party_code(code: str, names: tuple[str, ...], day: date, expected: str) -> None:
    assert party_code(code, names, day) == expected


@pytest.mark.parametrize(("row", "message"), [
    ("XXX\tBJP\t2001-01-01\t\n", "unknown country code"),
    ("IND\tBJP\t2001-01-01\t2000-01-01\n", "is before start"),
    ("IND\tBJP\t2001-13-01\t\n", "bad date in start"),
    ("IND\t|\t2001-01-01\t\n", "no party named"),
])
def test_the_table_is_validated(row: str, message: str) -> None:
    rows = parse_table(HEADER + row, COLUMNS, name="governing_parties.tsv")
    with pytest.raises(KnowledgeBaseError, match=message):
        build_governments(rows, ("IND",))
