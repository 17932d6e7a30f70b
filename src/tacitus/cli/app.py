"""The ``tacitus`` command: its global options, and every command registered in one place.

Commands parse arguments, build ``Settings``, call the pipeline, the store or the answers, and
render. Importing the CLI loads no model and no command: a command's module is imported when the
command runs (or the help lists it), and a command that codes loads spaCy when it runs.
"""

from __future__ import annotations

from difflib import get_close_matches
from importlib import import_module
from typing import TYPE_CHECKING, Annotated

import typer
from typer.core import TyperGroup
from typer.main import get_command_from_info, get_group
from typer.models import CommandInfo

from tacitus import __version__
from tacitus.cli.logs import configure_logging, log_level
from tacitus.cli.options import fail
from tacitus.errors import SettingsError

if TYPE_CHECKING:
    # the click that Typer ships inside itself: its Command and Context types
    from typer import _click as click

# every command, in the order of the help: its module and the function (or the Typer app of a
# group of commands) in it; a module is imported only when its command runs or is listed
COMMANDS: dict[str, tuple[str, str]] = {
    "code": ("code_command", "code"),
    "ingest": ("ingest_command", "ingest"),
    "events": ("list_commands", "events"),
    "quotes": ("list_commands", "quotes"),
    "claims": ("list_commands", "claims"),
    "relations": ("relation_commands", "relations"),
    "profile": ("relation_commands", "profile"),
    "export": ("relation_commands", "export"),
    "eval": ("eval_command", "evaluate"),
    "track": ("track_command", "track"),
    "watch": ("watch_command", "watch"),
    "serve": ("serve_command", "serve"),
    "actors": ("actor_commands", "app"),
    "lexicon": ("lexicon_commands", "app"),
}


def load_command(name: str) -> click.Command:
    """The command ``name``, built from its module (imported now)."""
    module, attribute = COMMANDS[name]
    target = getattr(import_module(f"tacitus.cli.{module}"), attribute)
    if isinstance(target, typer.Typer):
        group = get_group(target)
        group.name = name
        return group
    return get_command_from_info(CommandInfo(name=name, callback=target),
                                 pretty_exceptions_short=app.pretty_exceptions_short,
                                 rich_markup_mode=app.rich_markup_mode)


class LazyCommands(TyperGroup):
    """The ``tacitus`` group: a command's module is imported when the command is asked for, so
    ``tacitus code`` does not import what ``eval`` or ``serve`` need."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in COMMANDS and cmd_name not in self.commands:
            self.add_command(load_command(cmd_name), cmd_name)
        return super().get_command(ctx, cmd_name)

    def resolve_command(self, ctx: click.Context, args: list[str]
                        ) -> tuple[str | None, click.Command | None, list[str]]:
        # Typer suggests among the commands built so far; here the suggestion is among them all
        name = args[0] if args else ""
        if name and not name.startswith("-") and name not in COMMANDS:
            matches = ", ".join(repr(match) for match in get_close_matches(name, list(COMMANDS)))
            hint = f" Did you mean {matches}?" if matches else ""
            ctx.fail(f"No such command {name!r}.{hint}")
        return super().resolve_command(ctx, args)


app = typer.Typer(
    name="tacitus",
    help="Political event data from the news: who did what to whom, who said what, with evidence.",
    no_args_is_help=True,
    add_completion=False,
    cls=LazyCommands,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tacitus {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", help="Log everything to stderr, with the traceback of "
                           "each failed article.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", help="Log only errors to stderr.")
    ] = False,
) -> None:
    """Tacitus reads the news and turns it into political event data."""
    try:
        configure_logging(log_level(verbose=verbose, quiet=quiet))
    except SettingsError as error:
        raise fail(error) from error


def main() -> None:
    """Entry point of the ``tacitus`` command."""
    app()
