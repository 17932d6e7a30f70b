"""Measure (never assert) how many distinct incidents Tacitus finds in the MUC-4 stories.

    .venv/bin/python scripts/measure_muc4_incidents.py [--shared ../shared] [--every N]
                                                       [--split TST4] [--db PATH]

Reads ``news/corpora/muc4/muc4_docs.jsonl.gz`` (1,700 FBIS wire stories, 1988–90) and the gold
answer keys (``keys/*.gz``). Every ``--every``-th story (by document id; 1 = all) of the chosen
``--split`` (all by default; TST4 is the only mixed-case one) is ingested into a fresh database
with the normal runner, so reports of one incident in several stories are merged as they would be
for any user. Printed:

- gold: relevant templates (one per incident per story; ``*`` templates are irrelevant stories) and
  distinct gold incidents across stories, keyed by (date, location, type) as the key writes them;
- Tacitus: merged events, and those of the violent roots 17–20 (coerce, assault, fight, mass
  violence: the MUC incident types are attacks, bombings, kidnappings, arson, robbery), with the
  reports they merge; stories with a gold incident and at least one violent Tacitus event.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import tempfile
import time
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tacitus.pipeline import make_article_coder
from tacitus.runners.local import run_ingest
from tacitus.settings import Settings
from tacitus.store import open_store

REPO_ROOT = Path(__file__).resolve().parents[1]
FIELD = re.compile(r"^(\d+)\.\s+[A-Z ]+:\s[A-Z ]+?\s{2,}(.*)$")
VIOLENT_ROOTS = ("17", "18", "19", "20")


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


def gold_counts(templates: list[dict[int, str]], doc_ids: set[str]) -> tuple[int, int, set[str]]:
    """Relevant templates, distinct (date, location, type) incidents, stories with an incident."""
    relevant = [template for template in templates
                if template.get(0, "").split()[0] in doc_ids and template.get(1) != "*"]
    incidents = {(template.get(2, ""), template.get(3, ""), template.get(4, ""))
                 for template in relevant}
    stories = {template[0].split()[0] for template in relevant}
    return len(relevant), len(incidents), stories


def story_date(value: str | None) -> str | None:
    """``3 JAN 90`` as ``1990-01-03``."""
    if not value:
        return None
    try:
        return datetime.strptime(value.strip().title(), "%d %b %y").date().isoformat()
    except ValueError:
        return None


def write_stories(corpus: Path, every: int, split: str | None,
                  out: Path) -> tuple[set[str], dict[str, str]]:
    """A JSONL of every ``every``-th story for ``tacitus ingest``; returns ids and URL → id."""
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        docs = sorted((json.loads(line) for line in lines), key=lambda doc: doc["docid"])
    docs = [doc for doc in docs if split is None or doc["split"] == split]
    chosen = docs[::every]
    urls: dict[str, str] = {}
    with out.open("w", encoding="utf-8") as handle:
        for doc in chosen:
            url = f"https://muc4.example/{doc['docid'].lower()}"
            urls[url] = doc["docid"]
            record = {"title": doc["docid"], "text": doc["text"], "url": url,
                      "source": doc["source"] or "FBIS", "date": story_date(doc["date"])}
            handle.write(json.dumps({k: v for k, v in record.items() if v}) + "\n")
    return {doc["docid"] for doc in chosen}, urls


def tacitus_counts(db: Path, urls: dict[str, str]) -> dict[str, Any]:
    with open_store(db, read_only=True) as store:
        events = store.events(with_reports=True)
    violent = [event for event in events if event["cameo"][:2] in VIOLENT_ROOTS]
    stories = {urls.get(mention["url"], "") for event in violent for mention in event["mentions"]}
    return {
        "events": len(events),
        "reports": sum(event["num_mentions"] for event in events),
        "violent_events": len(violent),
        "violent_reports": sum(event["num_mentions"] for event in violent),
        "violent_multi_story": sum(event["num_articles"] > 1 for event in violent),
        "violent_stories": stories - {""},
        "roots": Counter(event["cameo"][:2] for event in violent),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO_ROOT.parent / "shared")
    parser.add_argument("--every", type=int, default=1, help="take every N-th story (1 = all)")
    parser.add_argument("--split", choices=("DEV", "TST1", "TST2", "TST3", "TST4"),
                        help="only the stories of one split")
    parser.add_argument("--db", type=Path, help="database to fill (default: a temporary file)")
    options = parser.parse_args()
    muc4 = options.shared / "news" / "corpora" / "muc4"
    with tempfile.TemporaryDirectory() as folder:
        stories = Path(folder) / "muc4.jsonl"
        doc_ids, urls = write_stories(muc4 / "muc4_docs.jsonl.gz", options.every,
                                      options.split, stories)
        db = options.db or Path(folder) / "muc4.duckdb"
        settings = Settings(db_path=db)
        started = time.perf_counter()
        with open_store(db) as store:
            summary = run_ingest([str(stories)], settings=settings, store=store,
                                 coder=make_article_coder(settings))
        seconds = time.perf_counter() - started
        found = tacitus_counts(db, urls)
    templates, incidents, gold_stories = gold_counts(read_templates(muc4 / "keys"), doc_ids)
    print(f"MUC-4 stories: {len(doc_ids)} (split {options.split or 'all'}, every "
          f"{options.every}th by document id), "
          f"ingested {summary.counts} in {seconds:.0f} s on {date.today()}")
    print(f"gold: {templates} incident templates in {len(gold_stories)} stories, "
          f"{incidents} distinct incidents by (date, location, type)")
    print(f"Tacitus: {found['events']} events from {found['reports']} reports; violent (roots "
          f"17-20): {found['violent_events']} events from {found['violent_reports']} reports, "
          f"{found['violent_multi_story']} of them merged across stories")
    covered = len(found["violent_stories"] & gold_stories)
    print(f"stories with a gold incident and a violent Tacitus event: {covered} of "
          f"{len(gold_stories)}; stories with violent events but no gold incident: "
          f"{len(found['violent_stories'] - gold_stories)}")
    print("violent events by root:", dict(sorted(found["roots"].items())))


if __name__ == "__main__":
    main()
