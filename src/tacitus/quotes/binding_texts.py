"""A claim cue whose subject is a binding text ("the law requires schools to fly the flag",
"the accord calls for the troops to leave"): the text states an obligation in force, not a
claim any actor makes by it, so the actor named near it is no claimant."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.quotes.cue_subjects import RELATIVE_TAGS
from tacitus.quotes.spans import SUBJECT_DEPS
from tacitus.wordlists import word_set

BINDING_TEXTS = word_set("binding_texts")


def is_bound_by_text(cue: Token) -> bool:
    """Whether the subject of the claim cue ``cue`` (its own, or the noun a relative clause
    describes) is a binding text."""
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None and cue.dep_ == "acl":
        subject = cue.head  # "a new law requiring schools to …"
    elif subject is not None and subject.tag_ in RELATIVE_TAGS and cue.dep_ == "relcl":
        subject = cue.head  # "a law that requires …": the noun the relative pronoun stands for
    if subject is None or subject.lemma_.lower() not in BINDING_TEXTS:
        return False
    # "the Constitution", "the Patriot Act", but never a person named "Bill"
    return subject.pos_ == "NOUN" or (
        subject.pos_ == "PROPN" and any(c.dep_ == "det" for c in subject.children))
