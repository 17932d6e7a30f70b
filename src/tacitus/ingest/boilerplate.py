"""Generic page furniture that survives text extraction: comment forms, share bars, agency tags.

The patterns are deliberately generic (they name what every comment form or share bar says),
so that they work across sites. Each matches a whole line, case-insensitively.
"""

from __future__ import annotations

import re

# A line that opens the comment section: it and everything after it are reader furniture.
COMMENT_SECTION = re.compile(
    r"(?:post|leave|add|write|submit)\s+(?:a|your)\s+(?:comment|reply|response)s?"
    r"|comments?(?:\s*\(\d+\))?|\d+\s+comments?|reader\s+comments|join\s+the\s+(?:discussion|conversation)",
    re.I,
)
# Lines that are furniture wherever they appear.
FURNITURE = re.compile(
    r"the\s+content\s+of\s+this\s+field\s+is\s+kept\s+private\s+and\s+will\s+not\s+be\s+shown\s+publicly\.?"
    r"|your\s+e-?mail\s+address\s+will\s+not\s+be\s+published\.?.*"
    r"|required\s+fields\s+are\s+marked\s*\*?\.?"
    r"|(?:your\s+)?(?:name|e-?mail(?:\s+address)?|website|comment)\s*\*?:?"
    r"|share(?:\s+(?:this|the)(?:\s+(?:article|story|post|page))?)?\s*:?"
    r"(?:\s*(?:facebook|twitter|x|whatsapp|linkedin|email|e-mail|print|telegram|reddit))*"
    r"|(?:facebook|twitter|whatsapp|linkedin|e-?mail|mail|print|telegram)"
    r"(?:\s+(?:facebook|twitter|whatsapp|linkedin|e-?mail|mail|print|telegram))+"
    r"|advertisement|sponsored(?:\s+content)?|scroll\s+to\s+continue(?:\s+with\s+content)?"
    r"|(?:click|tap)\s+here\s+to\s+(?:subscribe|read\s+more|sign\s+up).*"
    r"|subscribe\s+to\s+(?:our|the)\s+newsletter.*|sign\s+up\s+for\s+(?:our|the)\s+newsletter.*"
    r"|(?:read|see)\s+(?:more|also)\s*:?|related(?:\s+(?:articles?|stories|news|posts?|coverage))?\s*:?"
    r"|(?:©|&copy;|copyright)\s*\d{4}.*|all\s+rights\s+reserved\.?",
    re.I,
)
# A list of links to other stories, run on at the end of a paragraph after its last sentence
# ("... a retired judge. related stories: no army deployment sought: up govt ...") or making up
# a paragraph of its own ("Related stories: ..."): a two-word
# heading such as "related stories" (also when a stray character of a mis-decoded non-breaking
# space, "storiesÂ", sticks to it), or a "read more"/"also read"/"see also" heading with its
# colon; the heading and everything after it in the paragraph go.
RELATED_TAIL = re.compile(
    r"(?:^|(?<=[.!?\"'\u201d\u2019])\s+)(?:"
    r"related\s+(?:articles?|stor(?:y|ies)|news|links|coverage|posts?|reading)(?![a-z0-9])\s*:?"
    r"|(?:read\s+(?:more|also)|also\s+read|see\s+also|more\s+stories)\s*:"
    r").*$",
    re.I,
)
# A trailing agency or contributor tag: "(SAM)", "(AFP)", "(Reuters/AP)", "(With inputs from PTI)".
AGENCY_TAG = re.compile(
    r"[\(\[]\s*(?:[A-Z][A-Za-z]{1,9}(?:\s*[/,&]\s*[A-Z][A-Za-z]{1,9})*"
    r"|(?i:(?:with\s+)?inputs?\s+from\s+[^)\]]{1,80})"
    r"|(?i:(?:additional\s+)?(?:reporting|writing|editing)\s+by\s+[^)\]]{1,120}))\s*[\)\]]\.?"
    r"|[-—–]\s*(?:AFP|AP|Reuters|PTI|IANS|ANI|APP|UNI|Xinhua|dpa)",
)
# A comment opener only ends the article after this much text; before it, it may be a heading.
MIN_CHARS_BEFORE_COMMENTS = 200


def strip_boilerplate(paragraphs: list[str]) -> list[str]:
    """Drop furniture lines, link lists run on after a paragraph's last sentence, a comment
    section at the end, and trailing agency tags."""
    kept: list[str] = []
    length = 0
    for paragraph in paragraphs:
        if COMMENT_SECTION.fullmatch(paragraph) and length >= MIN_CHARS_BEFORE_COMMENTS:
            break
        paragraph = RELATED_TAIL.sub("", paragraph)
        length += len(paragraph)
        if not paragraph or FURNITURE.fullmatch(paragraph):
            continue
        kept.append(paragraph)
    while kept and AGENCY_TAG.fullmatch(kept[-1]):
        kept.pop()
    return kept
