"""Runs of capitalised words that name someone no table knows: where such a name ends, whether a
word continues one, first and middle names before a known surname, a country word that opens a
person's name ("Jordan Peterson"), and "former" titles."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.symbols import PROPN
from spacy.tokens import Doc, Span

from tacitus.actors.matches import Atom
from tacitus.actors.token_reading import reading_of
from tacitus.nlp.token_arrays import arrays_of
from tacitus.wordlists import word_set, word_table

MAX_NAME_TOKENS = 4
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
CALENDAR = word_set("calendar", form="name")
# what a word after a country names when not a person's surname ("Jordan Valley", "Georgia Tech",
# "Kenya Defence Forces")
NOT_SURNAMES = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG"})
FORMER = word_set("former_markers")
# the type a person named with a marker takes, when the marker gives one ("former" → ``ELI``)
FORMER_TYPES = {word: kind for word, kind in word_table("former_markers") if kind != "title"}
COURTESY_TITLES = word_set("courtesy_titles")
# "de", "van", "al" …: the small words that join a given name to its surname
PERSON_PARTICLES = word_set("name_particles", person="yes")
# country words that are also given names ("Jordan Peterson", "German Lopez Ortiz")
GIVEN_NAME_COUNTRIES = word_set("given_name_countries")


def unknown_name(doc: Doc, covered: Sequence[bool], position: int) -> int:
    """End of a run of capitalised proper nouns at ``position`` that no table knows."""
    end = position
    # parts of speech read from the Doc's arrays: most tokens are no proper noun, and are
    # turned down without making a ``Token``
    reading = reading_of(doc)
    pos, texts, lower = reading.pos, reading.texts, arrays_of(doc).lower
    while (end < len(pos) and end - position < MAX_NAME_TOKENS
           and not covered[end] and pos[end] == PROPN
           and texts[end][:1].isupper()
           and lower[end] not in CALENDAR
           and doc[end].ent_type_ not in NOT_NAMES):
        end += 1
        end = hyphenated(doc, covered, end)
        joined = past_particles(doc, covered, end)
        if joined - position < MAX_NAME_TOKENS:
            # a particle joins only when the surname after it still fits in the run
            end = joined
    return end


def past_particles(doc: Doc, covered: Sequence[bool], end: int) -> int:
    """Past the small particles that join a given name to its surname inside one person's name
    as the parser reads it ("Bill de Blasio", "Anna van der Berg", "Ali al-Hakim";
    ``PERSON_PARTICLES``), when a capitalised surname of the same name follows them; ``end``
    itself otherwise ("Ruiz de Castro" in a name the parser gave no person stays as it was)."""
    after = end
    while (after < len(doc) and not covered[after] and doc[after].lower_ in PERSON_PARTICLES
           and doc[after].text.islower() and _inside_person(doc, after)):
        after += 1
    if (after > end and after + 1 < len(doc) and doc[after].text == "-"
            and not doc[after - 1].whitespace_ and _inside_person(doc, after)):
        after += 1  # "Ali al-Hakim": the particle joined to the surname by a hyphen
    if (after == end or after >= len(doc) or covered[after]
            or not doc[after].text[:1].isupper() or not _inside_person(doc, after)):
        return end
    return after


def _inside_person(doc: Doc, index: int) -> bool:
    """Whether the word at ``index`` continues a person's name the parser began before it."""
    return doc[index].ent_type_ == "PERSON" and doc[index].ent_iob_ == "I"


def apposed_name(doc: Doc, position: int) -> bool:
    """Whether a name set off by commas may follow the title ending at ``position`` ("The
    Trade Minister, Ana Ruiz, says"): a comma, then a capitalised word."""
    return (position + 1 < len(doc) and doc[position].text == ","
            and doc[position + 1].text[:1].isupper())


def hyphenated(doc: Doc, covered: Sequence[bool], end: int) -> int:
    """Extend a name over "-bian" in "Chen Shui-bian" (spaCy splits the hyphen off)."""
    if (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
            and not doc[end].whitespace_ and doc[end + 1].is_alpha
            and not covered[end + 1]):
        return end + 2
    return end


def inside_other_name(doc: Doc, covered: Sequence[bool], index: int) -> bool:
    """Whether a surname continues an unknown name ("Sadiq Khan" after "Imran Khan")."""
    if index == 0:
        return False
    before = doc[index - 1]
    return (not covered[before.i] and before.pos_ == "PROPN"
            and before.text[:1].isupper() and not before.is_sent_start)


def given_name_of_other(doc: Doc, covered: Sequence[bool], start: int, end: int) -> bool:
    """Whether a known one-word name at ``start:end`` is the given name of someone else, the
    surname that follows it in the same person's name unknown: "Sharon Briggs" is not Ariel
    Sharon, "Howard Kemp" not John Howard."""
    if end - start != 1 or end >= len(doc) or doc[start].ent_type_ != "PERSON":
        return False
    after = doc[end]
    return (not covered[end] and after.pos_ == "PROPN" and after.text[:1].isupper()
            and after.ent_type_ == "PERSON" and after.ent_iob_ == "I")


def other_given_name(doc: Doc, covered: Sequence[bool], start: int, full_name: str) -> bool:
    """Whether a known surname at ``start`` follows a given name that is not the known person's:
    "Warren Truss" is not Liz Truss. Names with the same initial agree ("V. Putin", "Joseph
    Biden" for Joe Biden): short forms and initials are too common to tell apart."""
    if start == 0:
        return False
    before = doc[start - 1]
    # a given name may open the sentence ("Warren Truss said …")
    if covered[before.i] or before.pos_ != "PROPN" or not before.text[:1].isupper():
        return False
    given = full_name.split()[:-1]
    written = before.text.rstrip(".").lower()
    if written in COURTESY_TITLES or written in CALENDAR:
        return False  # "Mr Putin", "Monday Putin …"
    return bool(given) and bool(written) and not any(
        name[:1].lower() == written[:1] for name in given)


def opens_a_name(doc: Doc, covered: Sequence[bool], start: int, end: int) -> bool:
    """Whether a one-word country name or adjective at ``start:end`` that is also a given name
    (``GIVEN_NAME_COUNTRIES``) opens a person's name here: a proper noun no table knows, and
    that names no place or body, follows it ("Chad Smith", "German Lopez Ortiz"), in running
    text, not in a title-case headline ("Jordan Rejects Plan")."""
    if end - start != 1 or doc[start].lower_ not in GIVEN_NAME_COUNTRIES or end >= len(doc):
        return False
    after = doc[end]
    # a surname may stay in small letters in a text re-cased as a whole ("German sierra")
    if (covered[end] or after.pos_ != "PROPN" or not after.is_alpha
            or after.is_sent_start or after.ent_type_ in NOT_SURNAMES):
        return False
    # a name run that a known word ends qualifies it: "German Economy Minister"
    run_end = unknown_name(doc, covered, end)
    if run_end < len(doc) and covered[run_end]:
        return False
    words = [token for token in doc[start].sent if token.is_alpha and len(token) > 3]
    return any(token.is_lower for token in words)


def inside_unknown_name(doc: Doc, covered: Sequence[bool], start: int) -> bool:
    """Whether a capitalised word continues a name no table knows ("the Ceasefire Violations
    Committee", "the African National Congress")."""
    if start == 0 or doc[start].is_sent_start:
        return False
    before = doc[start - 1]
    return (before.text[:1].isupper() and before.pos_ in ("PROPN", "ADJ", "NOUN")
            and not before.is_sent_start and not covered[before.i])


def bridged(doc: Doc, covered: Sequence[bool], atoms: Sequence[Atom], position: int,
            j: int) -> bool:
    """Whether only first or middle names lie between ``position`` and atom ``j``
    ("President Vladimir V. Putin", where the table knows "Putin")."""
    index = position
    while index < atoms[j].start:
        token = doc[index]
        if covered[index] or not (token.is_space or (token.pos_ == "PROPN"
                                       and token.text[:1].isupper())):
            return False
        index += 1
    return index - position <= MAX_NAME_TOKENS


def former(doc: Doc, start: int) -> bool:
    """Whether "former", "ex-" or "late" qualifies the title at ``start``."""
    return any(token.lower_ in FORMER for token in _marker_window(doc, start))


def former_type(doc: Doc, start: int) -> str | None:
    """The type code of a person whose title at ``start`` a marker says is held no longer
    ("former Prime Minister Ana Ruiz": ``ELI``, ``former_markers``), if one does."""
    return next((FORMER_TYPES[token.lower_] for token in _marker_window(doc, start)
                 if token.lower_ in FORMER_TYPES), None)


def _marker_window(doc: Doc, start: int) -> Span:
    """Where a marker of a title held before stands: the two tokens before the title at
    ``start``, its first word and the one after ("former Prime Minister", "ex-Prime Minister")."""
    return doc[max(0, start - 2):start + 2]
