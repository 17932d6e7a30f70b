"""Turn matched names and role words into actor mentions.

Heuristics, in the order they apply to a run of adjacent matches:

1. ``[country | organisation | group] ['s] [role words…] [person name]`` is one mention:
   "US Secretary of State Antony Blinken", "Pakistan's foreign minister", "Chinese troops",
   "Afghan police", "the US State Department". The last role word decides the type.
2. A title followed by capitalised words that name nobody known ("Foreign Minister Ali Rahimi")
   teaches a person (``how="title"``); the surname then names that person in the rest of the text,
   as does the surname of any person first named in full.
3. "Qureshi, Pakistan's foreign minister" (or "Algeria's leading rights activist"): the
   apposition is absorbed into the person's mention.
4. A role word whose ``of``/``including`` phrase holds countries ("ministers of … China and
   Russia") gives each of those countries its type.
5. Role words with no name are generic actors (``how="anaphor"``; what counts as one:
   ``generic.py``). A capitalised institution with no country ("the Senate"), or a bare organ of
   the state ("police", "soldiers", "officials"), takes the country of its own phrase ("police in
   Kabul") or of the town or region qualifying it ("Ohio officials"), else of the nearest mention
   in its sentence, else of the latest one before it, else of the story's setting (the dateline,
   else the country its countries, towns and regions set it in: ``regions``) — unless it is the
   object of a verb whose subject is its own country ("the Pentagon sent warplanes"). A sector
   ("five people", "a suicide bomber", "protesters") takes a country only when the text makes it
   clear: its own phrase or the town or region qualifying it ("a Texas company"), else the one
   country named as where things happen in the sentence, else the one country the sentence names
   (not counting a state or army acting on it), else the story's setting, else a country
   dominating the text before. With no country, a generic actor is its type alone ("COP",
   "CVL"); a private person ("a man", "his family") with no country is no actor.
6. Countries and capitals used as places ("in Afghanistan", a "KABUL -" dateline) and
   organisations used as venues ("on the sidelines of the UN General Assembly") are not actors;
   neither is a country that only qualifies ("US$ 50", "Russian-made", "anti-Syria"), and
   "ethnic Albanians" are a people placed by their context, not Albania.
7. A seat name other countries' bodies share ("Congress") is the body of the country the story is
   set in, when that country has one by that name (``shared_seats``): India's Congress party,
   the Philippine Congress; elsewhere the US Congress.

8. An organisation no table knows ("Qantas Airways", "the Transport Workers Union") is coded by
   its sector and country when its name or a description says what it is
   (``organisation_names``).

The first pass (1-3, 6) is ``Composer`` here; the word-level tests it asks are in ``name_runs``,
``not_actors`` and ``appositions``; the passes that place its drafts in context (4, 5, 7) are
``context_passes``, and 8 is ``organisation_pass``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.symbols import PROPN

from tacitus.actors.actor_lexicon import (
    CountryName,
    GroupName,
    LayerName,
    OrganisationName,
    PersonName,
    RoleWord,
    SeatName,
)
from tacitus.actors.appositions import adjacent, apposition, private_body, qualifier_start
from tacitus.actors.generic import is_ethnic, names_place
from tacitus.actors.knowledge import ActorType, Country, Organisation
from tacitus.actors.matches import Atom, Draft, state_actor
from tacitus.actors.name_runs import (
    apposed_name,
    bridged,
    former,
    former_type,
    given_name_of_other,
    inside_other_name,
    inside_unknown_name,
    opens_a_name,
    other_given_name,
    unknown_name,
)
from tacitus.actors.not_actors import is_place, is_venue, not_an_actor, stance
from tacitus.actors.offices import resolve_person, title_type
from tacitus.actors.organisation_pass import OrganisationPass
from tacitus.actors.party_standing import OPPOSITION, party_code, stated_standing
from tacitus.actors.regions import load_regions
from tacitus.actors.shared_seats import seat_in
from tacitus.actors.title_types import typed_run
from tacitus.actors.token_reading import reading_of
from tacitus.model import Actor
from tacitus.nlp.doc_memo import root_of
from tacitus.wordlists import word_map, word_set

PLURALS = frozenset({"NNS", "NNPS"})
# a country used as a place after one of these: where people are, not where they go
STAYING_PREPS = word_set("place_prepositions", staying="yes")
# words of rank before a title, not a place ("Deputy Premier", "Federal Minister")
RANK_MODIFIERS = word_set("rank_modifiers")
# "Peruvian Ambassador in Panama Mario Castro Arenas": where the holder is posted, not whose
POSTING_PREPOSITIONS = word_set("title_complement_prepositions")
NAME_POS = frozenset({"PROPN", "ADJ"})
BRACKETS = frozenset({"(", ")"})
# what spaCy tags the name of a place or people as
PLACE_ENTITIES = frozenset({"GPE", "LOC", "NORP"})
# "Commission President …": an international body's organ by its bare word before a title
BARE_ORGANS = word_map("bare_organ_titles")
# parties.tsv's parties and movements are organisations of this kind
PARTY_KIND = "group"


class Composer(OrganisationPass):
    """One pass over one Doc: atoms in, drafts out."""

    # 1. the pass
    def compose(self) -> list[Draft]:
        position = 0
        k = 0
        while k < len(self.atoms):
            resumed = self.scan_gap(position, self.atoms[k].start, k)
            if resumed is not None:
                k, position = resumed
                continue
            k, position = self.compose_at(k)
        self.scan_gap(position, len(self.doc), k)
        self.add_towns()
        self.find_setting()
        self.name_organisations()
        self.apply_of_phrases()
        self.place_shared_seats()
        self.place_institutions()
        self.fill_pending_countries()
        return sorted(self.drafts, key=lambda draft: draft.start)

    def scan_gap(self, start: int, end: int, k: int) -> tuple[int, int] | None:
        """Tokens before atom ``k``: known surnames, and "Name, Pakistan's foreign minister".

        Returns where to resume when an apposition consumed atoms, else ``None``.
        """
        index = start
        reading = reading_of(self.doc)
        texts, pos = reading.texts, reading.pos
        while index < end:
            if self.covered[index]:
                index += 1
                continue
            first = self.surnames.get(texts[index])
            if first is not None and not inside_other_name(self.doc, self.covered, index):
                self.drafts.append(Draft(index, index + 1, first.actor, first.how))
                index += 1
                continue
            if pos[index] != PROPN:
                # no unknown name starts at a word that is no proper noun (``unknown_name``
                # would end it where it starts): most words of a gap, passed over at once
                index += 1
                continue
            name_end = unknown_name(self.doc, self.covered, index)
            if name_end > index:
                found = apposition(self.doc, self.covered, self.atoms, k, name_end)
                if found is not None:
                    j, position, country, words = found
                    self.add_apposed(index, name_end, country, words)
                    return j, position
            index += 1
        return None

    def add_apposed(self, start: int, end: int, country: Country | None,
                    words: list[RoleWord]) -> None:
        """A name known only from its apposition: a known office holder by surname, else learnt."""
        surname = self.doc[end - 1].text
        titles = tuple(word.phrase.lower() for word in words if word.title)
        named = sorted({tenure.name for tenure in self.lexicon.kb.tenures
                        if tenure.name.split()[-1] == surname
                        and (country is None or tenure.country == country.code)
                        and (end - start == 1 or not other_given_name(
                            self.doc, self.covered, end - 1, tenure.name))})
        if len(named) == 1:
            resolution = resolve_person(self.lexicon.kb.tenures_of(named[0]), self.day, titles)
            draft = Draft(start, end, resolution.actor,
                          "office" if resolution.in_office else "kb")
        else:
            actor_type = words[-1].actor_type
            name = self.doc[start:end].text
            if country is None:
                draft = Draft(start, end, Actor(code=actor_type.code, name=name, kind="person",
                                                roles=titles), "title", actor_type)
            else:
                draft = Draft(start, end, Actor(code=country.code + actor_type.code, name=name,
                                                kind="person", country=country.code,
                                                roles=titles), "title")
        self.drafts.append(draft)
        self.surnames.setdefault(surname, draft)

    def compose_at(self, k: int) -> tuple[int, int]:
        atom = self.atoms[k]
        if self.dateline_start <= atom.start < self.dateline_end:
            if isinstance(atom.value, CountryName | SeatName):
                self.dateline_country = atom.value.country
            return k + 1, atom.end
        value = atom.value
        if isinstance(value, LayerName):
            self.add_layer_actor(atom, value)
            return k + 1, atom.end
        prefix: Atom | None = None
        j = k
        if isinstance(value, CountryName) and (
                stance(self.doc, atom.start)
                or opens_a_name(self.doc, self.covered, atom.start, atom.end)):
            # "anti-Syria journalist", "pro-Iran militias", "Chad Smith": the country is not
            # the actor
            return k + 1, atom.end
        if isinstance(value, CountryName | OrganisationName | GroupName):
            prefix, j = atom, k + 1
        position = atom.end if prefix else atom.start
        if prefix is not None and isinstance(value, CountryName):
            j, position = self.skip_bracketed_alias(value, j, position)
        # a seat after its country: "the US State Department"
        if (prefix is not None and isinstance(value, CountryName) and j < len(self.atoms)
                and isinstance(self.atoms[j].value, SeatName)
                and adjacent(self.doc, self.atoms, position, j)):
            seat = self.atoms[j]
            # "Peru's Congress": a name other countries' bodies share is the named country's
            own = seat_in(self.lexicon.kb, self.doc[seat.start:seat.end].text, value.country)
            if own is not None:
                self.drafts.append(Draft(atom.start, seat.end, own, "kb"))
            else:
                self.add_seat(atom.start, seat)
            return j + 1, seat.end
        roles: list[Atom] = []
        qualified_from: int | None = None
        if prefix is not None and j < len(self.atoms):
            qualified_from = qualifier_start(self.doc, self.covered, self.atoms, position, j)
        while (j < len(self.atoms) and isinstance(self.atoms[j].value, RoleWord)
               and (adjacent(self.doc, self.atoms, position, j, allow_possessive=not roles)
                    or (not roles and qualified_from is not None))):
            roles.append(self.atoms[j])
            position = self.atoms[j].end
            j += 1
        if roles and j < len(self.atoms) and private_body(self.doc, roles[-1], self.atoms[j]):
            # "the residents' committee": a body of private people, no organ of the state
            roles.append(Atom(self.atoms[j].start, self.atoms[j].end, roles[-1].value))
            position = self.atoms[j].end
            j += 1
        start = atom.start
        role_words = typed_run(self.doc, roles[0].start if roles else atom.start,
                               [role.value for role in roles if isinstance(role.value, RoleWord)],
                               self.lexicon.kb.types)
        if roles and role_words:
            roles[-1] = Atom(roles[-1].start, roles[-1].end, role_words[-1])
        titles = tuple(word.phrase.lower() for word in role_words if word.title)
        if qualified_from is not None and roles and roles[0].start > qualified_from:
            titles = (self.doc[qualified_from:roles[0].end].text.lower(), *titles[1:])
        posted = self.posted_person(start, prefix, role_words, titles, position, j)
        if posted is not None:
            return posted
        person: Atom | None = None
        if prefix is None and not roles and isinstance(value, PersonName):
            learnt = self.surnames.get(self.doc[atom.end - 1].text)
            if learnt is not None and learnt.actor.name != value.name:
                # "Warren Truss … Mr Truss": the surname names the person the text introduced
                self.drafts.append(Draft(atom.start, atom.end, learnt.actor, learnt.how))
                return k + 1, atom.end
            surname = self.doc[atom.end - 1].text
            if given_name_of_other(self.doc, self.covered, atom.start, atom.end):
                return k + 1, atom.end
            if atom.end - atom.start == 1 and (
                    surname in self.other_surnames
                    or other_given_name(self.doc, self.covered, atom.start, value.name)):
                # another person of that surname: "Warren Truss", then "Mr Truss"
                self.other_surnames.add(surname)
                return k + 1, atom.end
            person, j = atom, k
        elif (j < len(self.atoms) and isinstance(self.atoms[j].value, PersonName)
              and (prefix is not None or roles)
              and (adjacent(self.doc, self.atoms, position, j)
                   or bridged(self.doc, self.covered, self.atoms, position, j)
                   or self.apposed_holder(position, j, role_words))
              and not self.other_holder(j)):
            person = self.atoms[j]
        if person is not None:
            stated = role_words[-1].actor_type if role_words and role_words[-1].title else None
            self.add_person(start, person, titles, stated)
            return self.skip_apposition(j + 1, person.end)
        if role_words and role_words[-1].title and self.doc[position - 1].tag_ not in PLURALS:
            name_start, name_end, j = self.titled_name(position, j)
            if name_end > name_start:
                self.add_titled(start, name_start, name_end, prefix, role_words, titles)
                return self.skip_apposition(j, name_end)
        if prefix is None:
            if isinstance(value, SeatName):
                if (inside_unknown_name(self.doc, self.covered, atom.start)
                        or names_place(self.doc, atom.start, atom.end)):
                    # "La Paz department" (El Salvador): a region named like a capital
                    return k + 1, atom.end
                if not is_place(self.doc, self.covered, atom.start, atom.end):
                    self.add_seat(atom.start, atom)
                else:
                    self.add_place(atom.start, atom.end, value.country)
                return k + 1, atom.end
            if roles:
                # "government troops", "fundamentalist demonstrators": one generic actor, typed
                # by its last word
                self.dangling.append(Atom(roles[0].start, roles[-1].end, roles[-1].value))
            return max(j, k + 1), position
        self.add_prefixed(prefix, roles, role_words)
        return j, position

    # 2. what each pattern adds
    def add_person(self, start: int, person: Atom, titles: tuple[str, ...],
                   stated: ActorType | None = None) -> None:
        """A known person; ``stated``: the type the words of their title give them
        (``title_types``), when it is not the last title's own."""
        value = person.value
        assert isinstance(value, PersonName)
        resolution = resolve_person(self.lexicon.kb.tenures_of(value.name), self.day, titles)
        draft = Draft(start, person.end, resolution.actor,
                      "office" if resolution.in_office else "kb")
        actor_type = stated or title_type(self.lexicon.kb.types, titles)
        in_opposition = actor_type is not None and actor_type.code == OPPOSITION
        if ((not resolution.in_office or in_opposition) and actor_type is not None
                and not former(self.doc, start)):
            # the text's own title outranks the table: an old story, a tenure we lack, or one
            # the person's stated place in the opposition rules out
            actor = replace(resolution.actor, roles=titles,
                            code=f"{resolution.actor.country}{actor_type.code}")
            draft = Draft(start, person.end, actor, "title")
        self.drafts.append(draft)
        self.surnames.setdefault(self.doc[person.end - 1].text, draft)

    def add_layer_actor(self, atom: Atom, value: LayerName) -> None:
        """A users' dictionary actor: its code on the article's date (``how="dictionary"``)."""
        entry = value.actor
        code = entry.code_on(self.day)
        countries = self.lexicon.kb.countries
        if code is None:
            home = {dated.code[:3] for dated in entry.codes} & set(countries)
            if len(home) != 1:
                return
            code = home.pop()
        country = code[:3] if code[:3] in countries else None
        draft = Draft(atom.start, atom.end, Actor(code=code, name=entry.name, kind=entry.kind,
                                                  country=country), "dictionary")
        self.drafts.append(draft)
        if entry.kind == "person":
            self.surnames.setdefault(self.doc[atom.end - 1].text, draft)

    def add_titled(self, start: int, name_start: int, name_end: int, prefix: Atom | None,
                   role_words: list[RoleWord], titles: tuple[str, ...]) -> None:
        known = self.surnames.get(self.doc[name_end - 1].text)
        if known is not None and (name_end - name_start == 1
                                  or self.doc[name_start:name_end].text == known.actor.name):
            self.drafts.append(Draft(start, name_end, known.actor, known.how))
            return
        name = self.doc[name_start:name_end].text
        # "former Prime Minister Ana Ruiz": no longer of the office her title names
        held_no_longer = former_type(self.doc, start)
        actor_type = (self.lexicon.kb.types[held_no_longer] if held_no_longer is not None
                      else role_words[-1].actor_type)
        pending: ActorType | None = None
        local = False
        organ = self.bare_organ(start)
        if prefix is None and organ is not None:
            actor = Actor(code=organ, name=name, kind="person", roles=titles)
        elif prefix is None:
            actor = Actor(code=actor_type.code, name=name, kind="person", roles=titles)
            pending = actor_type
            local = self.local_title(start)
        elif isinstance(prefix.value, CountryName):
            country = prefix.value.country
            actor = Actor(code=country.code + actor_type.code, name=name, kind="person",
                          country=country.code, roles=titles)
        elif isinstance(prefix.value, GroupName):
            group = prefix.value.group
            actor = Actor(code=group.code, name=name, kind="person", country=group.country,
                          roles=titles)
        else:
            assert isinstance(prefix.value, OrganisationName)
            actor = Actor(code=self.organisation_code(prefix.value.organisation, start),
                          name=name, kind="person", roles=titles)
        draft = Draft(start, name_end, actor, "title", pending, local)
        self.drafts.append(draft)
        self.surnames.setdefault(self.doc[name_end - 1].text, draft)

    def add_seat(self, start: int, atom: Atom) -> None:
        value = atom.value
        assert isinstance(value, SeatName)
        actor_type = self.lexicon.kb.types[value.organ]
        actor = state_actor(value.country, actor_type, (value.text.lower(),))
        self.drafts.append(Draft(start, atom.end, actor, "kb"))

    def add_prefixed(self, prefix: Atom, roles: list[Atom], role_words: list[RoleWord]) -> None:
        value = prefix.value
        end = roles[-1].end if roles else prefix.end
        if isinstance(value, CountryName):
            if not roles and is_place(self.doc, self.covered, prefix.start, prefix.end):
                self.add_place(prefix.start, prefix.end, value.country)
                return
            if not roles and value.adjective and names_place(self.doc, prefix.start, prefix.end):
                # "the Ukrainian city of Kharkiv": an actor as CAMEO codes a target, and where
                # things happen
                self.staying.append((prefix.start, value.country))
            if not roles and not_an_actor(self.doc, prefix):
                return
            if value.adjective and is_ethnic(self.doc, prefix.start):
                # "ethnic Albanians": a people, placed by its context like any generic actor
                self.dangling.append(Atom(prefix.start - 1, end, RoleWord(
                    role_words[-1].actor_type if role_words else self.lexicon.kb.types["CVL"],
                    self.doc[prefix.start:end].text.lower(), title=False)))
                self.ethnic[prefix.start - 1] = value.country
                return
            actor_type = role_words[-1].actor_type if role_words else None
            phrases = tuple(word.phrase.lower() for word in role_words)
            self.drafts.append(Draft(prefix.start, end,
                                     state_actor(value.country, actor_type, phrases), "kb"))
        elif isinstance(value, GroupName):
            group = value.group
            self.drafts.append(Draft(prefix.start, end, Actor(
                code=group.code, name=group.name, kind="group", country=group.country), "kb"))
        elif isinstance(value, OrganisationName):
            if is_venue(self.doc, prefix.start):
                return
            org = value.organisation
            country = org.code[:3] if org.code[:3] in self.lexicon.kb.countries else None
            self.drafts.append(Draft(prefix.start, end, Actor(
                code=self.organisation_code(org, prefix.start), name=org.name, kind=org.kind,
                country=country), "kb"))

    def posted_person(self, start: int, prefix: Atom | None, role_words: list[RoleWord],
                      titles: tuple[str, ...], position: int, j: int) -> tuple[int, int] | None:
        """A person whose title names the country they serve and, after a preposition, the one
        they are posted to ("Peruvian Ambassador in Panama Mario Castro Arenas", "US envoy to
        Ukraine Kurt Volker"): the person is of the title's country, the other is a place.
        Returns where to resume, or ``None`` when the words after the title are not so."""
        if (prefix is None or not isinstance(prefix.value, CountryName) or not role_words
                or not role_words[-1].title or self.doc[position - 1].tag_ in PLURALS
                or j >= len(self.atoms) or position >= len(self.doc)
                or self.doc[position].lower_ not in POSTING_PREPOSITIONS):
            return None
        place = self.atoms[j]
        if (place.start != position + 1 or not isinstance(place.value, CountryName)
                or place.value.country.code == prefix.value.country.code):
            return None
        after = j + 1
        if (after < len(self.atoms) and isinstance(self.atoms[after].value, PersonName)
                and (adjacent(self.doc, self.atoms, place.end, after, allow_possessive=False)
                     or bridged(self.doc, self.covered, self.atoms, place.end, after))
                and not self.other_holder(after)):
            self.add_place(place.start, place.end, place.value.country)
            self.add_person(start, self.atoms[after], titles, role_words[-1].actor_type)
            return self.skip_apposition(after + 1, self.atoms[after].end)
        name_start, name_end, after = self.titled_name(place.end, after)
        while (name_end > name_start and name_end + 1 < len(self.doc)
               and self.doc[name_end].is_space and not self.covered[name_end]):
            # a name broken by the end of a line ("MARIO¶CASTRO ARENAS")
            more = unknown_name(self.doc, self.covered, name_end + 1)
            if more <= name_end + 1:
                break
            name_end = more
        if name_end <= name_start or (after < len(self.atoms)
                                      and self.atoms[after].start < name_end):
            return None
        self.add_place(place.start, place.end, place.value.country)
        self.add_titled(start, name_start, name_end, prefix, role_words, titles)
        return self.skip_apposition(after, name_end)

    # 3. helpers
    def organisation_code(self, org: Organisation, start: int) -> str:
        """A party's code on the article's date, or as the word before its name at ``start``
        states it (``party_standing``: the government's or the opposition's); any other
        organisation's own code."""
        if org.kind != PARTY_KIND:
            return org.code
        stated = stated_standing(self.doc, start) or self.stated_standings.get(org.name)
        if stated is not None:
            self.stated_standings[org.name] = stated
        return party_code(org.code, (org.name, *org.aliases), self.day, stated=stated)

    def local_title(self, start: int) -> bool:
        """Whether the title at ``start`` follows the name of a place no table knows ("Ontario
        Premier", "British Virgin Islands (BVI) Governor"; not "Deputy Premier", nor a portfolio:
        "Energy Secretary")."""
        index = start - 1
        while index >= 0 and not self.covered[index] and (
                self.doc[index].text in BRACKETS or (self.doc[index].text[:1].isupper()
                                                    and self.doc[index].pos_ in NAME_POS)):
            if self.doc[index].ent_type_ in PLACE_ENTITIES \
                    and self.doc[index].lower_ not in RANK_MODIFIERS:
                return True
            index -= 1
        return False

    def bare_organ(self, start: int) -> str | None:
        """The code of an international body whose organ's bare word stands before the title at
        ``start`` ("Commission President Helga Brandt": ``EEC``, ``bare_organ_titles``), with no
        capitalised word or name before it that would make it another body ("Election
        Commission chief")."""
        index = start - 1
        if index < 0 or self.covered[index]:
            return None
        code = BARE_ORGANS.get(self.doc[index].text)
        if code is None or (index > 0 and (self.covered[index - 1] or (
                self.doc[index - 1].text[:1].isupper() and not self.doc[index - 1].is_sent_start
                and self.doc[index - 1].is_alpha))):
            return None
        return code

    def titled_name(self, position: int, j: int) -> tuple[int, int, int]:
        """The unknown name a title at ``position`` introduces, as its start and end, and the
        next atom after it: "Minister Ana Ruiz", "The Trade Minister, Ana Ruiz, says" (the name
        apposed), "Agriculture Minister Warren Truss" (a known surname, another person's)."""
        start = position + 1 if apposed_name(self.doc, position) else position
        end = unknown_name(self.doc, self.covered, start)
        if end > start and j < len(self.atoms) and self.atoms[j].start == end \
                and self.other_holder(j):
            end = self.atoms[j].end
            j += 1
        if start > position and (end == start or end >= len(self.doc)
                                 or self.doc[end].text != ","):
            return position, position, j
        return start, end, j

    def skip_bracketed_alias(self, country: CountryName, j: int, position: int
                             ) -> tuple[int, int]:
        """Past the country's short form in brackets after its name, so that the titles after
        it are the country's: "British Virgin Islands (BVI) Governor", "Democratic Republic of
        Congo (DRC) President"; the atom and position unchanged otherwise."""
        if (j < len(self.atoms) and position < len(self.doc)
                and self.doc[position].text == "("):
            alias = self.atoms[j]
            if (alias.start == position + 1 and isinstance(alias.value, CountryName)
                    and alias.value.country.code == country.country.code
                    and alias.end < len(self.doc) and self.doc[alias.end].text == ")"):
                return j + 1, alias.end + 1
        return j, position

    def apposed_holder(self, position: int, j: int, role_words: list[RoleWord]) -> bool:
        """Whether atom ``j`` is a known person set off by commas after the title ending at
        ``position`` ("The Shadow Foreign Minister, Kevin Rudd, says"): the title is theirs."""
        atom = self.atoms[j]
        return (bool(role_words) and role_words[-1].title
                and self.doc[position - 1].tag_ not in PLURALS
                and apposed_name(self.doc, position) and atom.start == position + 1
                and atom.end < len(self.doc) and self.doc[atom.end].text == ",")

    def other_holder(self, j: int) -> bool:
        """Whether atom ``j`` is a known person's surname after another given name ("Warren
        Truss" is not Liz Truss)."""
        atom = self.atoms[j]
        return (isinstance(atom.value, PersonName) and atom.end - atom.start == 1
                and other_given_name(self.doc, self.covered, atom.start, atom.value.name))

    def add_place(self, start: int, end: int, country: Country) -> None:
        self.places.append((start, country))
        for index in range(start, end):
            self.place_tokens[index] = country
        if root_of(self.doc, start, end).head.lower_ in STAYING_PREPS:
            self.staying.append((start, country))

    def add_towns(self) -> None:
        """Towns and cities of the gazetteer and regions (``regions``) named as places ("in
        Chernihiv", "the Mariupol theatre", "California's regulators"): where people are, and
        where a local body belongs; not actors. The town or region of a dateline gives the story
        its country when the dateline names no country or capital."""
        taken = frozenset(index for index, covered in enumerate(self.covered) if covered)
        countries = self.lexicon.kb.countries
        regions = load_regions().find(self.doc, taken, (self.dateline_start, self.dateline_end))
        named = Counter(country.code for _, country in self.country_mentions())
        # a region names its country as surely as the country's own name ("Calif." or
        # "California" makes "San Francisco" the American one)
        named.update(code for _, _, code in regions)
        if self.dateline_country is not None:
            named[self.dateline_country.code] += len(self.doc)
        towns = (self.find_towns(self.doc, taken, [code for code, _ in named.most_common()])
                 if self.find_towns is not None else [])
        in_towns = {index for start, end, _ in towns for index in range(start, end)}
        places = sorted(towns + [region for region in regions
                                 if not in_towns & set(range(region[0], region[1]))])
        self.region_starts = frozenset(start for start, _, _ in regions) - in_towns
        for start, end, code in places:
            country = countries.get(code)
            if country is None:
                continue
            self.town_spans.append((start, end, country))
            if self.dateline_country is None and self.dateline_start <= start < self.dateline_end:
                # "Patna:", "SANTA MARIA, Calif. -": a dateline naming a town sets the story there
                self.dateline_country = country
                continue
            for index in range(start, end):
                self.place_tokens.setdefault(index, country)
            root = root_of(self.doc, start, end)
            if root.dep_ in {"compound", "amod"} or root.head.lower_ in STAYING_PREPS:
                self.staying.append((start, country))

    def find_setting(self) -> None:
        """In a text with no dateline: the country that dominates its place names
        (``ContextPasses.dominant_setting``). Such a text often never names its own country
        ("ahmedabad: the police arrested …", "California's regulators said …"), and its bodies
        ("congress", "officials", "the company") are that country's."""
        if self.dateline_country is not None:
            return
        self.setting_country = self.dominant_setting()

    def skip_apposition(self, k: int, position: int) -> tuple[int, int]:
        """Absorb ", [the] Pakistan's foreign minister" after a person's name."""
        found = apposition(self.doc, self.covered, self.atoms, k, position)
        return (found[0], found[1]) if found is not None else (k, position)

