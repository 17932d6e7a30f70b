"""A writable store runs DuckDB on one thread (the coding workers have the cores); settings can
be given when it is opened, and a read-only store keeps DuckDB's defaults."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tacitus.errors import StoreError
from tacitus.store import open_store


def setting(path: Path, name: str, **options: object) -> str:
    with open_store(path, **options) as store:  # type: ignore[arg-type]
        [(value,)] = store.sql("SELECT current_setting(?)", [name]).fetchall()
    return str(value)


def test_a_writable_store_runs_on_one_thread(db_path: Path) -> None:
    assert setting(db_path, "threads") == "1"


def test_settings_given_at_open_are_applied_over_the_defaults(db_path: Path) -> None:
    assert setting(db_path, "threads", config={"threads": "2"}) == "2"
    limited = setting(db_path, "memory_limit", config={"memory_limit": "200MB"})
    assert limited.replace(" ", "").startswith(("190", "200"))


def test_a_read_only_store_keeps_duckdb_defaults(db_path: Path) -> None:
    open_store(db_path).close()
    [(default,)] = duckdb.connect().execute("SELECT current_setting('threads')").fetchall()
    assert setting(db_path, "threads", read_only=True) == str(default)


def test_an_unknown_setting_is_a_store_error(db_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open database"):
        open_store(db_path, config={"no_such_setting": "1"})

