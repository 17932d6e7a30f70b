"""Spell a person's whole name, with its initials and its title, in capitals once re-casing has
found one word of it.

Re-casing (``tacitus.nlp.truecase``) capitalises a word it knows as a name or does not know as an
English word, so in "PRIME MINISTER FELIPE GONZALEZ", "JUAN MARTIN CAICEDO" or "h d deve gowda" it
finds "Felipe Gonzalez", "Juan … Caicedo" and "Deve Gowda" but leaves the rest in small letters.
Names are written the same way everywhere, so the rest follows from the found words:

1. a given name the knowledge base knows (the first word of an office holder's name: "Juan")
   that is no English word, before a name, directly or across one more word, starts that name
   and capitalises the word between ("Juan Martin Caicedo"); particles stay small ("de"). A given
   name that is also an English word ("bill", "will", "king") is left alone: as a word it stands
   before names too often ("the bill Congress passed"). Followed by no name, such a given name
   takes the next word for its surname ("WILLIAM WALKER" → "William Walker"), unless that word
   is a function word, a title, a day or month, a verb form ("condemned", "says") or too short
   to tell ("met");
2. a short word between two words of a name that is no English word, particle or acronym is a
   word of the name ("JAIME PAZ ZAMORA" → "Jaime Paz Zamora");
3. a word after a name's particles ends the name, even an English word ("EDUARDO VELAR DE LA
   ROSA" → "Eduardo Velar de la Rosa"), unless it could be no surname (as in 1);
4. single letters right before a name are its initials ("H D Deve Gowda"); a lone "a" or "i"
   is the article or the pronoun;
5. title words right before a name (or its initials) are its title ("Prime Minister Felipe
   Gonzalez", "Secretary General Baena"), as are courtesy titles ("Mr", "Dr"); a word between a
   title and a name is a given name, even an English word ("FOREIGN MINISTER DOMINGO CAVALLO",
   "ATTACHE ANGEL MENENDEZ" after a title), unless it could be no surname.

The words of a name may stand on two lines of text wrapped at a fixed width.
Only the case of letters changes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from tacitus.wordlists import word_set

TITLE_WORDS = word_set("name_titles") | word_set("courtesy_titles")
PARTICLES = word_set("name_particles")
# the particles only ever found inside a person's name ("de", "van", "bin"; not "of", "and")
NAME_PARTICLES = word_set("name_particles", person="yes")
CALENDAR = word_set("calendar")
# what stands between two words of one name: a space, or the line break of text wrapped at a
# fixed width (wire copy: "MARIO\nCASTRO ARENAS")
SPACES = (" ", "\n")
# ... and after an initial, a full stop too ("h. d. deve gowda")
NAME_GAPS = (*SPACES, ". ", ".", ".\n")
# how many words a known given name may stand before the next found name word
MAX_GIVEN_REACH = 2
LONE_WORDS = frozenset({"a", "i"})
# a word without one is an acronym ("GN")
VOWELS = frozenset("aeiouy")
REPORTING_VERBS = word_set("reporting_verbs")
# a surname after a known given name has at least this many letters (shorter words after a given
# name are more often words: "met", "and")
MIN_SURNAME_LENGTH = 4
# verb endings: a word after a given name that ends so is what the person did ("condemned")
VERB_ENDINGS = ("ed", "ing")


def spell_whole_names(paragraph: str, words: list[re.Match[str]], chars: list[str], *,
                      given_names: frozenset[str], is_function_word: Callable[[str], bool],
                      is_english: Callable[[str], bool],
                      in_known_names: frozenset[int] = frozenset()) -> None:
    """Capitalise, in ``chars`` (``paragraph``'s re-cased letters), the given names, initials
    and titles of the names already capitalised there (``in_known_names``: the indices of the
    words of known names of two words or more, "San Jose")."""
    # 1. known given names before a name
    for index, word in enumerate(words):
        if fold_word(word.group(0)) not in given_names or is_english(fold_word(word.group(0))):
            continue
        for reach in range(1, MAX_GIVEN_REACH + 1):
            end = index + reach
            if end >= len(words) or not joined(paragraph, words, index, end, SPACES):
                break
            between = [fold_word(w.group(0)) for w in words[index + 1:end]]
            if any(is_function_word(w) and w not in PARTICLES for w in between):
                break
            if is_name_word(words[end], chars):
                for inner in range(index, end):
                    if fold_word(words[inner].group(0)) not in PARTICLES:
                        capitalise(words[inner], chars)
                break
        else:
            # no name follows within reach: the next word is the surname ("WILLIAM WALKER"),
            # unless the given name ends a known name ("SAN JOSE POLICE")
            if index not in in_known_names and index + 1 < len(words) and joined(
                    paragraph, words, index, index + 1, SPACES) and is_surname(
                    fold_word(words[index + 1].group(0)), is_function_word, is_english):
                capitalise(words[index], chars)
                capitalise(words[index + 1], chars)
    # 2. a short word between two words of a name is one of them ("Jaime PAZ Zamora"): too
    # short for re-casing to take it for a name alone, but no English word nor particle
    for index in range(1, len(words) - 1):
        folded = fold_word(words[index].group(0))
        if (not chars[words[index].start()].isupper() and folded.isalpha()
                and not is_english(folded) and not is_function_word(folded)
                and folded not in PARTICLES and VOWELS & set(folded)
                and is_name_word(words[index - 1], chars)
                and is_name_word(words[index + 1], chars)
                and joined(paragraph, words, index - 1, index + 1, SPACES)):
            capitalise(words[index], chars)
    # 3. a word after a name and its particles ends the name ("VELAR DE LA ROSA")
    for index, word in enumerate(words):
        if not is_name_word(word, chars):
            continue
        end = index + 1
        while end < len(words) and fold_word(words[end].group(0)) in NAME_PARTICLES:
            end += 1
        if (index + 1 < end < len(words) and joined(paragraph, words, index, end, SPACES)
                and is_surname(fold_word(words[end].group(0)), is_function_word, is_english)):
            capitalise(words[end], chars)
    # 4. initials and 5. titles before each name
    for index, word in enumerate(words):
        if not is_name_word(word, chars) or (index and is_name_word(words[index - 1], chars)):
            continue
        start = index
        while start > 0 and is_initial(paragraph, words[start - 1]) and joined(
                paragraph, words, start - 1, start, NAME_GAPS):
            start -= 1
        initials = words[start:index]
        if len(initials) == 1 and fold_word(initials[0].group(0)) in LONE_WORDS:
            start = index
        for initial in words[start:index]:
            chars[initial.start():initial.end()] = list(initial.group(0).upper())
        # a word between a title and a name is a given name ("MINISTER DOMINGO CAVALLO"),
        # even one that is also an English word
        if start > 1 and fold_word(words[start - 2].group(0)) in TITLE_WORDS and joined(
                paragraph, words, start - 2, start, SPACES) and is_surname(
                fold_word(words[start - 1].group(0)), is_function_word, is_english):
            start -= 1
            capitalise(words[start], chars)
        while start > 0 and fold_word(words[start - 1].group(0)) in TITLE_WORDS and joined(
                paragraph, words, start - 1, start, SPACES):
            start -= 1
            capitalise(words[start], chars)


def is_surname(word: str, is_function_word: Callable[[str], bool],
               is_english: Callable[[str], bool], *, min_length: int = MIN_SURNAME_LENGTH) -> bool:
    """Whether ``word``, lowered, right after a known given name, can be its surname: long enough,
    and no function word, title, day or month, verb form or reporting verb."""
    return (len(word) >= min_length and word.isalpha() and not is_function_word(word)
            and word not in TITLE_WORDS and word not in CALENDAR
            and not (word.endswith(VERB_ENDINGS) and is_english(word))
            and not any(word.startswith(verb) and len(word) - len(verb) <= 2
                        for verb in REPORTING_VERBS))


def is_name_word(word: re.Match[str], chars: list[str]) -> bool:
    """A word re-casing spelt with a capital, that is no acronym, initial or day or month."""
    text = "".join(chars[word.start():word.end()])
    return (len(text) > 1 and text[0].isupper() and not text.isupper()
            and fold_word(text) not in CALENDAR)


def is_initial(paragraph: str, word: re.Match[str]) -> bool:
    """A single letter, or letters each with a full stop, that starts a word of its own (not
    the "s" of "country's")."""
    text = word.group(0)
    alone = word.start() == 0 or paragraph[word.start() - 1].isspace()
    return alone and (len(text) == 1 or bool(re.fullmatch(r"(?:[^\W\d_]\.)+", text)))


def joined(paragraph: str, words: Sequence[re.Match[str]], first: int, last: int,
           gaps: tuple[str, ...]) -> bool:
    """Whether words ``first`` to ``last`` stand apart by one of ``gaps`` only."""
    return all(paragraph[words[i].end():words[i + 1].start()] in gaps
               for i in range(first, last))


def capitalise(word: re.Match[str], chars: list[str]) -> None:
    first = chars[word.start()]
    if len(first.upper()) == 1:
        chars[word.start()] = first.upper()


def fold_word(word: str) -> str:
    """A word lowered and without accents, for looking names up ("BOGOTA" finds "Bogotá")."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))
