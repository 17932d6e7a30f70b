"""Shared fixtures: the spaCy model (loaded once per session) and the path to ../shared."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from spacy.language import Language

from tacitus.nlp.parser import load_language
from tacitus.settings import DEFAULT_MODEL

REPO_ROOT = Path(__file__).resolve().parent.parent
# CI lays shared/ beside the clone; TACITUS_SHARED_DIR points elsewhere when it is not
SHARED = Path(os.environ.get("TACITUS_SHARED_DIR", REPO_ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_language(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"the shared data folder is missing: {SHARED}")
    return SHARED
