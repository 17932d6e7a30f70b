"""A speaker's own description that states their standing ("the Opposition leader", "the shadow
treasurer", "the leader of the opposition") outranks the code of the person it stands for: a
description the quote stage resolved to "The Labor leader, Simon Crean" (read as the
government's) speaks for the opposition. The standings are the types the title standing markers
give (``title_standing_markers``: ``OPP``); a description states one by a marker among its words
or by a title of that type ending in its head ("opposition leader", "leader of the
opposition")."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from tacitus.actors.knowledge import load_knowledge_base
from tacitus.actors.title_types import STANDING_MARKERS
from tacitus.quotes.affiliations import name_top
from tacitus.quotes.speaker_countries import Speaker
from tacitus.quotes.view import DocView

# the words before a title's head that are part of it ("opposition leader", "shadow minister")
TITLE_MODIFIER_DEPS = frozenset({"compound", "amod"})


@cache
def standing_titles() -> dict[tuple[str, ...], str]:
    """The titles of the standing types ("opposition leader", "leader of the opposition"), as
    lower-case words, with their type code; one-word titles ("dissident") state no standing of
    a person already coded."""
    kb = load_knowledge_base()
    return {tuple(phrase.lower().split()): code
            for code in sorted(set(STANDING_MARKERS.values()))
            for phrase in kb.types[code].titles if len(phrase.split()) > 1}


def stated_standing(view: DocView, subject: Token, speaker: Speaker) -> Speaker:
    """``speaker`` with the standing its own description ``subject`` states, in place of the
    type of the person the description stands for."""
    actor = speaker.actor
    if actor is None:
        return speaker
    code = standing_of(name_top(view, subject))
    stated = f"{actor.country or ''}{code}"
    if code is None or actor.code == stated:
        return speaker
    return Speaker(replace(actor, code=stated), speaker.text)


def standing_of(title: Token) -> str | None:
    """The standing type a title's own words state, if any."""
    if title.pos_ not in ("NOUN", "PROPN"):
        return None
    before = [child for child in title.children
              if child.dep_ in TITLE_MODIFIER_DEPS and child.i < title.i]
    for child in before:
        marked = STANDING_MARKERS.get(child.lower_)
        if marked is not None:
            return marked
    head = title.lemma_.lower()
    words = (*(token.lower_ for token in before), head)
    # "the leader of the opposition": the title's own "of" phrase
    after = (head, *(token.lower_ for child in title.children
                     if child.dep_ == "prep" and child.i > title.i for token in child.subtree))
    titles = standing_titles()
    for phrase, code in titles.items():
        if words[-len(phrase):] == phrase or after[:len(phrase)] == phrase:
            return code
    return None
