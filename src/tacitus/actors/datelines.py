"""Where a story's dateline is: "KABUL, Dec 3 (Reuters) -", "WASHINGTON —", "new delhi:".

A dateline opens the lede paragraph, which may follow a short headline and byline block. It is
found at the start of the first line, else of a line after short header lines only, by its
shape alone:

- one or more parts separated by commas or a full stop: a place ("SAN SALVADOR", "Dekalb"),
  a region ("Calif.", "(SPAIN)"), a date ("12 JAN 90", "Oct 28"), and an agency in
  parentheses ("(Reuters)", "(ACAN - EFE)"), of capitalised words, numbers and abbreviations;
- then a dash or a colon, or, after an agency in parentheses, the capitalised start of the
  lede ("Taipei, Nov. 12 (CNA) Academia Sinica ...");
- then the rest of a sentence on the same line (a headline "Australia: Wallets trump war" is
  no dateline), which does not begin in lower case ("Paris - the city of light - is ...").

A place written in title case with nothing else before the dash ("Kerry Wins Iowa - Bush
...") is a headline's shape as much as a dateline's, so title case needs a second part
(region, date or agency); an upper-case place ("MADRID —") or agency ("AFP -") stands alone.
A lower-case dateline ("new delhi: the opposition ...") is a short place before a colon.
A single part before a colon that opens with a person's title ("MINISTER ANA SOUSA: “…”") is a
transcript's speaker label, not a place.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from spacy.tokens import Doc, Token

from tacitus.nlp.doc_memo import lemmas_of
from tacitus.nlp.token_arrays import arrays_of
from tacitus.wordlists import word_set

DASHES = frozenset({"-", "--", "–", "—"})
SEPARATORS = DASHES | {":"}
PART_BREAKS = frozenset({",", "."})
# how far a dateline may run, how many header lines may come before it, how long they may be
DATELINE_TOKENS = 20
PART_WORDS = 4
LOWER_WORDS = 3
HEADER_LINES = 3
HEADER_WORDS = 25
LEDE_WORDS = 2
COLON_LEDE_WORDS = 8
MONTHS = word_set("calendar", kind="month")
# a speaker's label in a transcript ("PRESIDENT JOSE AZCONA:") opens with a title, no place does
TITLES = word_set("name_titles")


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline over tokens ``start``..``end`` (its dash or colon included)."""

    start: int
    end: int


# the Doc last asked about and its dateline: the resolver, the locator, the quote finder and the
# event locator each ask it of the same Doc (a walk of its tokens each time)
_last: tuple[Doc, Dateline | None] | None = None


def find_dateline(doc: Doc) -> Dateline | None:
    """The dateline opening the story, after any short headline or byline lines, else ``None``
    (remembered for the ``Doc`` last asked about: it reads only the tokens' texts)."""
    global _last
    last = _last
    if last is not None and last[0] is doc:
        return last[1]
    found = _read_dateline(doc)
    _last = (doc, found)
    return found


def _read_dateline(doc: Doc) -> Dateline | None:
    alpha = lemmas_of(doc).alpha
    for number, line in enumerate(lines(doc)):
        found = dateline_at(line)
        if found is not None:
            return found
        # counted in C: the sum of the line's tokens' flags
        words = sum(map(alpha.__getitem__, line.indices))
        if number >= HEADER_LINES or words > HEADER_WORDS:
            return None
    return None


class TokenLine(Sequence[Token]):
    """The tokens of one line of a ``Doc`` (its spaces left out), made only as they are read: a
    dateline is looked for in the first words of a line that may hold the whole article."""

    def __init__(self, doc: Doc, indices: Sequence[int]) -> None:
        self.doc = doc
        self.indices = indices

    def __len__(self) -> int:
        return len(self.indices)

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> TokenLine: ...

    def __getitem__(self, index: int | slice) -> Token | TokenLine:
        if isinstance(index, slice):
            return TokenLine(self.doc, self.indices[index])
        return self.doc[self.indices[index]]


def lines(doc: Doc) -> Iterator[TokenLine]:
    """The doc's non-empty lines, as tokens without the spaces, read as far as they are asked
    for (a dateline is looked for in the first few only)."""
    arrays = arrays_of(doc)
    current: list[int] = []
    for index, space in enumerate(arrays.is_space):
        if space:
            if "\n" in arrays.texts[index] and current:
                yield TokenLine(doc, current)
                current = []
            continue
        current.append(index)
    if current:
        yield TokenLine(doc, current)


def dateline_at(line: Sequence[Token]) -> Dateline | None:
    """A dateline opening ``line``, if it has one."""
    lower = line[0].text.islower()
    parts: list[list[Token]] = [[]]
    agency = False
    index = 0
    while index < min(len(line), DATELINE_TOKENS):
        token = line[index]
        if token.text == "(":
            close = next((k for k in range(index + 1, min(len(line), DATELINE_TOKENS))
                          if line[k].text == ")"), None)
            if close is None:
                return None
            agency = True
            index = close + 1
            if (index < len(line) and line[index].text[:1].isupper()
                    and line[index].text not in SEPARATORS
                    and sum(1 for part in parts if part) > 1):
                # "Taipei, Nov. 12 (CNA) Academia Sinica ...": no dash after a place, a date and
                # an agency ("British Virgin Islands (BVI) Governor ..." is a name)
                return ended(line, index, parts, agency=True)
            continue
        if token.text in SEPARATORS:
            if not valid_sep(line, index, lower):
                return None
            return ended(line, index + 1, parts, agency=agency)
        if token.text in PART_BREAKS:
            if not parts[-1]:
                return None
            parts.append([])
        elif part_word(token, lower):
            parts[-1].append(token)
        else:
            return None
        index += 1
    return None


def valid_sep(line: Sequence[Token], index: int, lower: bool) -> bool:
    """A colon ("patna:", "ISLAMABAD:"), or a dash with a space before it ("WASHINGTON -", not
    "R-W.Va."); a lower-case dateline ends in a colon."""
    if line[index].text == ":":
        return True
    return not lower and index > 0 and bool(line[index - 1].whitespace_)


def part_word(token: Token, lower: bool) -> bool:
    """A word a dateline part may hold: a number or a month ("12", "nov"), else a word in the
    dateline's case."""
    if token.like_num or token.is_digit or token.lower_.rstrip(".") in MONTHS:
        return not lower
    if lower:
        return token.is_alpha and token.text.islower()
    return token.text[:1].isupper()


def ended(line: Sequence[Token], after: int, parts: list[list[Token]], *,
          agency: bool) -> Dateline | None:
    """The dateline ending before ``line[after]``, if its parts and what follows fit one."""
    filled = [part for part in parts if part]
    if any(len(part) > PART_WORDS for part in filled):
        return None
    rest = line[after:]
    lede = sum(1 for token in rest if token.is_alpha)
    if lede < LEDE_WORDS:
        return None
    found = Dateline(line[0].i, line[after - 1].i + 1)
    colon = line[after - 1].text == ":"
    if colon and not agency and len(filled) == 1 and filled[0][0].lower_ in TITLES:
        return None
    if line[0].text.islower():
        return found if colon and len(filled) == 1 and len(filled[0]) <= LOWER_WORDS else None
    if rest[0].text.islower() or (filled and any(token.text.islower() for token in filled[0])):
        return None
    if agency or len(filled) > 1:
        return found
    if not filled:
        return None
    if all(token.text.isupper() or not token.is_alpha for token in filled[0]):
        return found  # "MADRID —", "AFP -", "ISLAMABAD:"
    # "New Delhi: The opposition ...", not "Australia: Wallets trump war"
    return found if colon and len(filled[0]) <= LOWER_WORDS and lede >= COLON_LEDE_WORDS else None
