"""Every shell and Python snippet of the README, the tutorial and the first steps runs as written,
in order, from a folder laid out as after `make run` (`examples/` and `.venv/bin/tacitus`)."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
VENV = Path(sys.executable).parents[1]
DOCUMENTS = ("docs/tutorial.md", "docs/index.md", "README.md")
BLOCK = re.compile(r"^```(sh|python)\n(.*?)^```", re.M | re.S)
# `make` sets up the folder these snippets run in; `serve` runs until stopped (the e2e tests
# start it and browse it)
NOT_RUN = ("make ", ".venv/bin/tacitus serve ")


def snippets() -> list[tuple[str, str, str]]:
    found = []
    for name in DOCUMENTS:
        text = (REPO / name).read_text(encoding="utf-8")
        found += [(name, language, code) for language, code in BLOCK.findall(text)]
    return found


def shell_lines(code: str) -> list[list[str]]:
    commands = []
    for line in code.splitlines():
        line = line.split("  #")[0].strip()
        if line and not line.startswith(NOT_RUN):
            commands.append(shlex.split(line))
    return commands


def test_every_command_is_written_as_it_runs_after_make_run() -> None:
    for name, language, code in snippets():
        if language == "sh":
            for words in shell_lines(code):
                assert words[0] == ".venv/bin/tacitus", f"{name}: {' '.join(words)}"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "examples").symlink_to(REPO / "examples")
    (tmp_path / ".venv").symlink_to(VENV)
    return tmp_path


def _run(command: list[str], folder: Path, *, stdin: str | None = None) -> str:
    redirect = command.index(">") if ">" in command else None
    words = command[:redirect] if redirect is not None else command
    done = subprocess.run(words, cwd=folder, input=stdin, capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 0, f"{' '.join(command)}:\n{done.stderr}"
    if redirect is not None:
        (folder / command[redirect + 1]).write_text(done.stdout, encoding="utf-8")
    return done.stdout


def test_the_snippets_run(folder: Path) -> None:
    ran = 0
    for _, language, code in snippets():
        if language == "sh":
            for words in shell_lines(code):
                _run(words, folder)
                ran += 1
        else:
            _run([str(VENV / "bin" / "python"), "-"], folder, stdin=code)
            ran += 1
    assert (folder / "tacitus.duckdb").is_file() and (folder / "seed.json").stat().st_size > 0
    assert ran >= 10
