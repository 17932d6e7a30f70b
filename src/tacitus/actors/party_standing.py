"""A named party's code on the article's date: its country's government or its opposition.

The annotation guidelines code the ruling party as its country's government and an opposition
party, or its leader, as the opposition (``INDGOV`` for the BJP in 2002, ``INDOPP`` for Congress
then); a party coded only as a party (``INDPTY``) names neither. ``governing_parties.tsv`` says
which parties led each country's national government from when to when, as
``office_holders.tsv`` does for people: on a date the table covers, a party it lists is the
government and any other party of that country the opposition. A country or a date the table
does not cover, or an article with no date, keeps the plain party code. A word before the name
that states the party's standing ("the ruling Telugu Desam Party", "the opposition Congress":
``party_standing_words.tsv``) outranks the table, and tells a region's governing party too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

from spacy.tokens import Doc

from tacitus.actors.knowledge import load_knowledge_base, parse_day
from tacitus.datatables import TableRow, read_packaged_table, split_list
from tacitus.wordlists import word_map

TABLE = "governing_parties.tsv"
COLUMNS = ("country", "parties", "start", "end")
# the parties cell of a period when no party governed (military or non-party rule)
NO_PARTY = "-"
PARTY = "PTY"
GOVERNMENT = "GOV"
OPPOSITION = "OPP"
UNIT = 3
# "the ruling BJP": the standing the text states, by the word just before the name
STANDING_WORDS = word_map("party_standing_words")
# a word before the standing word that makes it a noun of its own ("a court ruling")
NOUN_TAGS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True, slots=True)
class Government:
    """The parties (names folded to lower case) that led one country's government in a period;
    none when no party did. ``end`` is ``None`` while it still governs."""

    country: str
    parties: frozenset[str]
    start: date
    end: date | None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


def build_governments(rows: list[TableRow], countries: Iterable[str]) -> tuple[Government, ...]:
    """Validate the table's rows: known countries, real dates in order, names or ``-``."""
    known = frozenset(countries)
    governments: list[Government] = []
    for row in rows:
        if row["country"] not in known:
            raise row.fail(f"unknown country code {row['country']!r}")
        start = parse_day(row, row["start"], "start")
        end = parse_day(row, row["end"], "end") if row["end"] else None
        if end is not None and end < start:
            raise row.fail(f"end {end} is before start {start}")
        names = () if row["parties"] == NO_PARTY else split_list(row["parties"])
        if row["parties"] != NO_PARTY and not names:
            raise row.fail("no party named (write '-' for a period no party governed)")
        governments.append(Government(row["country"], frozenset(n.casefold() for n in names),
                                      start, end))
    return tuple(governments)


@cache
def load_governments() -> tuple[Government, ...]:
    """The packaged table, read and validated once."""
    kb = load_knowledge_base()
    return build_governments(read_packaged_table("tacitus.actors", TABLE, COLUMNS), kb.countries)


def government_on(country: str, day: date,
                  governments: tuple[Government, ...] | None = None) -> Government | None:
    """The government of ``country`` on ``day`` (the latest to start, on a day of handover)."""
    covering = [government for government in (governments or load_governments())
                if government.country == country and government.covers(day)]
    return max(covering, key=lambda government: government.start) if covering else None


def stated_standing(doc: Doc, start: int) -> str | None:
    """The type the word just before a party's name at ``start`` gives it ("the ruling BJP":
    ``GOV``), if that word states a standing and is not a noun's end ("a court ruling")."""
    if start < 1:
        return None
    standing = STANDING_WORDS.get(doc[start - 1].lower_)
    if standing is None or (start >= 2 and doc[start - 2].pos_ in NOUN_TAGS):
        return None
    return standing


def party_code(code: str, names: Iterable[str], day: date | None, *,
               stated: str | None = None) -> str:
    """The code of the party called ``names`` (its name and other names) whose plain code is
    ``code`` on ``day``: the country's ``GOV`` while a party of those names leads its
    government, its ``OPP`` when another party does (a party coded ``PTY`` only: an armed
    movement that never governed stays what it is), ``code`` unchanged where the table is
    silent. ``stated``: the standing the text gives the party (``stated_standing``), which
    outranks the table."""
    if len(code) != 2 * UNIT:
        return code
    country = code[:UNIT]
    if stated is not None:
        return country + stated
    if day is None:
        return code
    government = government_on(country, day)
    if government is None:
        return code
    if government.parties & {name.casefold() for name in names}:
        return country + GOVERNMENT
    return country + OPPOSITION if code[UNIT:] == PARTY else code


# the most words of a party's name read before a title ("Liberal Democrats leader")
NAME_WORDS = 4


@cache
def party_countries() -> dict[str, frozenset[str]]:
    """Each party name of the table (folded to lower case) and the countries it names a party
    of ("labour": Britain's and Australia's)."""
    countries: dict[str, set[str]] = {}
    for government in load_governments():
        for name in government.parties:
            countries.setdefault(name, set()).add(government.country)
    return {name: frozenset(found) for name, found in countries.items()}


def party_before(doc: Doc, start: int) -> tuple[int, str] | None:
    """The party name (its first token and its folded words) just before a title at ``start``
    ("Labor leader Simon Crean", "the Congress spokesman"), the longest the table knows, written
    as a name (a capital first); ``None`` when the words before it name no party."""
    names = party_countries()
    for length in range(min(NAME_WORDS, start), 0, -1):
        words = doc[start - length:start]
        name = words.text.casefold()
        if name in names and words[0].text[:1].isupper():
            return start - length, name
    return None


def titled_party_code(doc: Doc, start: int, country: str, day: date | None) -> str | None:
    """The code of a person titled at ``start`` by a party's office ("Labor leader", "Congress
    spokesman") in ``country``: the party's standing on ``day`` (``party_code``), or as a word
    before the party's name states it ("the opposition Labor leader"); ``None`` when no party of
    ``country`` is named just before the title."""
    party = party_before(doc, start)
    if party is None or country not in party_countries()[party[1]]:
        return None
    first, name = party
    return party_code(country + PARTY, (name,), day, stated=stated_standing(doc, first))
