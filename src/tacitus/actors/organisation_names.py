"""Organisations the knowledge base does not know: a company, a union, an NGO, a council.

A named organisation no table knows ("Qantas Airways", "the Transport Workers Union", "Shire
Council") is coded by sector with its country (``AUSBUS``, ``AUSLAB``, ``AUSGOV``), only when
the text gives the evidence:

1. Its name: spaCy tags it an organisation and its head is a word of ``organisation_sectors``;
   the first typed word of that file the name holds, as written (a hyphenated "Third-Party" holds
   no "party"), gives the sector ("Union": LAB, "Airways": BUS, "Council": GOV, "Foundation":
   NGO). A name that only qualifies a noun of places ("the La Paz neighbourhood") is a place's.
2. Else what the text calls it: a description before it ("the airline Qantas", "US-based
   WeWork") or in apposition to it ("Qantas, the national airline,"); a name with neither is
   left unresolved (a later "the company" is too often another body's, or an office's). Before
   a person's name, a noun a preposition governs is a title's ("commissioner of police Raj
   Mehta"), no description of the name.
3. Its country, as the text states it: a country named in its description, its owner ("China's
   Taiwan Affairs Office"), else inside the name ("Australian Council of Trade Unions"), else a
   town or region inside the name ("Fort Worth Police Department"), else the body it belongs
   to; with none stated, the story places it (``PLACED_HOW``): the story's setting, else the
   country dominating the text, else the one country its sentence names as where things
   happen; with none, a national body stays unresolved. A name that says it is international
   ("International", "World") gets its sector alone (``NGO``), with no country guessed, and so
   does a news outlet no country is stated for (it reports from anywhere). A name mentioned
   again keeps its first actor.

A name followed by a bracketed acronym a table knows ("Russia's Federal Security Service (FSB)")
is that known actor. An acronym the text gives the name ("(TWU)", or the initials of its words)
names the same actor wherever it stands, and a later definite description of the same sector
("the union said") names the organisation last introduced, within ``DESCRIPTION_SENTENCES``
sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from tacitus.actors.token_reading import reading_of
from tacitus.nlp.doc_memo import entities_of, root_of, sentence_of, sentences_of
from tacitus.nlp.token_arrays import arrays_of, tokens_text
from tacitus.wordlists import word_set, word_table

# the typed organisation words, in order of precedence; "-" marks a word of no sector
ORGANISATION_TYPES: tuple[tuple[str, str], ...] = tuple(
    (row[0], row[1]) for row in word_table("organisation_sectors"))
ORGANISATION_WORDS = frozenset(word for word, _ in ORGANISATION_TYPES)
# words that make a name an international body: no country is guessed for it
INTERNATIONAL_WORDS = word_set("international_words")
# words of a name that its initials skip ("Union for Civil Liberties": UCL)
NAME_PARTICLES = word_set("title_small_words")
# "the Department of Health Sciences at the University of York": the body a name belongs to
BELONGING_PREPOSITIONS = word_set("affiliation_prepositions")
NO_TYPE = "-"
# nouns of places ("neighbourhood", "district"): a name qualifying one names a place
PLACE_HEADS = word_set("place_heads")
ORGANISATION_ENTITIES = frozenset({"ORG"})
# a name spaCy takes for a person's may be a company's the text describes ("the airline Jetstar")
PERSON_ENTITIES = frozenset({"PERSON"})
NAME_POS = frozenset({"PROPN", "NOUN", "ADJ"})
# tokens of a description before a name: "the Australian airline", "US-based", "Iraq's"
DESCRIPTION_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PUNCT", "VERB", "NUM", "PART"})
MAX_DESCRIPTION = 5
DESCRIPTION_SENTENCES = 3
MIN_ACRONYM = 2
# a run of capitalised words spaCy did not tag is a name only of at least this many words
MIN_RUN = 2
# initials shorter than this are too often other words ("SC", "RB")
MIN_INITIALS = 3


@dataclass(frozen=True, slots=True)
class OrganisationName:
    """An unknown organisation's name over ``start``..``end``, its sector type and the token
    span of the description that gave it (``window``: where its country may be named)."""

    start: int
    end: int
    type_code: str
    window: tuple[int, int]
    international: bool


def organisation_type(words: Sequence[str]) -> str | None:
    """The sector type the words of a name or description give, by precedence (step 1); ``"-"``
    for an organisation word of no sector; ``None`` when they hold no organisation word."""
    lowered = [word.lower() for word in words]
    text = f" {' '.join(lowered)} "
    found = None
    for word, type_code in ORGANISATION_TYPES:
        if f" {word} " in text:
            if type_code != NO_TYPE:
                return type_code
            found = NO_TYPE
    return found


def name_span(entity: Span) -> tuple[int, int]:
    """The name without a leading article or a trailing possessive ("the Bank's": "Bank")."""
    start, end = entity.start, entity.end
    while start < end and entity.doc[start].pos_ == "DET":
        start += 1
    while end > start and entity.doc[end - 1].tag_ == "POS":
        end -= 1
    return start, end


def is_capitalised_name(doc: Doc, start: int, end: int) -> bool:
    """A proper name as written: its first word capitalised, not a text in one case."""
    if end <= start:
        return False
    texts = arrays_of(doc).texts
    first = texts[start]
    if end - start == 1 and first.isupper():
        return len(first) >= MIN_ACRONYM
    return first[:1].isupper() and any(
        text[:1].isupper() and not text.isupper() for text in texts[start:end])


def description_before(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The tokens before a name that describe it: "the Australian airline", "US-based",
    "Iraq's": each hangs on a later word of the phrase (a possessive mark on the word before)."""
    index = start
    sentence_start = sentence_of(doc[start]).start
    while index > sentence_start and start - index < MAX_DESCRIPTION:
        token = doc[index - 1]
        attached = (index <= token.head.i < end
                    or (token.tag_ == "POS" and token.head.i == index - 2))
        if token.pos_ not in DESCRIPTION_POS or not attached or token.text in {",", "(", ")"}:
            break
        index -= 1
    return index, start


def capitalised_runs(doc: Doc) -> list[tuple[int, int]]:
    """Runs of capitalised words, joined by small words ("Union for Civil Liberties")."""
    # the tokens' texts and parts of speech read from the Doc's arrays (no ``Token`` made); a
    # run starts only at a token whose first character is a capital
    arrays = arrays_of(doc)
    texts, pos = arrays.texts, arrays.pos
    capitalised = [index for index in reading_of(doc).upper_initial if pos[index] in NAME_POS]
    written = set(capitalised)
    runs: list[tuple[int, int]] = []
    size = len(texts)
    index = 0
    for start in capitalised:
        if start < index:
            continue
        end = start + 1
        while end < size:
            if end in written:
                end += 1
            elif (texts[end].lower() in NAME_PARTICLES and end + 1 < size
                  and end + 1 in written):
                end += 2
            else:
                break
        runs.append((start, end))
        index = end
    return runs


def candidate_names(doc: Doc) -> list[tuple[int, int, str]]:
    """Organisation and person entities and other capitalised runs, each with what spaCy
    tagged it (``ORG``, ``PERSON``, or ``""``)."""
    spans = {name_span(entity): entity.label_ for entity in entities_of(doc)
             if entity.label_ in ORGANISATION_ENTITIES | PERSON_ENTITIES}
    # a run spaCy tagged anything else ("West Bank": a place) is no organisation's name: one
    # that overlaps an entity has a token inside it
    inside = {index for entity in entities_of(doc) for index in range(entity.start, entity.end)}
    for run in capitalised_runs(doc):
        if inside.isdisjoint(range(*run)):
            spans[run] = ""
    return sorted((start, end, tagged) for (start, end), tagged in spans.items() if end > start)


def find_organisation_names(doc: Doc, taken: Sequence[bool],
                            roles: Sequence[bool]) -> list[OrganisationName]:
    """The organisation names of ``doc`` that no actor mention covers (``taken``) and whose
    sector the name or a description gives (steps 1-2); a name of role words alone ("the
    Foreign Ministry", ``roles``) is the role pass's, and one of a single word not tagged an
    organisation is no name."""
    found: list[OrganisationName] = []
    for start, end, label in candidate_names(doc):
        tagged = label in ORGANISATION_ENTITIES
        if (not is_capitalised_name(doc, start, end) or any(taken[start:end])
                or (not label and end - start < MIN_RUN)
                or all(roles[index] or doc[index].lower_ in NAME_PARTICLES
                       for index in range(start, end))):
            continue
        if names_a_place(doc, start, end):
            continue
        arrays = arrays_of(doc)
        words = arrays.texts[start:end]
        heads = {arrays.lower[root_of(doc, start, end).i], words[-1].lower()}
        # a hyphenated word is one word: "Third-Party" holds no party
        type_code = (organisation_type(tokens_text(doc, start, end).split())
                     if heads & ORGANISATION_WORDS
                     and label not in PERSON_ENTITIES else None)
        if not tagged and heads & ORGANISATION_WORDS and type_code == NO_TYPE:
            type_code = None
        window = description_before(doc, start, end)
        if type_code is None or type_code == NO_TYPE:
            type_code, window = described_type(doc, start, end,
                                               person=label in PERSON_ENTITIES)
        if type_code is None:
            continue
        international = any(word.lower() in INTERNATIONAL_WORDS for word in words)
        found.append(OrganisationName(start, end, type_code, window, international))
    return found


def described_type(doc: Doc, start: int, end: int, *, person: bool = False
                   ) -> tuple[str | None, tuple[int, int]]:
    """The sector a description gives a name: the noun just before it ("the airline Qantas",
    "the Australian airline, Qantas") or the head of its apposition ("Qantas, the national
    airline"), with the description's span. Before a name tagged a person's (``person``), a
    noun governed by a preposition belongs to a title ("chairman of the council Ann Roe",
    "commissioner of police Raj Mehta"): it describes the title, not the name."""
    root = root_of(doc, start, end)
    candidates: list[tuple[Token, tuple[int, int]]] = []
    if start > 0:
        noun = doc[start - 1]
        left = [token.i for token in noun.subtree if token.i < start]
        # "commissioner of police Raj Mehta": "of" joins a title to the body it heads
        titled = person and (noun.dep_ == "pobj" or (
            min(left) > 0 and doc[min(left) - 1].lower_ == "of"))
        if not titled and (start <= noun.head.i < end or root.head.i == noun.i):
            candidates.append((noun, (min(left), start)))
    after = appos_head(doc, start, end)
    if after is not None:
        items = [token.i for token in after.subtree]
        candidates.append((after, (min(items), max(items) + 1)))
    for token, window in candidates:
        if token.pos_ != "NOUN" or token.lower_ not in ORGANISATION_WORDS:
            continue
        type_code = organisation_type([token.lower_])
        if type_code is not None and type_code != NO_TYPE:
            return type_code, window
    return None, (start, start)


def names_a_place(doc: Doc, start: int, end: int) -> bool:
    """Whether a name only qualifies a noun of places after it ("the La Paz neighbourhood",
    "Green Valley district"): it names a place, not a body."""
    root = root_of(doc, start, end)
    return (root.dep_ == "compound" and root.head.i >= end
            and root.head.lemma_.lower() in PLACE_HEADS)


def sentence_end(doc: Doc, index: int, count: int) -> int:
    """The end of the ``count``-th sentence after the one holding ``index``."""
    sentences = sentences_of(doc)
    first = next(number for number, sentence in enumerate(sentences)
                 if sentence.start <= index < sentence.end)
    return sentences[min(first + count, len(sentences) - 1)].end


def appos_head(doc: Doc, start: int, end: int) -> Token | None:
    """The head noun of an apposition to the name, if any."""
    for child in root_of(doc, start, end).children:
        if child.dep_ == "appos" and child.i >= end:
            return child
    return None


def belonging_tokens(doc: Doc, name: OrganisationName) -> set[int]:
    """The tokens of the phrase naming the body a name belongs to, after the name ("at the
    U.K.'s University of York")."""
    root = root_of(doc, name.start, name.end)
    return {token.i for child in root.children
            if child.dep_ == "prep" and child.i >= name.end
            and child.lower_ in BELONGING_PREPOSITIONS
            for token in child.subtree}


def initials(doc: Doc, start: int, end: int) -> str:
    """The initials of a name's words ("Transport Workers Union": "TWU")."""
    return "".join(token.text[0] for token in doc[start:end]
                   if token.text[:1].isupper() and token.lower_ not in NAME_PARTICLES)


def acronyms(doc: Doc, name: OrganisationName) -> set[str]:
    """The acronyms that stand for a name: one bracketed after it ("(UCEA)"), and its
    initials when they are at least ``MIN_ACRONYM`` letters."""
    found = set()
    own = initials(doc, name.start, name.end)
    if len(own) >= MIN_INITIALS:
        found.add(own)
    after = doc[name.end:name.end + 3]
    if (len(after) == 3 and after[0].text == "(" and after[2].text == ")"
            and after[1].text.isupper() and len(after[1].text) >= MIN_ACRONYM):
        found.add(after[1].text)
    return found


def acronym_uses(doc: Doc, found: set[str], taken: Sequence[bool]) -> list[int]:
    """The free tokens of ``doc`` spelt as one of the acronyms ``found``."""
    # read from the Doc's arrays: a walk over every token, most of them spelt otherwise
    texts = arrays_of(doc).texts
    return [index for index, text in enumerate(texts) if text in found and not taken[index]]


def later_descriptions(doc: Doc, name: OrganisationName, taken: Sequence[bool]) -> list[int]:
    """Definite descriptions after a name that name its sector ("the union", "the airline"),
    within ``DESCRIPTION_SENTENCES`` sentences of it; of a name whose own head word is typed,
    only those of that head word's type ("the airline" is no "Tourism Industry Council", though
    both are businesses)."""
    last = sentence_end(doc, name.start, DESCRIPTION_SENTENCES)
    heads = {root_of(doc, name.start, name.end).lower_, doc[name.end - 1].lower_}
    head_types = {found for found in map(organisation_type, ([head] for head in heads))
                  if found is not None and found != NO_TYPE}
    wanted = head_types or {name.type_code}
    return [token.i for token in doc[name.end:last]
            if not taken[token.i] and is_description_of(token, wanted)]


def is_definite_noun(token: Token) -> bool:
    """"the airline", "the union": a singular common noun of the organisation words after
    "the", with no name of its own ("the Bluewave Airlines company" is Bluewave's)."""
    return (token.tag_ == "NN" and token.lower_ in ORGANISATION_WORDS
            and any(child.dep_ == "det" and child.lower_ == "the" for child in token.children)
            and not any(child.dep_ == "compound" and child.pos_ == "PROPN"
                        for child in token.children))


def is_description_of(token: Token, type_codes: set[str]) -> bool:
    """A definite description whose sector is one of ``type_codes``."""
    return is_definite_noun(token) and organisation_type([token.lower_]) in type_codes
