"""Places under attack are targets: "Russian troops shelled a bread line in Chernihiv" is
``RUS 19 UKR`` (``docs/annotation.md``; CAMEO codes the country of a place as the target).

``make_town_actors`` turns the gazetteer's towns and cities that a text names as places (not
actors: ``Locator.find_towns``) into their countries as actors, by token. ``attacked_place`` reads
the clause of a coercive or violent trigger — its objects and their phrases, its own place phrases
("in Mariupol"), never its subject or another clause — and gives the country of the first town
named there, if any. The candidate generator pairs that country as a target with the trigger's
sources.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence

from spacy.tokens import Doc, Token

from tacitus.actors.draft_state import TownFinder
from tacitus.events.ontology import root_group
from tacitus.model import Actor, ActorMention

# the roots whose place is a target: coercion, assault, fighting, mass violence
ATTACK_ROOTS = root_group("coercion_and_violence")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
# the act's place is in its objects and place phrases and their modifiers: never its doer or
# another clause
OBJECT_DEPS = frozenset({"dobj", "obj", "pobj", "prep", "dative"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
PLACE_DEPS = OBJECT_DEPS | MODIFIER_DEPS
NOUN_POS = frozenset({"NOUN", "PROPN"})

TownActors = Callable[[Doc, Sequence[ActorMention]], dict[int, Actor]]


def make_town_actors(find_towns: TownFinder, countries: Mapping[str, str]) -> TownActors:
    """The stage giving each token of a town named as a place its country as an actor
    (``countries``: country code to name)."""

    def town_actors(doc: Doc, mentions: Sequence[ActorMention]) -> dict[int, Actor]:
        covered = frozenset(index for mention in mentions
                            for index in range(mention.token_start, mention.token_end))
        named = Counter(mention.actor.country for mention in mentions if mention.actor.country)
        found: dict[int, Actor] = {}
        for start, end, code in find_towns(doc, covered,
                                           [code for code, _ in named.most_common()]):
            if code not in countries:
                continue
            actor = Actor(code=code, name=countries[code], kind="state", country=code)
            found.update((index, actor) for index in range(start, end))
        return found

    return town_actors


def attacked_place(head: Token, cameo: str, towns: Mapping[int, Actor]) -> Actor | None:
    """The country of the town a coercive or violent act (trigger ``head``, code ``cameo``)
    strikes, if its clause names one."""
    if not towns or cameo[:2] not in ATTACK_ROOTS:
        return None
    verb = head
    if head.pos_ in NOUN_POS and head.dep_ in SUBJECT_DEPS:
        # "an air strike destroyed the Mariupol theatre": the place is the verb's
        verb = head.head
    for token in _place_words(verb):
        if token.i in towns:
            return towns[token.i]
    return None


def struck_tokens(head: Token, cameo: str) -> frozenset[int]:
    """The tokens of what a coercive or violent act (trigger ``head``, code ``cameo``) strikes:
    its clause's objects and place phrases ("exploded at a police station"). An actor named
    there is the act's target or place, never its doer."""
    if cameo[:2] not in ATTACK_ROOTS:
        return frozenset()
    verb = head.head if head.pos_ in NOUN_POS and head.dep_ in SUBJECT_DEPS else head
    return frozenset(token.i for token in _place_words(verb))


def _place_words(verb: Token) -> Iterator[Token]:
    """The words of ``verb``'s objects and place phrases, nearest first."""
    pending = [verb]
    while pending:
        token = pending.pop(0)
        for child in token.children:
            if child.dep_ in PLACE_DEPS:
                yield child
                pending.append(child)
