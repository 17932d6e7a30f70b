"""The documentation cannot rot: the site builds with warnings as errors and the notebook runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_documentation_site_builds_strictly(tmp_path: Path) -> None:
    mkdocs = Path(sys.executable).with_name("mkdocs")
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [str(mkdocs), "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=300, env=environment)
    assert result.returncode == 0, result.stderr
    cli_page = (tmp_path / "site" / "cli" / "index.html").read_text(encoding="utf-8")
    for command in ("tacitus ingest", "tacitus code", "tacitus events"):
        assert command in cli_page, f"the generated CLI reference lacks {command}"
    api_page = (tmp_path / "site" / "api" / "index.html").read_text(encoding="utf-8")
    assert 'id="tacitus.api.Pipeline.pipe"' in api_page


@pytest.mark.slow
def test_the_quickstart_notebook_runs(tmp_path: Path) -> None:
    notebook = nbformat.read(REPO_ROOT / "docs" / "notebooks" / "quickstart.ipynb", as_version=4)
    client = NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(REPO_ROOT / "docs" / "notebooks")}})
    client.execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code"
               for output in cell.get("outputs", [])]
    assert not [output for output in outputs if output.get("output_type") == "error"]
    assert "new" in str(outputs), "the ingest summary is shown"
