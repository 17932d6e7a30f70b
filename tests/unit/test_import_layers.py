"""Layers point down: a package never imports one above it (the diagram in docs/architecture.md).

Read from the source with ``ast``, so an import inside a function counts as much as one at the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import tacitus

SOURCE = Path(tacitus.__file__).parent
# logic: text in, records out, no I/O beyond packaged data
LOGIC = ("nlp", "actors", "events", "quotes", "analysis")
IO_AND_APPS = ("store", "web", "cli", "runners", "ingest", "evaluation")
FORBIDDEN: dict[str, frozenset[str]] = {
    **{package: frozenset(IO_AND_APPS) for package in LOGIC},
    "store": frozenset({"analysis", "web", "cli", "runners", "evaluation"}),
    "web": frozenset({"cli", "runners", "evaluation"}),
    "runners": frozenset({"web", "cli", "evaluation"}),
    "ingest": frozenset({"store", "web", "cli", "runners", "evaluation", "analysis"}),
    "evaluation": frozenset({"store", "web", "cli", "runners"}),
}


def imported_packages(path: Path) -> set[str]:
    """The ``tacitus`` subpackages (or root modules) that a source file imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found.update(name.split(".")[1] for name in names
                     if name.startswith("tacitus.") and name.count(".") >= 1)
    return found


def upward_imports(package: str) -> list[str]:
    """Every ``file: imported package`` of ``package`` that its layer forbids."""
    return sorted(f"{path.relative_to(SOURCE)}: {imported}"
                  for path in (SOURCE / package).rglob("*.py")
                  for imported in imported_packages(path) & FORBIDDEN[package])


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_a_package_imports_no_package_above_it(package: str) -> None:
    assert (SOURCE / package).is_dir()
    assert upward_imports(package) == []


def test_the_check_sees_an_upward_import(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text("def f():\n    from tacitus.store import open_store\n"
                      "from tacitus import web\nimport tacitus.cli.app\n", encoding="utf-8")
    assert imported_packages(module) >= {"store", "web", "cli"}


def test_the_root_holds_only_the_pipeline_and_its_vocabulary() -> None:
    modules = {path.stem for path in SOURCE.glob("*.py")}
    # tables_cache: the pipeline's start-up tables, kept on disk (the pipeline's own I/O);
    # cache_files: the cache directory those tables and the language identifier's model share
    assert modules <= {"__init__", "__main__", "api", "model", "settings", "errors", "ids",
                       "pipeline", "tables_cache", "cache_files"}
