"""The event lexicon: verbs, phrasal verbs, verb + object phrases, adjectives of stance and event
nouns → CAMEO codes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from tacitus.datatables import TableRow, parse_table, read_packaged_table
from tacitus.errors import KnowledgeBaseError
from tacitus.events.ontology import Ontology, load_ontology

LEXICON_TABLE = "lexicon.tsv"
COLUMNS = ("kind", "pattern", "cameo")
KINDS = ("verb", "particle", "prep", "verb_object", "adjective", "noun")
# How many words each kind takes; ``None`` means "at least the first number".
WORD_COUNTS: dict[str, tuple[int, int | None]] = {
    "verb": (1, 1),
    "particle": (2, 2),
    "prep": (2, 2),
    "verb_object": (2, None),
    "adjective": (2, 2),
    "noun": (1, None),
}
# how many answers of ``Lexicon.candidates`` are kept before they are forgotten (a long run
# meets ever more words; memory stays bounded)
FOUND_LIMIT = 1 << 15


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon line: ``words`` as written, the kind of match and its CAMEO code."""

    kind: str
    words: tuple[str, ...]
    cameo: str

    @property
    def pattern(self) -> str:
        return " ".join(self.words)


class Lexicon:
    """Lexicon entries indexed by their head word for the coder's lookups."""

    __slots__ = ("_by_head", "_found", "entries")

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries = tuple(entries)
        by_head: dict[tuple[str, str], list[Entry]] = {}
        for entry in self.entries:
            head = entry.words[-1] if entry.kind == "noun" else entry.words[0]
            by_head.setdefault((entry.kind, head), []).append(entry)
        # Longer patterns first, so the most specific match wins.
        self._by_head = {
            key: tuple(sorted(group, key=lambda entry: -len(entry.words)))
            for key, group in by_head.items()
        }
        # the answers of ``candidates``: the triggers ask the same few words again and again
        self._found: dict[tuple[str, tuple[str, ...]], tuple[Entry, ...]] = {}

    def candidates(self, kind: str, head_forms: Iterable[str]) -> tuple[Entry, ...]:
        """Entries of ``kind`` whose head word is one of ``head_forms`` (lemma or lower text)."""
        # kept by the forms as given as well as by each form once: a word asked again is
        # answered without dropping its repeated forms first (most words' lemma is their
        # lowered text), with the very answer its forms each once were given
        given = (kind, tuple(head_forms))
        known = self._found.get(given)
        if known is not None:
            return known
        key = (kind, tuple(dict.fromkeys(given[1])))
        answer = self._found.get(key)
        if answer is None:
            if len(self._found) >= FOUND_LIMIT:
                self._found.clear()
            found: list[Entry] = []
            for form in key[1]:
                found.extend(self._by_head.get((kind, form), ()))
            answer = self._found[key] = tuple(sorted(found, key=lambda entry: -len(entry.words)))
        self._found[given] = answer
        return answer

    def __len__(self) -> int:
        return len(self.entries)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load and validate the packaged lexicon against the packaged ontology (once per process)."""
    rows = read_packaged_table("tacitus.events", LEXICON_TABLE, COLUMNS)
    return build_lexicon(rows, load_ontology(), name=LEXICON_TABLE)


def merge_lexicons(base: Lexicon, extra: Lexicon) -> Lexicon:
    """``base`` with ``extra`` layered on top: an extra entry replaces the same kind and words."""
    merged = {(entry.kind, entry.words): entry for entry in base.entries}
    merged.update({(entry.kind, entry.words): entry for entry in extra.entries})
    return Lexicon(merged.values())


def parse_lexicon(text: str, ontology: Ontology | None = None, *, name: str = "lexicon") -> Lexicon:
    """Build a lexicon from TSV text in the packaged format (for users' own lexicons and tests)."""
    return build_lexicon(parse_table(text, COLUMNS, name=name), ontology or load_ontology(),
                         name=name)


def build_lexicon(rows: Iterable[TableRow], ontology: Ontology, *, name: str) -> Lexicon:
    """Validate rows (kind, word count, known code, no contradictory duplicates) into a lexicon."""
    entries: dict[tuple[str, tuple[str, ...]], Entry] = {}
    for row in rows:
        kind = row["kind"]
        if kind not in KINDS:
            raise KnowledgeBaseError(f"{name}: unknown kind {kind!r} for {row['pattern']!r}")
        words = _tokenized(kind, tuple(row["pattern"].lower().split()))
        least, most = WORD_COUNTS[kind]
        if len(words) < least or (most is not None and len(words) > most):
            raise KnowledgeBaseError(f"{name}: {kind} pattern {row['pattern']!r} has "
                                     f"{len(words)} words")
        if row["cameo"] not in ontology:
            raise KnowledgeBaseError(f"{name}: unknown CAMEO code {row['cameo']!r} "
                                     f"for {row['pattern']!r}")
        entry = Entry(kind=kind, words=words, cameo=row["cameo"])
        previous = entries.get((kind, words))
        if previous is not None and previous.cameo != entry.cameo:
            raise KnowledgeBaseError(f"{name}: {kind} {entry.pattern!r} is coded both "
                                     f"{previous.cameo} and {entry.cameo}")
        entries[(kind, words)] = entry
    if not entries:
        raise KnowledgeBaseError(f"{name}: no entries")
    return Lexicon(entries.values())


def _tokenized(kind: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """Nouns as the parser splits them: "cease-fire" is the tokens cease, -, fire (the verb of a
    verb + object pattern stays whole: it is matched by its lemma)."""
    start = 1 if kind == "verb_object" else 0 if kind == "noun" else len(words)
    split = [part for word in words[start:]
             for part in (re.split(r"(-)", word) if len(word) > 1 else [word]) if part]
    return (*words[:start], *split)


FRAMES_TABLE = "frames.tsv"
FRAME_NAMES = ("intent", "appeal", "demand", "reject", "threaten")
NO_EVENT = "-"


class Frames:
    """Codes for actions that are announced, asked for, demanded, refused or threatened."""

    __slots__ = ("_table",)

    def __init__(self, table: dict[tuple[str, str], str]) -> None:
        self._table = table

    def code(self, frame: str, embedded: str) -> str | None:
        """The code for ``embedded`` inside ``frame``; ``None`` when that makes no event."""
        for length in range(len(embedded), 0, -1):
            found = self._table.get((frame, embedded[:length]))
            if found is not None:
                return None if found == NO_EVENT else found
        return None


@lru_cache(maxsize=1)
def load_frames() -> Frames:
    """Load and validate the packaged frame table against the ontology (once per process)."""
    ontology = load_ontology()
    table: dict[tuple[str, str], str] = {}
    for row in read_packaged_table("tacitus.events", FRAMES_TABLE, ("frame", "embedded", "cameo")):
        if row["frame"] not in FRAME_NAMES:
            raise KnowledgeBaseError(f"{FRAMES_TABLE}: unknown frame {row['frame']!r}")
        if not row["embedded"].isdigit():
            raise KnowledgeBaseError(f"{FRAMES_TABLE}: bad code prefix {row['embedded']!r}")
        if row["cameo"] != NO_EVENT and row["cameo"] not in ontology:
            raise KnowledgeBaseError(f"{FRAMES_TABLE}: unknown CAMEO code {row['cameo']!r}")
        key = (row["frame"], row["embedded"])
        if key in table:
            raise KnowledgeBaseError(f"{FRAMES_TABLE}: {key} listed twice")
        table[key] = row["cameo"]
    return Frames(table)
