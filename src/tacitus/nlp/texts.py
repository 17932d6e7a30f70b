"""The text of a Doc and of its spans, without joining their tokens anew at every use.

``Doc.text`` and ``Span.text`` join every token's text each time they are read; the stages read
a sentence's text for each event, date and quotation they consider. The Doc's text is remembered
for the Doc last asked about (the stages work on one Doc at a time), and a span's text is a slice
of it: the same characters, since a span runs from its first token's start to its last token's
end.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

# the Doc last asked about and its text; one tuple, so a reader in another thread sees a pair
_last: tuple[Doc | None, str] = (None, "")


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once for the Doc last asked about."""
    global _last
    cached, text = _last
    if cached is not doc:
        text = doc.text
        _last = (doc, text)
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut from the Doc's text."""
    return doc_text(span.doc)[span.start_char:span.end_char]
