"""Which gold format a path holds, and the one entry point that evaluates any of them."""

from __future__ import annotations

import json
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from tacitus.errors import GoldFormatError
from tacitus.evaluation.agreement import evaluate_agreement
from tacitus.evaluation.audit import score_sheet
from tacitus.evaluation.case2021 import evaluate_case2021
from tacitus.evaluation.conflibert import ANNOTATIONS_FILE, evaluate_conflibert
from tacitus.evaluation.muc4 import DOCS_FILE as MUC4_DOCS
from tacitus.evaluation.muc4 import MergeStories, evaluate_muc4
from tacitus.evaluation.pages import evaluate_extraction
from tacitus.evaluation.petrarch import ENGLISH_FILES, evaluate_petrarch
from tacitus.evaluation.plover_gsr import evaluate_plover_gsr
from tacitus.evaluation.plv import PlvMode, evaluate_plv
from tacitus.evaluation.records import Evaluation
from tacitus.evaluation.seed import evaluate_seed
from tacitus.evaluation.tacitus_format import evaluate_tacitus

if TYPE_CHECKING:
    from tacitus.pipeline import ArticleCoder

SNIFF_BYTES = 4096


class GoldFormat(StrEnum):
    tacitus = "tacitus"
    plv = "plv"
    plover_gsr = "plover-gsr"
    conflibert = "conflibert"
    case2021 = "case2021"
    petrarch = "petrarch"
    extraction = "extraction"
    seed = "seed"
    muc4 = "muc4"
    agreement = "agreement"
    audit = "audit"


# Files whose name alone says what they are (folders are recognised by holding one of them).
KNOWN_FILES = {
    "PLV_train.tsv": GoldFormat.plv,
    "PLOVER_GSR_CAMEO.json": GoldFormat.plover_gsr,
    ANNOTATIONS_FILE: GoldFormat.conflibert,
    "test_set_final_release_with_labels.tsv": GoldFormat.case2021,
    **dict.fromkeys(ENGLISH_FILES, GoldFormat.petrarch),
    "ground-truth.json": GoldFormat.extraction,
    "evaldata_en.json": GoldFormat.extraction,
    MUC4_DOCS: GoldFormat.muc4,
}
EXTRACTION_FOLDERS = ("scrapinghub_aeb", "trafilatura_eval_en")


def detect_format(path: Path) -> GoldFormat:
    """The gold format of a file or folder, from its name, then its first bytes."""
    if path.is_dir():
        for name, kind in KNOWN_FILES.items():
            if (path / name).is_file():
                return kind
        if any((path / name).is_dir() for name in EXTRACTION_FOLDERS):
            return GoldFormat.extraction
        raise GoldFormatError(f"{path}: no known gold file in this folder; give --format")
    if path.name in KNOWN_FILES:
        return KNOWN_FILES[path.name]
    suffix = path.suffix.lower()
    head = _head(path)
    if suffix in (".html", ".htm"):
        return GoldFormat.seed
    if suffix == ".xml" and "<Sentence" in head:
        return GoldFormat.petrarch
    if suffix == ".jsonl":
        return GoldFormat.tacitus
    if suffix == ".tsv" and "marked_sentence" in head.split("\n", 1)[0]:
        return GoldFormat.plv
    if suffix == ".tsv" and "EventSnippet" in head.split("\n", 1)[0]:
        return GoldFormat.case2021
    if suffix == ".json" and '"event": "DOCUMENT"' in head.replace("'", '"'):
        return GoldFormat.plover_gsr
    raise GoldFormatError(f"{path}: cannot tell the gold format; give --format")


def _head(path: Path) -> str:
    with path.open("rb") as handle:
        return handle.read(SNIFF_BYTES).decode("utf-8", errors="replace")


def _merge(parts: list[Evaluation]) -> Evaluation:
    if len(parts) == 1:
        return parts[0]
    first = parts[0]
    return Evaluation(
        format=first.format, gold=first.gold, n=first.n,
        figures=tuple(figure for part in parts for figure in part.figures),
        details={note: part.details for part in parts for note in part.notes[:1]},
        errors=tuple(error for part in parts for error in part.errors),
        notes=tuple(note for part in parts for note in part.notes))


def evaluate_gold(path: Path, coder: Callable[[], ArticleCoder], *,
                  gold_format: GoldFormat | None = None, limit: int | None = None,
                  plv_modes: tuple[PlvMode, ...] = tuple(PlvMode),
                  merge_stories: MergeStories | None = None) -> Evaluation:
    """Evaluate the pipeline on a gold file or folder; ``coder`` is called once, if needed.
    MUC-4 scores merged events: it needs ``merge_stories`` (``runners.scratch.merged_events``)."""
    if not path.exists():
        raise GoldFormatError(f"no such gold file or folder: {path}")
    kind = gold_format or detect_format(path)
    if kind is GoldFormat.agreement:
        return evaluate_agreement(path)
    if kind is GoldFormat.audit:
        return score_sheet(path)
    if kind is GoldFormat.extraction:
        return evaluate_extraction(path, limit=limit)
    if kind is GoldFormat.plv:
        plv = coder()
        return _merge([evaluate_plv(_inside(path, "PLV_train.tsv"), plv, mode=mode, limit=limit)
                       for mode in plv_modes])
    loaded = coder()
    if kind is GoldFormat.tacitus:
        return evaluate_tacitus(path, loaded, limit=limit)
    if kind is GoldFormat.plover_gsr:
        return evaluate_plover_gsr(_inside(path, "PLOVER_GSR_CAMEO.json"), loaded, limit=limit)
    if kind is GoldFormat.conflibert:
        return evaluate_conflibert(path, loaded, limit=limit)
    if kind is GoldFormat.case2021:
        return evaluate_case2021(_inside(path, "test_set_final_release_with_labels.tsv"), loaded,
                                 limit=limit)
    if kind is GoldFormat.petrarch:
        return evaluate_petrarch(path, loaded, limit=limit)
    if kind is GoldFormat.muc4:
        if merge_stories is None:
            raise GoldFormatError("MUC-4 is scored on merged events: pass merge_stories")
        return evaluate_muc4(path, loaded, merge_stories=merge_stories, limit=limit)
    return evaluate_seed(path, loaded)


def _inside(path: Path, name: str) -> Path:
    return path / name if path.is_dir() else path


def write_errors(evaluation: Evaluation, path: Path) -> None:
    """Write the per-record errors as JSONL, one readable object per line."""
    with path.open("w", encoding="utf-8") as out:
        for entry in evaluation.errors:
            out.write(json.dumps({"format": evaluation.format, **entry.to_dict()},
                                 ensure_ascii=False) + "\n")
