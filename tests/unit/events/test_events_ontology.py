"""The CAMEO ontology: every code, Goldstein values, quad classes and the PLOVER mapping."""

from __future__ import annotations

import csv
import runpy
from importlib import resources
from pathlib import Path

import pytest

from tacitus.errors import KnowledgeBaseError
from tacitus.events.ontology import load_ontology


def test_every_level_of_code_is_there() -> None:
    ontology = load_ontology()
    assert len(ontology) == 312
    for code in ("01", "010", "0211", "04", "042", "19", "195", "20", "2042"):
        assert code in ontology


@pytest.mark.parametrize(("code", "name", "goldstein", "quad", "root", "plover", "mode"), [
    ("040", "Consult", 1.0, 1, "04", "CONSULT", ""),
    ("042", "Make a visit", 1.9, 1, "04", "CONSULT", "visit"),
    ("041", "Discuss by telephone", 1.0, 1, "04", "CONSULT", "phone"),
    ("020", "Make an appeal or request", 3.0, 1, "02", "REQUEST", ""),
    ("0841", "Return, release person(s)", 7.0, 2, "08", "RETREAT", "release"),
    ("161", "Reduce or break diplomatic relations", -4.0, 4, "16", "SANCTION", "withdraw"),
    ("190", "Use conventional military force", -10.0, 4, "19", "ASSAULT", ""),
    ("2042", "Detonate nuclear weapons", -10.0, 4, "20", "ASSAULT", "unconventional"),
    ("112", "Accuse", -2.0, 3, "11", "ACCUSE", "disapprove"),
    ("08", "YIELD", 5.0, 2, "08", "CONCEDE", ""),
    ("010", "Make statement", 0.0, 1, "01", "", ""),
])
def test_describe(code: str, name: str, goldstein: float, quad: int, root: str, plover: str,
                  mode: str) -> None:
    entry = load_ontology().describe(code)
    assert (entry.code, entry.name, entry.goldstein, entry.quad_class, entry.root) == (
        code, name, goldstein, quad, root)
    assert (entry.plover, entry.plover_mode) == (plover, mode)


@pytest.mark.parametrize(("root", "quad"), [
    *((f"{r:02d}", 1) for r in range(1, 6)), *((f"{r:02d}", 2) for r in range(6, 10)),
    *((f"{r:02d}", 3) for r in range(10, 15)), *((f"{r:02d}", 4) for r in range(15, 21)),
])
def test_quad_class_follows_the_root(root: str, quad: int) -> None:
    ontology = load_ontology()
    codes = [entry for entry in ontology if entry.root == root]
    assert codes
    assert {entry.quad_class for entry in codes} == {quad}
    assert all(ontology.root(entry.code) == root for entry in codes)


@pytest.mark.parametrize("code", ["", "00", "21", "0", "999", "04a", "01234"])
def test_unknown_codes_raise(code: str) -> None:
    with pytest.raises(KnowledgeBaseError):
        load_ontology().describe(code)
    with pytest.raises(KnowledgeBaseError):
        load_ontology().root(code)


def test_appeals_map_to_request_and_statements_to_nothing() -> None:
    ontology = load_ontology()
    assert {e.plover for e in ontology if e.root == "02"} == {"REQUEST"}
    assert {e.plover for e in ontology if e.root == "01"} == {""}
    assert all(e.plover for e in ontology if e.root not in {"01", "02"})


def test_facts_agree_with_the_shared_reference(shared_dir: Path) -> None:
    ontology = load_ontology()
    path = shared_dir / "reference/cameo/derived_cameo_event_codes.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with (shared_dir / "reference/plover/derived_cameo2plover_2021.csv").open(
            encoding="utf-8", newline="") as handle:
        listed = [row["cameo_code"] for row in csv.DictReader(handle)]
    # A code listed twice (the root 08: CONCEDE, then RETREAT) keeps its first line by convention.
    twice = {code for code in listed if listed.count(code) > 1}
    assert "08" in twice
    assert {row["code"] for row in rows} == {entry.code for entry in ontology}
    for row in rows:
        entry = ontology.describe(row["code"])
        assert entry.name == row["name"]
        assert entry.goldstein == float(row["goldstein"])
        if row["plover_event_2021"] and row["code"] not in twice:
            assert entry.plover == row["plover_event_2021"]


def test_packaged_tables_are_what_the_generator_writes(shared_dir: Path, tmp_path: Path) -> None:
    script = Path(__file__).resolve().parents[3] / "scripts" / "build_ontology.py"
    namespace = runpy.run_path(str(script))
    namespace["build"](shared_dir, tmp_path)
    packaged = resources.files("tacitus.events")
    for name in ("cameo_codes.tsv", "cameo_plover.tsv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == packaged.joinpath(
            name).read_text(encoding="utf-8")
