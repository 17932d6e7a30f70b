"""A quotation led in by a clause and a colon that says how its subject put it, with no verb of
saying ("The minister was blunt: “…”", "Ivo Maric put it bluntly: “…”", "Her message was
simple: “…”"): the subject speaks, or the owner of what it calls the words ("her message")."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.quotes.marks import MarkPair
from tacitus.quotes.spans import SUBJECT_DEPS
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

LEAD_VERBS = word_set("colon_leads", kind="verb")
LEAD_NOUNS = word_set("colon_leads", kind="noun")
# the owner of "her message"
OWNER_DEPS = frozenset({"poss"})


def colon_lead(view: DocView, pair: MarkPair) -> Token | None:
    """The subject of the clause that ends in a colon right before ``pair``'s opening mark,
    when its main verb is a lead verb; the owner instead of a lead noun ("her message")."""
    colon_at = view.text.rfind(":", 0, pair.open_at)
    if colon_at < 0 or view.text[colon_at + 1 : pair.open_at].strip():
        return None
    colon = view.doc[view.token_at(colon_at)]
    sentence = view.sentence(colon.i)
    for token in view.doc[sentence.start : colon.i]:
        verb = token.head
        if (token.dep_ not in SUBJECT_DEPS or view.quoted_in[token.i] >= 0
                or not token.i < verb.i < colon.i
                or not (verb.dep_ == "ROOT" or verb.head.i >= colon.i)):
            continue
        if verb.lemma_.lower() not in LEAD_VERBS:
            return None
        if token.lemma_.lower() in LEAD_NOUNS:
            return next((child for child in token.children if child.dep_ in OWNER_DEPS), None)
        return token
    return None
