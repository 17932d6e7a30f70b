"""First-version coreference: pronouns and "the group"/"the country" descriptions.

Heuristics:

1. he/she/him/her/his/hers → a person; it/its → a group, state or international organisation;
   they/them/their → the same or a sector ("Afghan police … they"). "the group", "the movement",
   "the organisation" → a group; "the country", "the nation" → a state; "the government",
   "the administration" → that state's government.
   A description whose own phrase names whose it is ("the government of President X", "the
   regime in Damascus", "the government of Pakistan") is that phrase's, never an antecedent's:
   a government of a named person or of a place is that country's government; one of a named
   country or body adds nothing (that name is the actor: ``apply_of_phrases``).
2. Within the sentence, the subject (or the subject's possessor) of a clause that contains the
   pronoun wins: in "Blinken said after his meeting with Qureshi", "his" is Blinken; so does the
   possessor of a noun above the pronoun ("Pakistan's role it played": "it" is Pakistan).
3. Otherwise the latest compatible mention earlier in the sentence.
4. Otherwise, in the nearest of the three previous sentences that has a compatible mention, its
   first subject, else its latest compatible mention.

Expletive "it" ("it is important to …") and the generic "international community" (code ``IGO``)
take part in none of this.
"""

from __future__ import annotations

from bisect import bisect_left, insort_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tacitus.actors.generic import ATTACHING_PREPS, bare_actor
from tacitus.actors.knowledge import Country, KnowledgeBase
from tacitus.actors.matches import Draft, state_actor
from tacitus.model import Actor
from tacitus.nlp.doc_memo import root_of, sentence_of
from tacitus.nlp.token_arrays import arrays_of
from tacitus.wordlists import word_set

PERSON_PRONOUNS = word_set("third_person_pronouns", refers="person")
IT_PRONOUNS = word_set("third_person_pronouns", refers="thing")
THEY_PRONOUNS = word_set("third_person_pronouns", refers="plural")
GROUP_NOUNS = word_set("group_nouns", alliance="no")
STATE_NOUNS = word_set("referring_state_nouns", refers_to="state")
GOVERNMENT_NOUNS = word_set("referring_state_nouns", refers_to="government")
DESCRIPTION_ARTICLES = word_set("description_articles")
# the words a reference starts with: a pronoun above, or the article of a description
OPENERS = PERSON_PRONOUNS | IT_PRONOUNS | THEY_PRONOUNS | DESCRIPTION_ARTICLES
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
GENERIC_CODES = frozenset({"IGO"})
MAX_HOPS = 8
SENTENCES_BACK = 3


@dataclass(frozen=True, slots=True)
class Reference:
    """A pronoun or description to resolve, and the actor kinds it may refer to."""

    start: int
    end: int
    kinds: frozenset[str]
    how: str
    noun: str = ""


def find_references(doc: Doc, covered: Sequence[bool]) -> list[Reference]:
    references: list[Reference] = []
    for index, lower in enumerate(arrays_of(doc).lower):
        if lower not in OPENERS or covered[index]:
            continue
        token = doc[index]
        if token.pos_ in ("PRON", "DET") and lower in PERSON_PRONOUNS:
            references.append(Reference(token.i, token.i + 1, frozenset({"person"}), "pronoun"))
        elif token.pos_ == "PRON" and lower in IT_PRONOUNS and not is_expletive(token):
            references.append(Reference(token.i, token.i + 1,
                                        frozenset({"group", "state", "igo"}), "pronoun"))
        elif token.pos_ == "PRON" and lower in THEY_PRONOUNS:
            references.append(Reference(token.i, token.i + 1,
                                        frozenset({"group", "state", "igo", "sector"}), "pronoun"))
        elif lower in DESCRIPTION_ARTICLES and token.i + 1 < len(doc) and not covered[token.i + 1]:
            noun = doc[token.i + 1]
            if noun.dep_ == "compound" or noun.text[:1].isupper():
                continue
            if noun.lower_ in GROUP_NOUNS:
                references.append(Reference(token.i, token.i + 2, frozenset({"group"}),
                                            "anaphor", noun.lower_))
            elif noun.lower_ in STATE_NOUNS | GOVERNMENT_NOUNS:
                references.append(Reference(token.i, token.i + 2, frozenset({"state"}),
                                            "anaphor", noun.lower_))
    return references


def names_inside(doc: Doc, reference: Reference, drafts: Sequence[Draft]) -> bool:
    """Whether the description's own phrase names an actor ("the government of Pakistan")."""
    inside = {token.i for token in doc[reference.end - 1].subtree}
    return any(draft.start in inside for draft in drafts)


def own_phrase(doc: Doc, reference: Reference) -> frozenset[int]:
    """The head words of the objects of the description's own "of"/"in"/"from" phrases ("the
    government of President X", "the regime in Damascus"): where it says whose it is. Only
    the heads: what those objects govern ("the government of complicity with Russia") says
    what, not whose."""
    noun = doc[reference.end - 1]
    return frozenset(grandchild.i for child in noun.children
                     if child.dep_ == "prep" and child.lower_ in ATTACHING_PREPS
                     for grandchild in child.children if grandchild.dep_ == "pobj")


def owner_of(reference: Reference, owned: frozenset[int], drafts: Sequence[Draft],
             places: Mapping[int, Country], kb: KnowledgeBase) -> Draft | bool:
    """What a description whose own phrase's objects are headed by the tokens ``owned`` is: a
    draft (a government of a person or a place named there: that country's government),
    ``True`` when the phrase names another actor or place and the description adds nothing (a
    named country or body is the actor itself), ``False`` when the phrase names no one ("the
    country of 80 million people": an antecedent's to resolve)."""
    named = sorted((draft for draft in drafts if any(
        draft.start <= index < draft.end for index in owned) and (
        draft.actor.country in kb.countries or draft.actor.kind != "sector")),
                   key=lambda draft: draft.start)
    placed = sorted(index for index in owned if index in places)
    if not named and not placed:
        return False
    if reference.noun not in GOVERNMENT_NOUNS:
        return True
    if named:
        owner = named[0].actor
        if owner.kind != "person" or owner.country not in kb.countries:
            return True
        country = kb.countries[str(owner.country)]
    else:
        country = places[placed[0]]
    return Draft(reference.start, reference.end,
                 state_actor(country, kb.types["GOV"], (reference.noun,)), reference.how)


def is_expletive(token: Token) -> bool:
    if token.dep_ == "expl":
        return True
    head = token.head
    deps = {child.dep_ for child in head.children}
    return (token.dep_ == "nsubj" and head.lemma_ == "be" and bool(deps & {"acomp", "attr"})
            and bool(deps & {"ccomp", "xcomp"}))


def resolve_references(doc: Doc, drafts: list[Draft], kb: KnowledgeBase,
                       story: Country | None = None,
                       places: Mapping[int, Country] | None = None) -> list[Draft]:
    """Add a draft for every pronoun and description that finds its antecedent; "the
    government" with none is that of ``story`` (the country the story is set in), if given. A
    description whose own phrase says whose it is takes no antecedent (``owner_of``; ``places``:
    the tokens of countries, capitals and towns named as places, by token, with their
    country)."""
    covered = [False] * len(doc)
    for draft in drafts:
        for index in range(draft.start, draft.end):
            covered[index] = True
    history = sorted(drafts, key=lambda draft: draft.start)
    added: list[Draft] = []
    for reference in find_references(doc, covered):
        if reference.how == "anaphor":
            owned = own_phrase(doc, reference)
            owner = owner_of(reference, owned, drafts, places or {}, kb) if owned else False
            if isinstance(owner, Draft):
                added.append(owner)
                insort_right(history, owner, key=_start)
            if owner is not False:
                continue
        # ``choose`` looks no further back than SENTENCES_BACK sentences: the drafts before
        # those are never candidates (and scanning them made long texts cost quadratic time)
        window = bisect_left(history, reach_start(doc, reference.start), key=_start)
        earlier = [draft for draft in history[window:] if draft.end <= reference.start
                   and compatible(draft.actor, reference)]
        antecedent = choose(doc, doc[reference.start], earlier)
        if antecedent is None:
            if reference.noun in GOVERNMENT_NOUNS and not names_inside(doc, reference, drafts):
                # "The government outlawed the party": the government of the country the
                # story is set in, else a government whose country the text does not say
                government = (state_actor(story, kb.types["GOV"], (reference.noun,))
                              if story is not None
                              else bare_actor(kb.types["GOV"], reference.noun))
                added.append(Draft(reference.start, reference.end, government, reference.how))
            continue
        actor = referred_actor(antecedent.actor, reference, kb)
        draft = Draft(reference.start, reference.end, actor, reference.how)
        added.append(draft)
        insort_right(history, draft, key=_start)
    return added


def _start(draft: Draft) -> int:
    return draft.start


def reach_start(doc: Doc, index: int) -> int:
    """The first token of the earliest sentence ``choose`` looks at for a reference at
    ``index``: its own sentence and SENTENCES_BACK before it."""
    start = sentence_of(doc[index]).start
    for _ in range(SENTENCES_BACK):
        if start == 0:
            break
        start = sentence_of(doc[start - 1]).start
    return start


def compatible(actor: Actor, reference: Reference) -> bool:
    if actor.code in GENERIC_CODES or actor.kind not in reference.kinds:
        return False
    return reference.how != "anaphor" or reference.kinds != frozenset({"state"}) or (
        actor.country is not None)


def referred_actor(actor: Actor, reference: Reference, kb: KnowledgeBase) -> Actor:
    if reference.how != "anaphor" or actor.country not in kb.countries:
        return actor
    country = kb.countries[actor.country]
    if reference.noun in STATE_NOUNS:
        return state_actor(country, None, ())
    if reference.noun in GOVERNMENT_NOUNS:
        return state_actor(country, kb.types["GOV"], (reference.noun,))
    return actor


def choose(doc: Doc, token: Token, earlier: list[Draft]) -> Draft | None:
    sentence = sentence_of(token)
    same = [draft for draft in earlier if draft.start >= sentence.start]
    by_subject = clause_subject(token, same)
    if by_subject is not None:
        return by_subject
    if same:
        return max(same, key=lambda draft: draft.start)
    start = sentence.start
    for _ in range(SENTENCES_BACK):
        if start == 0:
            return None
        previous = sentence_of(doc[start - 1])
        inside = [draft for draft in earlier if previous.start <= draft.start < previous.end]
        if inside:
            subjects = [draft for draft in inside if is_subject(doc, draft)]
            if subjects:
                return min(subjects, key=lambda draft: draft.start)
            return max(inside, key=lambda draft: draft.start)
        start = previous.start
    return None


def clause_subject(token: Token, candidates: list[Draft]) -> Draft | None:
    """The candidate that is the subject or possessor (or the subject's possessor) of a word
    above ``token``."""
    # climbed by index in the Doc's arrays (no Token made on the way)
    arrays = arrays_of(token.doc)
    heads, deps, children = arrays.heads, arrays.deps, arrays.children
    current = token.i
    for _ in range(MAX_HOPS):
        if heads[current] == current:
            return None
        current = heads[current]
        for child in children[current]:
            if deps[child] not in SUBJECTS | {"poss"} or child == token.i:
                continue
            holders = [child, *(grand for grand in children[child] if deps[grand] == "poss")]
            for holder in holders:
                for draft in candidates:
                    if draft.start <= holder < draft.end:
                        return draft
    return None


def is_subject(doc: Doc, draft: Draft) -> bool:
    root = root_of(doc, draft.start, draft.end)
    return root.dep_ in SUBJECTS or (root.dep_ == "poss" and root.head.dep_ in SUBJECTS)
