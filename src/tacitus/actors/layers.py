"""Users' dictionary layers: extra actors and role words kept beside the packaged knowledge base.

A layer is a folder with two TSV tables in Tacitus's own format (see ``ACTORS_HEADER`` and
``AGENTS_HEADER``); ``tacitus actors import-phoenix`` writes one from PETRARCH/Phoenix dictionaries.
The resolver consults layers after the packaged knowledge base: a written form the knowledge base
already knows keeps its packaged meaning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from tacitus.datatables import TableRow, parse_table, split_list

ACTORS_TABLE = "actors.tsv"
AGENTS_TABLE = "agents.tsv"
ACTOR_COLUMNS = ("name", "aliases", "kind", "code", "start", "end")
AGENT_COLUMNS = ("phrase", "code")
LAYER_KINDS = ("state", "person", "igo", "group")
CODE = re.compile(r"^(?:[A-Z]{3})+$")

ACTORS_HEADER = """\
# Actors of a users' dictionary layer, one row per dated code (Tacitus layer format).
# Rows with the same name form one actor; on an article's date the row whose [start, end] covers it
# gives the code, else the row with neither date, else the actor's country.
# Columns (tab-separated; lists are separated by "|"):
#   name     canonical name, used as Actor.name
#   aliases  other written forms of the same actor
#   kind     Actor.kind: state, person, igo or group
#   code     CAMEO-style actor code (USAGOV, UNO, AFGREB …)
#   start    first day the code applies, YYYY-MM-DD, or empty for "since ever"
#   end      last day the code applies, YYYY-MM-DD, or empty for "still"
"""
AGENTS_HEADER = """\
# Role words of a users' dictionary layer (Tacitus layer format): a phrase naming a person or body
# in a role, and the type code(s) it adds after a country ("farmers" AGR: "Indian farmers" is
# INDAGR).
# Columns (tab-separated):
#   phrase   the role word or phrase, matched case-insensitively (the last word also by its lemma)
#   code     one or more three-letter type codes (GOV, MIL, GOVMED …)
"""


@dataclass(frozen=True, slots=True)
class DatedCode:
    """A code and the days it applies; ``None`` bounds are open."""

    code: str
    start: date | None
    end: date | None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, day: date) -> bool:
        return ((self.start is None or self.start <= day)
                and (self.end is None or day <= self.end))


@dataclass(frozen=True, slots=True)
class LayerActor:
    """One actor of a dictionary layer with its date-ranged codes."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    codes: tuple[DatedCode, ...]

    def code_on(self, day: date | None) -> str | None:
        """The code in force on ``day``: the covering dated code (latest start), else the undated
        one; with no day, the undated code or the latest-starting one. ``None``: none applies."""
        undated = [code for code in self.codes if not code.dated]
        if day is None:
            if undated:
                return undated[0].code
            return max(self.codes, key=lambda code: code.start or date.min).code
        covering = [code for code in self.codes if code.dated and code.covers(day)]
        if covering:
            return max(covering, key=lambda code: code.start or date.min).code
        return undated[0].code if undated else None


@dataclass(frozen=True, slots=True)
class LayerAgent:
    """A role word of a dictionary layer."""

    phrase: str
    code: str


@dataclass(frozen=True, slots=True)
class Layer:
    """A users' dictionary layer: actors and role words, already validated."""

    name: str
    actors: tuple[LayerActor, ...]
    agents: tuple[LayerAgent, ...]


def parse_layer(actors_text: str, agents_text: str, *, name: str) -> Layer:
    """Validate a layer's two tables (as text) and assemble the layer."""
    rows = parse_table(actors_text, ACTOR_COLUMNS, name=f"{name}/{ACTORS_TABLE}")
    grouped: dict[str, list[TableRow]] = {}
    for row in rows:
        grouped.setdefault(row.cells["name"], []).append(row)
    actors: list[LayerActor] = []
    for actor_name, group in grouped.items():
        if not actor_name:
            raise group[0].fail("empty name")
        kinds = {row.cells["kind"] for row in group}
        if len(kinds) != 1 or next(iter(kinds)) not in LAYER_KINDS:
            raise group[0].fail(f"kind must be one of {', '.join(LAYER_KINDS)}, the same on "
                                f"every row of {actor_name!r}")
        aliases: list[str] = []
        for row in group:
            aliases += [alias for alias in split_list(row.cells["aliases"]) if alias not in aliases]
        actors.append(LayerActor(actor_name, tuple(aliases), next(iter(kinds)),
                                 tuple(dated_code(row) for row in group)))
    agents = []
    for row in parse_table(agents_text, AGENT_COLUMNS, name=f"{name}/{AGENTS_TABLE}"):
        if not row.cells["phrase"]:
            raise row.fail("empty phrase")
        if not CODE.match(row.cells["code"]):
            raise row.fail(f"type code must be three-letter units: {row.cells['code']!r}")
        agents.append(LayerAgent(row.cells["phrase"], row.cells["code"]))
    return Layer(name, tuple(actors), tuple(agents))


def dated_code(row: TableRow) -> DatedCode:
    code = row.cells["code"]
    if not CODE.match(code):
        raise row.fail(f"code must be three-letter units: {code!r}")
    bounds: list[date | None] = []
    for column in ("start", "end"):
        value = row.cells[column]
        try:
            bounds.append(date.fromisoformat(value) if value else None)
        except ValueError as error:
            raise row.fail(f"bad date in {column}: {value!r}") from error
    start, end = bounds
    if start is not None and end is not None and end < start:
        raise row.fail(f"end {end} is before start {start}")
    return DatedCode(code, start, end)


def render_actors(actors: Iterable[LayerActor]) -> str:
    """The actors table of a layer as TSV text, header comment included."""
    lines = [ACTORS_HEADER.rstrip("\n"), "\t".join(ACTOR_COLUMNS)]
    for actor in actors:
        for code in actor.codes:
            lines.append("\t".join((actor.name, "|".join(actor.aliases), actor.kind, code.code,
                                    code.start.isoformat() if code.start else "",
                                    code.end.isoformat() if code.end else "")))
    return "\n".join(lines) + "\n"


def render_agents(agents: Iterable[LayerAgent]) -> str:
    """The agents table of a layer as TSV text, header comment included."""
    lines = [AGENTS_HEADER.rstrip("\n"), "\t".join(AGENT_COLUMNS)]
    lines += [f"{agent.phrase}\t{agent.code}" for agent in agents]
    return "\n".join(lines) + "\n"

