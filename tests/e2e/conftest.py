"""End-to-end fixtures: a database built from examples/ plus a hostile page, and the server."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from browsing import CHROMIUM, FLAGS
from e2e_server import HOSTILE_PAGE, running_server, tacitus_command
from playwright.sync_api import Browser, sync_playwright

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("e2e")
    hostile = folder / "hostile.html"
    hostile.write_text(HOSTILE_PAGE, encoding="utf-8")
    db = folder / "examples.duckdb"
    done = subprocess.run(tacitus_command("ingest", str(REPO / "examples"), str(hostile),
                                          "--db", str(db), "--offline", "--quiet"),
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    assert "0 failed" in done.stdout, done.stdout
    return db


@pytest.fixture(scope="session")
def server(examples_db: Path) -> Iterator[str]:
    with running_server(examples_db) as base:
        yield base


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS,
                                              headless=True)
        yield launched
        launched.close()
