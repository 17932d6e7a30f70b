"""How far a negation, a modal or a denial reaches beyond the verb that carries it.

1. A bare conjunct shares the auxiliaries of the verb it is coordinated with: "did not sign or
   ratify the accord", "will not send troops or impose sanctions", "could expel and sanction"
   (``sharing_conjunct``). A conjunct shares them when it has no subject and no auxiliary of its
   own, is not a finite verb ("did not attack and *withdrew*" tells a second act) and is not set
   against the first by a contrast ("were not killed but wounded": ``joining_conjunctions.tsv``
   holds the conjunctions that join).
2. A clause that a noun reports is denied when a verb of ``rejecting_verbs.tsv`` governs that
   noun ("denied reports that its army had shelled the villages", "dismissed claims that it
   armed the rebels") or when the noun is one of ``denied_things.tsv`` under "no" ("there is no
   evidence that Iran attacked the tanker", "no proof that …"): its act is disputed, not
   reported (``in_denied_report``). "No doubt that …" asserts: "doubt" is no denied thing; nor
   is a report that a negated verb governs ("did not deny reports that …").
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.events.clauses import is_negated
from tacitus.wordlists import word_set

JOINING_CONJUNCTIONS = word_set("joining_conjunctions")
REJECTING_VERBS = word_set("rejecting_verbs") | word_set("denying_verbs")
DENIED_THINGS = word_set("denied_things")
NEGATORS = word_set("negation_words")
VERB_POS = frozenset({"VERB", "AUX"})
# a conjunct in one of these forms carries its own tense: a second act told in its own right
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "neg"})
# how a noun's content clause hangs on it: "reports that …" (the parser reads both)
CONTENT_DEPS = frozenset({"acl", "ccomp"})
CONTENT_MARK = "that"


def sharing_conjunct(verb: Token) -> Token | None:
    """The verb whose auxiliaries and negation the bare conjunct ``verb`` shares (rule 1 of the
    module docstring), else ``None``."""
    if verb.dep_ != "conj" or verb.pos_ not in VERB_POS or verb.tag_ in FINITE_TAGS:
        return None
    first = verb.head
    if first.i == verb.i or first.pos_ not in VERB_POS:
        return None
    if any(child.dep_ in OWN_CLAUSE_DEPS for child in verb.children):
        return None
    joints = [child.lower_ for child in (*first.children, *verb.children) if child.dep_ == "cc"]
    if any(joint not in JOINING_CONJUNCTIONS for joint in joints):
        return None
    return first


def in_denied_report(verb: Token) -> bool:
    """Whether ``verb`` heads the content clause of a noun that is rejected or disproved (rule 2
    of the module docstring)."""
    if verb.dep_ not in CONTENT_DEPS or not any(
            child.dep_ == "mark" and child.lower_ == CONTENT_MARK for child in verb.children):
        return False
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.i == verb.i:
        return False
    if _denied_thing(noun):
        return True
    governor = noun.head
    if noun.dep_ == "pobj" and governor.head.i != governor.i:
        # "there is no truth in reports that …": the denied thing holds the reports
        return _denied_thing(governor.head)
    return (noun.dep_ == "dobj" and governor.lemma_.lower() in REJECTING_VERBS
            and not is_negated(governor))


def _denied_thing(noun: Token) -> bool:
    """``noun`` is a denied thing under "no": "no evidence", "no truth"."""
    return (noun.pos_ == "NOUN" and noun.lemma_.lower() in DENIED_THINGS
            and any(child.dep_ == "det" and child.lower_ in NEGATORS for child in noun.children))
