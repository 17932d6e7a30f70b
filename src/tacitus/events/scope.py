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
3. An act that is the infinitive or the gerund of a noun ("plans to send troops", "the
   intention of attacking") is not done when that noun is under "no" ("has no plans to send
   troops", "found no evidence to charge him"), or is the object of a negated verb ("did not
   make any effort to free them"), of a verb of ``rejecting_verbs.tsv`` ("rejected an offer to
   mediate") or of one of ``unasserting_governors.tsv`` ("wants a deal to end the war"), through
   up to ``MAX_NOUNS`` nouns linked by "of" ("had no knowledge of any efforts to urge Kiev")
   (``in_undone_complement``).
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.events.clauses import has_infinitive_marker, is_negated
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
UNDOING_GOVERNORS = REJECTING_VERBS | word_set("unasserting_governors")
GERUND_PREPOSITIONS = word_set("gerund_prepositions")
MAX_NOUNS = 3
NOUN_CLAUSE_DEPS = frozenset({"acl", "relcl"})


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


def in_undone_complement(verb: Token) -> bool:
    """Whether ``verb`` is the infinitive or gerund of a noun that is under "no" or that a negated
    or undoing verb governs (rule 3 of the module docstring)."""
    noun = _complemented_noun(verb)
    for _ in range(MAX_NOUNS):
        if noun is None:
            return False
        if any(child.dep_ == "det" and child.lower_ in NEGATORS for child in noun.children):
            return True
        governor = noun.head
        if noun.dep_ == "dobj":
            return is_negated(governor) or governor.lemma_.lower() in UNDOING_GOVERNORS
        # "no knowledge of any efforts to urge": climb to the noun the "of" phrase belongs to
        holder = governor.head
        noun = (holder if noun.dep_ == "pobj" and governor.lower_ == "of"
                and holder.pos_ == "NOUN" and holder.i != governor.i else None)
    return False


def _complemented_noun(verb: Token) -> Token | None:
    """The noun ``verb`` is the to-infinitive ("plans to send") or the gerund ("intention of
    sending") of, else ``None``."""
    governor = verb.head
    # the parser reads the infinitive as a clause of the noun or, now and then, a relative one
    if verb.dep_ in NOUN_CLAUSE_DEPS and has_infinitive_marker(verb):
        return governor if governor.pos_ == "NOUN" else None
    if (verb.dep_ == "pcomp" and governor.lower_ in GERUND_PREPOSITIONS
            and governor.head.pos_ == "NOUN" and governor.head.i != governor.i):
        return governor.head
    return None
