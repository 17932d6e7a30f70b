"""The MUC-4 incident count on a tiny hand-written corpus in the MUC-4 layout."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from tacitus.evaluation.formats import GoldFormat, detect_format, evaluate_gold
from tacitus.evaluation.muc4 import read_templates, story_date
from tacitus.pipeline import make_article_coder
from tacitus.runners.scratch import merged_events
from tacitus.settings import Settings

STORIES = [
    ("TST9-MUC4-0001", "San Salvador, 12 Jan 90 -- Guerrillas attacked an army post in San Miguel "
     "on Friday, killing three soldiers, the armed forces said."),
    ("TST9-MUC4-0002", "San Salvador, 13 Jan 90 -- Rebels of the FMLN attacked a military post "
     "in San Miguel on Friday and killed three soldiers, a military spokesman said."),
    ("TST9-MUC4-0003", "Bogota, 14 Jan 90 -- The Colombian government announced a new coffee "
     "export policy on Saturday."),
]


def key(docid: str, number: str, incident: tuple[str, str, str] | None) -> str:
    date, location, kind = incident or ("*", "*", "*")
    return (f"0.  MESSAGE: ID                     {docid} (TEST)\n"
            f"1.  MESSAGE: TEMPLATE               {number if incident else '*'}\n"
            f"2.  INCIDENT: DATE                  {date}\n"
            f"3.  INCIDENT: LOCATION              {location}\n"
            f"4.  INCIDENT: TYPE                  {kind}\n\n")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("muc4")
    with gzip.open(folder / "muc4_docs.jsonl.gz", "wt", encoding="utf-8") as docs:
        for docid, text in STORIES:
            docs.write(json.dumps({"docid": docid, "split": "TST9", "date": "12 JAN 90",
                                   "source": None, "text": text}) + "\n")
    (folder / "keys").mkdir()
    incident = ("12 JAN 90", "EL SALVADOR: SAN MIGUEL (CITY)", "ATTACK")
    with gzip.open(folder / "keys" / "key-tst9.gz", "wt", encoding="latin-1") as keys:
        keys.write(key(STORIES[0][0], "1", incident) + key(STORIES[1][0], "1", incident)
                   + key(STORIES[2][0], "1", None))
    return folder


def test_the_folder_is_recognised(corpus: Path) -> None:
    assert detect_format(corpus) is GoldFormat.muc4


def test_templates_and_dates_are_read(corpus: Path) -> None:
    templates = read_templates(corpus / "keys")
    assert [template[1] for template in templates] == ["1", "1", "*"]
    assert templates[0][3] == "EL SALVADOR: SAN MIGUEL (CITY)"
    assert story_date("12 JAN 90") == "1990-01-12"
    assert story_date("sometime") is None


def test_incidents_are_counted_on_both_sides(corpus: Path) -> None:
    evaluation = evaluate_gold(corpus, lambda: make_article_coder(Settings()),
                               merge_stories=merged_events)
    figures = {figure.key: figure for figure in evaluation.figures}
    assert evaluation.n == 3
    assert (figures["gold_incidents"].value, figures["gold_incidents"].n) == (1, 2)
    assert figures["violent_events"].value >= 1, "two plain attack reports give a violent event"
    assert figures["violent_events"].n >= figures["violent_events"].value
    assert figures["story_recall"].n == 2 and figures["story_false_alarm"].n == 1
    assert figures["story_false_alarm"].value == 0.0, "a coffee policy is not violence"
    assert 0.0 < figures["story_recall"].value <= 1.0
