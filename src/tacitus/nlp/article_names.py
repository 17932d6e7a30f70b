"""Spell a person's name the same way all through a re-cased article once one paragraph shows it
is a name.

Re-casing (``tacitus.nlp.truecase``) reads a paragraph at a time, and the context that shows an
English word to be part of a name ("MARIO CASTRO ARENAS": a known given name before it; "FOREIGN
MINISTER DOMINGO CAVALLO": a title) is usually in the first paragraph only. Later paragraphs say
"CASTRO ARENAS SAID", where nothing tells "arenas" from the English word, and the parser reads
"Castro arenas" as a man named Castro and a noun. Names are written the same way throughout a
story, so:

1. every run of two or more name words (titles aside) that re-casing capitalised from its context
   (``tacitus.nlp.recased_names``) is a name the article introduced: "Mario Castro", "Guillermo
   Larco";
2. a word that follows such a name's last word at least ``MIN_REPEATS`` times in the article, and
   could be a surname (no function word, title, day, verb form, reporting verb or role noun), is
   the name's second surname ("Mario Castro Arenas", "Guillermo Larco Cox"): in wire copy a
   double surname is written whole each time, while an English word after a surname changes;
3. every later (or earlier) occurrence of the name, or of its words from the second on ("Castro
   Arenas"), is spelt as the name is, in every re-cased paragraph.

Only letters are capitalised, never lowered; only the case changes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tacitus.nlp.recased_names import (
    SPACES,
    TITLE_WORDS,
    fold_word,
    is_name_word,
    is_surname,
    joined,
)

# how often a word must follow a name's last word to be taken for a second surname, and how
# long it must be: the repeats say more than a single occurrence does ("LARCO COX")
MIN_REPEATS = 2
MIN_REPEATED_SURNAME_LENGTH = 3
POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True, slots=True)
class Recasing:
    """One re-cased paragraph: its text as written, its words, its re-cased letters (changed in
    place by ``spell_article_names``) and the names it introduces (word index ranges)."""

    paragraph: str
    words: tuple[re.Match[str], ...]
    chars: list[str]
    introduced: tuple[tuple[int, int], ...]

    def folded(self, index: int) -> str:
        return fold_word(self.words[index].group(0))

    def joined(self, first: int, last: int) -> bool:
        """Whether words ``first`` to ``last`` stand apart by spaces only."""
        return joined(self.paragraph, self.words, first, last, SPACES)


# the folded words of the names to spell with a capital each
Names = frozenset[tuple[str, ...]]


def introduced_names(paragraph: str, words: Sequence[re.Match[str]], chars: list[str], *,
                     from_context: set[int], given_names: frozenset[str]
                     ) -> tuple[tuple[int, int], ...]:
    """The runs ``(first, end)`` of two or more name words (titles aside) that name a person: a
    title stands before the run, its first word is a known given name, or re-casing capitalised
    one of its words from its context (the word indices ``from_context``)."""
    runs = []
    index = 0
    while index < len(words):
        if not _in_name(words[index], chars):
            index += 1
            continue
        end = index + 1
        while (end < len(words) and _in_name(words[end], chars)
               and joined(paragraph, words, end - 1, end, SPACES)):
            end += 1
        # a place before a person's name is no part of it ("PANAMA MARIO CASTRO")
        index = next((i for i in range(index, end)
                      if fold_word(words[i].group(0)) in given_names), index)
        titled = index > 0 and fold_word(words[index - 1].group(0)) in TITLE_WORDS and joined(
            paragraph, words, index - 1, index, SPACES)
        if end - index >= 2 and (titled or fold_word(words[index].group(0)) in given_names
                                 or from_context & set(range(index, end))):
            runs.append((index, end))
        index = end
    return tuple(runs)


def _in_name(word: re.Match[str], chars: list[str]) -> bool:
    return is_name_word(word, chars) and fold_word(word.group(0)) not in TITLE_WORDS


def names_to_spell(recasings: list[Recasing], *, is_function_word: Callable[[str], bool],
                      is_english: Callable[[str], bool],
                      role_nouns: frozenset[str]) -> Names:
    """The names the article introduces (module docstring, steps 1 and 2), and the words of
    each from its second on when they are two or more."""
    names: set[tuple[str, ...]] = set()
    for recasing in recasings:
        for first, end in recasing.introduced:
            names.add(tuple(recasing.folded(i) for i in range(first, end)))
    # 2. a word that keeps following a name's last word is its second surname
    # (a possessive ends a name: "CRISTIANI'S RESIDENCE")
    last_words = {name[-1] for name in names if not POSSESSIVE.search(name[-1])}
    following: Counter[tuple[str, str]] = Counter()
    for recasing in recasings:
        for index in range(len(recasing.words) - 1):
            word = recasing.folded(index)
            if word in last_words and recasing.joined(index, index + 1) and not is_name_word(
                    recasing.words[index + 1], recasing.chars):
                following[word, recasing.folded(index + 1)] += 1
    extended = set(names)
    for name in names:
        for (last, after), count in following.items():
            if (last == name[-1] and count >= MIN_REPEATS and after not in role_nouns
                    and is_surname(after, is_function_word, is_english,
                                   min_length=MIN_REPEATED_SURNAME_LENGTH)):
                extended.add((*name, after))
    return frozenset(extended | {name[first:] for name in extended
                                 for first in range(1, len(name) - 1)})


def spell_article_names(recasing: Recasing, names: Names) -> None:
    """Capitalise, in ``recasing.chars``, every word of every occurrence of one of ``names``,
    longest first."""
    if not names:
        return
    longest = max(map(len, names))
    index = 0
    words = recasing.words
    while index < len(words):
        for width in range(min(longest, len(words) - index), 0, -1):
            key = tuple(recasing.folded(i) for i in range(index, index + width))
            if key in names and recasing.joined(index, index + width - 1):
                for offset in range(width):
                    word = words[index + offset]
                    first = recasing.chars[word.start()]
                    if len(first.upper()) == 1:
                        recasing.chars[word.start()] = first.upper()
                index += width
                break
        else:
            index += 1
