"""GDELT 2.0 rows: 61 event fields and 16 mention fields in the codebook's places."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from tacitus.actors.knowledge import load_knowledge_base
from tacitus.errors import StoreError
from tacitus.store import Store
from tacitus.store.exports import (
    GDELT_EVENT_COLUMNS,
    GDELT_MENTION_COLUMNS,
    gdelt_event_row,
    gdelt_mention_row,
)

EVENT = {
    "id": "evt_1", "date": date(2021, 9, 23), "source_code": "USAGOVMIL",
    "source_name": "US army", "source_kind": "sector", "source_country": "USA",
    "target_code": "TAL", "target_name": "Taliban", "target_kind": "group",
    "target_country": "AFG", "first_sentence": 0, "cameo": "0431", "root_code": "04",
    "quad_class": 1, "goldstein": 2.8, "num_mentions": 3, "num_sources": 2, "num_articles": 2,
    "ingested_at": datetime(2021, 9, 24, 8, 30, 5), "url": "https://example.org/a",
}


def test_event_fields_are_where_the_codebook_puts_them() -> None:
    row = dict(zip(GDELT_EVENT_COLUMNS, gdelt_event_row(EVENT, load_knowledge_base()), strict=True))
    assert len(GDELT_EVENT_COLUMNS) == 61
    assert (row["SQLDATE"], row["MonthYear"], row["Year"]) == ("20210923", "202109", "2021")
    assert row["FractionDate"] == "2021.7260"
    assert (row["Actor1Type1Code"], row["Actor1Type2Code"], row["Actor1Type3Code"]) == (
        "GOV", "MIL", "")
    assert (row["Actor1KnownGroupCode"], row["Actor2KnownGroupCode"]) == ("", "TAL")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("0431", "043", "04")
    assert (row["IsRootEvent"], row["NumMentions"], row["NumSources"]) == ("1", "3", "2")
    assert (row["DATEADDED"], row["SOURCEURL"]) == ("20210924083005", "https://example.org/a")
    assert row["ActionGeo_Lat"] == row["AvgTone"] == ""


ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "Type1Code", "Type2Code",
                "Type3Code")


@pytest.mark.parametrize(("code", "kind", "country", "expected"), [
    ("UNO", "igo", None, ("IGOUNO", "", "UNO", "IGO", "", "")),
    ("UNOPKO", "igo", None, ("IGOUNOPKO", "", "UNO", "IGO", "PKO", "")),
    ("EEC", "person", "DEU", ("IGOEEC", "DEU", "EEC", "IGO", "", "")),
    ("IGOUNO", "igo", None, ("IGOUNO", "", "UNO", "IGO", "", "")),
    ("NGOIRC", "group", None, ("NGOIRC", "", "IRC", "NGO", "", "")),
    ("IGO", "igo", None, ("IGO", "", "", "IGO", "", "")),
    ("USAMED", "group", "USA", ("USAMED", "USA", "", "MED", "", "")),
    ("TAL", "group", "AFG", ("TAL", "AFG", "TAL", "", "", "")),
    ("REB", "sector", None, ("REB", "", "", "REB", "", "")),
])
def test_actor_codes_are_written_as_gdelt_writes_them(
        code: str, kind: str, country: str | None, expected: tuple[str, ...]) -> None:
    event = {**EVENT, "source_code": code, "source_kind": kind, "source_country": country,
             "source_name": "x"}
    row = dict(zip(GDELT_EVENT_COLUMNS, gdelt_event_row(event, load_knowledge_base()), strict=True))
    found = tuple(row[f"Actor1{field}"] for field in ACTOR_FIELDS if field != "Name")
    assert found == expected


def test_a_mention_row_has_sixteen_fields() -> None:
    row = gdelt_mention_row({
        "event_id": "evt_1", "event_date": date(2021, 9, 23), "article_date": None,
        "ingested_at": datetime(2021, 9, 24, 8, 30, 5), "outlet": "Harbour Herald",
        "identifier": "https://example.org/a", "sentence_index": 2, "trigger_start": 40,
        "confidence": 0.75, "doc_length": 900})
    fields = dict(zip(GDELT_MENTION_COLUMNS, row, strict=True))
    assert len(row) == 16
    assert (fields["EventTimeDate"], fields["MentionTimeDate"]) == (
        "20210923000000", "20210924083005")
    assert (fields["SentenceID"], fields["ActionCharOffset"], fields["Confidence"]) == (
        "3", "40", "75")


def test_an_unknown_format_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="unknown export format 'csv'"):
        store.export("csv", tmp_path / "x.csv", kb=load_knowledge_base())
