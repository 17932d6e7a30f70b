"""Answers built from the store and the analysis together: the CLI, the Python API and the web
share them, so the same question always gets the same answer."""

from __future__ import annotations

from typing import Any

from tacitus.analysis.profile import build_profile
from tacitus.analysis.series import dyad_series, summarise
from tacitus.store import Store


def relationship(store: Store, first: str, second: str | None, *, by: str) -> dict[str, Any]:
    """How ``first`` and ``second`` (or ``first`` and the world) relate, period by period."""
    events = store.dyad_events(first, second)
    return {"a": first, "b": second, "by": by,
            "series": [point.to_dict() for point in dyad_series(events, by)],
            "total": summarise(events, "total").to_dict()}


def actor_profile(store: Store, code: str) -> dict[str, Any]:
    """An actor's partners, adversaries, monthly trend, notable events and claims."""
    events = store.dyad_events(code, None)
    detailed = [row for row in store.events(actor=code, with_reports=True)
                if row["date"] is not None]
    return build_profile(code, events, detailed, store.claims(actor=code)).to_dict()
