"""The ``tacitus lexicon`` commands: bring a PETRARCH verb dictionary into a user lexicon file.

The file written is in the packaged lexicon's TSV format; ``tacitus code --lexicon FILE`` and
``tacitus ingest --lexicon FILE`` layer it on the packaged lexicon.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from tacitus.cli.options import fail
from tacitus.errors import KnowledgeBaseError, SettingsError, TacitusError
from tacitus.events import load_ontology
from tacitus.events.lexicon import parse_lexicon
from tacitus.events.petrarch_verbs import import_petrarch, render_lexicon

app = typer.Typer(name="lexicon", help="The event lexicon: import users' dictionaries.",
                  no_args_is_help=True)


def default_lexicon_path(dictionary: Path) -> Path:
    """Where an imported lexicon goes unless ``--out`` says otherwise (XDG data directory)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "tacitus" / "lexicons" / f"{dictionary.stem}.tsv"


@app.command("import-petrarch")
def import_petrarch_command(
    dictionary: Annotated[Path, typer.Argument(help="A PETRARCH verb dictionary (CAMEO.2.0.txt).")],
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Lexicon file to write (default: the XDG data directory)."),
    ] = None,
) -> None:
    """Read a PETRARCH verb dictionary into a lexicon file for `--lexicon`."""
    try:
        if not dictionary.is_file():
            raise SettingsError(f"no such file: {dictionary}")
        try:
            text = dictionary.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            raise SettingsError(f"cannot read {dictionary}: {error}") from error
        ontology = load_ontology()
        imported = import_petrarch(text, ontology, name=str(dictionary))
        rendered = render_lexicon(imported.entries, origin=dictionary.name)
        # what is written must load back: check before touching the disk
        parse_lexicon(rendered, ontology, name=str(dictionary))
        target = out if out is not None else default_lexicon_path(dictionary)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(rendered, encoding="utf-8")
        except OSError as error:
            raise KnowledgeBaseError(f"cannot write {target}: {error}") from error
    except TacitusError as error:
        raise fail(error) from error
    typer.echo(f"lexicon: {len(imported.entries)} entries written to {target} "
               f"({imported.skipped} patterns the coder cannot match skipped, "
               f"{imported.unknown_codes} unknown codes, {imported.conflicts} conflicting repeats)")
