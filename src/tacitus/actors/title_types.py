"""The type a run of role words gives the person or body it names, beyond its last word's.

A run's last word decides its type ("Pakistan foreign minister": ``GOV``), except where the words
around it say whose the title is: a title that names a person by their place in a body
(``body_titles``: "spokesman", "official", "leader") takes the type of the nearest body word before
it in the run that is of another type ("opposition spokesman": ``OPP``; "union official": ``LAB``;
"army spokesman": ``MIL``), and a marker a few words before the run (``title_standing_markers``:
"shadow foreign secretary", "the Shadow Foreign Affairs Minister") gives its own type.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc

from tacitus.actors.actor_lexicon import RoleWord
from tacitus.actors.knowledge import ActorType
from tacitus.wordlists import word_map, word_set

BODY_TITLES = word_set("body_titles")
STANDING_MARKERS = word_map("title_standing_markers")
# how many words before a run's first role word a standing marker may stand ("shadow foreign
# affairs minister": the portfolio's words between)
MARKER_REACH = 3


def typed_run(doc: Doc, start: int, words: Sequence[RoleWord],
              types: Mapping[str, ActorType]) -> list[RoleWord]:
    """``words`` (a run of role words whose first starts at token ``start``), the last retyped
    when a standing marker before the run or a body word inside it says whose title it is."""
    run = list(words)
    if not run:
        return run
    marked = standing_marker(doc, start)
    if marked is not None and run[-1].title:
        run[-1] = replace(run[-1], actor_type=types[marked])
        return run
    body = body_type(run)
    if body is not None:
        run[-1] = replace(run[-1], actor_type=body)
    return run


def body_type(words: Sequence[RoleWord]) -> ActorType | None:
    """The type of the nearest body word before a last title of ``body_titles`` that is of
    another type than that title ("opposition spokesman": the opposition's), if there is one."""
    last = words[-1]
    if not last.title or last.phrase.lower() not in BODY_TITLES:
        return None
    for word in reversed(words[:-1]):
        # a title before ("Justice Secretary", "executive secretary") names a portfolio or a
        # rank, not the body
        if not word.title and word.actor_type.code != last.actor_type.code:
            return word.actor_type
    return None


def standing_marker(doc: Doc, start: int) -> str | None:
    """The type code a marker gives the title starting at token ``start`` ("shadow"), when it
    stands at most ``MARKER_REACH`` words before it with only words of the title between."""
    for index in range(start - 1, max(-1, start - 1 - MARKER_REACH), -1):
        token = doc[index]
        marked = STANDING_MARKERS.get(token.lower_)
        if marked is not None:
            return marked
        if not token.is_alpha or token.is_stop:
            return None
    return None
