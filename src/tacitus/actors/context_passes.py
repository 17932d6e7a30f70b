"""The passes that place what the first pass found in its context: role nouns governing an "of"
phrase of countries ("ministers of China and Russia"), generic actors given the country of their
phrase or context ("police in Kabul", "five people"), and titled persons whose country was
pending."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Token

from tacitus.actors.actor_lexicon import RoleWord
from tacitus.actors.bodies import is_attached, is_description, is_own_object
from tacitus.actors.codes import MEDIA, is_news_agency
from tacitus.actors.draft_state import DraftState
from tacitus.actors.foreign_places import meeting_venues, missions_as_places
from tacitus.actors.generic import (
    attached_index,
    bare_actor,
    doer_tokens,
    head_token,
    is_foreign,
    is_generic_actor,
    is_local_body,
    is_posted_abroad,
    is_private_person,
    striking_subject,
)
from tacitus.actors.knowledge import ActorType, Country
from tacitus.actors.matches import STORY_PLACED, Atom, Draft, state_actor
from tacitus.actors.name_runs import inside_unknown_name
from tacitus.actors.party_standing import (
    GOVERNMENT,
    party_code,
    stated_standing,
    titled_party_code,
)
from tacitus.actors.shared_seats import is_shared_seat, seat_in
from tacitus.actors.venues import said_content, venues
from tacitus.nlp.doc_memo import root_of, sentence_of
from tacitus.nlp.token_arrays import arrays_of
from tacitus.wordlists import word_set

OF_DEPS = frozenset({"pobj", "prep", "conj", "cc", "appos", "compound", "nmod", "amod"})
INSTITUTION_TYPES = frozenset({"LEG", "JUD", "GOV"})
MAX_OF_HOPS = 6
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# a place before a role noun that says whose it is: "California's regulators", "Ohio officials"
QUALIFYING_DEPS = frozenset({"poss", "compound", "nmod"})
VERB_POS = frozenset({"VERB", "AUX"})
# prepositions whose object may be members of a role noun ("ministers of … China and Russia")
MEMBER_PREPS = word_set("naming_prepositions", member="yes")
# a country dominates the text before a sentence when named at least twice and in two thirds
# of the country mentions
MIN_DOMINANT = 2
DOMINANT_SHARE = (2, 3)
# a town's name sets a story in its country only when at least this long
MIN_SETTING_NAME = 5
# an organ of the state with no country in its sentence takes that of the latest mention at most
# this many sentences back ("… Pakistani troops. Officials said …"); further back, only a country
# dominating the text before places it ("the court" pages after a "Hong Kong-based seller"), or,
# when none does, the whole text ("dominant_from")
NEAR_SENTENCES = 2
# titles too vague, or too often other words, to stand alone for an actor ("world leaders",
# "a speaker at the rally", "seek justice")
VAGUE_TITLES = word_set("vague_titles")
# police and courts act in their own country: never placed by a person or sector near them
HOME_ORGANS = word_set("home_organs")
# an opposition or a party stands against its own country's state, never another's
DOMESTIC_RIVALS = word_set("domestic_rival_types")


class ContextPasses(DraftState):
    """Composition passes over the drafts of the first pass (step 4 of ``Composer.compose``)."""

    def apply_of_phrases(self) -> None:
        heads = {role.end - 1: role for role in self.dangling}
        for index, draft in enumerate(self.drafts):
            if draft.actor.kind != "state" or draft.actor.code != draft.actor.country:
                continue
            role = self.governing_role(root_of(self.doc, draft.start, draft.end), heads)
            if role is None or role.start > draft.start:
                continue
            word = role.value
            assert isinstance(word, RoleWord)
            country = self.lexicon.kb.countries[draft.actor.code]
            actor = state_actor(country, word.actor_type, (word.phrase.lower(),))
            self.drafts[index] = replace(draft, actor=actor)
            self.governed.add(role.start)

    @staticmethod
    def governing_role(token: Token, heads: dict[int, Atom]) -> Atom | None:
        for _ in range(MAX_OF_HOPS):
            if token.dep_ not in OF_DEPS or token.head.i == token.i:
                return None
            token = token.head
            if token.dep_ == "prep" and token.lower_ not in MEMBER_PREPS:
                # "bombers from a group in the western Iraqi province": a place, not members
                return None
            if token.i in heads:
                return heads[token.i]
        return None

    def place_shared_seats(self) -> None:
        """A seat name other countries' bodies share ("Congress") is the body of the country the
        story is set in (``story_country``, else the one dominating the text, not counting those
        names), when that country has a body of that name (``shared_seats``)."""
        kb = self.lexicon.kb
        seats = [index for index, draft in enumerate(self.drafts)
                 if draft.how == "kb" and draft.actor.kind == "state"
                 and is_shared_seat(self.doc[draft.start:draft.end].text)]
        if not seats:
            return
        skip = {self.drafts[index].start for index in seats}
        story = self.story_country or self.dominant_before(len(self.doc), skip=skip)
        if story is None:
            return
        for index in seats:
            draft = self.drafts[index]
            if draft.actor.country == story.code:
                continue
            text = self.doc[draft.start:draft.end].text
            actor = seat_in(kb, text, story)
            if actor is not None:
                # India's Congress party: the government or the opposition by the date
                actor = replace(actor, code=party_code(
                    actor.code, (text,), self.day,
                    stated=stated_standing(self.doc, draft.start)))
                self.drafts[index] = replace(draft, actor=actor)

    def place_institutions(self) -> None:
        """Role nouns with no name become generic actors: "the Senate", "police", "soldiers",
        "five people", "a suicide bomber".

        Organs of the state take the country of their own phrase ("police in Kabul"), else of
        their context (the nearest mention in the sentence, else the latest before, else the
        ``story_country``). Sectors ("people", "gunmen") may be anyone's: they take a country only
        when the text makes it clear (``sector_country``). With no country, the actor is its type
        alone ("COP", "CVL"), except a private person ("a man"), who is then no actor.
        """
        for role in self.dangling:
            word = role.value
            assert isinstance(word, RoleWord)
            if (role.start in self.governed or is_description(self.doc, role)
                    or is_attached(self.doc, role, self.drafts)):
                continue
            state = word.actor_type.kind == "state"
            ethnic = role.start in self.ethnic
            token = self.doc[role.start]
            capitalised = (token.text[:1].isupper() and not token.is_sent_start
                           and role.start != self.dateline_end)
            if capitalised and not ethnic and (
                    word.actor_type.code not in INSTITUTION_TYPES
                    or inside_unknown_name(self.doc, self.covered, role.start)):
                continue
            if (not state or word.title) and not is_generic_actor(self.doc, role):
                continue
            if word.title and word.phrase.lower() in VAGUE_TITLES:
                continue
            if is_posted_abroad(self.doc, role):
                # "diplomats in Kabul": serving there, of no country the text gives
                continue
            country = self.attached_country(role)
            if country is None and state:
                country = self.local_country(role)
            if country is None and state:
                country = (self.context_country(role.start, media=word.actor_type.code == MEDIA,
                                                skip=self.people_for(word.actor_type))
                           or self.story_country)
            elif country is None:
                country = self.sector_country(role.start, media=word.actor_type.code == MEDIA)
            if country is not None and ((ethnic and country == self.ethnic[role.start])
                                        or is_foreign(self.doc, role)):
                # "ethnic Albanians in Albania" say nothing more; "foreign journalists" are not
                # the context's
                country = None
            phrase = word.phrase.lower()
            if country is None and is_private_person(self.doc, role):
                continue
            if country is None:
                actor = bare_actor(word.actor_type, phrase)
            elif state and is_own_object(self.doc, role, country.code, [
                    draft for draft in self.drafts if draft.actor.kind != "sector"]):
                continue
            else:
                actor = state_actor(country, word.actor_type, (phrase,))
            end = max(role.end, head_token(self.doc, role).i + 1)
            self.drafts.append(Draft(role.start, end, actor, "anaphor"))

    def people_for(self, organ: ActorType) -> frozenset[int]:
        """For an organ that acts at home (``HOME_ORGANS``: police, courts), the starts of the
        mentions of people and sectors, whose country says nothing of the organ's ("a U.S.
        citizen was arrested by the security corps"); none for another organ."""
        if organ.code not in HOME_ORGANS:
            return frozenset()
        return frozenset(draft.start for draft in self.drafts if draft.actor.kind == "sector")

    def attached_country(self, role: Atom) -> Country | None:
        """The country of the role noun's own phrase: "protesters in Kabul", "the people of
        Yemen", or of the town or region that qualifies it: "California's regulators", "Ohio
        officials"."""
        index = attached_index(self.doc, role)
        if index is None:
            return self.qualifying_place(role)
        if index in self.place_tokens:
            return self.place_tokens[index]
        countries = self.lexicon.kb.countries
        for draft in self.drafts:
            if draft.start <= index < draft.end and draft.actor.country in countries:
                return countries[str(draft.actor.country)]
        return None

    def qualifying_place(self, role: Atom) -> Country | None:
        """The country of a town or region (``town_spans``) that qualifies the role noun as a
        possessive or a modifier: "California's regulators", "Gujarat police"."""
        for child in head_token(self.doc, role).children:
            if child.dep_ not in QUALIFYING_DEPS:
                continue
            for start, end, country in self.town_spans:
                if start <= child.i < end:
                    return country
        return None

    def local_country(self, role: Atom) -> Country | None:
        """A local body's country ("the mayor", "the city's prosecutors"): that of the town its
        sentence names nearest it, else of the latest town named before it; ``None`` for another
        role noun or a text that names no town."""
        if not self.towns or not is_local_body(self.doc, role):
            return None
        sentence = sentence_of(self.doc[role.start])
        inside = [item for item in self.towns if sentence.start <= item[0] < sentence.end]
        if inside:
            return min(inside, key=lambda item: abs(item[0] - role.start))[1]
        before = [item for item in self.towns if item[0] < role.start]
        return max(before, key=lambda item: item[0])[1] if before else None

    def sector_country(self, index: int, *, media: bool = False) -> Country | None:
        """A sector's country when the text makes it clear: the one country named as where
        things happen in the sentence ("in Pakistan"), else the one country the sentence names,
        else the ``story_country``, else a country that dominates the text before, else the whole
        text (``dominant_from``); none when the sentence names several."""
        sentence = sentence_of(self.doc[index])
        meetings = self.meeting_venues()
        inside = {country.code: country for start, country in self.staying
                  if sentence.start <= start < sentence.end and start not in meetings}
        if len(inside) == 1:
            return next(iter(inside.values()))
        if inside:
            return None
        striker = striking_subject(self.doc, index)
        named = {country.code: country
                 for start, country in self.country_mentions(staying=True, media=media)
                 if sentence.start <= start < sentence.end
                 and not (striker is not None and start in striker
                          and self.is_armed_or_state(start))}
        if len(named) == 1:
            return next(iter(named.values()))
        if named:
            return None
        if self.story_country is not None:
            return self.story_country
        return self.dominant_from(sentence.start)

    def is_armed_or_state(self, start: int) -> bool:
        """Whether the draft at ``start`` is a country itself or its military."""
        return any(draft.start == start and (draft.actor.code == draft.actor.country
                                             or draft.actor.code.endswith("MIL"))
                   for draft in self.drafts)

    def country_mentions(self, *, staying: bool = False, media: bool = False
                         ) -> list[tuple[int, Country]]:
        """Every country named so far, as an actor's country or as a place (with ``staying``,
        only places where people are: "in Pakistan", not "into Pakistan"); a news agency's
        country only for ``media`` (see ``context_country``); never that of a post abroad named
        as a place (``missions_as_places``)."""
        countries = self.lexicon.kb.countries
        abroad = self.missions_as_places()
        found = [(draft.start, countries[str(draft.actor.country)]) for draft in self.drafts
                 if draft.actor.country in countries and draft.country_pending is None
                 and draft.how not in STORY_PLACED and draft.start not in abroad
                 and (media or not is_news_agency(draft.actor.code, draft.actor.kind))]
        meetings = self.meeting_venues()
        return found + [place for place in (self.staying if staying else self.places)
                        if place[0] not in meetings]

    def fill_pending_countries(self) -> None:
        """A person known by a title alone ("Premier Peter Beattie", "Kurt Volker, the special
        envoy to Ukraine") takes the country of their context, but never of a country a noun
        sends someone to ("envoy to Ukraine", "a visit to Rome": ``destinations``), nor of a
        town where something else happened sentences before ("He is now thought to be in
        Rome. Premier Peter Beattie says …"). Where they speak or meet ("told reporters in
        Brussels", ``venues``) places them only when nothing else in the text does, and whom
        they speak of (``said_content``) only when not even that does. Who acts on them ("US
        agents arrested Premier Dobbs": ``doers_on``) never places them. A government title after
        a party's name of that country ("Labor leader") is the party's standing instead
        (``party_standing.titled_party_code``)."""
        skip = self.destinations()
        places = [start for start, _ in self.places]
        for index, draft in enumerate(self.drafts):
            if draft.country_pending is None:
                continue
            if draft.local:
                country = self.story_place(draft.start, skip)
            else:
                media = draft.country_pending.code == MEDIA
                others = (skip | self.counterparts(draft.country_pending)
                          | self.doers_on(draft.start, draft.country_pending))
                content = said_content(self.doc, draft.start, draft.end)
                venue = venues(self.doc, draft.start, draft.end, places)
                country = None
                # the weakest grounds last: where they speak, then whom they speak of
                for weak in (content | venue, content, frozenset()):
                    country = country or self.context_country(
                        draft.start, media=media, skip=others | weak, places_before=False)
            if country is None:
                continue
            old = draft.actor
            code = country.code + draft.country_pending.code
            if draft.country_pending.code == GOVERNMENT:
                # "Labor leader Simon Crean": a party's office, not the government's, unless
                # the party governs
                code = titled_party_code(self.doc, draft.start, country.code, self.day) or code
            actor = replace(old, code=code, country=country.code)
            self.drafts[index] = replace(draft, actor=actor, country_pending=None)
            for other, later in enumerate(self.drafts):
                if later.actor == old and later.country_pending is None:
                    self.drafts[other] = replace(later, actor=actor)

    def doers_on(self, start: int, pending: ActorType) -> frozenset[int]:
        """For a state title (``pending``), the starts of the mentions of who acts on the person
        named at ``start`` ("US agents arrested Premier Dobbs", ``doer_tokens``): the other
        side, whose country says nothing of the official's. A sector's title has none, as for
        ``counterparts``: the forces that arrest a blogger are most often the blogger's own."""
        if pending.kind != "state":
            return frozenset()
        doers = doer_tokens(self.doc, start)
        return frozenset(draft.start for draft in self.drafts
                         if any(index in doers for index in range(draft.start, draft.end)))

    def story_place(self, index: int, skip: frozenset[int]) -> Country | None:
        """Where the story is, for a local title at ``index``: the nearest country or town named
        in its sentence as where people are ("in Toronto"; not "envoy to Ukraine", a token of
        ``skip``), else the ``story_country``, else a country dominating the text before."""
        sentence = sentence_of(self.doc[index])
        inside = [item for item in self.staying + self.towns
                  if sentence.start <= item[0] < sentence.end and item[0] not in skip]
        if inside:
            return min(inside, key=lambda item: abs(item[0] - index))[1]
        return self.story_country or self.dominant_before(sentence.start)

    def counterparts(self, pending: ActorType) -> frozenset[int]:
        """For a state title (``pending``), the starts of the mentions of another branch of a
        state ("Canadian police", "the US Congress", "Kenyan troops"): a counterpart, whose
        country says nothing of the official's ("Governor Mary Hume called for calm after
        Canadian police arrested the premier"). An opposition or a party (``DOMESTIC_RIVALS``)
        is no counterpart: it opposes its own country's government ("Ghana's opposition
        leader … President X"). A sector's title ("the blogger") has none: the
        forces that arrest a blogger are most often the blogger's own country's."""
        if pending.kind != "state":
            return frozenset()
        return frozenset(draft.start for draft in self.drafts
                         if draft.actor.country is not None and draft.country_pending is None
                         and draft.actor.code != draft.actor.country
                         and draft.actor.code.startswith(draft.actor.country)
                         and (kind := draft.actor.code.removeprefix(draft.actor.country))
                         != pending.code and kind not in DOMESTIC_RIVALS)

    def context_country(self, index: int, *, media: bool = False,
                        skip: frozenset[int] = frozenset(),
                        places_before: bool = True) -> Country | None:
        """The country of the nearest mention or place in the sentence, else of the latest one
        in the ``NEAR_SENTENCES`` before (places among them only with ``places_before``), else
        of a country dominating the text before or the whole text (``dominant_from``); a news
        agency's country is never the context ("a spokesperson told Reuters") but for ``media``
        ("The Wall Street Journal denies it, the newspaper said"), nor a post abroad named as a
        place ("at the Peruvian embassy": ``missions_as_places``), nor one starting at a token of
        ``skip``."""
        sentence = sentence_of(self.doc[index])
        countries = self.lexicon.kb.countries
        abroad = self.missions_as_places()
        candidates = [(draft.start, countries[str(draft.actor.country)]) for draft in self.drafts
                      if draft.actor.country in countries and draft.country_pending is None
                      and (media or not is_news_agency(draft.actor.code, draft.actor.kind))
                      and draft.start not in skip and draft.start not in abroad]
        named = len(candidates)
        meetings = self.meeting_venues()
        candidates += [place for place in self.places
                       if place[0] not in skip and place[0] not in meetings]
        inside = [item for item in candidates if sentence.start <= item[0] < sentence.end]
        if inside:
            return min(inside, key=lambda item: abs(item[0] - index))[1]
        near = self.doc[self.sentence_start_back(sentence.start, NEAR_SENTENCES)].i
        before = [item for item in (candidates if places_before else candidates[:named])
                  if near <= item[0] < index]
        # the side that acted or spoke before ("The Israelis say they hold Mr Arafat
        # responsible"), not the one it acted on
        subjects = self.subject_starts()
        before = [item for item in before if item[0] in subjects] or before
        if before:
            return max(before, key=lambda item: item[0])[1]
        return self.dominant_from(sentence.start)

    def missions_as_places(self) -> frozenset[int]:
        """The starts of the mentions of a country's post abroad named as a place, or of the
        country that qualifies it ("at the Peruvian embassy": ``foreign_places``)."""
        return missions_as_places(self.doc, ((draft.start, draft.end) for draft in self.drafts))

    def meeting_venues(self) -> frozenset[int]:
        """The starts of the places named as where a meeting is held ("talks in Norway":
        ``foreign_places``)."""
        return meeting_venues(self.doc, (start for start, _ in self.places))

    def subject_starts(self) -> frozenset[int]:
        """The starts of the mentions that are the subject of a verb (not of a small clause:
        "they hold Mr Okafor responsible")."""
        roots = ((draft.start, root_of(self.doc, draft.start, draft.end)) for draft in self.drafts)
        return frozenset(start for start, root in roots
                         if root.dep_ in SUBJECT_DEPS and root.head.pos_ in VERB_POS)

    def destinations(self) -> frozenset[int]:
        """The tokens of the places a noun sends someone or something to: "envoy to Ukraine",
        "ambassador to the European Union", "a visit to Rome"."""
        if self.destination_tokens is not None:
            return self.destination_tokens
        found: set[int] = set()
        arrays = arrays_of(self.doc)
        heads = arrays.heads
        for index, dep in enumerate(arrays.deps):
            if dep != "pobj":
                continue
            head = heads[index]
            if (arrays.lower[head] == "to" and arrays.pos[heads[head]] in ("NOUN", "PROPN")
                    and heads[head] != head):
                found.update(t.i for t in self.doc[index].subtree)
        # the parse alone decides them: read once for the Doc, whatever the passes found
        self.destination_tokens = frozenset(found)
        return self.destination_tokens

    def sentence_start_back(self, start: int, count: int) -> int:
        """The first token of the sentence ``count`` sentences before the one starting at
        ``start`` (or of the first sentence)."""
        for _ in range(count):
            if start == 0:
                break
            start = sentence_of(self.doc[start - 1]).start
        return start

    def dominant_from(self, end: int) -> Country | None:
        """A country that dominates the text before ``end``, else the place names of the whole
        text as its actors stand now (``dominant_setting``): a lede often names the unions or the
        court before anything says whose they are ("Unions have warned of strikes …", and only
        then "the Australian … Union"), and the names the later passes find were not there when
        the ``story_country`` was set."""
        return self.dominant_before(end) or self.dominant_setting()

    def dominant_setting(self) -> Country | None:
        """The country that dominates the text's place names, counting the towns, cities and
        regions it names as places with the countries it names (a town's proper name of at least
        ``MIN_SETTING_NAME`` letters: re-casing leaves ordinary words such as "nice" or
        "reading" in small letters; a region is matched with its case), not those a noun sends
        someone to ("a visit to Nigeria": ``destinations``)."""
        towns = [(start, country) for start, end, country in self.town_spans
                 if start in self.region_starts
                 or (len(self.doc[start:end].text) >= MIN_SETTING_NAME
                     and root_of(self.doc, start, end).pos_ == "PROPN")]
        # where the story's people go ("a visit to Nigeria") is not where the story is
        away = self.destinations()
        return self.dominant([(start, country) for start, country in (
            self.country_mentions() + towns) if start not in away])

    def dominant_before(self, end: int, *, skip: frozenset[int] | set[int] = frozenset()
                        ) -> Country | None:
        """A country that dominates the text before ``end``: named at least ``MIN_DOMINANT``
        times and in ``DOMINANT_SHARE`` of the country mentions (those starting at ``skip``
        aside)."""
        return self.dominant([(start, country) for start, country in self.country_mentions()
                              if start < end and start not in skip])

    def dominant(self, named: list[tuple[int, Country]]) -> Country | None:
        """The country of ``named`` (namings of countries) named at least ``MIN_DOMINANT`` times
        and in ``DOMINANT_SHARE`` of them, if any."""
        counts = Counter(country.code for _, country in named)
        if not counts:
            return None
        code, count = counts.most_common(1)[0]
        if count >= MIN_DOMINANT and count * DOMINANT_SHARE[1] >= sum(counts.values()) * (
                DOMINANT_SHARE[0]):
            return self.lexicon.kb.countries[code]
        return None
