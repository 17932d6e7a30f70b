"""Signs that a trigger names no act at all: features for the decision stage
(``no_act_features``).

Two readings a kept event that nothing happened in often shows, which the tense, mood and date
features do not give:

1. ``no_act=figures``: the trigger's sentence reports figures (a share, a poll, a survey: a word
   of ``figure_words.tsv``): the act is the subject of a number ("backing for the strike fell
   to a third in the poll"), a state of affairs measured, not a thing done;
2. ``no_act=stative``: the trigger is no verb and the verb of its clause is one of a state
   (``stative_verbs.tsv``: "the group has a long record of kidnappings", "the talks were a
   failure"): a copular or possessive frame describes how things stand.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.events.background import clause_verb
from tacitus.nlp.doc_memo import sentence_of
from tacitus.wordlists import word_set

FIGURE_WORDS = word_set("figure_words")
STATIVE_VERBS = word_set("stative_verbs")


def no_act_features(head: Token) -> list[str]:
    """The no-act features of the trigger headed by ``head`` (module docstring)."""
    features = []
    if reports_figures(head):
        features.append("no_act=figures")
    verb = clause_verb(head)
    if verb.i != head.i and verb.lemma_.lower() in STATIVE_VERBS:
        features.append("no_act=stative")
    return features


def reports_figures(head: Token) -> bool:
    """Whether the sentence of ``head`` names a word of ``figure_words.tsv``."""
    return any(token.lemma_.lower() in FIGURE_WORDS for token in sentence_of(head))
