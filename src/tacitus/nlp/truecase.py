"""Give text written in capitals, or all in small letters, ordinary capitalisation before it is
parsed.

Old wire services, radio transcripts and many headlines are set in capitals; some archives (a
newspaper's lowered copy: "new delhi: the opposition in the lok sabha ...") keep none. The English
model reads case as a strong signal (proper nouns, sentence starts), so "SALVADORAN ARMY TROOPS
ATTACKED" parses badly, and the actor tables, which match names by their written case, find
nothing. Each paragraph that is mostly capitals, or has almost none, is re-cased:

1. every word is lowered;
2. names Tacitus knows (countries, demonyms, seats, organisations, groups, office holders, towns and
   cities, months and weekdays, and the words of three letters or more a dictionary writes only
   with a capital: "CASTRO", "MEDELLIN") take their own spelling, longest name first ("SAN
   SALVADOR" → "San Salvador", "NATO" stays "NATO"), also before a possessive ending
   ("COLOMBIA'S");
3. a name that is also a function word is a name only before a role noun ("US TROOPS"), as is
   a short acronym whose letters spell a word the dictionary writes in small letters ("CAR
   TROOPS", but "CAR BOMB", "LET US"; "CIA", which the dictionary writes only in capitals, is a
   name, and so is a longer one, "ARENA");
4. a word that is not an English word is taken for a name ("CRISTIANI", "cristiani" →
   "Cristiani") unless it is short or has no vowel (an acronym: "FMLN"; one written in small
   letters is set in capitals, "vhp" → "VHP");
5. a name found spells its known given name, initials and title in capitals too
   (``tacitus.nlp.recased_names``: "PRIME MINISTER FELIPE GONZALEZ" → "Prime Minister Felipe
   Gonzalez", "h d deve gowda" → "H D Deve Gowda");
6. the first word of each sentence is capitalised;
7. a person's name one paragraph shows to be a name is spelt so in every re-cased paragraph of
   the text (``tacitus.nlp.article_names``: "MARIO CASTRO ARENAS" makes a later "CASTRO ARENAS
   SAID" "Castro Arenas said").

Only the case of letters changes, never their number, so every character offset computed on the
re-cased text holds for the original.

A text re-cased as a whole (``is_recased``: most of its letters in re-cased paragraphs) is marked
on its parse (``mark_recased``): the actor resolver then also takes the country the story is set
in from the towns it names (``tacitus.actors.composition``), since such a text seldom names its
country in a way the tables find ("ahmedabad: the police arrested ...").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from tacitus.nlp.article_names import (
    Recasing,
    introduced_names,
    names_to_spell,
    spell_article_names,
)
from tacitus.nlp.recased_names import fold_word, spell_whole_names
from tacitus.wordlists import word_set

# a paragraph is re-cased when it has at least this many letters and this share of them capitals
MIN_LETTERS = 25
MIN_CAPITAL_SHARE = 0.85
# ... or at most this share of them capitals (a lowered archive's paragraph)
MAX_CAPITAL_SHARE = 0.01
MAX_PHRASE_WORDS = 5
# a text is re-cased as a whole when at least this share of its letters are in re-cased paragraphs
MIN_RECASED_SHARE = 0.5
# the key of ``Doc.user_data`` that marks the parse of a text re-cased as a whole
RECASED = "tacitus.recased"
# an unknown all-capitals word this short, or without a vowel, is an acronym ("FMLN", "PLO")
MAX_ACRONYM_LENGTH = 3
# a word the dictionary writes only with a capital is taken for a name from this length on
MIN_DICTIONARY_NAME_LENGTH = 3
VOWELS = frozenset("aeiouy")
# English inflections stripped when looking a word up in the word list: (suffix, replacement)
INFLECTIONS = (("ies", "y"), ("ied", "y"), ("ying", "ie"), ("es", ""), ("s", ""), ("ed", ""),
               ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""), ("er", ""), ("ers", ""),
               ("er", "e"), ("ers", "e"), ("est", ""), ("est", "e"), ("men", "man"),
               ("'s", ""), ("’s", ""))
# a full stop after these does not end a sentence
ABBREVIATIONS = word_set("abbreviations") | word_set("calendar", form="abbreviation")
WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]+(?:['’][^\W\d_]+)*")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# a possessive ending, looked past when a name is looked up ("COLOMBIA'S" → "Colombia's")
POSSESSIVE = re.compile(r"['’][sS]$")
SENTENCE_END = re.compile(r"[.!?]['\"’”)\]]*\s+['\"‘“(\[]*$")


@dataclass(frozen=True, slots=True)
class Casebook:
    """What re-casing needs to know: the spelling of names, and which words are English.

    ``names`` maps a name's lowered words to its written words; ``english`` holds lowered English
    words (and function words), which are never taken for names unless ``names`` says so.
    """

    names: dict[tuple[str, ...], tuple[str, ...]]
    english: frozenset[str]
    # names that are also function words ("US", "WHO"): a name only before one of ``heads``
    ambiguous: dict[str, str] = field(default_factory=dict)
    heads: frozenset[str] = frozenset()
    # lowered given names (first words of known people's names): "Juan", "Ram"
    given_names: frozenset[str] = frozenset()

    def is_english(self, word: str) -> bool:
        if word in self.english:
            return True
        for suffix, replacement in INFLECTIONS:
            if (word.endswith(suffix) and len(word) > len(suffix) + 1
                    and word[: -len(suffix)] + replacement in self.english):
                return True
        # a doubled consonant before -ed/-ing: "shelled", "planning"
        for suffix in ("ed", "ing"):
            stem = word[: -len(suffix)]
            if (word.endswith(suffix) and len(stem) > 2 and stem[-1] == stem[-2]
                    and stem[:-1] in self.english):
                return True
        return False


def make_casebook(names: Iterable[str], *, english: Iterable[str],
                  common_names: Iterable[str] = (), heads: Iterable[str] = (),
                  given_names: Iterable[str] = (), name_words: Iterable[str] = ()) -> Casebook:
    """Build a casebook from known names written in their own case.

    ``names`` are curated names (countries, organisations, office holders …): each keeps its
    spelling even when a word of it is also an English word ("Turkey", "Chad"). A single name that
    is also a function word ("US", "WHO") is spelt as a name only before one of ``heads`` (role
    nouns: "US troops", "WHO officials"). ``common_names`` (a gazetteer's towns) are used only
    when the name is not a single English word ("Police", "Mobile" stay words). A short acronym
    among ``names`` whose letters spell an English word ("CAR", "LeT") is spelt as a name only
    before one of ``heads`` too, unless it is among ``name_words``, the words a dictionary writes
    only with a capital ("CIA"): the English word lists hold those lowered as well. Every one of
    ``name_words`` is a name, spelt as given ("Castro", "USSR").
    """
    english_words = frozenset(word.lower() for word in english)
    dictionary_spellings = tuple(name_words)
    dictionary_names = frozenset(fold_word(word) for word in dictionary_spellings)
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    ambiguous: dict[str, str] = {}

    def add(name: str, *, guarded: bool) -> None:
        words = tuple(match.group(0) for match in WORD.finditer(name))
        if not words or len(words) > MAX_PHRASE_WORDS or not any(w[:1].isupper() for w in words):
            return
        key = tuple(fold_word(word) for word in words)
        if len(key) == 1 and key[0] in STOP_WORDS:
            if not guarded and words[0].isupper() and key[0] not in FORMS_OF_BE:
                ambiguous.setdefault(key[0], words[0])
            return
        if len(key) == 1 and guarded and key[0] in english_words:
            return
        if (len(key) == 1 and is_acronym(words[0]) and len(key[0]) <= MAX_ACRONYM_LENGTH
                and key[0] in english_words and key[0] not in dictionary_names):
            # a short acronym whose letters spell an English word ("CAR", "LeT"): in text that
            # has lost its case, the word ("CAR BOMB", "LET US") is a name only before a role
            # noun
            ambiguous.setdefault(key[0], words[0])
            return
        table.setdefault(key, words)

    for name in names:
        add(name, guarded=False)
    # a word the dictionary writes only with a capital is a name, whatever the English word
    # lists say ("CASTRO", "MEDELLIN", "USSR"), unless it is too short to tell ("DE", "TH")
    for name in dictionary_spellings:
        if len(name) >= MIN_DICTIONARY_NAME_LENGTH:
            add(name, guarded=False)
    for name in common_names:
        add(name, guarded=True)
    return Casebook(table, english_words | STOP_WORDS, ambiguous,
                    frozenset(fold_word(head) for head in heads),
                    frozenset(fold_word(name) for name in given_names))


def is_acronym(word: str) -> bool:
    """Whether ``word`` is written as an acronym: in capitals ("CAR") or starting and ending with
    one ("LeT"), not as a name ("Chad", "McMaster")."""
    return len(word) > 1 and word.isalpha() and (word.isupper()
                                                 or (word[0].isupper() and word[-1].isupper()))


def letters_and_capitals(text: str) -> tuple[int, int]:
    """How many letters ``text`` has, and how many of them are capitals."""
    letters = "".join(filter(str.isalpha, text))
    return len(letters), sum(map(str.isupper, letters))


def is_shouting(text: str) -> bool:
    """Whether ``text`` is written mostly in capitals."""
    return _shouting(*letters_and_capitals(text))


def is_whispering(text: str) -> bool:
    """Whether ``text`` is written (almost) without capitals."""
    return _whispering(*letters_and_capitals(text))


def _shouting(letters: int, capitals: int) -> bool:
    return letters >= MIN_LETTERS and capitals / letters >= MIN_CAPITAL_SHARE


def _whispering(letters: int, capitals: int) -> bool:
    return letters >= MIN_LETTERS and capitals / letters <= MAX_CAPITAL_SHARE


def truecase(text: str, casebook: Casebook) -> str:
    """``text`` with every paragraph written in capitals or in small letters re-cased, and the
    names one paragraph introduces spelt alike in all of them (``tacitus.nlp.article_names``);
    the same length as ``text``."""
    recasings: dict[int, Recasing] = {}
    spans = list(paragraphs(text))
    for start, end in spans:
        counts = letters_and_capitals(text[start:end])
        if _shouting(*counts) or _whispering(*counts):
            recasings[start] = recase(text[start:end], casebook)
    names = names_to_spell(list(recasings.values()), is_function_word=STOP_WORDS.__contains__,
                           is_english=casebook.is_english, role_nouns=casebook.heads)
    pieces: list[str] = []
    position = 0
    for start, end in spans:
        pieces.append(text[position:start])
        recasing = recasings.get(start)
        if recasing is None:
            pieces.append(text[start:end])
        else:
            spell_article_names(recasing, names)
            pieces.append("".join(recasing.chars))
        position = end
    pieces.append(text[position:])
    cased = "".join(pieces)
    assert len(cased) == len(text)
    return cased


def is_recased(text: str) -> bool:
    """Whether most of ``text``'s letters are in paragraphs ``truecase`` re-cases."""
    letters = 0
    recased = 0
    for start, end in paragraphs(text):
        # the letters and capitals counted once for both tests
        count, capitals = letters_and_capitals(text[start:end])
        letters += count
        if _shouting(count, capitals) or _whispering(count, capitals):
            recased += count
    return letters > 0 and recased >= MIN_RECASED_SHARE * letters


def mark_recased(doc: Doc, text: str) -> None:
    """Mark ``doc`` (the parse of ``text`` re-cased) when ``text`` was re-cased as a whole."""
    doc.user_data[RECASED] = is_recased(text)


def was_recased(doc: Doc) -> bool:
    """Whether ``doc`` is marked as the parse of a text re-cased as a whole."""
    return bool(doc.user_data.get(RECASED, False))


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def recase(paragraph: str, casebook: Casebook) -> Recasing:
    """``paragraph`` re-cased (steps 1 to 6 of the module docstring)."""
    words = list(WORD.finditer(paragraph))
    chars = list(lower(paragraph))
    # 2. known names, longest first
    named = [False] * len(words)
    in_known_names: set[int] = set()
    index = 0
    while index < len(words):
        width = matched_name(paragraph, words, index, casebook)
        if width > 1:
            in_known_names.update(range(index, index + width))
        if width:
            spelling = casebook.names[name_key(words[index:index + width])]
            for offset, written in enumerate(spelling):
                word = words[index + offset]
                chars[word.start():word.end()] = list(respell(word.group(0), written))
                named[index + offset] = True
            index += width
        else:
            index += 1
    # 3. names that are also function words, before a role noun: "US troops"
    for index, word in enumerate(words[:-1]):
        ambiguous_spelling = casebook.ambiguous.get(lower(word.group(0)))
        if (ambiguous_spelling is not None and not named[index]
                and fold_word(words[index + 1].group(0)) in casebook.heads
                and paragraph[word.end():words[index + 1].start()] in (" ", "-", "\n")):
            chars[word.start():word.end()] = list(respell(word.group(0), ambiguous_spelling))
            named[index] = True
    # 4. unknown words are names or acronyms
    for index, word in enumerate(words):
        text = word.group(0)
        lowered = lower(text)
        if named[index] or not (text.isupper() or is_plain_small(text)) or casebook.is_english(
                lowered):
            continue
        if text.islower() and not VOWELS & set(lowered):
            chars[word.start():word.end()] = list(upper(text))  # "vhp", "bjp": an acronym
            continue
        if "." in text or len(text) <= MAX_ACRONYM_LENGTH or not VOWELS & set(lowered):
            continue  # an acronym, or too short to tell a name from a word
        chars[word.start()] = upper(text[0])
    # 5. the rest of each name found: given names, initials, titles
    before_names = chars.copy()
    spell_whole_names(paragraph, words, chars, given_names=casebook.given_names,
                      is_function_word=STOP_WORDS.__contains__, is_english=casebook.is_english,
                      in_known_names=frozenset(in_known_names))
    introduced = introduced_names(paragraph, words, chars, from_context={
        index for index, word in enumerate(words)
        if chars[word.start()] != before_names[word.start()]}, given_names=casebook.given_names)
    # 6. sentence starts, and the pronoun "I"
    for index, word in enumerate(words):
        text = word.group(0)
        lowered = lower(text)
        if text.islower() and not is_plain_small(text):
            continue
        if lowered in ("i", "i'm", "i'd", "i'll", "i've") or starts_sentence(paragraph, words,
                                                                             index):
            chars[word.start()] = upper(text[0])
    return Recasing(paragraph, tuple(words), chars, introduced)


def matched_name(paragraph: str, words: list[re.Match[str]], index: int,
                 casebook: Casebook) -> int:
    """How many words from ``index`` on spell a known name (0 when none)."""
    for width in range(min(MAX_PHRASE_WORDS, len(words) - index), 0, -1):
        span = words[index:index + width]
        # the words of a name are separated by spaces or hyphens only
        if any(paragraph[a.end():b.start()] not in (" ", "-", "\n")
               for a, b in itertools.pairwise(span)):
            continue
        if name_key(span) in casebook.names:
            return width
    return 0


def name_key(span: list[re.Match[str]]) -> tuple[str, ...]:
    """The folded words of ``span``, the last without a possessive ending ("colombia's")."""
    key = [fold_word(word.group(0)) for word in span]
    key[-1] = POSSESSIVE.sub("", key[-1])
    return tuple(key)


def starts_sentence(paragraph: str, words: list[re.Match[str]], index: int) -> bool:
    before = paragraph[:words[index].start()]
    if index == 0:
        return True
    previous = lower(words[index - 1].group(0))
    if previous in ABBREVIATIONS or "." in previous:
        return False
    return bool(SENTENCE_END.search(before)) or before.rstrip().endswith(("--", ":"))


def respell(original: str, written: str) -> str:
    """``written``'s case on ``original``'s letters (the lengths always agree)."""
    ending = POSSESSIVE.search(original)
    if ending and len(written) == ending.start():
        return respell(original[:ending.start()], written) + lower(ending.group(0))
    if len(written) != len(original):
        return lower(original)
    return "".join(lower(o) if w == lower(w) else upper(o)
                   for o, w in zip(original, written, strict=True))


def is_plain_small(text: str) -> bool:
    """A word in small unaccented letters: in lowered text, "â€œwe" (a quotation mark garbled into
    letters) is no word to re-case."""
    return text.islower() and text.isascii()


def upper(text: str) -> str:
    """Upper-case letter by letter, keeping any letter whose upper case is longer ("ß")."""
    return "".join(up if len(up := char.upper()) == 1 else char for char in text)


def lower(text: str) -> str:
    """Lower-case letter by letter, keeping any letter whose lower case is longer ("İ")."""
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


# "IS" (Islamic State) is never worth the risk of reading "is" as a name
FORMS_OF_BE = frozenset({"is", "am", "are", "be", "was", "were"})
STOP_WORDS = word_set("common_words")
