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

On train each is right less often than the candidates as a whole (figures 8 of 140, stative 103 of
718, against 0.170), in every draw. Measured (round twenty-four, ``train_decision.py``, train out of
fold F1 as the mean of five repeats, base rn 0.4376, rt 0.3958, ru 0.3506, dev F1 0.396): the two
together rn 0.4378, rt 0.3960, ru 0.3494, precision up in each draw (about 0.003), dev F1 0.399;
the stative frame alone rn 0.4384, rt 0.3948, ru 0.3496 (dev 0.399). Left out: a trigger read as
a verb in a noun's place (a compound or modifier: a name taken for a verb, "ram" before a name;
40 train candidates, 2 right) with the figures, F1 rn 0.4372, rt 0.3964, ru 0.3500, dev 0.397.
"poll" also names an election ("boycotting the presidential poll"): a golden output lost that act.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tacitus.events.background import clause_verb
from tacitus.nlp.doc_memo import DocMemo, lemmas_of, sentence_of
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


def _names_figures(doc: Doc, sentence: tuple[int, int]) -> bool:
    lowered = lemmas_of(doc).lowered
    return any(lemma in FIGURE_WORDS for lemma in lowered[sentence[0]:sentence[1]])


_FIGURE_SENTENCES: DocMemo[tuple[int, int], bool] = DocMemo(_names_figures)


def reports_figures(head: Token) -> bool:
    """Whether the sentence of ``head`` names a word of ``figure_words.tsv`` (read once per
    sentence: every candidate of its triggers asks)."""
    sentence = sentence_of(head)
    return _FIGURE_SENTENCES.get(head.doc, (sentence.start, sentence.end))
