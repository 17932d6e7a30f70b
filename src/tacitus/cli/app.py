"""The ``tacitus`` command: its global options, and every command registered in one place.

Commands parse arguments, build ``Settings``, call the pipeline, the store or the answers, and
render. Importing the CLI loads no model: a command that codes loads spaCy when it runs.
"""

from __future__ import annotations

from typing import Annotated

import typer

from tacitus import __version__
from tacitus.cli import (
    code_command,
    eval_command,
    ingest_command,
    list_commands,
    relation_commands,
    serve_command,
    track_command,
    watch_command,
)
from tacitus.cli.actor_commands import app as actors_app
from tacitus.cli.lexicon_commands import app as lexicon_app
from tacitus.cli.logs import configure_logging, log_level
from tacitus.cli.options import fail
from tacitus.errors import SettingsError

app = typer.Typer(
    name="tacitus",
    help="Political event data from the news: who did what to whom, who said what, with evidence.",
    no_args_is_help=True,
    add_completion=False,
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


for _command in (code_command.code, ingest_command.ingest, list_commands.events,
                 list_commands.quotes, list_commands.claims, relation_commands.relations,
                 relation_commands.profile, relation_commands.export):
    app.command()(_command)
app.command(name="eval")(eval_command.evaluate)
app.command()(track_command.track)
app.command()(watch_command.watch)
app.command(name="serve")(serve_command.serve)
app.add_typer(actors_app, name="actors")
app.add_typer(lexicon_app, name="lexicon")


def main() -> None:
    """Entry point of the ``tacitus`` command."""
    app()
