"""The body a sentence just before was about (step 3 of ``speakers``): "it said" and "the agency
said" after "CBP announced …" stand for the main subject of a recent sentence, or for a body the
knowledge base does not know, by its name ("German chemicals maker Hessler AG … the company
said")."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.actors.knowledge import load_knowledge_base
from tacitus.model import Actor
from tacitus.quotes.affiliations import stated_country
from tacitus.quotes.spans import SUBJECT_DEPS, phrase
from tacitus.quotes.speaker_countries import Speaker, type_codes
from tacitus.quotes.view import GUESSED, DocView

# How far back a pronoun or a description looks for the person or body it stands for.
SENTENCES_BACK = 4


def main_subject(root: Token) -> bool:
    """The subject of its sentence's main verb (or named beside it)."""
    current = root
    while current.dep_ in ("compound", "flat", "appos") and current.head.i != current.i:
        current = current.head
    return current.dep_ in SUBJECT_DEPS and current.head.dep_ == "ROOT"


def latest_body(view: DocView, subject: Token, *, named: bool = False) -> Speaker | None:
    """ "CBP announced …. At the time, the agency said …": a body described by a word the text
    never named it with is the body that was the main subject of a sentence just before (its
    mention, else the organisation's name); ``named``: the speaker is given by the body's own
    words ("it" says nothing of who speaks)."""
    here = view.sentence_index(subject)
    for index in range(here, max(-1, here - SENTENCES_BACK - 1), -1):
        for token in view.sentences[index]:
            if (token.i >= subject.left_edge.i or view.quoted_in[token.i] >= 0
                    or not main_subject(token)):
                continue
            mention = view.mentions.at(token)
            if (mention is not None and mention.how not in GUESSED
                    and mention.actor.kind != "person"):
                return Speaker(mention.actor, mention.text if named else phrase(subject))
            if mention is None and token.ent_type_ == "ORG" and not named:
                return _unknown_body(view, subject, token)
    return None


def _unknown_body(view: DocView, subject: Token, name: Token) -> Speaker:
    """A body the knowledge base does not know ("German chemicals maker Hessler AG … the company
    said"): its name, in the country its own words state, of the kind the description says
    ("the company": ``BUS``)."""
    start = min((child.i for child in name.lefts if child.dep_ == "compound"
                 and child.pos_ == "PROPN"), default=name.i)
    words = view.doc[start:name.i + 1].text
    own = view.mentions.at(subject)
    kind = own.actor.code[len(own.actor.country or ""):] if own is not None else ""
    if kind not in type_codes():
        return Speaker(None, words)
    country = stated_country(view, name)
    return Speaker(Actor(code=(country or "") + kind, name=words,
                         kind=load_knowledge_base().types[kind].kind, country=country), words)
