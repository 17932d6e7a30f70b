"""Labels: "called the attacks repugnant", "termed the proposal discriminatory", "described Arafat
as one of the giants of the century", and what a speaker says something is ("said that the attacks
were repugnant", "said the talks were a welcome move").

A labelling verb (``labelling_verbs.tsv``) with a label (a predicative complement, or after its
object a second object or an "as" phrase) is coded by its label: a condemning word in it
(``evaluative_words.tsv``) makes a criticism (111), a praising one praise (051); any other label
("called the group an important force") codes nothing, and the verb's own lexicon reading (a
phone call, 041) is no reading of it. A reporting verb (``reporting_verbs.tsv``) labels the subject
of its complement clause when that clause is a plain "be" with a predicate ("the attacks were
repugnant"); a negated one labels nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.events.lexicon import Entry
from tacitus.events.lexicon_matching import VERB_POS, Trigger
from tacitus.wordlists import word_map, word_set

LABELLING_VERBS = word_set("labelling_verbs")
REPORTING_VERBS = word_set("reporting_verbs")
NEGATIONS = word_set("negation_words")
PREDICATE_DEPS = frozenset({"acomp", "attr"})
EVALUATIONS = word_map("evaluative_words")
OBJECT_DEPS = frozenset({"dobj", "obj"})
COMPLEMENT_DEPS = frozenset({"oprd", "xcomp", "acomp", "ccomp", "dobj", "obj"})
# a label is a phrase, not a clause: only its first words are read
MAX_LABEL = 12


def label_words(verb: Token) -> list[Token] | None:
    """The words of the label a labelling verb gives its object, or ``None`` when ``verb`` gives
    none (not a labelling verb, or no label)."""
    if verb.lemma_.lower() in REPORTING_VERBS:
        copula = _labelling_copula(verb)
        if copula is None:
            return None
        predicate = next(child for child in copula.children if child.dep_ in PREDICATE_DEPS)
        return list(predicate.subtree)[:MAX_LABEL]
    if verb.lemma_.lower() not in LABELLING_VERBS:
        return None
    predicative = [child for child in verb.children
                   if child.dep_ == "oprd" and child.pos_ not in VERB_POS]
    if predicative:
        # "called the raid barbaric" (parsed at times as one phrase under the label)
        return list(predicative[0].subtree)[:MAX_LABEL]
    objects = [child for child in verb.children if child.dep_ in OBJECT_DEPS]
    if not objects:
        return None
    for child in verb.children:
        # a verb after the object is a purpose ("called the president to congratulate him")
        if child.i > objects[0].i and child.pos_ not in VERB_POS and (
                child.dep_ in COMPLEMENT_DEPS or (child.dep_ == "prep" and child.lower_ == "as")):
            return list(child.subtree)[:MAX_LABEL]
    return None


def label_trigger(verb: Token, words: list[Token]) -> Trigger | None:
    """The criticism or praise a label makes, or ``None`` for a label that does neither."""
    code = next((EVALUATIONS[word.lemma_.lower()] for word in words
                 if word.lemma_.lower() in EVALUATIONS), None)
    if code is None:
        return None
    copula = _labelling_copula(verb) if verb.lemma_.lower() in REPORTING_VERBS else None
    # what is labelled: the object of "called", the subject of the reported "… was repugnant"
    objects = ([child for child in copula.children if child.dep_ == "nsubj"] if copula is not None
               else [child for child in verb.children if child.dep_ in OBJECT_DEPS])
    entry = Entry(kind="verb", words=(verb.lemma_.lower(),), cameo=code)
    return Trigger(verb, entry, code, (verb,), object_token=objects[0] if objects else None)


def _labelling_copula(verb: Token) -> Token | None:
    """The "be" of the complement clause of a reporting verb that says what its subject is
    ("said that the attacks were repugnant"), unless negated."""
    for child in verb.children:
        if (child.dep_ == "ccomp" and child.lemma_.lower() == "be"
                and any(item.dep_ == "nsubj" for item in child.children)
                and any(item.dep_ in PREDICATE_DEPS for item in child.children)
                and not any(item.dep_ == "neg" or item.lower_ in NEGATIONS
                            for item in child.children)):
            return child
    return None
