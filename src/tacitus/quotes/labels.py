"""A quotation set after a label and a colon that opens its paragraph: the label names who
speaks, as interviews and transcripts ("Wanjiru: “We will not leave the talks.”") and headlines
("Czech minister: “No new taxes this year”") give their speakers. An interview's answer label
("Answer:", ``answer_labels.tsv``) names no one: the one who answers is the person the article named
last before it ("Minister Rosa Mamani answered questions", "our reporter spoke to Ana Ruiz").
A transcript's label in capitals ("TANAKA:") is the person named so earlier."""

from __future__ import annotations

import re

from spacy.tokens import Token

from tacitus.quotes.marks import MarkPair
from tacitus.quotes.view import DocView, Person
from tacitus.wordlists import word_set

# a label is a short name or description: at most this many words, no sentence inside
MAX_LABEL_WORDS = 5
ANSWER_LABELS = word_set("answer_labels")
LABEL = re.compile(r"([^\W\d_][^\n:.!?\"“”]*?)\s*:\s*$")


def label_of(view: DocView, pair: MarkPair) -> Token | None:
    """The head word of the label before ``pair``'s opening mark, when the label alone opens
    the paragraph and names a person or an actor."""
    paragraph_start = view.text.rfind("\n", 0, pair.open_at) + 1
    found = LABEL.fullmatch(view.text, paragraph_start, pair.open_at)
    if found is None or len(found.group(1).split()) > MAX_LABEL_WORDS:
        return None
    if found.group(1).strip().lower() in ANSWER_LABELS:
        person = _interviewee(view, paragraph_start)
        return view.doc[person.end - 1] if person is not None else None
    span = view.doc.char_span(found.start(1), found.end(1), alignment_mode="expand")
    if span is None:
        return None
    earlier = _named_before(view, found.group(1), paragraph_start)
    if earlier is not None:
        # "TANAKA: “…”" in a transcript, after "Japan's trade minister Miko Tanaka spoke …": a
        # label in capitals the parser sees no name in is the person named so before it
        return view.doc[earlier.end - 1]
    named = any(person.start >= span.start and person.end <= span.end for person in view.people)
    if not named and not any(view.mentions.at(token) is not None for token in span):
        return None
    return span.root


def _interviewee(view: DocView, before: int) -> Person | None:
    """The person named last before character ``before``."""
    named = [person for person in view.people if view.doc[person.start].idx < before]
    return named[-1] if named else None


def _named_before(view: DocView, label: str, before: int) -> Person | None:
    """The person named last before character ``before`` whose full name or surname the label
    is, whatever its letter case."""
    words = label.split()
    if not words or not all(word.isupper() for word in words):
        return None
    wanted = " ".join(words).casefold()
    named = [person for person in view.people if view.doc[person.start].idx < before
             and wanted in (person.text.casefold(), person.text.split()[-1].casefold())]
    return named[-1] if named else None
