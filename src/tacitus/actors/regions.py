"""Regions inside a country (``regions.tsv``): "California", "Gujarat", "Scotland".

A region named in a text is a place, never an actor. Where it is named, the text is set in its
country: the composition passes count it with the towns the text names (a local body, "the
governor", is the region's country's; a dateline "SANTA MARIA, Calif. -" sets the story there).

1. A region's name matches with its case ("California", not "california"), outside the actor
   mentions and outside the name of a person ("Victoria Beckham").
2. An abbreviation ("Calif.", "N.J.") matches only inside the dateline: elsewhere "Miss." and
   "Ind." are other words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from tacitus.actors.aliases import NameTable
from tacitus.actors.token_reading import reading_of
from tacitus.datatables import read_packaged_table, split_list
from tacitus.errors import KnowledgeBaseError

COLUMNS = ("name", "country", "abbreviations")
PERSON_ENTITIES = frozenset({"PERSON"})


@dataclass(frozen=True, slots=True)
class Regions:
    """The packaged regions: full names and dateline abbreviations, each to its country code."""

    names: NameTable[str]
    abbreviations: NameTable[str]
    countries: frozenset[str]

    def find(self, doc: Doc, covered: frozenset[int], dateline: tuple[int, int] = (0, 0)
             ) -> list[tuple[int, int, str]]:
        """The regions ``doc`` names outside the ``covered`` tokens, each as its token span and
        its country code; abbreviations only inside the ``dateline`` tokens."""
        reading = reading_of(doc)
        texts, raw = reading.folded, reading.texts
        found: list[tuple[int, int, str]] = []
        index = 0
        while index < len(doc):
            if index in covered or not raw[index][:1].isupper():
                index += 1
                continue
            match = self.names.match_at(doc, texts, index)
            if match is None and dateline[0] <= index < dateline[1]:
                match = self.abbreviations.match_at(doc, texts, index)
            if (match is None or covered & set(range(index, match.end))
                    or any(doc[i].ent_type_ in PERSON_ENTITIES
                           for i in range(index, match.end))):
                index += 1
                continue
            found.append((index, match.end, match.value))
            index = match.end
        return found


@lru_cache(maxsize=1)
def load_regions() -> Regions:
    """Read and validate ``regions.tsv``, once per process."""
    names: NameTable[str] = NameTable()
    abbreviations: NameTable[str] = NameTable()
    seen: dict[str, str] = {}
    for row in read_packaged_table("tacitus.actors", "regions.tsv", COLUMNS):
        code = row["country"]
        if len(code) != 3 or not code.isalpha() or not code.isupper():
            raise row.fail(f"{code!r} is not a three-letter country code")
        forms = (row["name"], *split_list(row["abbreviations"]))
        for form in forms:
            if not form[:1].isupper():
                raise row.fail(f"{form!r} must be capitalised")
            if seen.setdefault(form.casefold(), code) != code:
                raise row.fail(f"{form!r} is given to {seen[form.casefold()]} and {code}")
        names.add(row["name"], code)
        for form in forms[1:]:
            abbreviations.add(form, code)
    if not seen:
        raise KnowledgeBaseError("regions.tsv: no region")
    return Regions(names, abbreviations, frozenset(seen.values()))
