"""Places under attack are targets: "Russian troops shelled a bread line in Chernihiv" is
``RUS 19 UKR`` (``docs/annotation.md``; CAMEO codes the country of a place as the target).

``make_town_actors`` turns the places a text names outside its actor mentions into their
countries as actors, by token: a country's own name standing as a place ("bombed targets in
southern Lebanon", where the actor resolver reads no actor), a region of one country ("a curfew in
Gujarat", ``tacitus.actors.regions``), and the gazetteer's towns and cities
(``Locator.find_towns``); a town's name that is a country's or a region's is that place
("Lebanon" is never a town of Ohio here), a longer town's name holds ("Mexico City").
``attacked_place`` reads the clause of a coercive or violent trigger, or of a visit
(``place_visit_codes.tsv``: "arrived in Kandahar" visits its host) — its objects and their
phrases, its own place phrases ("in Mariupol"), never its subject or another clause — and gives
the country of the first place named there, if any. The candidate generator pairs that country as
a target with the trigger's sources.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from tacitus.actors.aliases import NameTable
from tacitus.actors.draft_state import TownFinder
from tacitus.actors.knowledge import Country
from tacitus.actors.regions import load_regions
from tacitus.actors.token_reading import names_at_capitals, reading_of
from tacitus.datatables import read_packaged_table
from tacitus.events.ontology import load_ontology, root_group
from tacitus.model import Actor, ActorMention

# the roots whose place is a target: coercion, assault, fighting, mass violence
ATTACK_ROOTS = root_group("coercion_and_violence")
# the other acts whose place is a target: a visit's is its host
VISIT_TABLE = "place_visit_codes.tsv"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
# the act's place is in its objects and place phrases and their modifiers: never its doer or
# another clause
OBJECT_DEPS = frozenset({"dobj", "obj", "pobj", "prep", "dative"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
PLACE_DEPS = OBJECT_DEPS | MODIFIER_DEPS
NOUN_POS = frozenset({"NOUN", "PROPN"})
# the countries whose own names stand as places ("in southern Lebanon"): a regional code
# ("Europe", "the Middle East") is no one country's, and the gazetteer's towns already place a
# territory's name in the state the news codes it as ("Gaza")
PLACE_COUNTRY_KINDS = frozenset({"state"})

TownActors = Callable[[Doc, Sequence[ActorMention]], dict[int, Actor]]


def country_place_names(countries: Mapping[str, Country]) -> list[tuple[str, str]]:
    """Each written form of a state's or territory's own name (its name and aliases, not its
    adjectives) with its code: the ``country_names`` of ``make_town_actors``."""
    return [(name, code) for code, country in countries.items()
            if country.kind in PLACE_COUNTRY_KINDS for name in (country.name, *country.aliases)]


@lru_cache(maxsize=1)
def load_visit_codes() -> tuple[str, ...]:
    """The packaged code prefixes of the acts besides coercion and violence whose place is a
    target, each a code of the ontology (once per process)."""
    rows = read_packaged_table("tacitus.events", VISIT_TABLE, ("code",))
    known = load_ontology()
    for row in rows:
        if row["code"] not in known:
            raise row.fail(f"unknown CAMEO code {row['code']!r}")
    return tuple(dict.fromkeys(row["code"] for row in rows))


def make_town_actors(find_towns: TownFinder, countries: Mapping[str, str], *,
                     country_names: Sequence[tuple[str, str]] = ()) -> TownActors:
    """The stage giving each token of a place a text names (a country's name, a region, a town)
    its country as an actor (``countries``: country code to name; ``country_names``: each
    written form of a country's own name with its code)."""
    names: NameTable[str] = NameTable()
    names.extend(country_names)

    def town_actors(doc: Doc, mentions: Sequence[ActorMention]) -> dict[int, Actor]:
        covered = frozenset(index for mention in mentions
                            for index in range(mention.token_start, mention.token_end))
        named = Counter(mention.actor.country for mention in mentions if mention.actor.country)
        places = [*_country_places(doc, covered, names), *load_regions().find(doc, covered)]
        towns = find_towns(doc, covered, [code for code, _ in named.most_common()])
        places = _longest_places(places, towns)
        found: dict[int, Actor] = {}
        for start, end, code in places:
            if code not in countries:
                continue
            actor = Actor(code=code, name=countries[code], kind="state", country=code)
            found.update((index, actor) for index in range(start, end))
        return found

    return town_actors


class TownsWhenAsked(Mapping[int, Actor]):
    """The ``town_actors`` of one article, found only when first read: the candidate generator
    asks them only of a coercive or violent trigger or a visit (``attacked_place``), which many
    articles have none of."""

    def __init__(self, town_actors: TownActors, doc: Doc,
                 mentions: Sequence[ActorMention]) -> None:
        self._find = town_actors
        self._doc = doc
        self._mentions = mentions
        self._found: dict[int, Actor] | None = None

    def _towns(self) -> dict[int, Actor]:
        if self._found is None:
            self._found = self._find(self._doc, self._mentions)
        return self._found

    def __getitem__(self, index: int) -> Actor:
        return self._towns()[index]

    def __iter__(self) -> Iterator[int]:
        return iter(self._towns())

    def __len__(self) -> int:
        return len(self._towns())


def _longest_places(named: list[tuple[int, int, str]], towns: list[tuple[int, int, str]]
                    ) -> list[tuple[int, int, str]]:
    """The country and region names ``named`` with the ``towns`` of longer names than those
    they overlap ("Mexico City" over "Mexico"); a town whose name is a country's or a region's
    ("Lebanon", a town of Ohio too) gives way to it."""
    def overlaps(one: tuple[int, int, str], other: tuple[int, int, str]) -> bool:
        return one[0] < other[1] and other[0] < one[1]

    longer = [town for town in towns
              if all(town[1] - town[0] > place[1] - place[0]
                     for place in named if overlaps(town, place))]
    return [*[place for place in named if not any(overlaps(place, town) for town in longer)],
            *longer]


def _country_places(doc: Doc, covered: frozenset[int], names: NameTable[str]
                    ) -> list[tuple[int, int, str]]:
    """The countries ``doc`` names by their own names outside the ``covered`` tokens (the actor
    mentions), each as its token span and code: names the actor resolver read as places."""
    folded = reading_of(doc).folded

    def country_at(start: int) -> tuple[int, str] | None:
        match = names.match_at(doc, folded, start)
        return None if match is None else (match.end, match.value)

    return names_at_capitals(doc, covered, country_at)


def attacked_place(head: Token, cameo: str, towns: Mapping[int, Actor]) -> Actor | None:
    """The country of the place a coercive or violent act (trigger ``head``, code ``cameo``)
    strikes, or a visit goes to, if its clause names one."""
    # the code first: ``towns`` may be read only when asked (``TownsWhenAsked``)
    if (cameo[:2] not in ATTACK_ROOTS and not cameo.startswith(load_visit_codes())) or not towns:
        return None
    verb = head
    if head.pos_ in NOUN_POS and head.dep_ in SUBJECT_DEPS:
        # "an air strike destroyed the Mariupol theatre": the place is the verb's
        verb = head.head
    for token in _place_words(verb):
        if token.i in towns:
            return towns[token.i]
    return None


def struck_tokens(head: Token, cameo: str) -> frozenset[int]:
    """The tokens of what a coercive or violent act (trigger ``head``, code ``cameo``) strikes:
    its clause's objects and place phrases ("exploded at a police station"). An actor named
    there is the act's target or place, never its doer."""
    if cameo[:2] not in ATTACK_ROOTS:
        return frozenset()
    verb = head.head if head.pos_ in NOUN_POS and head.dep_ in SUBJECT_DEPS else head
    return frozenset(token.i for token in _place_words(verb))


def _place_words(verb: Token) -> Iterator[Token]:
    """The words of ``verb``'s objects and place phrases, nearest first."""
    pending = [verb]
    while pending:
        token = pending.pop(0)
        for child in token.children:
            if child.dep_ in PLACE_DEPS:
                yield child
                pending.append(child)
