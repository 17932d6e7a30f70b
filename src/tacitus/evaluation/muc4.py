"""Events, not reports, on MUC-4: how many distinct incidents Tacitus finds against the templates.

The 1,700 FBIS wire stories (1988–90) of ``news/corpora/muc4`` go through the normal runner into a
fresh database, so reports of one incident in several stories merge as they would for any user.
The answer keys give one template per incident per story (``*`` marks an irrelevant story); gold
incidents across stories are keyed by (date, location, type) as the keys write them. Tacitus's
side counts merged events of the violent roots 17–20 (coerce, assault, fight, mass violence: the
MUC incident types are attacks, bombings, kidnappings, arson and robbery). Measured, never tuned.
"""

from __future__ import annotations

import gzip
import json
import re
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from tacitus.errors import GoldFormatError
from tacitus.evaluation.casing import evaluate_casing
from tacitus.evaluation.records import Evaluation, Figure
from tacitus.events.ontology import root_group
from tacitus.pipeline import ArticleCoder
from tacitus.runners.local import run_ingest
from tacitus.settings import Settings
from tacitus.store import open_store

DOCS_FILE = "muc4_docs.jsonl.gz"
FIELD = re.compile(r"^(\d+)\.\s+[A-Z ]+:\s[A-Z ]+?\s{2,}(.*)$")
# the attacks MUC-4 templates record: coercion, assault, fighting and mass violence
COERCION_AND_VIOLENCE_ROOTS = root_group("coercion_and_violence")
STORY_HOST = "https://muc4.example/"


def read_templates(keys: Path) -> list[dict[int, str]]:
    """Every answer-key template as {slot number: first line of its value}."""
    templates: list[dict[int, str]] = []
    for path in sorted(keys.glob("key-*.gz")):
        with gzip.open(path, "rt", encoding="latin-1") as handle:
            text = handle.read()
        current: dict[int, str] = {}
        for line in text.splitlines():
            match = FIELD.match(line)
            if match is None:
                continue
            slot, value = int(match.group(1)), match.group(2).strip()
            if slot == 0 and current:
                templates.append(current)
                current = {}
            current.setdefault(slot, value)
        if current:
            templates.append(current)
    return templates


def story_date(value: str | None) -> str | None:
    """``3 JAN 90`` as ``1990-01-03``."""
    if not value:
        return None
    try:
        return datetime.strptime(value.strip().title(), "%d %b %y").date().isoformat()
    except ValueError:
        return None


def read_stories(corpus: Path, limit: int | None) -> list[dict[str, Any]]:
    """The stories in document-id order (the first ``limit`` of them when given)."""
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        docs = sorted((json.loads(line) for line in lines), key=lambda doc: doc["docid"])
    return docs[:limit] if limit is not None else docs


def write_stories(docs: list[dict[str, Any]], out: Path) -> None:
    """The stories as JSONL records for the runner, each with a URL naming its document id."""
    with out.open("w", encoding="utf-8") as handle:
        for doc in docs:
            record = {"title": doc["docid"], "text": doc["text"],
                      "url": STORY_HOST + doc["docid"].lower(),
                      "source": doc.get("source") or "FBIS", "date": story_date(doc.get("date"))}
            handle.write(json.dumps({k: v for k, v in record.items() if v}) + "\n")


def evaluate_muc4(path: Path, coder: ArticleCoder, *, limit: int | None = None) -> Evaluation:
    """Ingest the stories and compare Tacitus's violent events with the gold incidents."""
    corpus, keys = path / DOCS_FILE, path / "keys"
    if not corpus.is_file() or not keys.is_dir():
        raise GoldFormatError(f"{path}: expected {DOCS_FILE} and keys/ (the MUC-4 folder)")
    docs = read_stories(corpus, limit)
    doc_ids = {doc["docid"] for doc in docs}
    # 1. gold incidents of the chosen stories
    relevant = [template for template in read_templates(keys)
                if template.get(0, "").split()[0] in doc_ids and template.get(1) != "*"]
    incidents = {(t.get(2, ""), t.get(3, ""), t.get(4, "")) for t in relevant}
    gold_stories = {template[0].split()[0] for template in relevant}
    # 2. Tacitus's events, merged across stories by the store
    with tempfile.TemporaryDirectory() as folder:
        stories, db = Path(folder) / "muc4.jsonl", Path(folder) / "muc4.duckdb"
        write_stories(docs, stories)
        settings = Settings(db_path=db, offline=True)
        with open_store(db) as store:
            run_ingest([str(stories)], settings=settings, store=store, coder=coder)
        with open_store(db, read_only=True) as store:
            events = store.events(with_reports=True)
    violent = [event for event in events if event["cameo"][:2] in COERCION_AND_VIOLENCE_ROOTS]
    found_stories = {mention["url"].removeprefix(STORY_HOST).upper()
                     for event in violent for mention in event["mentions"] if mention["url"]}
    quiet_stories = doc_ids - gold_stories
    # 3. figures
    figures = (
        Figure("gold_incidents", "distinct gold incidents (date, location, type)",
               len(incidents), len(relevant)),
        Figure("violent_events", "Tacitus violent events (roots 17-20), merged",
               len(violent), sum(event["num_mentions"] for event in violent)),
        Figure("events_per_incident", "Tacitus violent events per gold incident",
               len(violent) / len(incidents) if incidents else 0.0, len(incidents)),
        Figure("merged_across_stories", "violent events merged from several stories",
               sum(event["num_articles"] > 1 for event in violent), len(violent)),
        Figure("story_recall", "stories with a gold incident that get a violent event",
               len(found_stories & gold_stories) / len(gold_stories) if gold_stories else 0.0,
               len(gold_stories)),
        Figure("story_false_alarm", "stories without a gold incident that get a violent event",
               len(found_stories & quiet_stories) / len(quiet_stories) if quiet_stories else 0.0,
               len(quiet_stories)),
        # 4. the same stories in capitals (the mixed-case test set only)
        *evaluate_casing(docs, coder),
    )
    return Evaluation(format="muc4", gold=str(path), n=len(docs), figures=figures,
                      notes=("Counts, not accuracy: MUC-4 templates and CAMEO events are "
                             "different units; see the module docstring.",))
