"""The coded splits' cache of ``scripts/train_decision.py --cache`` reads back whoever wrote it:
the script run as ``__main__`` or imported by the study scripts as ``train_decision``, both as
the one definition of its classes."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))

import train_decision as td


def _written(path: Path, module: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache of one PLV-like sentence, its classes pickled under ``module``."""
    with monkeypatch.context() as patch:
        for cls in (td.Coded, td.Marked):
            patch.setattr(cls, "__module__", module)
            patch.setattr(sys.modules[module], cls.__name__, cls, raising=False)
        coded = td.Coded(record=None, article=None, doc=None, mentions=(), events=(),  # type: ignore[arg-type]
                         towns={})
        marked = td.Marked(coded=coded, source=(0, 4), target=(9, 14), plover="AGREE")
        with path.open("wb") as handle:
            pickle.dump(([coded], [], [marked]), handle)


@pytest.mark.parametrize("module", ["__main__", "train_decision"])
def test_a_cache_reads_as_the_one_definition(module: str, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "coded.pkl"
    _written(cache, module, monkeypatch)
    train, dev, plv = td.read_cache(cache)
    assert type(train[0]) is td.Coded and type(plv[0]) is td.Marked
    assert dev == [] and plv[0].target == (9, 14) and plv[0].coded == train[0]
