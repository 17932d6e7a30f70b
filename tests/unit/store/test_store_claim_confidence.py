"""A claim's confidence (the claim decision stage's probability) is stored and read back, and a
store written before it existed (schema version 3) gets the column, empty, when opened."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import duckdb
from store_factories import MakeCoded

from tacitus.store import SCHEMA_VERSION, Store, open_store


def test_a_claims_confidence_reads_back(store: Store, make_coded: MakeCoded) -> None:
    coded = make_coded()
    assert coded.claims
    decided = replace(coded, claims=tuple(replace(claim, confidence=0.73)
                                          for claim in coded.claims))
    store.write_article(decided)
    assert [claim["confidence"] for claim in store.claims()] == [0.73] * len(coded.claims)
    assert store.claims() == [claim.to_dict() for claim in decided.claims]


def test_a_version_3_store_gets_the_confidence_column(db_path: Path, make_coded: MakeCoded
                                                      ) -> None:
    coded = make_coded()
    with open_store(db_path) as store:
        store.write_article(coded)
    connection = duckdb.connect(str(db_path))
    connection.execute("ALTER TABLE claims DROP COLUMN confidence")
    connection.execute("DELETE FROM schema_version")
    connection.execute("INSERT INTO schema_version VALUES (3, now())")
    connection.close()
    with open_store(db_path, read_only=True) as store:
        # read-only: an old store is read as it is, its claims with no confidence
        assert [claim["confidence"] for claim in store.claims()] == [None] * len(coded.claims)
    with open_store(db_path) as store:
        assert [claim["confidence"] for claim in store.claims()] == [None] * len(coded.claims)
        versions = store.sql("SELECT version FROM schema_version ORDER BY 1").fetchall()
    assert versions == [(3,), (SCHEMA_VERSION,)]
