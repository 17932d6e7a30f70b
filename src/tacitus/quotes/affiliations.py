"""The country a speaker's own description gives them, as news states it beside the name.

"Ian Hamilton, an expert at the U.K.'s University of York", "a spokesperson for the Foreign
Ministry", "a scholar with the Brookings Institution of Washington": the body a speaker belongs to
or speaks for is named in the words that describe them (or tagged as US news tags its
legislators: "Rep. David McKinley, R-W.Va.") (appositions, compounds, possessives and
the prepositions of ``affiliation_prepositions``), never in a relative clause ("who did not work
on the study"), a name that only says what their role is about ("a China scholar"), a place
where they are ("at talks in Germany") or a place they are sent to
("envoy to Ukraine"). A body the description names without the knowledge base knowing it is
placed by the country or American state in its name or after "in" ("a pulmonologist at the
Aberdeen Royal Infirmary in the UK", "a professor at the University of Florida"). The country
found for a person is remembered under their surname, so a
later "Hamilton said" speaks from the same country; the office of a title the name stands beside
("China's ambassador to Britain Liu Xiaming") is remembered so too, so a later "Liu said" speaks
for the Chinese government.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from functools import cache

from spacy.tokens import Token

from tacitus.actors.aliases import fold
from tacitus.actors.codes import is_news_agency
from tacitus.actors.knowledge import load_knowledge_base
from tacitus.actors.organisation_names import NO_TYPE, organisation_type
from tacitus.actors.regions import load_regions
from tacitus.model import Actor, ActorMention
from tacitus.nlp.doc_memo import root_of
from tacitus.nlp.token_arrays import arrays_of
from tacitus.quotes.body_towns import town_country
from tacitus.quotes.role_words import person_title_heads, role_words, title_words
from tacitus.quotes.spans import SUBJECT_DEPS
from tacitus.quotes.view import GUESSED, DocView, Person
from tacitus.wordlists import word_map, word_set

AFFILIATION_PREPOSITIONS = word_set("affiliation_prepositions")
# "ambassador to Argentina Paulo Mendes": where a titled person is sent
POSTING_PREPOSITIONS = word_set("posting_prepositions")
# a singular title, in small letters or capitalised before a name ("Ambassador to Kenya …")
TITLE_TAGS = frozenset({"NN", "NNP"})
# "heads the Afghan delegation": the verbs whose object is the body a person heads
HEADING_VERBS = word_set("heading_verbs")
# "the Aberdeen Royal Infirmary in the UK": from a named body, where it is
BODY_PLACE_PREPOSITIONS = word_set("body_place_prepositions")
# the words before a place's last word that are part of its name ("New York", "the United
# Kingdom" without its article)
PLACE_NAME_DEPS = frozenset({"compound", "flat", "amod"})
# "Rep. David McKinley, R-W.Va.": the party initial before the hyphen, and the country it tags
PARTY_TAGS = word_map("party_tags")
# The dependents that name or describe the word they hang from ("Taliban ambassador", "Kurt
# Volker, the US envoy", "U.K.'s"); prepositions other than the ones asked for and clauses
# describe something else.
NAMING_DEPS = frozenset({"compound", "amod", "poss", "appos", "nmod", "flat", "npadvmod"})
# the nouns that name another person beside the one described ("her counterpart")
RELATION_NOUNS = word_set("relation_nouns")
# the links from a name up to the words it is part of ("ambassador … Abdul Salam Zaeef")
NAME_DEPS = frozenset({"compound", "flat", "appos"})
# the kinds of actor a title makes its holder: a state organ ("ambassador", GOV) or a sector
ROLE_KINDS = frozenset({"state", "sector"})
# the kind of knowledge-base country that is a world region ("Middle East", "Asia")
REGION_KIND = "region"
# how many words deep a description is searched: far enough for "an expert in X at the
# Department of Y at the U.K.'s University of Z"
MAX_DEPTH = 6
# "Body (ABBR) Director Name": the fewest words before the title (a body, "(", an abbreviation,
# ")") and how far back the opening bracket is looked for
BRACKETED_MIN = 4
BRACKET_SPAN = 6


def stated_country(view: DocView, subject: Token) -> str | None:
    """The country of the nearest body or country named in the words that name and describe
    ``subject`` (from the top of its name: "Taliban ambassador … Abdul Salam Zaeef"), not
    counting people, guesses or news agencies; ``None`` when there is none or that body has no
    country (the Taliban's ambassador speaks for no country)."""
    return stated_body(view, subject)[0]


def stated_body(view: DocView, subject: Token) -> tuple[str | None, str | None]:
    """``stated_country`` and the code of the body it was read from: the body's own code when
    it is that country's ("a spokesman for the Nigerian army": ``NGAMIL``), else the country
    with the kind the body's own noun names ("Sweden's Nordvik Bank": ``SWEBUS``), else the
    country alone (read once per subject of a view: the quote and claim finders code the
    speakers of the same cues)."""
    found: dict[int, tuple[str | None, str | None]] = view.memo.setdefault("stated_bodies", {})
    body = found.get(subject.i)
    if body is None:
        body = found[subject.i] = _read_stated_body(view, subject)
    return body


def _read_stated_body(view: DocView, subject: Token) -> tuple[str | None, str | None]:
    top = name_top(view, subject)
    queue: deque[tuple[Token, int]] = deque([(top, 0)])
    # "Director for the Middle East at Amnesty International": a world region is the remit of a
    # title; the body named further on is whom the speaker serves, the region only without one
    remit: tuple[str | None, str | None] = (None, None)
    while queue:
        token, depth = queue.popleft()
        if view.quoted_in[token.i] >= 0:
            continue
        tagged = _party_tag(token)
        if tagged is not None:
            return tagged, tagged
        mention = view.mentions.at(token)
        if mention is not None and is_topic(token, mention):
            continue
        if (mention is not None and mention.how not in GUESSED
                and mention.actor.kind != "person"
                and not is_news_agency(mention.actor.code, mention.actor.kind)):
            if mention.actor.country is None:
                # "a spokeswoman for the European Commission": the body's own code, when the
                # knowledge base knows the body's whole name (a "National Security Council" is
                # not the UN's)
                return None, mention.actor.code if _whole_name(view, mention) else None
            if not _is_region(mention.actor.country):
                return mention.actor.country, _body_code(token, mention.actor, depth)
            if remit == (None, None):
                remit = mention.actor.country, _body_code(token, mention.actor, depth)
        if mention is None and depth > 0:
            # a body named after a city says where it is only in a story set nowhere: in a
            # story set somewhere, "Georgetown University" is not Guyana's
            seat = place_country(token) or (
                town_country(token) if view.setting is None and token.pos_ == "PROPN" else None)
            if seat is not None:
                return seat, seat
        if depth < MAX_DEPTH:
            prepositions = (AFFILIATION_PREPOSITIONS | BODY_PLACE_PREPOSITIONS
                            if token.pos_ == "PROPN" else AFFILIATION_PREPOSITIONS)
            queue.extend((child, depth + 1) for child in describing(token, prepositions))
            if depth == 0:
                queue.extend((body, 1) for body in _bodies_inside(token))
                queue.extend((body, 1) for body in _bracketed_body_before(view, token))
    return remit


def _is_region(code: str) -> bool:
    """Whether ``code`` is a world region's ("Middle East"), not a state's or territory's."""
    country = load_knowledge_base().countries.get(code)
    return country is not None and country.kind == REGION_KIND


def _bodies_inside(token: Token) -> Iterator[Token]:
    """ "sources in the foreign ministry", "officials in the army": the body a role's people
    are inside, named by a noun of a body (never a place: "officials in Kabul" are not of
    Kabul's body)."""
    if token.lemma_.lower() not in role_words():
        return
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in BODY_PLACE_PREPOSITIONS:
            yield from (grand for grand in child.children if grand.dep_ == "pobj"
                        and grand.lemma_.lower() in body_kinds())


def _bracketed_body_before(view: DocView, top: Token) -> Iterator[Token]:
    """ "Pan American Health Organization (PAHO) Director Ana Ruiz": the parser leaves a body
    named with its abbreviation in brackets outside the title and name that follow it; the body
    right before a title opening the name's words is the one the titled person serves."""
    first = top.left_edge
    if (first.i < BRACKETED_MIN or first.lemma_.lower() not in person_title_heads()
            or view.doc[first.i - 1].text != ")"):
        return
    opening = next((view.doc[i] for i in range(first.i - 2, max(-1, first.i - BRACKET_SPAN), -1)
                    if view.doc[i].text == "("), None)
    if opening is None or opening.i == 0:
        return
    # the abbreviation first, then the full name before the bracket
    yield from (view.doc[i] for i in range(opening.i + 1, first.i - 1))
    yield view.doc[opening.i - 1]


def _whole_name(view: DocView, mention: ActorMention) -> bool:
    """Whether ``mention`` covers every proper-noun word of the name it is part of."""
    return all(mention.token_start <= child.i
               for token in view.doc[mention.token_start:mention.token_end]
               for child in token.lefts
               if child.dep_ in PLACE_NAME_DEPS and child.pos_ == "PROPN")


def name_top(view: DocView, token: Token) -> Token:
    """The top of the words a name is part of ("ambassador … Abdul Salam Zaeef"), never a
    country's bare name the parser hung it from ("Japan's ambassador to Canada, Sato Hiroshi,":
    a person is not in apposition to a country); a name the parser made the object of a
    posting ("Brazil's ambassador to Argentina Paulo Mendes") tops at the title."""
    top = token
    while top.dep_ in NAME_DEPS and top.head.i != top.i:
        head = top.head
        mention = view.mentions.at(head)
        if (mention is not None and mention.actor.code == mention.actor.country
                and view.mentions.at(top) is not mention):
            return _posted_title(head) or top
        top = head
    return _posted_title(top) or top


def _posted_title(token: Token) -> Token | None:
    """The singular title whose posting preposition ``token`` is the object of ("ambassador"
    of "ambassador to Argentina", "Ambassador" of "Ghana's Ambassador to Kenya Kwame Mensah"
    as house style capitalises it before a name)."""
    # read from the Doc's arrays: a ``Token`` made for the title alone
    arrays = arrays_of(token.doc)
    preposition = arrays.heads[token.i]
    title = arrays.heads[preposition]
    if (arrays.deps[token.i] == "pobj" and arrays.lower[preposition] in POSTING_PREPOSITIONS
            and arrays.tags[title] in TITLE_TAGS and arrays.lemma_lower[title] in title_words()):
        return token.doc[title]
    return None


def _body_code(token: Token, actor: Actor, depth: int) -> str | None:
    """The code a speaker takes from the body named beside them: the body's own when it is of
    its country, the country with the kind of the named body a bare country is said of
    ("Sweden's Nordvik Bank"), or the country alone (``None`` without one)."""
    country = actor.country
    if country is None or not actor.code.startswith(country):
        return country
    if (actor.code != country or depth == 0 or token.dep_ not in ("poss", "amod", "compound")
            or token.head.pos_ != "PROPN"):
        # a common noun ("Pakistan's central bank") says too little of what the body is
        return actor.code
    return country + body_kind(token.head)


def body_kind(head: Token) -> str:
    """The type code a named body's own words give it ("Nigeria Labour Congress": ``LAB``), else
    its noun ("Nordvik Bank": ``BUS``), else the noun
    of its "of" phrase when its own says nothing ("Council of Trade Unions": ``LAB``); empty
    when neither does."""
    # "Nigeria Labour Congress": the name's own words, by precedence, before its last noun's
    named = organisation_type([child.text for child in head.lefts if child.dep_ == "compound"]
                              + [head.text])
    if named is not None and named != NO_TYPE:
        return named
    kinds = body_kinds()
    kind = kinds.get(head.lemma_.lower(), "")
    if kind:
        return kind
    of = next((child for child in head.children if child.dep_ == "prep"
               and child.lower_ == "of"), None)
    member = next((child for child in of.children if child.dep_ == "pobj"), None) if of else None
    return kinds.get(member.lemma_.lower(), "") if member is not None else ""


@cache
def body_kinds() -> dict[str, str]:
    """The last word of each body a kind of actor has ("banks", "union"), singular, with that
    kind's type code; a word two kinds share is left out. A body that is the word alone
    ("banks": BUS) says more than the last word of a longer one ("central bank": GOV), so the
    longer ones only add words no kind has alone."""
    alone, said_alone = _last_words(single=True)
    longer, _ = _last_words(single=False)
    return {**{word: code for word, code in longer.items() if word not in said_alone}, **alone}


def _last_words(single: bool) -> tuple[dict[str, str], set[str]]:
    """The kinds' bodies of one word (``single``) or of more, by their last word in its
    singular and plural forms: those of one kind alone with its code, and every such word."""
    found: dict[str, str] = {}
    shared: set[str] = set()
    for code, kind in load_knowledge_base().types.items():
        for body in kind.bodies:
            words = body.lower().split()
            if (len(words) == 1) != single:
                continue
            word = words[-1]
            for form in {word, word[:-1] if word.endswith("s") and not word.endswith("ss")
                         else word}:
                if found.get(form, code) != code:
                    shared.add(form)
                found[form] = code
    return {word: code for word, code in found.items() if word not in shared}, set(found)


def place_country(token: Token) -> str | None:
    """The country a place name stands for, where a body named in a description is ("the UK",
    "the University of Florida"): a country's name or alias, or a region's."""
    words = [t.text for t in token.lefts if t.dep_ in PLACE_NAME_DEPS] + [token.text]
    if not token.text[:1].isupper():
        return None
    return place_names().get(fold(" ".join(words)).casefold())


@cache
def place_names() -> dict[str, str]:
    """The names and aliases of the knowledge base's countries, and of the regions
    (``actors.regions``), folded, with their country code (a name two countries share is left
    out)."""
    found: dict[str, str] = {fold(name).casefold(): code for name, code in load_regions().named}
    shared: set[str] = set()
    for country in load_knowledge_base().countries.values():
        for name in (country.name, *country.aliases):
            key = fold(name).casefold()
            if found.get(key, country.code) != country.code:
                shared.add(key)
            found[key] = country.code
    return {name: code for name, code in found.items() if name not in shared}


def remembered_body(view: DocView, name: str) -> tuple[str | None, str | None]:
    """The country and code (``stated_body``) stated beside the first person the text names
    with ``name``'s last word."""
    words = name.split()
    if not words:
        return None, None
    # "A spokeswoman for the Commission, Ilse Vermeulen,": the name without its punctuation
    found = _by_surname(view, "surname_bodies", _stated_beside).get(words[-1].strip(",;:"))
    return found if isinstance(found, tuple) else (None, None)


def _stated_beside(view: DocView, person: Person
                   ) -> tuple[str | None, str | None] | None:
    root = root_of(view.doc, person.start, person.end)
    country, code = stated_body(view, root)
    if country is None:
        headed = _headed_body(view, root)
        if headed is not None:
            country, code = stated_body(view, headed)
    return (country, code) if country is not None or code is not None else None


def _headed_body(view: DocView, name: Token) -> Token | None:
    """The body a sentence says a person heads: the object of a heading verb whose subject is
    the person ("Ahmed Karimi heads the Afghan delegation") or the relative pronoun of a clause
    about them ("Ruth Obi, who chairs the Nigerian bar association")."""
    top = name_top(view, name)
    verbs = [top.head] if top.dep_ in SUBJECT_DEPS and top.head.i != top.i else []
    verbs += [child for child in top.children if child.dep_ == "relcl"]
    for verb in verbs:
        if verb.lemma_.lower() in HEADING_VERBS:
            found = next((child for child in verb.children if child.dep_ == "dobj"), None)
            if found is not None and view.quoted_in[found.i] < 0:
                return found
    return None


def posted_countries(view: DocView, name: str) -> frozenset[str]:
    """The countries the text posts the person it named in full with ``name``'s last word to
    ("Kurt Volkmann, the former special envoy to Ukraine"): where they serve, never their own."""
    words = name.split()
    found = _by_surname(view, "surname_postings", _posted_to).get(words[-1]) if words else None
    return found if isinstance(found, frozenset) else frozenset()


def _posted_to(view: DocView, person: Person) -> frozenset[str] | None:
    root = name_top(view, root_of(view.doc, person.start, person.end))
    countries = frozenset(
        mention.actor.country for token in _described_by(root)
        if token.dep_ == "pobj" and token.head.lower_ in POSTING_PREPOSITIONS
        and (mention := view.mentions.at(token)) is not None and mention.actor.country
        # a country by its name, not a person of it ("a lieutenant to the governor")
        and mention.actor.code == mention.actor.country)
    return countries or None


def _by_surname(view: DocView, key: str, read: Callable[[DocView, Person], object | None]
                ) -> dict[str, object]:
    """What ``read`` finds beside the first person the text names with each surname (none
    found: the surname left out), worked out once per view under ``key``."""
    known = view.memo.get(key)
    if known is None:
        known = {}
        for person in view.people:
            surname = person.text.split()[-1] if person.text.split() else ""
            if not surname or surname in known:
                continue
            value = read(view, person)
            if value is not None:
                known[surname] = value
        view.memo[key] = known
    found: dict[str, object] = known
    return found


def _described_by(token: Token) -> Iterator[Token]:
    """The words of a name's own description: its naming dependents and their prepositional
    phrases, not its clauses ("the envoy to Ukraine", not "who met Ukraine's president")."""
    queue = deque([token])
    while queue:
        current = queue.popleft()
        yield current
        queue.extend(child for child in current.children
                     if child.dep_ in NAMING_DEPS or child.dep_ in ("prep", "pobj"))


def remembered_role(view: DocView, name: str) -> Actor | None:
    """The office the text gave the person it named in full as ``name`` (or with ``name`` the
    one word of a later mention), where that full name stands beside a title the knowledge
    base codes: "China's ambassador to Britain Liu Xiaming … Liu said" is the Chinese
    government's (a family name may come first, so both end words of the full name count; a
    later "Mr Liu" is read by its last word)."""
    roles = _surname_roles(view)
    words = name.split()
    return roles.get(name) or (roles.get(words[-1]) if words else None)


def _surname_roles(view: DocView) -> dict[str, Actor]:
    known = view.memo.get("surname_roles")
    if known is None:
        known = {}
        for person in view.people:
            words = person.text.split()
            role = _title_beside(view, person.start, person.end) if words else None
            if role is None and person.actor is not None and person.actor.kind == "person":
                # "Australia's Foreign Minister, Hugh Carrington, …": a title the resolver
                # read with the name in one mention
                role = person.actor
            if role is not None:
                for word in (person.text, words[-1], words[0]):
                    known.setdefault(word, role)
        view.memo["surname_roles"] = known
    found: dict[str, Actor] = known
    return found


def _title_beside(view: DocView, start: int, end: int) -> Actor | None:
    """The state organ or sector of the title a name stands beside ("ambassador … Liu
    Xiaming", "consul Wang Jiarui"), a mention the knowledge base made, not a guess."""
    root = root_of(view.doc, start, end)
    top = name_top(view, root)
    beside = [top, *(child for child in root.children if child.dep_ in NAME_DEPS)]
    for token in beside:
        mention = view.mentions.at(token)
        if (start <= token.i < end or mention is None or mention.how in GUESSED
                or mention.actor.kind not in ROLE_KINDS or mention.actor.country in (
                    None, mention.actor.code)
                or is_news_agency(mention.actor.code, mention.actor.kind)):
            continue
        return mention.actor
    return None


def is_topic(token: Token, mention: ActorMention) -> bool:
    """A name that only says what a role is about: "a China scholar", "an Iran expert" (a
    compound before a common noun, not one of the knowledge base's roles, that the mention
    leaves out)."""
    head = token.head
    return (token.dep_ == "compound" and head.pos_ == "NOUN"
            and not mention.token_start <= head.i < mention.token_end
            and head.lemma_.lower() not in role_words())


def _party_tag(token: Token) -> str | None:
    """The country of a party-and-state tag ("R-W.Va.", "D-Calif."): a party initial joined by
    a hyphen to the state."""
    doc = token.doc
    if (token.text in PARTY_TAGS and token.i + 2 < len(doc) and doc[token.i + 1].text == "-"
            and not token.whitespace_ and not doc[token.i + 1].whitespace_):
        return PARTY_TAGS[token.text]
    return None


def names_another(subject: Token) -> bool:
    """Whether ``subject`` names people by their relation to another (``RELATION_NOUNS``: "the
    kidnappers of Jane Roe", "her critics"), whom the words that name it name, not them."""
    return subject.lemma_.lower() in RELATION_NOUNS


def describing(token: Token, prepositions: frozenset[str]) -> Iterator[Token]:
    """The words that name or describe ``token``: its naming dependents and the objects of
    its ``prepositions``."""
    for child in token.children:
        if names_another(child):
            continue  # "Ingrid Dahl and her Icelandic counterpart": another person
        if child.dep_ in NAMING_DEPS:
            yield child
        elif child.dep_ == "prep" and child.lower_ in prepositions:
            yield from (grand for grand in child.children if grand.dep_ == "pobj")
