"""The words of the roles the knowledge base gives countries and groups: titles a person holds
("ambassador", "spokesman") and the bodies they serve in ("ministry")."""

from __future__ import annotations

from functools import cache

from tacitus.actors.knowledge import load_knowledge_base


@cache
def role_words() -> frozenset[str]:
    """The last words of the roles a country or group has ("officials", "spokesman"): "Taliban
    officials" are the Taliban's, not about them."""
    return frozenset(phrase.split()[-1].lower() for kind in load_knowledge_base().types.values()
                     for phrase in (*kind.titles, *kind.bodies))


@cache
def title_words() -> frozenset[str]:
    """The last words of the titles a person holds ("general", "envoy", "spokesman"), not of the
    bodies ("newspaper", "ministry")."""
    return frozenset(phrase.split()[-1].lower() for kind in load_knowledge_base().types.values()
                     for phrase in kind.titles) - frozenset(
        phrase.split()[-1].lower() for kind in load_knowledge_base().types.values()
        for phrase in kind.bodies)


@cache
def person_title_heads() -> frozenset[str]:
    """The words that name a person by a title ("minister", "spokesman", "secretary"): the head
    of each title, the word before "of" in one such as "secretary of state" (whose last word names
    no person), and none that is also a body's last word ("ministry", "council")."""
    heads = set()
    for kind in load_knowledge_base().types.values():
        for phrase in kind.titles:
            words = phrase.lower().split()
            heads.add(words[words.index("of") - 1] if "of" in words[1:] else words[-1])
    bodies = {phrase.split()[-1].lower() for kind in load_knowledge_base().types.values()
              for phrase in kind.bodies}
    return frozenset(heads - bodies)
