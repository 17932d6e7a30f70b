"""Commands that do not code start without spaCy: importing the CLI loads no model."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

NO_SPACY = "assert 'spacy' not in sys.modules, 'spaCy was imported'"


def python(script: str) -> subprocess.CompletedProcess[str]:
    """``script`` run by a new interpreter (nothing imported yet)."""
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=False)


def assert_runs(script: str) -> None:
    run = python(script)
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize("argv", [
    ["--version"],
    ["--help"],
    ["events", "--help"],
    ["relations", "--help"],
    ["export", "--help"],
    ["serve", "--help"],
    ["events", "--db", "no-such.duckdb"],
    ["relations", "USA", "--db", "no-such.duckdb"],
    ["export", "--db", "no-such.duckdb", "--out", "x.tsv"],
])
def test_a_command_that_does_not_code_loads_no_spacy(argv: list[str]) -> None:
    script = ("import sys\nfrom tacitus.cli import app\n"
              f"try:\n    app({argv!r})\nexcept SystemExit:\n    pass\n{NO_SPACY}\n")
    assert_runs(script)


def test_importing_the_cli_loads_no_spacy() -> None:
    assert_runs(f"import tacitus.cli, sys; {NO_SPACY}")


def test_the_console_script_shows_its_version_without_spacy() -> None:
    # -X importtime's report names every module the command imported
    script = Path(sys.executable).parent / "tacitus"
    run = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=False,
                         env={**os.environ, "PYTHONPROFILEIMPORTTIME": "1"})
    assert run.returncode == 0 and run.stdout.startswith("tacitus ")
    imported = {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines()}
    assert "tacitus.cli" in imported
    assert not {name for name in imported if name.split(".")[0] == "spacy"}


def test_a_command_imports_no_other_command_module() -> None:
    script = ("import sys\nfrom tacitus.cli import app\n"
              "try:\n    app(['events', '--db', 'no-such.duckdb'])\nexcept SystemExit:\n    pass\n"
              "loaded = sorted(name for name in sys.modules if name.startswith('tacitus.cli.')\n"
              "                and name.endswith(('_command', '_commands')))\n"
              "assert loaded == ['tacitus.cli.list_commands'], loaded\n")
    assert_runs(script)


def test_a_mistyped_command_is_told_the_nearest() -> None:
    script = "from tacitus.cli import app\napp(['cod'])\n"
    run = python(script)
    assert run.returncode == 2 and "Did you mean 'code'?" in run.stderr


def test_reading_files_and_records_loads_no_http_client_or_feed_parser() -> None:
    script = ("import sys\nimport tacitus.cli.code_command, tacitus.ingest\n"
              "assert not {'httpx', 'httpcore', 'feedparser'} & set(sys.modules), 'loaded'\n"
              "from tacitus.ingest import FetchedPage, fetch_url\n"
              "assert fetch_url.__module__ == 'tacitus.ingest.fetch' and 'httpx' in sys.modules\n")
    assert_runs(script)
