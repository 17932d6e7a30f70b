"""Where a person acts and what they say, not whose they are: the places a sentence hangs on the
person's own verb ("Minister X told reporters in Brussels", "held talks in Berlin", "Speaking in
Washington, Minister X said") and the clause they are said to say ("“We hope India and Pakistan
…,” spokesman X said"). Both are weak grounds for a titled person's country: a venue is used only
when nothing else in the text places them, what they say only when not even a venue does."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from tacitus.nlp.doc_memo import root_of
from tacitus.wordlists import word_set

VENUE_PREPOSITIONS = word_set("venue_prepositions")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
VERB_POS = frozenset({"VERB", "AUX"})
# clauses that share the subject of the verb they hang on ("Speaking in Rome, she said")
SHARED_SUBJECT_DEPS = frozenset({"advcl", "xcomp", "conj", "acl", "relcl"})
# the clause a verb says or reports
CONTENT_DEPS = frozenset({"ccomp"})
# how many heads a venue's preposition may climb to its verb: "told [reporters] in Brussels",
# "held [talks] in Berlin", "at [the summit] [in] Vilnius"
MAX_CLIMB = 4


def person_verbs(doc: Doc, start: int, end: int) -> frozenset[int]:
    """The verbs the mention ``start``..``end`` is the subject of, with the clauses hung on them
    that share their subject ("Speaking in Rome, Minister X said": said, speaking)."""
    root = root_of(doc, start, end)
    # "Minister X, speaking in Rome, said": a participle hung on the person
    own = {child.i for child in root.children if child.dep_ == "acl" and child.pos_ in VERB_POS}
    if root.dep_ not in SUBJECT_DEPS or root.head.pos_ not in VERB_POS:
        return frozenset(own)
    verb = root.head
    return frozenset(own | {verb.i} | {child.i for child in verb.children
                                       if child.dep_ in SHARED_SUBJECT_DEPS
                                       and child.pos_ in VERB_POS
                                       and not any(grand.dep_ in SUBJECT_DEPS
                                                   for grand in child.children)})


def venue_of(token: Token) -> int | None:
    """The verb a place at ``token`` is the venue of ("in Brussels" of "told reporters in
    Brussels"), or ``None`` when its preposition is not one of venue or it hangs on no verb
    within ``MAX_CLIMB`` heads."""
    root = token
    while root.dep_ in ("compound", "poss") and root.head.i != root.i:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ not in VENUE_PREPOSITIONS:
        return None
    cursor = root.head
    for _ in range(MAX_CLIMB):
        head = cursor.head
        if head.i == cursor.i:
            return None
        if head.pos_ in VERB_POS:
            return head.i
        cursor = head
    return None


def venues(doc: Doc, start: int, end: int, places: Iterable[int]) -> frozenset[int]:
    """The starts among ``places`` that are venues of the person at ``start``..``end``: where
    the verbs they are the subject of take place."""
    verbs = person_verbs(doc, start, end)
    if not verbs:
        return frozenset()
    return frozenset(place for place in places if venue_of(doc[place]) in verbs)


def said_content(doc: Doc, start: int, end: int) -> frozenset[int]:
    """The tokens of the quoted clauses the person at ``start``..``end`` is the subject of saying
    ("“We hope both India and Pakistan …,” spokesman X said": the quotation's words): whom they
    speak of, not whose they are. The subject of the said clause itself is left out: a speaker most
    often says what their own side does ("Hungary will veto the pact, Minister X said")."""
    found: set[int] = set()
    for verb in person_verbs(doc, start, end):
        for clause in doc[verb].children:
            if clause.dep_ not in CONTENT_DEPS or not quoted(doc, clause):
                continue
            own = {token.i for child in clause.children if child.dep_ in SUBJECT_DEPS
                   for token in child.subtree}
            found.update(token.i for token in clause.subtree if token.i not in own)
    return frozenset(found)


def quoted(doc: Doc, clause: Token) -> bool:
    """Whether a quotation mark opens or closes ``clause`` (at its edges or just outside)."""
    first = max(clause.left_edge.i - 1, 0)
    last = min(clause.right_edge.i + 2, len(doc))
    return any(token.is_quote for token in doc[first:last])
