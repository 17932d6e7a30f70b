"""Read a PETRARCH verb dictionary (CAMEO.2.0.txt format) into entries of the Tacitus lexicon.

The dictionary has synonym sets (``&NAME`` then ``+MEMBER`` lines) and verb blocks: a header
``--- NAME [code] ---``, the verbs of the block (``WORD [code] {forms}``, multi-word verbs as
``+VERB_PARTICLE``), then patterns ``- * OBJECT [code]``. What the lexicon can express is kept:
a verb with its code (or its block's), a verb + particle, a verb + preposition (``- * (TO)``) and a
verb + object noun or noun phrase (``- * SANCTIONS``, ``- * {ARMS SHIPMENT}``, ``- * &WEAPON``).
Patterns with words before the verb, objects inside prepositional phrases or more than one
element after the verb cannot be matched by the coder and are counted as skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from tacitus.errors import KnowledgeBaseError
from tacitus.events.lexicon import Entry
from tacitus.events.ontology import Ontology

BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
CODE = re.compile(r"\[([^\]]*)\]")
UNIT = re.compile(r"\{[^}]*\}|\([^)]*\)|\S+")
# Markers PETRARCH puts on pattern words (source, target, head, synonym-of-verb …).
MARKERS = "$+^%"
NO_CODE = "---"


@dataclass(frozen=True, slots=True)
class PetrarchImport:
    """Entries read from a PETRARCH dictionary and how many patterns could not be used."""

    entries: tuple[Entry, ...]
    skipped: int
    unknown_codes: int
    conflicts: int


def import_petrarch(text: str, ontology: Ontology, *, name: str = "dictionary") -> PetrarchImport:
    """Read a PETRARCH verb dictionary; raises ``KnowledgeBaseError`` when it has no verb block."""
    lines = [_strip_comment(line) for line in text.splitlines()]
    synsets = _synsets(lines)
    entries: dict[tuple[str, tuple[str, ...]], Entry] = {}
    counts = {"skipped": 0, "unknown": 0, "conflicts": 0}
    blocks = 0
    for block_code, verbs, patterns in _blocks(lines):
        blocks += 1
        for kind, words, code in _verb_entries(verbs, block_code):
            if _usable(code, ontology, counts):
                _add(entries, counts, kind, words, code)
        singles = [verb for verb in _verb_words(verbs) if len(verb) == 1]
        for pattern, code in patterns:
            found = _pattern_entries(pattern, singles, synsets)
            if found is None:
                counts["skipped"] += 1
            elif _usable(code, ontology, counts):
                for kind, words in found:
                    _add(entries, counts, kind, words, code)
    if not blocks:
        raise KnowledgeBaseError(f"{name}: no PETRARCH verb block (--- VERB [code] ---) found")
    return PetrarchImport(tuple(entries.values()), counts["skipped"], counts["unknown"],
                          counts["conflicts"])


def render_lexicon(entries: Iterable[Entry], *, origin: str) -> str:
    """The entries as a lexicon TSV file that ``tacitus.ingest.dictionaries.read_lexicon_file``
    reads back."""
    lines = [f"# Lexicon entries imported from the PETRARCH verb dictionary {origin}.",
             "kind\tpattern\tcameo"]
    ordered = sorted(entries, key=lambda entry: (entry.cameo, entry.kind, entry.words))
    lines += [f"{entry.kind}\t{entry.pattern}\t{entry.cameo}" for entry in ordered]
    return "\n".join(lines) + "\n"


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _synsets(lines: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``&NAME`` → its members as word tuples (``+MULTI_WORD`` → ("multi", "word"))."""
    synsets: dict[str, list[tuple[str, ...]]] = {}
    current: str | None = None
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("&"):
            current = stripped.split()[0]
            synsets[current] = []
        elif stripped.startswith("+") and current is not None:
            words = _words(stripped[1:].split()[0])
            if words:
                synsets[current].append(words)
        elif stripped.startswith("---"):
            break
        elif not stripped:
            current = None
    return {key: tuple(members) for key, members in synsets.items()}


def _blocks(lines: list[str]) -> Iterator[tuple[str, list[str], list[tuple[str, str]]]]:
    """(block code, verb lines, (pattern, code) pairs) for every verb block."""
    block_code: str | None = None
    verbs: list[str] = []
    patterns: list[tuple[str, str]] = []
    for line in lines:
        header = BLOCK.match(line)
        if header is not None:
            if block_code is not None:
                yield block_code, verbs, patterns
            block_code, verbs, patterns = _code(header.group(2)), [], []
        elif block_code is None or not line.strip():
            continue
        elif line.startswith("-"):
            code = CODE.search(line)
            if code is not None:
                patterns.append((line[1:code.start()].strip(), _code(code.group(1))))
        else:
            verbs.append(line.strip())
    if block_code is not None:
        yield block_code, verbs, patterns


def _code(raw: str) -> str:
    """The source-side code of ``[042:043]``; ``[:190]`` gives the target side's."""
    parts = [part.strip() for part in raw.split(":") if part.strip()]
    return parts[0] if parts else NO_CODE


def _verb_words(verbs: list[str]) -> list[tuple[str, ...]]:
    return [words for line in verbs if (words := _words(line.split()[0].lstrip("+")))]


def _verb_entries(verbs: list[str], block_code: str) -> Iterator[tuple[str, tuple[str, ...],
                                                                      str]]:
    for line in verbs:
        words = _words(line.split()[0].lstrip("+"))
        found = CODE.search(re.sub(r"\{[^}]*\}", "", line))
        code = _code(found.group(1)) if found is not None else block_code
        if not words or code == NO_CODE:
            continue
        if len(words) == 1:
            yield "verb", words, code
        elif len(words) == 2:
            yield "particle", words, code


def _words(token: str) -> tuple[str, ...]:
    """``ASK_FOR`` → ("ask", "for"); markers and empty parts ("RE_") are dropped."""
    words = tuple(word.strip(MARKERS).lower() for word in token.split("_"))
    if not all(word.isalpha() or "-" in word for word in words if word) or "" in words:
        return ()
    return words


def _pattern_entries(pattern: str, verbs: Sequence[tuple[str, ...]],
                     synsets: dict[str, tuple[tuple[str, ...], ...]]
                     ) -> list[tuple[str, tuple[str, ...]]] | None:
    """The lexicon entries one ``- * …`` pattern stands for, or ``None`` when none fits."""
    units = UNIT.findall(pattern)
    units = [unit for unit in units if unit.strip(MARKERS)]
    if len(units) != 2 or units[0].strip(MARKERS) != "*" or not verbs:
        return None
    unit = units[1].strip(MARKERS)
    if unit.startswith("(") and unit.endswith(")"):
        inner = unit[1:-1].split()
        if len(inner) != 1:
            return None
        preposition = _words(inner[0])
        if len(preposition) != 1:
            return None
        return [("prep", (verb[0], *preposition)) for verb in verbs]
    objects: tuple[tuple[str, ...], ...]
    if unit.startswith("{") and unit.endswith("}"):
        phrase = tuple(word for part in unit[1:-1].split() for word in _words(part))
        objects = (phrase,) if phrase and len(phrase) == len(unit[1:-1].split()) else ()
    elif unit.startswith("&"):
        objects = synsets.get(unit, ())
    else:
        objects = (_words(unit),) if _words(unit) else ()
    if not objects:
        return None
    return [("verb_object", (verb[0], *obj)) for verb in verbs for obj in objects]


def _usable(code: str, ontology: Ontology, counts: dict[str, int]) -> bool:
    if code == NO_CODE:
        # "--- this phrase is no event": the lexicon has no way to say so
        counts["skipped"] += 1
        return False
    if code not in ontology:
        counts["unknown"] += 1
        return False
    return True


def _add(entries: dict[tuple[str, tuple[str, ...]], Entry], counts: dict[str, int],
         kind: str, words: tuple[str, ...], code: str) -> None:
    key = (kind, words)
    previous = entries.get(key)
    if previous is not None:
        if previous.cameo != code:
            # The dictionary codes one phrase two ways: keep the first, as PETRARCH would.
            counts["conflicts"] += 1
        return
    entries[key] = Entry(kind=kind, words=words, cameo=code)
