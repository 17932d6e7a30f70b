"""What a trigger's clause says that sets its act aside from the story's news: features for the
decision stage (``aside_features``).

Three readings of the verb of the trigger's clause (the trigger itself when it is a verb) that
the tense, mood and date features do not give:

1. ``aside_argument=negated``: its subject or object is nothing at all ("no hostages have been
   taken", "nobody was hurt", "gave no details"; ``negative_quantifiers.tsv``); the negation of
   the verb itself is read elsewhere;
2. ``aside_adverb`` (and ``aside_adverb=WORD``): an adverb of ``earlier_adverbs.tsv`` sets the
   act before the news or in a narrative retold ("captured three days ago", "had already
   agreed", "then opened fire");
3. ``aside_clause=WORD``: the clause is an adverbial clause (or a gerund) opened by a word of
   ``temporal_marks.tsv`` that times another act by this one ("after she suspended her
   campaign", "before leaving on his trip").

Measured and left out (round twenty-one, ``train_decision.py --check``): an adverb of hedging on
the trigger or its clause ("reportedly abducted", "apparently carried out") and a trigger inside
parentheses, each rarely right on train (1 of 66 and 2 of 106 candidates) but too rare to move
the model: train out of fold F1 (mean of five repeats) rn 0.447 -> 0.446, rt unchanged, ru up
0.0004, dev F1 0.356 -> 0.362.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.events.background import VERB_POS, clause_verb
from tacitus.wordlists import word_set

EARLIER_ADVERBS = word_set("earlier_adverbs")
TEMPORAL_MARKS = word_set("temporal_marks")
NEGATIVE_QUANTIFIERS = word_set("negative_quantifiers")
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
ADVERB_DEPS = frozenset({"advmod", "npadvmod"})


def aside_features(head: Token) -> list[str]:
    """The aside features of the trigger headed by ``head`` (module docstring)."""
    verb = clause_verb(head)
    if verb.pos_ not in VERB_POS:
        return []
    features = []
    if any(child.dep_ in ARGUMENT_DEPS and _nothing(child) for child in verb.children):
        features.append("aside_argument=negated")
    adverb = next((child.lower_ for child in verb.children
                   if child.dep_ in ADVERB_DEPS and child.lower_ in EARLIER_ADVERBS), None)
    if adverb is not None:
        features += ["aside_adverb", f"aside_adverb={adverb}"]
    mark = timing_mark(verb)
    if mark is not None:
        features.append(f"aside_clause={mark}")
    return features


def timing_mark(verb: Token) -> str | None:
    """The word of ``temporal_marks.tsv`` that opens the clause of ``verb`` ("after they met")
    or governs it as a gerund ("before leaving"), else ``None``."""
    if verb.dep_ == "advcl":
        marks = [child.lower_ for child in verb.children if child.dep_ == "mark"]
        return marks[0] if marks and marks[0] in TEMPORAL_MARKS else None
    if verb.dep_ == "pcomp" and verb.head.lower_ in TEMPORAL_MARKS:
        return verb.head.lower_
    return None


def _nothing(argument: Token) -> bool:
    return argument.lower_ in NEGATIVE_QUANTIFIERS or any(
        child.dep_ == "det" and child.lower_ in NEGATIVE_QUANTIFIERS
        for child in argument.children)

