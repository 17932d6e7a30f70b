"""Users' own dictionaries on disk: an event lexicon file, actor layer folders, and the
PETRARCH/Phoenix dictionaries a layer is imported from.

The packaged tables are read by the packages that own them; these are the files a user points
Tacitus at (``--lexicon FILE``, ``--actors DIR``), read here so that the coding packages stay free
of I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tacitus.actors.knowledge import KnowledgeBase
from tacitus.actors.layers import (
    ACTORS_TABLE,
    AGENTS_TABLE,
    Layer,
    LayerActor,
    LayerAgent,
    parse_layer,
    render_actors,
    render_agents,
)
from tacitus.actors.phoenix import ImportReport, parse_actor_dictionary, parse_agent_dictionary
from tacitus.errors import KnowledgeBaseError, SettingsError
from tacitus.events.lexicon import Lexicon, parse_lexicon
from tacitus.events.ontology import Ontology


def read_lexicon_file(path: Path, ontology: Ontology | None = None) -> Lexicon:
    """Read a user lexicon (the packaged TSV format); ``KnowledgeBaseError`` when it is missing,
    unreadable or malformed."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise KnowledgeBaseError(f"cannot read the lexicon {path}: {error}") from error
    return parse_lexicon(text, ontology, name=str(path))


def read_actor_layer(directory: Path) -> Layer:
    """Read an actors layer folder written by ``import-phoenix`` (or by hand in the same format)."""
    try:
        actors = (directory / ACTORS_TABLE).read_text(encoding="utf-8")
        agents = (directory / AGENTS_TABLE).read_text(encoding="utf-8")
    except OSError as error:
        raise SettingsError(f"{directory} is not an actors layer folder: {error}") from error
    return parse_layer(actors, agents, name=str(directory))


def write_actor_layer(actors: list[LayerActor], agents: list[LayerAgent],
                      directory: Path) -> None:
    """Write an actors layer folder that ``read_actor_layer`` reads back."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / ACTORS_TABLE).write_text(render_actors(actors), encoding="utf-8")
    (directory / AGENTS_TABLE).write_text(render_agents(agents), encoding="utf-8")


def import_phoenix_files(paths: Sequence[Path], kb: KnowledgeBase) -> ImportReport:
    """Parse Phoenix actor and agent files; a file is an agents file when it holds ``[~``."""
    report = ImportReport()
    countries = frozenset(kb.countries)
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            raise SettingsError(f"cannot read {path}: {error}") from error
        if "[~" in text:
            parse_agent_dictionary(text, source=path.name, report=report)
        else:
            parse_actor_dictionary(text, source=path.name, country_codes=countries,
                                   organisations=kb.organisation_units, report=report)
    return report
