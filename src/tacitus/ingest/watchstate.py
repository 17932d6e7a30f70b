"""What ``tacitus watch`` remembers per feed, in a JSON file beside the database.

The file is replaced atomically (write, fsync, rename), so a crash leaves the old or the new
state, never half of one. An item is marked seen only after its batch is committed.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from tacitus.errors import StoreError
from tacitus.ingest.polling import Validators

STATE_VERSION = 1
# enough to cover what a feed still lists; older ids fall out of the feed first
MAX_SEEN_PER_FEED = 20_000


@dataclass(slots=True)
class FeedState:
    """One feed's validators, the item keys already stored, its failures and back-off."""

    validators: Validators = field(default_factory=Validators)
    seen: dict[str, None] = field(default_factory=dict)
    attempts: dict[str, int] = field(default_factory=dict)
    failures: int = 0
    retry_at: float = 0.0

    def mark_seen(self, key: str) -> None:
        self.seen[key] = None
        self.attempts.pop(key, None)
        while len(self.seen) > MAX_SEEN_PER_FEED:
            del self.seen[next(iter(self.seen))]


def state_path(db: Path) -> Path:
    """Where the watch state of the database ``db`` lives."""
    return db.with_name(db.name + ".watch.json")


def load_state(path: Path) -> dict[str, FeedState]:
    """Every feed's state from ``path``; an absent file is an empty state."""
    if not path.exists():
        return {}
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("version") != STATE_VERSION:
            raise StoreError(f"{path}: watch state version {document.get('version')!r}, "
                             f"expected {STATE_VERSION}")
        return {feed: FeedState(
            validators=Validators(etag=entry.get("etag"),
                                  last_modified=entry.get("last_modified")),
            seen=dict.fromkeys(entry.get("seen", [])),
            attempts={str(key): int(value) for key, value in entry.get("attempts", {}).items()},
            failures=int(entry.get("failures", 0)),
            retry_at=float(entry.get("retry_at", 0.0)),
        ) for feed, entry in document["feeds"].items()}
    except (OSError, ValueError, KeyError, AttributeError, TypeError) as error:
        raise StoreError(f"cannot read the watch state {path}: {error}") from error


def save_state(path: Path, states: dict[str, FeedState]) -> None:
    """Replace the state file at ``path`` atomically."""
    document = {"version": STATE_VERSION, "feeds": {feed: {
        "etag": state.validators.etag,
        "last_modified": state.validators.last_modified,
        "seen": list(state.seen),
        "attempts": state.attempts,
        "failures": state.failures,
        "retry_at": state.retry_at,
    } for feed, state in states.items()}}
    temporary = path.with_name(path.name + ".tmp")
    try:
        with temporary.open("w", encoding="utf-8") as handle:
            json.dump(document, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        raise StoreError(f"cannot write the watch state {path}: {error}") from error
