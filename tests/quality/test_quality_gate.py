"""The quality gate: every main figure must stay at or above its floor in baseline.json.

The figures are measured with the real pipeline on the full gold sets (about a minute and a half
on two cores). A floor is the measured value less a small margin; lowering one is a deliberate,
separate commit (see tests/quality/README.md).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from tacitus.evaluation.formats import GoldFormat, evaluate_gold
from tacitus.evaluation.plv import PlvMode
from tacitus.evaluation.records import Evaluation
from tacitus.pipeline import ArticleCoder, make_article_coder
from tacitus.settings import Settings

HERE = Path(__file__).parent
REPO = HERE.parent.parent
BASELINE: dict[str, float] = json.loads((HERE / "baseline.json").read_text(encoding="utf-8"))

# gold set name → (path, True when inside the repository, format, PLV mode)
GOLD_SETS: dict[str, tuple[str, bool, GoldFormat, PlvMode | None]] = {
    "seed": ("examples/seed/article.html", True, GoldFormat.seed, None),
    "tacitus-dev": ("tests/quality/data/tacitus_dev.jsonl", True, GoldFormat.tacitus, None),
    "quotes": ("tests/quality/data/quotes_gold.jsonl", True, GoldFormat.tacitus, None),
    "claims-check": ("tests/quality/data/claims_check.jsonl", True, GoldFormat.tacitus, None),
    "articles": ("tests/quality/data/articles_gold.jsonl", True, GoldFormat.tacitus, None),
    "plv-pair": ("eval/plv/PLV_train.tsv", False, GoldFormat.plv, PlvMode.pair),
    "plv-e2e": ("eval/plv/PLV_train.tsv", False, GoldFormat.plv, PlvMode.end_to_end),
    "plover-gsr": ("reference/plover/PLOVER_GSR_CAMEO.json", False, GoldFormat.plover_gsr,
                   None),
    "conflibert": ("eval/conflibert_cameo", False, GoldFormat.conflibert, None),
    "case2021": ("eval/case2021_task2", False, GoldFormat.case2021, None),
    "petrarch2-gsr": ("eval/petrarch2_gsr", False, GoldFormat.petrarch, None),
    "extraction": ("news/extraction", False, GoldFormat.extraction, None),
    "realnews-dev": ("tests/quality/data/realnews/dev.jsonl", True, GoldFormat.tacitus, None),
    "realnews-test": ("tests/quality/data/realnews/test.jsonl", True, GoldFormat.tacitus, None),
    "realnews-fresh": ("tests/quality/data/realnews/fresh.jsonl", True, GoldFormat.tacitus,
                       None),
}


@cache
def _coder() -> ArticleCoder:
    return make_article_coder(Settings())


@pytest.fixture(scope="module")
def measure(shared_dir: Path) -> Callable[[str], Evaluation]:
    @cache
    def evaluate(name: str) -> Evaluation:
        gold, in_repo, gold_format, mode = GOLD_SETS[name]
        path = (REPO if in_repo else shared_dir) / gold
        return evaluate_gold(path, _coder, gold_format=gold_format,
                             plv_modes=(mode,) if mode else tuple(PlvMode))

    return evaluate


def test_every_floor_names_a_known_figure() -> None:
    assert BASELINE
    for key, floor in BASELINE.items():
        name, _, figure = key.partition("/")
        assert name in GOLD_SETS, key
        assert figure, key
        assert 0.0 <= floor <= 1.0, key


@pytest.mark.slow
@pytest.mark.parametrize("key", sorted(BASELINE))
def test_figure_stays_above_its_floor(key: str, measure: Callable[[str], Evaluation]) -> None:
    name, _, figure = key.partition("/")
    value = measure(name).figure(figure)
    assert value >= BASELINE[key], (
        f"{key} fell to {value:.4f}, below its floor {BASELINE[key]:.4f}; run "
        f"`tacitus eval … --errors FILE` to see what went wrong")
