"""Seat names other countries' bodies share ("Congress"): which country's body a story means.

A seat name in ``countries.tsv`` names one country's organ wherever it appears ("the Pentagon"),
but a few are also what other countries call their own body: "Congress" is the US legislature,
and also Spain's, the Philippines', much of Latin America's, and India's Congress party
(``shared_seats.tsv``). In a story set in one of those countries (its dateline, else the country
that dominates the text), the bare name is that country's body.
"""

from __future__ import annotations

from functools import cache

from tacitus.actors.knowledge import Country, KnowledgeBase
from tacitus.actors.matches import state_actor
from tacitus.datatables import read_packaged_table
from tacitus.model import Actor

TABLE = "shared_seats.tsv"
COLUMNS = ("seat", "country", "organ")


@cache
def shared_seats() -> dict[str, dict[str, str]]:
    """Seat name (lower case) -> country -> organ, from ``shared_seats.tsv``."""
    table: dict[str, dict[str, str]] = {}
    for row in read_packaged_table("tacitus.actors", TABLE, COLUMNS):
        table.setdefault(row["seat"].lower(), {})[row["country"]] = row["organ"]
    return table


def is_shared_seat(text: str) -> bool:
    return text.lower() in shared_seats()


def seat_in(kb: KnowledgeBase, text: str, story: Country) -> Actor | None:
    """The body called ``text`` of the country a story is set in, if it has one by that name."""
    organ = shared_seats().get(text.lower(), {}).get(story.code)
    if organ is None:
        return None
    return state_actor(story, kb.types[organ], (text.lower(),))
