"""The README's command table must match the commands and options the CLI really has."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer.main

from tacitus.cli import app

README = Path(__file__).resolve().parents[2] / "README.md"
ROWS = re.findall(r"^\| `tacitus ([a-z-]+)([^`]*)` \|", README.read_text(encoding="utf-8"), re.M)


def cli_commands() -> dict[str, Any]:
    # typer builds its own click-compatible group, whose commands load when asked for: look at
    # it by its interface (list_commands, get_command), not its class
    group = typer.main.get_command(app)
    context = typer.Context(group)
    assert hasattr(group, "list_commands") and hasattr(group, "get_command")
    return {name: group.get_command(context, name) for name in group.list_commands(context)}


def test_readme_lists_every_command() -> None:
    documented = {name for name, _ in ROWS if not name.startswith("-")}
    assert documented == set(cli_commands())


@pytest.mark.parametrize(("name", "usage"), [row for row in ROWS if not row[0].startswith("-")])
def test_readme_options_exist(name: str, usage: str) -> None:
    command = cli_commands()[name]
    words = usage.split()
    # a command group ("tacitus actors lookup …"): check the sub-command's options
    if hasattr(command, "commands") and words and words[0] in command.commands:
        command = command.commands[words[0]]
    known = {option for param in command.params for option in getattr(param, "opts", [])}
    for option in re.findall(r"--[a-z-]+", usage):
        assert option in known, f"README documents {option} for `tacitus {name}`"
