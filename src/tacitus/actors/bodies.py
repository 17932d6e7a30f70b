"""When a bare organ of the state ("police", "officials") is not an actor mention of its own."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from tacitus.actors.actor_lexicon import RoleWord
from tacitus.actors.coreference import GOVERNMENT_NOUNS, GROUP_NOUNS, STATE_NOUNS
from tacitus.actors.matches import Atom, Draft
from tacitus.wordlists import word_set

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# the organs a state acts through: an object of its own verb that is one of them is what it used
EXECUTIVE_ORGANS = word_set("executive_organs")
DESCRIPTION_NOUNS = GOVERNMENT_NOUNS | GROUP_NOUNS | STATE_NOUNS


def is_description(doc: Doc, role: Atom) -> bool:
    """"the government", "the group": definite descriptions are coreference's to resolve."""
    return (role.end - role.start == 1 and role.start > 0
            and doc[role.start - 1].lower_ == "the"
            and doc[role.start].lower_ in DESCRIPTION_NOUNS)


def is_attached(doc: Doc, role: Atom, drafts: Sequence[Draft]) -> bool:
    """Whether a body hangs on an actor ("officials at Foggy Bottom"): that actor says it."""
    token = doc[role.end - 1]
    objects = [grandchild.i for child in token.children if child.dep_ == "prep"
               for grandchild in child.children if grandchild.dep_ == "pobj"]
    return any(draft.start <= index < draft.end for index in objects for draft in drafts)


def is_own_object(doc: Doc, role: Atom, country: str, drafts: Sequence[Draft]) -> bool:
    """Whether a body is the object of its own country's verb ("the Pentagon sent warplanes"):
    the subject already is the actor, the object is what it used. Only an executive organ
    (``executive_organs``: troops, police, officials) is used so; a court or a legislature
    the subject turns to is a side of its own ("the union asked the Supreme Court to …")."""
    token = doc[role.end - 1]
    if token.dep_ != "dobj" or not (isinstance(role.value, RoleWord)
                                    and role.value.actor_type.code in EXECUTIVE_ORGANS):
        return False
    subjects = [child.i for child in token.head.children if child.dep_ in SUBJECTS]
    return any(draft.start <= index < draft.end and draft.actor.country == country
               for index in subjects for draft in drafts)
