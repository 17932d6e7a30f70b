"""The ``eval`` command: score the pipeline against a gold file or folder."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from tacitus.errors import TacitusError
from tacitus.evaluation.formats import GoldFormat, evaluate_gold, write_errors
from tacitus.evaluation.plv import PlvMode
from tacitus.evaluation.report import render_text
from tacitus.runners.scratch import merged_events
from tacitus.settings import Settings

stderr = Console(stderr=True)


def evaluate(
    gold: Annotated[Path, typer.Argument(help="A gold file, or a folder holding one.")],
    gold_format: Annotated[
        GoldFormat | None,
        typer.Option("--format", help="The gold format (detected from the file when omitted)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    errors: Annotated[
        Path | None,
        typer.Option("--errors", help="Write every record scored wrong to FILE as JSONL."),
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Score only the first N records.")
    ] = None,
    mode: Annotated[
        PlvMode | None,
        typer.Option("--mode", help="PLV only: pair (spans given) or end-to-end; default both."),
    ] = None,
) -> None:
    """Score Tacitus against a gold set and print precision, recall, F1 or accuracy."""
    from tacitus.pipeline import ArticleCoder, make_article_coder

    settings = Settings()

    @cache
    def coder() -> ArticleCoder:
        return make_article_coder(settings)

    try:
        # a live spinner and the time taken on a terminal; nothing extra when stderr is a file
        with Progress(SpinnerColumn(), TextColumn("scoring {task.description}"),
                      TimeElapsedColumn(), console=stderr, transient=True,
                      disable=not stderr.is_terminal) as progress:
            progress.add_task(str(gold), total=None)
            evaluation = evaluate_gold(gold, coder, gold_format=gold_format, limit=limit,
                                       plv_modes=(mode,) if mode else tuple(PlvMode),
                                       merge_stories=merged_events)
        if errors is not None:
            write_errors(evaluation, errors)
    except (TacitusError, OSError) as error:
        stderr.print(f"[bold red]error:[/] {error}", highlight=False)
        raise typer.Exit(2) from error
    if as_json:
        typer.echo(json.dumps(evaluation.to_dict(), ensure_ascii=False, indent=2))
    else:
        typer.echo(render_text(evaluation))
