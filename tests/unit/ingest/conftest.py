"""Ingest test fixtures: settings and a local HTTP server (no test touches the internet)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from ingest_server import LocalServer, serve

from tacitus.settings import Settings


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    with serve() as server:
        yield server


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def local_settings() -> Settings:
    return Settings(allow_private_addresses=True, fetch_timeout=5.0)
