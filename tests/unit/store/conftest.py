"""Fixtures for the store tests: a fresh database file per test and a coded-article builder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_factories import MakeCoded, build_coded

from tacitus.store import Store, open_store


@pytest.fixture
def make_coded() -> MakeCoded:
    return build_coded


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "tacitus.duckdb"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with open_store(db_path) as opened:
        yield opened
