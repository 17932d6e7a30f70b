"""A run into a throwaway database: code sources as ``tacitus ingest`` would and read back the
merged events (what an evaluation of events, not reports, scores)."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tacitus.runners.local import run_ingest
from tacitus.settings import Settings
from tacitus.store import open_store

if TYPE_CHECKING:
    # a type only: runners never load the model themselves
    from tacitus.pipeline import ArticleCoder

SCRATCH_DB = "scratch.duckdb"


def merged_events(sources: Sequence[str], coder: ArticleCoder) -> list[dict[str, Any]]:
    """Ingest ``sources`` offline into a fresh database; its events with every report."""
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / SCRATCH_DB
        settings = Settings(db_path=db, offline=True)
        with open_store(db) as store:
            run_ingest(sources, settings=settings, store=store, coder=coder)
        with open_store(db, read_only=True) as store:
            return store.events(with_reports=True)
