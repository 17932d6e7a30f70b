"""Quotation marks around a name, not around anyone's words: which quoted fragments to drop."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.quotes.cue_subjects import cue_subject
from tacitus.quotes.marks import MarkPair
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

NAME_GIVING_VERBS = word_set("name_giving_verbs")
WORK_NOUNS = word_set("work_nouns")
# how far up the parse from the fragment the verb that names it is looked for ("known [as
# [“Tiger”]]")
MAX_NAMING_HOPS = 3
# a namer: the verb's own subject, or "by" whom a passive one names
NAMER_DEPS = frozenset({"nsubj", "agent"})
# what a naming verb names when it is not its subject ("called [the rule] “illegitimate”")
OBJECT_DEPS = frozenset({"dobj", "oprd"})
CLAUSE_HEADS = frozenset({"VERB", "AUX"})
# the links of a fragment that qualifies a noun after it as part of its name ("the “Las Flores”
# district", "the “Sea Star” fishing boat")
NAME_MODIFIER_DEPS = frozenset({"compound", "nmod"})
NOUNS = frozenset({"NOUN", "PROPN"})


def is_title(view: DocView, pair: MarkPair) -> bool:
    """Whether the quotation ``pair`` is the title of the work or campaign a noun next to it
    names: right before the opening mark ("the article “Are the polls wrong?”") or heading
    the words right after the closing one ("the “Clean Hands” campaign")."""
    first, last = view.token_at(pair.open_at), view.token_at(pair.close_at)
    doc = view.doc
    before = doc[first - 1] if first > 0 and view.token_at(pair.start) > first else None
    after = doc[last + 1] if last + 1 < len(doc) else None
    while after is not None and after.dep_ == "compound" and after.head.i > after.i:
        after = after.head
    return any(token is not None and view.quoted_in[token.i] < 0
               and token.lemma_.lower() in WORK_NOUNS for token in (before, after))


def is_quoted_name(view: DocView, pair: MarkPair, cue: Token | None) -> bool:
    """Whether the quoted fragment ``pair`` (with its speech cue ``cue``, if any) is a name:
    it stands where the speaker does (in the subject of the cue, "the commander, known as
    “Tiger,” said"; in "according to “Die Zeit”"), a verb that gives names names it with no
    one naming ("a boat called “Sea Star”"), or it is part of a noun's name ("the “Las Flores”
    district")."""
    root = view.fragment_root(pair)
    if root is None:
        return False
    first, last = view.token_at(pair.start), view.token_at(pair.end - 1)
    return (_in_speaker_place(root, cue) or _named_by_no_one(view, root)
            or _names_a_noun(view, root, first, last))


def _in_speaker_place(root: Token, cue: Token | None) -> bool:
    """A fragment inside the cue's subject, with no clause between them but a naming one ("the
    commander, who said …" quotes the commander; "the commander, known as …" names him)."""
    subject = cue_subject(cue) if cue is not None else None
    if subject is None or not subject.left_edge.i <= root.i <= subject.right_edge.i:
        return False
    token = below = root
    while token.i != subject.i:
        if token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ in CLAUSE_HEADS and not _gives_a_name(token, below):
            return False
        below = token
    return True


def _gives_a_name(verb: Token, below: Token) -> bool:
    """A name-giving verb with no namer of its own and nothing named after it but the words
    under ``below`` ("known as", "a boat called"; not "the official called [the rule] …", a
    subject the parser lost)."""
    return verb.lemma_.lower() in NAME_GIVING_VERBS and not any(
        child.dep_ in NAMER_DEPS or (child.dep_ in OBJECT_DEPS and child.i != below.i)
        for child in verb.children)


def _named_by_no_one(view: DocView, root: Token) -> bool:
    """A fragment under a name-giving verb that has no namer of its own: a participle ("known
    as", "a boat called") or a passive without "by"."""
    token = below = root
    for _ in range(MAX_NAMING_HOPS):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ in CLAUSE_HEADS and view.quoted_in[token.i] < 0:
            return _gives_a_name(token, below)
        below = token
    return False


def _names_a_noun(view: DocView, root: Token, first: int, last: int) -> bool:
    """A fragment set before a noun as part of its name, its words capitalised (in a text
    re-cased as a whole, as the re-casing guessed names): "the “Sea Star” fishing boat", not
    the scare quote of "a “one-size-fits-all” approach"."""
    if not (root.dep_ in NAME_MODIFIER_DEPS and root.head.i > last and root.head.pos_ in NOUNS):
        return False
    words = [t.text for t in view.doc[first : last + 1] if t.is_alpha]
    return bool(words) and all(word[:1].isupper() for word in words)
