"""What stopping an event amounts to: "cut military aid" reduces aid (``stopped_codes.tsv``)."""

from __future__ import annotations

from functools import lru_cache

from tacitus.errors import KnowledgeBaseError
from tacitus.events.ontology import load_ontology
from tacitus.tables import read_packaged_table

STOPPED_TABLE = "stopped_codes.tsv"


@lru_cache(maxsize=1)
def load_stopped_codes() -> dict[str, str]:
    """The packaged table, code prefix of the event stopped → code of stopping it, with every
    code checked against the ontology (once per process)."""
    ontology = load_ontology()
    table: dict[str, str] = {}
    for row in read_packaged_table("tacitus.events", STOPPED_TABLE, ("stopped", "cameo")):
        for column in ("stopped", "cameo"):
            if row[column] not in ontology:
                raise row.fail(f"unknown CAMEO code {row[column]!r}")
        if row["stopped"] in table:
            raise row.fail(f"{row['stopped']} is listed twice")
        table[row["stopped"]] = row["cameo"]
    if not table:
        raise KnowledgeBaseError(f"{STOPPED_TABLE}: no rows")
    return table


def stopped_code(code: str) -> str | None:
    """The code of stopping an event coded ``code`` (the longest listed prefix wins), or
    ``None`` when stopping it is no event."""
    table = load_stopped_codes()
    for length in range(len(code), 1, -1):
        stopped = table.get(code[:length])
        if stopped is not None:
            return stopped
    return None
