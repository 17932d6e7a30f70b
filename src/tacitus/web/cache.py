"""Answers cached per snapshot: a snapshot never changes, so an answer for it stays exact.

The key holds the snapshot's generation, so a new snapshot makes every older answer unreachable;
the least recently used answers are dropped past ``size`` entries or ``max_bytes`` bytes of
bodies, whichever comes first.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

Key = tuple[int, str]
MAX_BODY = 1_000_000
MAX_BYTES = 64_000_000


class AnswerCache:
    """A thread-safe LRU map from (snapshot generation, URL) to a response body."""

    def __init__(self, size: int, *, max_bytes: int = MAX_BYTES) -> None:
        self.size = size
        self.max_bytes = max_bytes
        self._answers: OrderedDict[Key, bytes] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    @property
    def stored_bytes(self) -> int:
        """The bytes of the bodies (and keys) kept."""
        return self._bytes

    def get(self, key: Key) -> bytes | None:
        """The cached body, if there is one (and mark it recently used)."""
        with self._lock:
            body = self._answers.get(key)
            if body is not None:
                self._answers.move_to_end(key)
            return body

    def put(self, key: Key, body: bytes) -> None:
        """Keep a body unless caching is off or it is too large to be worth keeping."""
        if self.size <= 0 or len(body) > min(MAX_BODY, self.max_bytes):
            return
        with self._lock:
            previous = self._answers.pop(key, None)
            if previous is not None:
                self._bytes -= _cost(key, previous)
            self._answers[key] = body
            self._bytes += _cost(key, body)
            while len(self._answers) > self.size or self._bytes > self.max_bytes:
                old_key, old_body = self._answers.popitem(last=False)
                self._bytes -= _cost(old_key, old_body)


def _cost(key: Key, body: bytes) -> int:
    return len(body) + len(key[1])
