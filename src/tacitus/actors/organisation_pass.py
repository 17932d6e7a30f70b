"""The composition pass that codes organisations the knowledge base does not know
(``organisation_names`` says which and how) among the drafts of the first pass."""

from __future__ import annotations

from dataclasses import replace

from tacitus.actors.codes import MEDIA
from tacitus.actors.context_passes import ContextPasses
from tacitus.actors.knowledge import Country
from tacitus.actors.matches import NAMED_HOW, PLACED_HOW, Draft, state_actor
from tacitus.actors.organisation_names import (
    OrganisationName,
    acronym_uses,
    acronyms,
    belonging_tokens,
    find_organisation_names,
    later_descriptions,
)
from tacitus.actors.party_standing import party_code, stated_standing
from tacitus.model import Actor
from tacitus.nlp.doc_memo import sentence_of


class OrganisationPass(ContextPasses):
    """Unknown organisations named in the text, coded by sector and country."""

    def name_organisations(self) -> None:
        # 1. the names, where no mention but a bare country's covers them
        bare = [draft for draft in self.drafts if draft.actor.code == draft.actor.country]
        taken = self.taken_by(bare)
        roles = [False] * len(self.doc)
        for atom in self.dangling:
            for index in range(atom.start, atom.end):
                roles[index] = True
        names = find_organisation_names(self.doc, taken, roles)
        types = self.lexicon.kb.types
        named: dict[str, tuple[Actor, str]] = {}
        for name in names:
            if any(self.taken_by(bare)[name.start:name.end]) or self.qualified(name, bare):
                # an acronym or description of a name before it took it, or another actor's
                # body ("the U.N.'s Office of the High Commissioner for Human Rights")
                continue
            # 2. its actor: that of its first mention, else by its country; a national body
            # whose country the text does not make clear stays unresolved
            key = self.doc[name.start:name.end].text.lower()
            actor_type = types[name.type_code]
            actor, how = named.get(key, (None, NAMED_HOW))
            spelt = self.bracketed_actor(name, bare)
            if spelt is not None:
                # "Russia's Federal Security Service (FSB)": the known body its acronym names
                actor, how = spelt.actor, spelt.how
            elif actor is None:
                country = None if name.international else self.stated_country(name, bare)
                # a news outlet reports from anywhere: the story around it does not place it
                if country is None and not name.international and actor_type.code != MEDIA:
                    country, how = self.story_place_of(name), PLACED_HOW
                    if country is None:
                        continue
                # named by its own name: two companies of one country are two actors
                own_name = self.doc[name.start:name.end].text
                actor = (replace(state_actor(country, actor_type, (actor_type.label,)),
                                 name=own_name) if country is not None else
                         Actor(code=actor_type.code, name=own_name, kind=actor_type.kind,
                               roles=(actor_type.label,)))
                # a party the tables leave out for its shared name ("the Labour Party"):
                # its standing by its own name in its country
                actor = replace(actor, code=party_code(
                    actor.code, (own_name,), self.day,
                    stated=stated_standing(self.doc, name.start)))
            named[key] = (actor, how)
            # "Ukrainian energy company Burisma" is one mention, not a country and a company
            start = self.described_start(name, bare)
            self.absorb(start, name.end)
            self.drafts.append(Draft(start, name.end, actor, how))
            # 3. its acronyms and later descriptions
            taken = self.taken_by(bare)
            others = acronym_uses(self.doc, acronyms(self.doc, name), taken)
            others += later_descriptions(self.doc, name, taken)
            for index in others:
                self.absorb(index, index + 1)
                self.drafts.append(Draft(index, index + 1, actor, how))

    def bracketed_actor(self, name: OrganisationName, bare: list[Draft]) -> Draft | None:
        """The mention of a known actor in brackets just after a name, its acronym ("(FSB)")."""
        after = self.doc[name.end:name.end + 3]
        if len(after) < 3 or after[0].text != "(" or after[2].text != ")":
            return None
        return next((draft for draft in self.drafts if draft not in bare
                     and draft.start == name.end + 1 and draft.end == name.end + 2), None)

    def taken_by(self, bare: list[Draft]) -> list[bool]:
        """Tokens of a mention other than a bare country's, or of a name atom."""
        taken = list(self.covered)
        free = {index for draft in bare for index in range(draft.start, draft.end)}
        free |= {index for atom in self.dangling for index in range(atom.start, atom.end)}
        for index in free:
            taken[index] = False
        for draft in self.drafts:
            if draft not in bare:
                for index in range(draft.start, draft.end):
                    taken[index] = True
        return taken

    def stated_country(self, name: OrganisationName, bare: list[Draft]) -> Country | None:
        """The country the text states for a name: one named in its description (the body's
        owner: "China's Taiwan Affairs Office" is China's), else in the name, else a town or
        region in the name, else a country of the body it belongs to ("the Department of
        Health Sciences at the U.K.'s University of York")."""
        countries = self.lexicon.kb.countries
        for start, end in (name.window, (name.start, name.end)):
            for draft in bare:
                if start <= draft.start < end and draft.actor.country in countries:
                    return countries[str(draft.actor.country)]
        for start, _, country in self.town_spans:
            if name.start <= start < name.end:
                return country
        belonging = belonging_tokens(self.doc, name)
        for draft in self.drafts:
            if draft.start in belonging and draft.actor.country in countries:
                return countries[str(draft.actor.country)]
        for start, country in self.places:
            if start in belonging:
                return country
        return None

    def story_place_of(self, name: OrganisationName) -> Country | None:
        """The country the story around a name places it in: the story's setting, else the
        country dominating the text, else the one country its sentence names as where things
        happen."""
        sentence = sentence_of(self.doc[name.start])
        inside = {country.code: country for start, country in self.staying
                  if sentence.start <= start < sentence.end}
        return (self.story_country or self.dominant_before(len(self.doc))
                or (next(iter(inside.values())) if len(inside) == 1 else None))

    def qualified(self, name: OrganisationName, bare: list[Draft]) -> bool:
        """Whether an actor other than a bare country qualifies the name ("the U.N.'s …"), or
        the name is a country's or territory's own ("the West Bank")."""
        return any((name.window[0] <= draft.start < name.window[1] and draft not in bare)
                   or (draft in bare and draft.start <= name.start and name.end <= draft.end)
                   for draft in self.drafts)

    def described_start(self, name: OrganisationName, bare: list[Draft]) -> int:
        """Where the mention of a name starts: at the country of a description before it
        ("Ukrainian energy company Burisma"), else at the name."""
        starts = [draft.start for draft in bare
                  if name.window[0] <= draft.start < name.window[1] < name.end
                  and name.window[1] == name.start]
        return min(starts, default=name.start)

    def absorb(self, start: int, end: int) -> None:
        """Drop the bare countries and role words inside an organisation's name."""
        self.drafts = [draft for draft in self.drafts
                       if not (start <= draft.start < end and draft.actor.code
                               == draft.actor.country)]
        self.dangling = [atom for atom in self.dangling if not start <= atom.start < end]
        for index in range(start, end):
            self.covered[index] = True
