"""The text of a Doc and of its spans, without joining their tokens anew at every use.

``Doc.text`` and ``Span.text`` join every token's text each time they are read; the stages read
a sentence's text for each event, date and quotation they consider. The Doc's text is remembered
for the Doc last asked about (the stages work on one Doc at a time), and a span's text is a slice
of it: the same characters, since a span runs from its first token's start to its last token's
end.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc, Span

from tacitus.nlp.string_ids import strings_of

# the Doc last asked about and its text; one tuple, so a reader in another thread sees a pair
_last: tuple[Doc | None, str] = (None, "")


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once for the Doc last asked about."""
    global _last
    cached, text = _last
    if cached is not doc:
        text = joined_text(doc)
        _last = (doc, text)
    return text


def joined_text(doc: Doc) -> str:
    """``doc.text`` (every token's text and the space after it, if any), joined from the Doc's
    arrays: ``Doc.text`` makes a ``Token`` for each."""
    if not len(doc):
        return ""
    columns = doc.to_array([ORTH, SPACY])
    texts = strings_of(doc.vocab.strings, columns[:, 0].tolist())
    return "".join([text + " " if space else text
                    for text, space in zip(texts, columns[:, 1].tolist(), strict=True)])


def span_text(span: Span) -> str:
    """``span.text``, cut from the Doc's text."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def _joins_word(char: str) -> bool:
    # a word character of ``re`` (a letter, digit or underscore) or a hyphen
    return char.isalnum() or char in "_-"


def whole_word_starts(text: str, word: str) -> Iterator[int]:
    """Where the non-empty ``word`` stands in ``text`` as a word of its own (no letter, digit,
    underscore or hyphen right before or after it), left to right without overlaps: the starts
    of ``re.finditer(r"(?<![\\w-])" + re.escape(word) + r"(?![\\w-])", text)``, found by
    ``str.find`` with no pattern compiled for each word."""
    size = len(word)
    start = text.find(word)
    while start >= 0:
        end = start + size
        if ((start == 0 or not _joins_word(text[start - 1]))
                and (end == len(text) or not _joins_word(text[end]))):
            yield start
            start = text.find(word, end)
        else:
            start = text.find(word, start + 1)
