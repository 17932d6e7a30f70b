"""Storage: coded articles in one DuckDB file, written a batch per transaction, read as dicts."""

from tacitus.store.database import Store, open_store
from tacitus.store.schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Store", "open_store"]
