"""What role the parse gives each actor of a candidate, for the decision stage to weigh where the
parse cannot decide the pair alone.

``role_features`` reads, for the source and the target, the relation of the actor's mention to
the trigger: whether it names whom the act is done to (``tacitus.events.patients``: a passive
subject, the noun a participle describes, the "of" phrase of an attack), its "by" agent, the
possessor of an event noun ("Hamas's attack", "the judge's arrest": a doer or a patient by the
noun), the preposition that attaches it on the way up to the trigger ("with", "against", "in"),
and whether it is a country set as the act's place (``tacitus.events.act_settings``). It also
tells whether one actor is named inside the other's phrase ("Abbas, the Palestinian leader",
"an envoy of the UN"): an actor's affiliation, rarely its partner. Each is also crossed with the
candidate's CAMEO root.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from tacitus.events.act_settings import is_setting, preposition_to
from tacitus.events.candidates import Candidate
from tacitus.events.patients import patient_tokens
from tacitus.model import Actor, ActorMention, same_actor
from tacitus.nlp.doc_memo import DocMemo, root_of

# what the role features of a candidate read: its trigger's token, its code, and the token span
# and kind of its source's and its target's mentions
RoleKey = tuple[int, str, tuple[int, int, str] | None, tuple[int, int, str] | None]


def role_features(head: Token | None, candidate: Candidate, source: ActorMention | None,
                  mentions: Sequence[ActorMention], *,
                  seen: dict[RoleKey, tuple[str, ...]] | None = None,
                  nearest: Callable[[Actor], ActorMention | None] | None = None
                  ) -> tuple[str, ...]:
    """The role features of a candidate's actors (module docstring); ``source`` is the source's
    mention nearest the trigger ``head``, ``mentions`` the article's; ``seen`` keeps them for
    the candidates of one article (many share a trigger, a code and the same two mentions);
    ``nearest``, when given, finds an actor's mention nearest the trigger in its sentence as
    ``_nearest`` does (the caller's, which remembers them)."""
    event = candidate.event
    if head is None:
        return ()
    target = (None if event.target is None or candidate.place
              else nearest(event.target) if nearest is not None
              else _nearest(event.target, event.evidence.sentence_index, event.trigger_start,
                            mentions))
    if seen is None:
        return _read_roles(head, event.cameo, source, target)
    key = (head.i, event.cameo, _mention_key(source), _mention_key(target))
    if key not in seen:
        seen[key] = _read_roles(head, event.cameo, source, target)
    return seen[key]


def _mention_key(mention: ActorMention | None) -> tuple[int, int, str] | None:
    return (None if mention is None
            else (mention.token_start, mention.token_end, mention.actor.kind))


def _read_roles(head: Token, cameo: str, source: ActorMention | None,
                target: ActorMention | None) -> tuple[str, ...]:
    root = cameo[:2]
    features: list[str] = []
    for role, mention in (("source", source), ("target", target)):
        if mention is None:
            continue
        # a mention's roles toward a trigger are the same whoever it is paired with
        names = _MENTION_ROLES.get(head.doc, (head.i, cameo, mention.token_start,
                                              mention.token_end, mention.actor.kind))
        if names:
            features += _role_names(role, names, root)
    if source is not None and target is not None and _nested(head, source, target):
        features += ["pair=nested", f"pair=nested|{root}"]
    return tuple(features)


@lru_cache(maxsize=1 << 12)
def _role_names(role: str, names: tuple[str, ...], root: str) -> tuple[str, ...]:
    """The features of a mention's role ``names``, alone and crossed with the CAMEO ``root``
    (formatted once for every candidate with the same)."""
    return tuple(feature for name in names
                 for feature in (f"{role}_role={name}", f"{role}_role={name}|{root}"))


def _roles(head: Token, start: int, end: int, kind: str, patients: frozenset[int]) -> list[str]:
    """The role names of the mention of tokens ``start`` to ``end`` (of an actor of ``kind``)
    toward the trigger ``head``, ``patients`` being its patients' tokens."""
    token = root_of(head.doc, start, end)
    names: list[str] = []
    if token.i in patients:
        names.append("patient")
    if token.dep_ == "poss" and token.head == head:
        names.append("possessor")
    preposition = preposition_to(token, head)
    if preposition is not None:
        names.append("agent" if preposition.dep_ == "agent" else f"prep_{preposition.lower_}")
        if is_setting(kind, preposition):
            names.append("setting")
    return names


def _read_mention_roles(doc: Doc, key: tuple[int, str, int, int, str]) -> tuple[str, ...]:
    index, cameo, start, end, kind = key
    head = doc[index]
    return tuple(_roles(head, start, end, kind, patient_tokens(head, cameo)))


# a mention's role names toward a trigger of a code, by the trigger's index, the code, the
# mention's tokens and its actor's kind
_MENTION_ROLES: DocMemo[tuple[int, str, int, int, str], tuple[str, ...]] = DocMemo(
    _read_mention_roles)


def _nested(head: Token, source: ActorMention, target: ActorMention) -> bool:
    """Whether one mention stands inside the other's noun phrase (not the trigger's)."""
    doc = head.doc
    for outer, inner in ((source, target), (target, source)):
        root = root_of(doc, outer.token_start, outer.token_end)
        words = _SUBTREES.get(doc, root.i)
        if root.i == head.i or head.i in words:
            continue
        if inner.token_start in words and not outer.token_start <= inner.token_start < (
                outer.token_end):
            return True
    return False


def _nearest(actor: Actor, sentence_index: int, position: int,
             mentions: Sequence[ActorMention]) -> ActorMention | None:
    return min((mention for mention in mentions
                if mention.sentence_index == sentence_index and same_actor(mention.actor, actor)),
               key=lambda mention: abs(mention.start - position), default=None)


def _subtree(doc: Doc, index: int) -> frozenset[int]:
    return frozenset(token.i for token in doc[index].subtree)


# the phrases of an article's mentions, read once for all its candidates' pairs
_SUBTREES: DocMemo[int, frozenset[int]] = DocMemo(_subtree)
