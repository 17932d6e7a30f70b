"""MkDocs hook: pages generated from the repository itself, so they cannot drift from it.

- ``<!-- cli-reference -->``: every command's help, read from the CLI code;
- ``<!-- evaluation-report -->``: the evaluation report, EVALUATION.md at the repository root.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer.main

from tacitus.cli import app

MARKER = "<!-- cli-reference -->"
REPORT_MARKER = "<!-- evaluation-report -->"
REPORT = Path(__file__).resolve().parents[2] / "EVALUATION.md"


def _command_help(name: str, command: Any, prefix: str) -> list[str]:
    lines = [f"### `{prefix} {name}`", "", (command.help or "").strip(), ""]
    subcommands = getattr(command, "commands", None)
    if subcommands:
        for sub_name, sub_command in sorted(subcommands.items()):
            lines += _command_help(sub_name, sub_command, f"{prefix} {name}")
        return lines
    rows = []
    for param in command.params:
        opts = getattr(param, "opts", [])
        if getattr(param, "param_type_name", "") == "argument":
            help_text = getattr(param, "help", "") or ""
            rows.append(f"| `{param.name.upper()}` | argument | {help_text} |")
        else:
            default = "" if param.default in (None, False) else f" (default `{param.default}`)"
            help_text = (getattr(param, "help", "") or "").replace("|", "\\|")
            rows.append(f"| `{', '.join(opts)}` | option | {help_text}{default} |")
    if rows:
        lines += ["| name | kind | meaning |", "|---|---|---|", *rows, ""]
    return lines


def cli_reference() -> str:
    """Markdown for every command of the ``tacitus`` CLI, in the order the CLI lists them."""
    # a group whose commands load when asked for: read them through its interface
    group: Any = typer.main.get_command(app)
    context = typer.Context(group)
    lines: list[str] = []
    for name in group.list_commands(context):
        lines += _command_help(name, group.get_command(context, name), "tacitus")
    return "\n".join(lines)


def evaluation_report() -> str:
    """The evaluation report with its own top heading dropped (the page has one), its links from
    the repository root (``docs/images/…``) made relative to the documentation folder."""
    if not REPORT.is_file():
        return "No evaluation report has been generated yet: run `make evaluate`."
    lines = REPORT.read_text(encoding="utf-8").splitlines()
    if lines and lines[0].startswith("# "):
        lines = lines[1:]
    return "\n".join(lines).replace("](docs/", "](")


def on_page_markdown(markdown: str, **_: Any) -> str:
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, cli_reference())
    if REPORT_MARKER in markdown:
        markdown = markdown.replace(REPORT_MARKER, evaluation_report())
    return markdown
