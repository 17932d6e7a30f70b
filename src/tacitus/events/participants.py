"""Which actor mentions may take part in an event: every one but a named news agency.

The annotation guidelines make news agencies no actors at all: "(AP)" after a headline, "in a
statement received by AFP" and "told Reuters" name who carries the news, never a party to the
act it reports. A country's media as a sector ("Iranian state media") stay actors.
"""

from __future__ import annotations

from collections.abc import Sequence

from tacitus.actors.codes import is_news_agency
from tacitus.model import ActorMention


def event_participants(mentions: Sequence[ActorMention]) -> tuple[ActorMention, ...]:
    """The ``mentions`` that may be an event's source or target (module docstring)."""
    return tuple(mention for mention in mentions
                 if not is_news_agency(mention.actor.code, mention.actor.kind))
