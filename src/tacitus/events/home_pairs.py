"""Pairs of a body and its own country named bare ("Israel's cabinet met": ISRGOV and ISR).

``home_side`` says which actor of an event is the other's own country named bare; the decision
features read it (``own_country``) and ``scripts/home_pairs_study.py`` sorts the kept events of
that shape. The gold codes many acts within one country (rebels attacking their country, a
government appealing to its nation), and the evaluation counts a body and its country as that
country's side, so such a pair is not wrong in itself.
"""

from __future__ import annotations

from tacitus.model import Event


def home_side(event: Event) -> str:
    """Which actor is the other's own country named bare (``target``: a body acting on its
    own country, "the Kenyan cabinet praised Kenya's farmers", more often a country named
    beside the act than its target; ``source``: a country acting on one of its own bodies),
    or ``""``."""
    target = event.target
    if target is None or event.source.code == target.code or not target.country:
        return ""
    if target.code == target.country == event.source.country:
        return "target"
    if event.source.code == event.source.country == target.country:
        return "source"
    return ""
