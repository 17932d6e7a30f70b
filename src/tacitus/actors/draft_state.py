"""What one pass over one Doc has found so far: the drafts, the places named, the dateline."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from spacy.tokens import Doc

from tacitus.actors.actor_lexicon import ActorLexicon
from tacitus.actors.datelines import find_dateline
from tacitus.actors.knowledge import Country
from tacitus.actors.matches import Atom, Draft

# The towns and cities a parsed text names as places, outside the given (actor) tokens: each as
# its token span and the country code of the town it most likely is, given the countries the
# text names, likeliest first (``Locator.find_towns``).
TownFinder = Callable[[Doc, frozenset[int], Sequence[str]], list[tuple[int, int, str]]]


class DraftState:
    """The state the composition passes share: the Doc, its atoms, and what they have found."""

    def __init__(self, doc: Doc, atoms: list[Atom], lexicon: ActorLexicon,
                 day: date | None, towns: TownFinder | None = None) -> None:
        self.doc = doc
        self.find_towns = towns
        self.atoms = atoms
        self.lexicon = lexicon
        self.day = day
        self.covered = [False] * len(doc)
        for atom in atoms:
            for index in range(atom.start, atom.end):
                self.covered[index] = True
        self.drafts: list[Draft] = []
        self.dangling: list[Atom] = []
        self.surnames: dict[str, Draft] = {}
        # known surnames the text gives to someone else ("Warren Truss"): not the known person
        self.other_surnames: set[str] = set()
        dateline = find_dateline(doc)
        # the dateline's tokens, after any headline; none: an empty range at 0
        self.dateline_start = dateline.start if dateline is not None else 0
        self.dateline_end = dateline.end if dateline is not None else 0
        self.dateline_country: Country | None = None
        # in a text with no dateline, the country its towns, regions and countries set it in
        # (``Composer.find_setting``)
        self.setting_country: Country | None = None
        self.governed: set[int] = set()
        # countries and capitals named as places ("in Haiti"): context, though not actors
        self.places: list[tuple[int, Country]] = []
        # the same by token, and those where people are ("in Haiti", not "into Haiti")
        self.place_tokens: dict[int, Country] = {}
        self.staying: list[tuple[int, Country]] = []
        # towns and cities of the gazetteer named as places ("in Chernihiv"), with the end of
        # each name: where a local body ("the mayor", "the city's prosecutors") belongs
        self.town_spans: list[tuple[int, int, Country]] = []
        # the first tokens of the spans among them that are regions ("Ohio", ``regions``)
        self.region_starts: frozenset[int] = frozenset()
        # "ethnic Albanians": start of the mention -> the country its adjective names
        self.ethnic: dict[int, Country] = {}
        # a party's standing the text stated at an earlier mention ("the opposition MDC"), by
        # the party's name: its later mentions ("(MDC)", "the MDC") keep it
        self.stated_standings: dict[str, str] = {}
        # the tokens of the places a noun sends someone to (``destinations``), once read
        self.destination_tokens: frozenset[int] | None = None

    @property
    def towns(self) -> list[tuple[int, Country]]:
        """The towns named as places, each as its first token and its country."""
        return [(start, country) for start, _, country in self.town_spans]

    @property
    def story_country(self) -> Country | None:
        """The country the story is set in: its dateline's, else the one its place names set
        it in."""
        return self.dateline_country or self.setting_country
