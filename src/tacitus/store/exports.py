"""Exports of the merged events: GDELT 2.0 event and mention tables, Parquet, JSONL.

GDELT 2.0 layouts (tab-separated, no header, 61 event columns, 16 mention columns), with these
deviations from GDELT's codebook:

- GLOBALEVENTID is Tacitus's stable event id (``evt_`` + 16 hex digits), not an integer;
- ethnic and religion codes, AvgTone, MentionDocTone, translation info and every geography field
  are empty: Tacitus does not code them;
- actor codes as GDELT writes them: Tacitus codes an intergovernmental organisation by its own
  unit (``UNO``, ``UNOPKO``), GDELT puts the ``IGO`` sector first, so the export writes Actor1Code
  ``IGOUNO`` (``IGOUNOPKO``) with KnownGroupCode ``UNO`` and Type1Code ``IGO``, as in GDELT's own
  rows for the UN. KnownGroupCode is the organisation's unit (``UNO``, ``IRC`` for ``NGOIRC``) or
  the known group's code (``TAL``), else empty; Type1–3Code are the code's type units in order
  (``IGOUNOPKO``: ``IGO``, ``PKO``; ``USAGOVMIL``: ``GOV``, ``MIL``; a bare ``REB``: ``REB``);
- IsRootEvent is 1 when the event's first report is in the article's first sentence;
- DATEADDED is when the event's article was ingested (UTC); SOURCEURL its URL, else its origin;
- mentions: MentionType is always 1 (web), Actor1/2CharOffset are -1 (an actor's offset in the
  evidence is not stored per report), ActionCharOffset is the trigger's offset into the article,
  SentenceID counts from 1, Confidence is the coder's confidence × 100.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

import duckdb

from tacitus.actors.codes import code_units
from tacitus.actors.knowledge import KnowledgeBase
from tacitus.errors import StoreError
from tacitus.store.reports import (
    OUTLET_SQL,
    coded_event_sql,
    merged_schema,
    select_events_with_reports,
)

EXPORT_FORMATS = ("gdelt", "gdelt-mentions", "parquet", "jsonl")

GDELT_EVENT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{field}" for n in (1, 2) for field in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{prefix}Geo_{field}" for prefix in ("Actor1", "Actor2", "Action") for field in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
GDELT_MENTION_COLUMNS = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo",
    "Extras",
)

_EVENTS = f"""
SELECT e.*, first.sentence_index AS first_sentence, a.ingested_at, coalesce(a.url, a.origin) AS url,
       (SELECT count(*) FROM event_mentions AS m WHERE m.event_id = e.id) AS num_mentions,
       (SELECT count(DISTINCT m.article_id) FROM event_mentions AS m
        WHERE m.event_id = e.id) AS num_articles,
       (SELECT count(DISTINCT {OUTLET_SQL}) FROM event_mentions AS m
        LEFT JOIN articles AS a ON a.id = m.article_id WHERE m.event_id = e.id) AS num_sources
FROM events AS e
LEFT JOIN articles AS a ON a.id = e.article_id
LEFT JOIN (SELECT event_id, article_id, min(sentence_index) AS sentence_index
           FROM event_mentions GROUP BY event_id, article_id) AS first
       ON first.event_id = e.id AND first.article_id = e.article_id
ORDER BY e.date NULLS LAST, e.id
"""
_MENTIONS = """
SELECT m.event_id, e.date AS event_date, a.date AS article_date, a.ingested_at,
       {outlet} AS outlet, coalesce(a.url, a.origin, m.article_id) AS identifier,
       m.sentence_index, m.trigger_start, c.confidence, length(a.text) AS doc_length
FROM event_mentions AS m
JOIN events AS e ON e.id = m.event_id
LEFT JOIN articles AS a ON a.id = m.article_id
LEFT JOIN {coded_table} AS c ON c.id = {coded_id}
ORDER BY e.date NULLS LAST, m.event_id, m.article_id, m.sentence_index, m.trigger_start
"""


def _fetch(connection: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    cursor = connection.execute(sql)
    names = [column[0] for column in cursor.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _day(value: date | None) -> str:
    return value.strftime("%Y%m%d") if value else ""


def _stamp(value: datetime | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y%m%d%H%M%S")
    return value.strftime("%Y%m%d") + "000000"


def _actor_fields(code: str | None, name: str | None, country: str | None,
                  kb: KnowledgeBase) -> list[str]:
    if code is None:
        return [""] * 10
    gdelt = kb.organisation_units.gdelt(code)
    units = code_units(gdelt)
    group = kb.organisation_units.unit_of(gdelt) or (units[0] if units[0] in kb.groups else "")
    types = [unit for unit in units if unit in kb.types and unit != group][:3]
    return [gdelt, name or "", country or "", group, "", "", "", *types, *[""] * (3 - len(types))]


def gdelt_event_row(row: dict[str, Any], kb: KnowledgeBase) -> list[str]:
    """One GDELT 2.0 event row (61 fields) from a merged event with its counts; ``kb`` knows how
    GDELT writes each actor code."""
    day: date | None = row["date"]
    fraction = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else ""
    return [
        row["id"], _day(day), day.strftime("%Y%m") if day else "", str(day.year) if day else "",
        fraction,
        *_actor_fields(row["source_code"], row["source_name"], row["source_country"], kb),
        *_actor_fields(row["target_code"], row["target_name"], row["target_country"], kb),
        "1" if row["first_sentence"] == 0 else "0", row["cameo"], row["cameo"][:3],
        row["root_code"], str(row["quad_class"]), f"{row['goldstein']:g}",
        str(row["num_mentions"]), str(row["num_sources"]), str(row["num_articles"]), "",
        *[""] * 24,
        _stamp(row["ingested_at"]), row["url"] or "",
    ]


def gdelt_mention_row(row: dict[str, Any]) -> list[str]:
    """One GDELT 2.0 mention row (16 fields)."""
    confidence = row["confidence"]
    return [
        row["event_id"], _stamp(row["event_date"]),
        _stamp(row["article_date"] or row["ingested_at"]), "1", row["outlet"] or "",
        row["identifier"] or "", str(row["sentence_index"] + 1), "-1", "-1",
        str(row["trigger_start"]), "1",
        str(round(confidence * 100)) if confidence is not None else "",
        str(row["doc_length"] or 0), "", "", "",
    ]


def _write_tsv(handle: TextIO, rows: Iterable[Sequence[str]],
               header: Sequence[str] | None) -> int:
    if header is not None:
        handle.write("\t".join(header) + "\n")
    count = 0
    for row in rows:
        # a GDELT field never holds a tab or a line break; names and URLs could
        handle.write("\t".join(" ".join(str(field).split()) for field in row) + "\n")
        count += 1
    return count


def export(connection: duckdb.DuckDBPyConnection, output_format: str, out: Path | TextIO, *,
           kb: KnowledgeBase, header: bool = False) -> int:
    """Write the merged events (or their mentions) to ``out``, a file or an open text stream
    (not for Parquet); ``header`` puts the column names first in the GDELT tables. Returns the
    number of rows."""
    if output_format not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {output_format!r}: "
                         f"expected one of {', '.join(EXPORT_FORMATS)}")
    if header and not output_format.startswith("gdelt"):
        raise StoreError(f"a header row is for the GDELT tables; {output_format} names its "
                         "columns already")
    if not isinstance(out, Path):
        if output_format == "parquet":
            raise StoreError("Parquet is binary: write it to a file, not to a stream")
        return _export(connection, output_format, out, kb, header)
    if out.parent != Path() and not out.parent.is_dir():
        raise StoreError(f"cannot write {out}: no folder {out.parent}")
    try:
        if output_format == "parquet":
            return _write_parquet(connection, out)
        with out.open("w", encoding="utf-8", newline="") as handle:
            return _export(connection, output_format, handle, kb, header)
    except OSError as error:
        raise StoreError(f"cannot write {out}: {error.strerror or error}") from error


def _export(connection: duckdb.DuckDBPyConnection, output_format: str, handle: TextIO,
            kb: KnowledgeBase, header: bool) -> int:
    if output_format == "gdelt":
        return _write_tsv(handle, (gdelt_event_row(row, kb) for row in _fetch(connection, _EVENTS)),
                          GDELT_EVENT_COLUMNS if header else None)
    if output_format == "gdelt-mentions":
        sql = _MENTIONS.format(
            outlet=OUTLET_SQL, coded_id=coded_event_sql(connection),
            coded_table="coded_events" if merged_schema(connection) else "events")
        return _write_tsv(handle, (gdelt_mention_row(row) for row in _fetch(connection, sql)),
                          GDELT_MENTION_COLUMNS if header else None)
    rows = select_events_with_reports(connection, actor=None, since=None, until=None, limit=None)
    for record in rows:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(rows)


def _write_parquet(connection: duckdb.DuckDBPyConnection, out: Path) -> int:
    # one flat row per merged event: the events columns, its report counts and its article's URL
    connection.sql(_EVENTS).write_parquet(str(out))
    row = connection.execute("SELECT count(*) FROM events").fetchone()
    return int(row[0]) if row else 0
