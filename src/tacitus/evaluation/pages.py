"""Page extraction on real news pages: the Zyte benchmark and trafilatura's English evaluation set.

Pages go through ``tacitus.ingest.article_from_html`` exactly as ingestion does (language check
off: extraction is scored on every page); a page Tacitus cannot extract scores as an empty text.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from tacitus.errors import GoldFormatError, IngestError
from tacitus.evaluation.extraction import (
    SnippetCounts,
    average_scores,
    bootstrap_f1_std,
    check_snippets,
    same_text,
    score_document,
)
from tacitus.evaluation.metrics import ratio
from tacitus.evaluation.records import ErrorEntry, Evaluation, Figure
from tacitus.ingest import article_from_html
from tacitus.ingest.decoding import decode_bytes
from tacitus.model import Article
from tacitus.settings import Settings

ZYTE_FOLDER = "scrapinghub_aeb"
TRAFILATURA_FOLDER = "trafilatura_eval_en"
# A document whose shingle F1 is under this is listed in the error file.
LISTED_BELOW_F1 = 0.8


@dataclass(frozen=True, slots=True)
class Extracted:
    """What Tacitus made of one page: the article, or the reason it found none."""

    article: Article | None
    problem: str = ""

    @property
    def text(self) -> str:
        return self.article.text if self.article else ""


def extract_page(path: Path, *, settings: Settings, url: str | None = None) -> Extracted:
    """Run Tacitus's page extraction on a (gzip-compressed) HTML file."""
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    try:
        page = decode_bytes(data, origin=str(path))
        return Extracted(article_from_html(page, origin=str(path), settings=settings, url=url))
    except IngestError as error:
        return Extracted(None, f"{error.reason}: {error.message}")


def _json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise GoldFormatError(f"{path}: {error}") from error


def zyte_pages(folder: Path) -> Iterator[tuple[str, str, str, Path]]:
    """(id, url, true body, page file) for each page of the Zyte benchmark."""
    truth = _json(folder / "ground-truth.json")
    if not isinstance(truth, dict):
        raise GoldFormatError(f"{folder}/ground-truth.json: expected an object of pages")
    for page_id in sorted(truth):
        item = truth[page_id]
        if not isinstance(item, dict) or not isinstance(item.get("articleBody"), str):
            raise GoldFormatError(f"{folder}/ground-truth.json: {page_id} has no articleBody")
        yield page_id, str(item.get("url") or ""), item["articleBody"], \
            folder / "html" / f"{page_id}.html.gz"


def extraction_settings() -> Settings:
    """Ingestion settings with the language check off."""
    return replace(Settings(), english_only=False)


def evaluate_zyte(folder: Path, *, limit: int | None = None) -> Evaluation:
    """The Zyte benchmark's shingle precision, recall and F1 of the body text."""
    settings = extraction_settings()
    scores = []
    errors: list[ErrorEntry] = []
    for page_id, url, truth, page in list(zyte_pages(folder))[:limit]:
        found = extract_page(page, settings=settings, url=url or None)
        score = score_document(truth, found.text)
        scores.append(score)
        f1 = ratio(2 * score.precision * score.recall, score.precision + score.recall)
        if f1 < LISTED_BELOW_F1:
            errors.append(ErrorEntry(page_id, found.problem or f"shingle F1 {f1:.2f}", url,
                                     expected=truth[:300], found=found.text[:300]))
    total = average_scores(scores)
    figures = (
        Figure("zyte_precision", "Zyte benchmark: shingle precision", total.precision, total.n),
        Figure("zyte_recall", "Zyte benchmark: shingle recall", total.recall, total.n),
        Figure("zyte_f1", "Zyte benchmark: shingle F1", total.f1, total.n),
        Figure("zyte_f1_std", "Zyte benchmark: bootstrap std of F1 (1000 resamples)",
               bootstrap_f1_std(scores), total.n),
    )
    return Evaluation(format="extraction", gold=str(folder), n=total.n, figures=figures,
                      errors=tuple(errors))


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _gold_text(value: object) -> str:
    # authors are sometimes annotated as a list; trafilatura joins them with "; "
    if isinstance(value, list):
        return "; ".join(str(part) for part in value)
    return value if isinstance(value, str) else ""


def _metadata(article: Article | None) -> dict[str, str | None]:
    if article is None:
        return {"title": None, "date": None, "author": None}
    return {"title": article.title, "date": _iso(article.date), "author": article.author}


def evaluate_trafilatura(folder: Path, *, limit: int | None = None) -> Evaluation:
    """Trafilatura's snippet test, and title, date and author accuracy where annotated."""
    records = _json(folder / "evaldata_en.json")
    if not isinstance(records, dict):
        raise GoldFormatError(f"{folder}/evaldata_en.json: expected an object of pages")
    settings = extraction_settings()
    tally = SnippetCounts()
    meta: dict[str, list[bool]] = {"title": [], "date": [], "author": []}
    errors: list[ErrorEntry] = []
    for url in sorted(records)[:limit]:
        item = records[url]
        found = extract_page(folder / "html" / str(item["file"]), settings=settings, url=url)
        page = check_snippets(found.text, item.get("with") or (), item.get("without") or ())
        tally = tally + page
        wrong = []
        for key, ours in _metadata(found.article).items():
            gold = _gold_text(item.get(key))
            if gold:
                right = gold == ours if key == "date" else same_text(gold, ours)
                meta[key].append(right)
                if not right:
                    wrong.append(f"{key}: {gold!r} ≠ {ours!r}")
        if page.fn or page.fp or wrong:
            errors.append(ErrorEntry(
                url, found.problem or f"{page.fn} missed, {page.fp} boilerplate",
                str(item["file"]), expected="; ".join(wrong) or "-",
                found=found.text[:300]))
    counts = tally.counts
    snippets = tally.tp + tally.fn + tally.fp + tally.tn
    figures = [
        Figure("snippet_precision", "trafilatura snippets: precision", counts.precision,
               tally.tp + tally.fp),
        Figure("snippet_recall", "trafilatura snippets: recall", counts.recall,
               tally.tp + tally.fn),
        Figure("snippet_f1", "trafilatura snippets: F1", counts.f1, snippets),
        Figure("snippet_accuracy", "trafilatura snippets: accuracy", tally.accuracy, snippets),
    ]
    figures += [Figure(f"{key}_accuracy", f"{key} equals the annotation", ratio(sum(v), len(v)),
                       len(v)) for key, v in meta.items()]
    return Evaluation(format="extraction", gold=str(folder), n=min(len(records), limit or
                      len(records)), figures=tuple(figures), errors=tuple(errors))


def evaluate_extraction(path: Path, *, limit: int | None = None) -> Evaluation:
    """Every extraction set found at ``path`` (the extraction folder or one of its sets)."""
    parts: list[Evaluation] = []
    if (path / "ground-truth.json").is_file():
        parts.append(evaluate_zyte(path, limit=limit))
    elif (path / "evaldata_en.json").is_file():
        parts.append(evaluate_trafilatura(path, limit=limit))
    else:
        if (path / ZYTE_FOLDER).is_dir():
            parts.append(evaluate_zyte(path / ZYTE_FOLDER, limit=limit))
        if (path / TRAFILATURA_FOLDER).is_dir():
            parts.append(evaluate_trafilatura(path / TRAFILATURA_FOLDER, limit=limit))
    if not parts:
        raise GoldFormatError(f"{path}: neither the Zyte benchmark nor trafilatura's set")
    return Evaluation(
        format="extraction", gold=str(path), n=sum(part.n for part in parts),
        figures=tuple(figure for part in parts for figure in part.figures),
        errors=tuple(error for part in parts for error in part.errors))
