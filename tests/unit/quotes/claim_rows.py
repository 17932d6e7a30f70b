"""What a claims test compares: each claim as (kind, actor code, addressee code, words)."""

from __future__ import annotations

from collections.abc import Iterable

from tacitus.model import Claim


def summary(claims: Iterable[Claim]) -> list[tuple[str, str, str | None, str]]:
    return [(c.kind, c.actor.code, c.addressee.code if c.addressee else None, c.text)
            for c in claims]
