"""Fixtures for the web tests: a small database and a test client over a snapshot of it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_factories import hostile, meeting

from tacitus.store import open_store
from tacitus.web import SnapshotKeeper, create_app


@pytest.fixture
def web_db(tmp_path: Path) -> Path:
    path = tmp_path / "web.duckdb"
    with open_store(path) as store:
        for item in (meeting(date(2021, 9, 23)),
                     meeting(date(2021, 11, 5), "Doha", host="Qureshi", guest="Blinken"),
                     hostile()):
            store.write_article(item)
    return path


@pytest.fixture
def keeper(web_db: Path, tmp_path: Path) -> Iterator[SnapshotKeeper]:
    kept = SnapshotKeeper(web_db, workdir=tmp_path)
    yield kept
    kept.close()


@pytest.fixture
def client(keeper: SnapshotKeeper) -> Iterator[TestClient]:
    with TestClient(create_app(keeper, refresh_seconds=None)) as test_client:
        yield test_client
