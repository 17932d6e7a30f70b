"""Answers cached per snapshot: a snapshot never changes, so an answer for it stays exact.

The key holds the snapshot's generation, so a new snapshot makes every older answer unreachable;
the least recently used answers are dropped past ``size`` entries.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

Key = tuple[int, str]
MAX_BODY = 1_000_000


class AnswerCache:
    """A thread-safe LRU map from (snapshot generation, URL) to a response body."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._answers: OrderedDict[Key, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Key) -> bytes | None:
        """The cached body, if there is one (and mark it recently used)."""
        with self._lock:
            body = self._answers.get(key)
            if body is not None:
                self._answers.move_to_end(key)
            return body

    def put(self, key: Key, body: bytes) -> None:
        """Keep a body unless caching is off or it is too large to be worth keeping."""
        if self.size <= 0 or len(body) > MAX_BODY:
            return
        with self._lock:
            self._answers[key] = body
            self._answers.move_to_end(key)
            while len(self._answers) > self.size:
                self._answers.popitem(last=False)
