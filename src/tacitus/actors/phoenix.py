"""Read PETRARCH/Phoenix (TABARI-format) actor and agent dictionaries into layer entries.

Actor files: an entry starts on an unindented line, ``NAME_ [CODE]`` or a bare ``NAME_``; lines
starting with ``+`` add synonyms; indented ``[CODE date]`` lines add date-ranged codes, where the
date is ``>D`` (from D on), ``<D`` (until D) or ``D1-D2``, and D is ``YYMMDD`` or ``YYYYMMDD``. An
entry without any code takes the codes of the entry before it (PETRARCH's convention for spelling
variants such as ``U.N._`` after ``UN_ [IGOUNO]``). ``#`` starts a comment.

Organisation codes are read as the knowledge base writes them, so that a layer and the packaged
knowledge agree: PETRARCH puts the IGO or NGO sector first, sometimes with a region or a parent
organisation, and an organisation the knowledge base knows becomes its code followed by the units
after it (``IGOUNO`` → ``UNO``, ``IGOEUREEC`` → ``EEC``, ``IGOUNOHLHWHO`` → ``WHO``, ``NGOHRIAMN`` →
``NGOAMN``). Plain ``IGO`` and sector-led codes naming no known organisation stay as written.

Agent files: ``PHRASE [~TYPE]`` (optionally ``{PLURAL}`` forms), with ``!SET! = A, B`` substitution
sets used inside phrases.

Whatever cannot be read (a malformed date, an agent without a code) is skipped and counted, never
guessed, so that the summary tells the user what was left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from tacitus.actors.codes import OrganisationUnits
from tacitus.actors.layers import DatedCode, LayerActor, LayerAgent
from tacitus.wordlists import word_set

CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
CODE = re.compile(r"^(?:[A-Z]{3})+$")
PLURALS = re.compile(r"\{([^}]*)\}")
SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
# two-digit years: the dictionaries were last edited in the 2010s, so "33" can only be 1933
CENTURY_PIVOT = 30
PARTICLES = word_set("name_particles")
ORGANISATION_WORDS = word_set("organisation_words")


@dataclass(slots=True)
class ImportReport:
    """What an import read and what it had to skip, with reasons."""

    actors: list[LayerActor] = field(default_factory=list)
    agents: list[LayerAgent] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)


def phoenix_day(text: str) -> date:
    """``YYMMDD`` or ``YYYYMMDD`` → date; ``ValueError`` if it is neither."""
    if len(text) == 6 and text.isdigit():
        year = int(text[:2])
        year += 1900 if year >= CENTURY_PIVOT else 2000
        return date(year, int(text[2:4]), int(text[4:6]))
    if len(text) == 8 and text.isdigit():
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    raise ValueError(f"not a PETRARCH date: {text!r}")


def parse_code(block: str) -> DatedCode:
    """One ``[CODE date]`` block's content; ``ValueError`` when malformed."""
    parts = block.split(None, 1)
    if not parts or not CODE.match(parts[0]):
        raise ValueError(f"not an actor code: {block!r}")
    code = parts[0]
    if len(parts) == 1:
        return DatedCode(code, None, None)
    when = parts[1].replace(" ", "")
    if when.startswith(">"):
        return DatedCode(code, phoenix_day(when[1:]), None)
    if when.startswith("<"):
        return DatedCode(code, None, phoenix_day(when[1:]))
    first, dash, last = when.partition("-")
    if not dash:
        raise ValueError(f"not a date range: {block!r}")
    start, end = phoenix_day(first), phoenix_day(last)
    if end < start:
        raise ValueError(f"date range ends before it starts: {block!r}")
    return DatedCode(code, start, end)


def readable(phrase: str) -> str:
    """``IMRAN_KHAN_`` → ``Imran Khan``; short single words stay capitals (``UN``, ``NATO``)."""
    words = phrase.strip().strip("_").replace("_", " ").split()
    if len(words) == 1 and len(words[0]) <= 4 and words[0].isalpha():
        return words[0]
    out = []
    for index, word in enumerate(words):
        lowered = word.lower()
        if index and lowered in PARTICLES:
            out.append(lowered)
        elif "." in word:
            out.append(word)
        else:
            out.append("-".join(piece.capitalize() for piece in lowered.split("-")))
    return " ".join(out)


def guess_kind(name: str, code: str, country_codes: frozenset[str],
               organisations: OrganisationUnits) -> str:
    """Actor.kind for an imported entry: from its code, and for country-coded names, its words."""
    if code in country_codes:
        return "state"
    if organisations.sector_of(code) == "IGO":
        return "igo"
    if code[:3] not in country_codes:
        return "group"
    words = {word.lower() for word in name.split()}
    if words & ORGANISATION_WORDS or len(words) == 1 or len(words) > 4:
        return "group"
    return "person"


def parse_actor_dictionary(text: str, *, source: str, country_codes: frozenset[str],
                           organisations: OrganisationUnits, report: ImportReport) -> None:
    """Add the entries of one Phoenix actor file to ``report``, organisation codes made the
    knowledge base's (``organisations``)."""
    entries: list[tuple[list[str], list[DatedCode]]] = []

    def add_codes(line: str, number: int, target: list[DatedCode]) -> None:
        for block in CODE_BLOCK.findall(line):
            try:
                dated = parse_code(block.strip())
            except ValueError as error:
                report.skipped.append(f"{source}:{number}: {error}")
                continue
            target.append(DatedCode(organisations.modern(dated.code), dated.start, dated.end))

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw[:1] in (" ", "\t"):
            if entries:
                add_codes(line, number, entries[-1][1])
            continue
        if line.startswith("+"):
            if entries:
                entries[-1][0].append(readable(CODE_BLOCK.sub("", line[1:])))
            continue
        codes: list[DatedCode] = []
        add_codes(line, number, codes)
        entries.append(([readable(CODE_BLOCK.sub("", line))], codes))
    previous: list[DatedCode] = []
    for names, codes in entries:
        if not codes:
            codes = previous
        if not codes:
            report.skipped.append(f"{source}: {names[0]!r} has no code")
            continue
        previous = codes
        unique = [name for index, name in enumerate(names) if name and name not in names[:index]]
        if not unique:
            continue
        main = unique[0]
        if main in report.index:
            # the same name in two entries or files: one actor with every code and spelling
            position = report.index[main]
            known = report.actors[position]
            aliases = known.aliases + tuple(a for a in unique[1:] if a not in known.aliases)
            dated = known.codes + tuple(code for code in codes if code not in known.codes)
            report.actors[position] = LayerActor(main, aliases, known.kind, dated)
            continue
        kind = guess_kind(main, codes[0].code, country_codes, organisations)
        report.index[main] = len(report.actors)
        report.actors.append(LayerActor(main, tuple(unique[1:]), kind, tuple(codes)))


def parse_agent_dictionary(text: str, *, source: str, report: ImportReport) -> None:
    """Add the role words of one Phoenix agents file to ``report``."""
    sets: dict[str, list[str]] = {}
    seen = {agent.phrase for agent in report.agents}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        substitution = SUBSTITUTION.match(line)
        if substitution:
            sets[substitution.group(1)] = [item.strip() for item in
                                           substitution.group(2).split(",") if item.strip()]
            continue
        blocks = CODE_BLOCK.findall(line)
        code = blocks[0].strip().strip("~") if blocks else ""
        if not CODE.match(code):
            report.skipped.append(f"{source}:{number}: no agent code in {line!r}")
            continue
        phrase = CODE_BLOCK.sub("", line)
        plurals = [item for group in PLURALS.findall(phrase) for item in group.split(",")]
        phrase = PLURALS.sub("", phrase).strip()
        for form in [*expand(phrase, sets), *plurals]:
            words = form.strip().strip("_").replace("_", " ").lower()
            if words and "!" not in words and words not in seen:
                seen.add(words)
                report.agents.append(LayerAgent(words, code))


def expand(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    """Every phrase a ``!SET!`` reference stands for (``CATTLE!PERSON!`` → ``CATTLEMAN`` …)."""
    for name, items in sets.items():
        if name in phrase:
            return [form for item in items for form in expand(phrase.replace(name, item, 1), sets)]
    return [phrase]
