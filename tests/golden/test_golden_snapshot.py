"""The golden snapshot: `tacitus code` prints the recorded JSON, byte for byte, on a fixed sample of
every gold set (`scripts/golden_snapshot.py`). A change that alters coding on purpose records a new
snapshot with `--write` in the same commit and says why."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _snapshot_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "golden_snapshot", ROOT / "scripts/golden_snapshot.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["golden_snapshot"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_code_output_matches_the_golden_snapshot(tmp_path: Path) -> None:
    golden = _snapshot_module()
    found = golden.run(golden.golden_inputs(), tmp_path)
    assert golden.compare(found) == []
