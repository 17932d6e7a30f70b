"""Token-level helpers shared by the quote and claim finders: mentions by token, subjects, spans."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tacitus.model import ActorMention
from tacitus.nlp.paragraphs import ends_paragraph
from tacitus.nlp.token_arrays import arrays_of
from tacitus.wordlists import word_set

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# A verb without a subject of its own shares the subject of the verb it hangs from.
INHERITING_DEPS = frozenset({"conj", "xcomp", "advcl"})
# Tokens that never begin (LEAD) or end (TAIL) a reported text or a claim.
LEAD_DEPS = frozenset({"mark", "cc", "punct"})
TAIL_DEPS = frozenset({"mark", "cc", "punct", "prep"})
PRONOUNS = word_set("personal_pronouns")
JOINING_CONJUNCTIONS = word_set("joining_conjunctions")
# A bare infinitive's misread conjunct may be tagged a past or a participle; the subjunctive of a
# clause asked for ("asked that the county provide …"), tagged a present, only a participle (a
# past beside a present is a second act: "they hold the town and captured two villages").
MISREAD_TAGS = {"VB": frozenset({"VBD", "VBN"}), "VBP": frozenset({"VBN"})}


class MentionIndex:
    """Actor mentions looked up by token; the longest non-pronoun mention wins a token."""

    def __init__(self, mentions: Sequence[ActorMention]) -> None:
        self._mentions = tuple(mentions)
        self._by_token: dict[int, ActorMention] = {}
        ranked = sorted(mentions, key=lambda m: (m.how != "pronoun", m.token_end - m.token_start))
        for mention in ranked:
            for index in range(mention.token_start, mention.token_end):
                self._by_token[index] = mention

    def all(self) -> tuple[ActorMention, ...]:
        return self._mentions

    def at(self, token: Token) -> ActorMention | None:
        return self._by_token.get(token.i)

    def nearest(self, head: Token) -> ActorMention | None:
        """The mention on ``head`` or on the closest token below it in the parse."""
        queue: deque[Token] = deque([head])
        while queue:
            token = queue.popleft()
            found = self._by_token.get(token.i)
            if found is not None:
                return found
            queue.extend(token.children)
        return None


def nearest_subject(verb: Token) -> Token | None:
    """A verb's own subject nearest to it ("GLASGOW (Reuters) - the EU will …" has two); a
    quotation mark the parser hung on the verb as its subject ("… work,’’ said Rao") is none."""
    arrays = arrays_of(verb.doc)
    found = [child for child in arrays.children[verb.i]
             if arrays.deps[child] in SUBJECT_DEPS and arrays.pos[child] != "PUNCT"]
    return verb.doc[min(found, key=lambda child: abs(child - verb.i))] if found else None


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, borrowed from the verb above when it has none of its own."""
    current = verb
    for _ in range(4):
        # the subject nearest the verb: "GLASGOW (Reuters) - Modi said" has two
        found = nearest_subject(current)
        if found is not None:
            return found
        if current.dep_ not in INHERITING_DEPS or current.head.i == current.i:
            return None
        current = current.head
    return None


def phrase(token: Token) -> str:
    """The text of a token's whole subtree."""
    return token.doc[token.left_edge.i : token.right_edge.i + 1].text


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of the article text: character offsets and the token that heads it."""

    start: int
    end: int
    head: Token


def trimmed(doc: Doc, indices: Iterable[int], head: Token) -> Piece | None:
    """The span from the first to the last of ``indices``, without edge words or punctuation."""
    kept = sorted(indices)
    arrays = arrays_of(doc)
    texts, deps, space = arrays.texts, arrays.deps, arrays.is_space
    # a text or a claim never runs over a paragraph break, even where the parser joined two
    # paragraphs; a hard-wrapped line (a wire story's fixed width) is no break
    breaks = [i for i in kept if "\n" in texts[i]
              and ends_paragraph(texts[i], texts[i - 1] if i else "")]
    kept = [i for i in kept if all(not (i <= b < head.i or head.i < b <= i) for b in breaks)]
    while kept and (deps[kept[0]] in LEAD_DEPS or space[kept[0]]
                    or arrays.tags[kept[0]] == "TO"):
        kept.pop(0)
    while kept and (deps[kept[-1]] in TAIL_DEPS or space[kept[-1]]):
        kept.pop()
    if not kept:
        return None
    return Piece(arrays.idx[kept[0]], arrays.idx[kept[-1]] + len(texts[kept[-1]]), head)


def subtree_piece(token: Token, *, without: Iterable[Token] = ()) -> Piece | None:
    """``token``'s subtree minus the subtrees of ``without``, trimmed at both edges."""
    dropped: set[int] = set()
    for other in without:
        dropped.update(range(other.left_edge.i, other.right_edge.i + 1))
    kept = [i for i in range(token.left_edge.i, token.right_edge.i + 1) if i not in dropped]
    return trimmed(token.doc, kept, token)


def conjuncts(token: Token) -> list[Token]:
    """``token`` and the words coordinated with it ("allowing …, respecting … and not letting")."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj" and not _misread_participle(token, child):
            found.extend(conjuncts(child))
    return found


def _misread_participle(verb: Token, conjunct: Token) -> bool:
    """ "to suspend enrichment and linked activities", "asked that the county provide the video
    and written answers": a past form coordinated with a bare verb is an adjective of the object
    that the parser took for a second act (not a verb whose past is its bare form: "to halve
    inflation and cut waiting lists")."""
    return conjunct.tag_ in MISREAD_TAGS.get(verb.tag_, ()) and (
        conjunct.lower_ != conjunct.lemma_.lower()) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in conjunct.children)


def split_coordination(token: Token, *, without: Iterable[Token] = ()) -> list[Piece]:
    """One piece per coordinated conjunct; each leaves out the conjuncts that hang from it."""
    extra = list(without)
    pieces: list[Piece] = []
    for conjunct in conjuncts(token):
        own = [child for child in conjunct.children if child.dep_ == "conj"
               and not _misread_participle(conjunct, child)]
        piece = subtree_piece(conjunct, without=own + extra)
        if piece is not None:
            pieces.append(piece)
    return pieces


def only_joints(doc: Doc, end: int, start: int) -> bool:
    """Whether the text between two pieces is a bare conjunction ("calm and order"): no comma,
    which lists things one by one ("allowing A, respecting B, and not letting C")."""
    if start < end:
        return False
    between = doc.char_span(end, start, alignment_mode="expand")
    joints = [token for token in between or () if not token.is_space and token.tag_ != "TO"]
    return bool(joints) and all(token.dep_ == "cc" and token.lower_ in JOINING_CONJUNCTIONS
                                for token in joints)


def is_pronoun(token: Token) -> bool:
    return token.lower_ in PRONOUNS or token.tag_ == "PRP"
