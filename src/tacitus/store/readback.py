"""Database rows read back as plain, JSON-ready dicts shaped like the model's ``to_dict()``."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

Record = dict[str, Any]


def iso(value: date | datetime | None) -> str | None:
    """A date as ``YYYY-MM-DD``; a (UTC) timestamp as ISO 8601 with its offset."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC).isoformat()
    return value.isoformat()


def actor(row: Record, prefix: str) -> Record | None:
    """The actor stored in a row's ``{prefix}_*`` columns, as ``Actor.to_dict()``."""
    code = row[f"{prefix}_code"]
    if code is None:
        return None
    return {
        "code": code,
        "name": row[f"{prefix}_name"],
        "kind": row[f"{prefix}_kind"],
        "country": row[f"{prefix}_country"],
        "roles": list(row[f"{prefix}_roles"] or ()),
    }


def event_record(row: Record) -> Record:
    """An events row joined with its event mention, keyed as ``Event.to_dict()``."""
    return {
        "id": row["id"],
        "source": actor(row, "source"),
        "target": actor(row, "target"),
        "cameo": row["cameo"],
        "cameo_name": row["cameo_name"],
        "plover": row["plover"],
        "plover_mode": row["plover_mode"],
        "goldstein": row["goldstein"],
        "quad_class": row["quad_class"],
        "date": iso(row["date"]),
        "sentence": row["sentence"],
        "sentence_index": row["sentence_index"],
        "start": row["start"],
        "end": row["end"],
        "trigger": row["trigger"],
        "trigger_start": row["trigger_start"],
        "trigger_end": row["trigger_end"],
        "confidence": row["confidence"],
        "article_id": row["article_id"],
        "location": place(row),
    }


def place(row: Record) -> Record | None:
    """The ``place_*`` columns of a row as ``Place.to_dict()``, or None when it has no place."""
    if row.get("place_name") is None:
        return None
    return {"name": row["place_name"], "country": row["place_country"], "lat": row["place_lat"],
            "lon": row["place_lon"], "feature": row["place_feature"]}


def quote_record(row: Record) -> Record:
    """A quotes row keyed as ``Quote.to_dict()``."""
    return {
        "id": row["id"],
        "speaker": actor(row, "speaker"),
        "speaker_text": row["speaker_text"],
        "cue": row["cue"],
        "text": row["text"],
        "direct": row["direct"],
        "start": row["start"],
        "end": row["end"],
        "sentence_index": row["sentence_index"],
        "article_id": row["article_id"],
        "date": iso(row["date"]),
    }


def claim_record(row: Record) -> Record:
    """A claims row keyed as ``Claim.to_dict()``."""
    return {
        "id": row["id"],
        "kind": row["kind"],
        "actor": actor(row, "actor"),
        "addressee": actor(row, "addressee"),
        "text": row["text"],
        "topic": row["topic"],
        "start": row["start"],
        "end": row["end"],
        "sentence": row["sentence"],
        "sentence_index": row["sentence_index"],
        "article_id": row["article_id"],
        "date": iso(row["date"]),
        # a store of schema version 3 or older, read as it is, has no confidence column
        "confidence": row.get("confidence"),
    }


def article_record(row: Record) -> Record:
    """An articles row keyed as ``Article.to_dict()``, plus ``ingested_at``."""
    return {
        "id": row["id"],
        "title": row["title"],
        "date": iso(row["date"]),
        "url": row["url"],
        "source": row["source"],
        "author": row["author"],
        "language": row["language"],
        "origin": row["origin"],
        "content_hash": row["content_hash"],
        "text": row["text"],
        "ingested_at": iso(row["ingested_at"]),
    }


def timestamps(row: Record, *columns: str) -> Record:
    """The row with its timestamp ``columns`` as ISO strings."""
    return {**row, **{column: iso(row[column]) for column in columns}}
