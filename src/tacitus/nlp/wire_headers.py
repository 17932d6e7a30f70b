"""A wire story's own words start after its header's bracketed tags: a pipeline component.

Monitored broadcasts and wire copy open with a header, a dateline and a dash followed by the
transcriber's tags in square brackets ("SAN SALVADOR, 3 DEC 89 (RADIO VENCEREMOS) -- [TEXT] THE
FMLN RADIO TODAY SAID …", "-- [SPEECH] [PRESIDENT X] [TEXT] …"). The parser reads the header and
the first sentence as one, makes the tag a verb's dependant and takes a word of the sentence
("today") for its subject. The first word after the header's last tag starts a sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "tacitus_wire_headers"
DASHES = frozenset({"-", "--", "–", "—"})
OPENING = "["
CLOSING = "]"
# the header's dash comes within the story's first words, and a tag is a few words long
HEADER_TOKENS = 40
TAG_TOKENS = 12


@Language.component(COMPONENT)
def mark_wire_header(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first word after the bracketed tags that follow the first
    dash of the story's opening words; leave other tokens alone."""
    words = [token.i for token in doc[:HEADER_TOKENS] if not token.is_space]
    dash = next((i for i in words if doc[i].text in DASHES), None)
    if dash is None:
        return doc
    start = _after_tags(doc, dash + 1)
    if start is not None:
        doc[start].is_sent_start = True
    return doc


def _after_tags(doc: Doc, at: int) -> int | None:
    """The first word after the run of bracketed tags starting at token ``at``, up to the last
    one closed (``None`` when no tag starts there)."""
    after = None
    opening = _next_word(doc, at)
    while opening is not None and doc[opening].text == OPENING:
        closing = next((i for i in range(opening + 1, min(opening + TAG_TOKENS, len(doc)))
                        if doc[i].text == CLOSING), None)
        if closing is None:
            return after
        after = opening = _next_word(doc, closing + 1)
    return after


def _next_word(doc: Doc, at: int) -> int | None:
    """The first token from ``at`` on that is not white space."""
    return next((i for i in range(at, len(doc)) if not doc[i].is_space), None)


def add_wire_headers(nlp: Language) -> None:
    """Put the component before the parser (once)."""
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser" if "parser" in nlp.pipe_names else None)
