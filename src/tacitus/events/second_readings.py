"""One sentence, one reading of an act: two triggers of one sentence whose codes agree but whose
actor pairs differ read one act twice ("ordered an inquiry … a probe by the brigade", "shelled
the town … the shelling"); the better-supported reading is kept.

Each trigger keeps its likeliest reading already (``tacitus.events.decision``), and
``tacitus.events.happenings`` merges the events of one act whose actors agree. This stage
(``drop_second_readings``) takes the events the decision stage keeps and drops each that is a
second reading of a better one. Two events are readings of one act (``second_reading``) when
all hold:

1. one sentence, two triggers (the readings of one trigger are its own decision: "held talks
   with China and Russia" keeps both targets);
2. their codes agree as ``tacitus.events.happenings`` has it (one root, or two roots of
   coercion and violence: ``VIOLENCE``; with other actors, the meeting and agreement roots of
   one sentence are two acts) and so do their dates;
3. their actors disagree on one side at least (agreeing pairs are ``same_happening``'s);
4. they are not a reversed pair (A against B and B against A: a reply or a mutual act);
5. the two triggers are not coordinated ("seized the plane and arrested the pilot":
   ``tacitus.events.happenings.conjoined_acts``), and where the actors disagree the sentence
   does not name them side by side ("accused the UK and the US": ``coordinated_actors``, two
   dyads).

The better reading is the one a verb gives, whose clause names the doer as its subject and the
one acted on as its object, over an event noun's, whose actors are gathered from the words
around it (a place, a nationality, the one who reports it), unless the verb's subject is the
other trigger or the verb describes it ("the attack killed 20", "an attack that killed 20":
the verb tells the act's result, the noun its doer);
then the likelier (the decision stage's confidence); then the earlier.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from tacitus.events.background import trigger_head
from tacitus.events.candidates import group_of
from tacitus.events.happenings import (
    Distinct,
    actors_agree,
    codes_and_dates_agree,
    conjoined_acts,
    either,
    extends,
)
from tacitus.events.ontology import root_group
from tacitus.model import Actor, ActorMention, Event, same_actor
from tacitus.nlp.doc_memo import root_of

VERBS = frozenset({"VERB", "AUX"})
# two roots that read one act with other actors: an attack told as a strike and as a killing;
# a meeting and an agreement of one sentence with other parties are two acts ("speaking to
# reporters, … reiterated its support for the government")
VIOLENCE = root_group("coercion_and_violence")
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# a verb that describes the noun it hangs from: "an attack that killed", "an attack killing"
DESCRIBING = frozenset({"acl", "relcl"})


def drop_second_readings(doc: Doc, mentions: Sequence[ActorMention], events: Sequence[Event]
                         ) -> tuple[Event, ...]:
    """``events`` (of ``doc``, with its actor ``mentions``) without those that read again, with
    other actors, an act of their sentence that a better reading keeps; in text order."""
    apart = either(conjoined_acts(doc), coordinated_actors(doc, mentions))
    heads = {event.id: trigger_head(doc, event) for event in events}
    triggers = {head.i for head in heads.values() if head is not None}

    def support(event: Event) -> tuple[bool, float, int]:
        """Higher is better supported: a verb's reading (not one that tells another trigger's
        result), the confidence, the earlier trigger."""
        head = heads[event.id]
        verb = head is not None and head.pos_ in VERBS and not _tells_a_result(head, triggers)
        return (verb, event.confidence, -event.trigger_start)

    kept: list[Event] = []
    for event in sorted(events, key=support, reverse=True):
        if event.negated or not any(second_reading(event, better)
                                    and not apart(event, better) for better in kept):
            kept.append(event)
    chosen = {id(event) for event in kept}
    return tuple(event for event in events if id(event) in chosen)


def second_reading(one: Event, other: Event) -> bool:
    """Whether ``one`` and ``other`` read one act of one sentence with other actors (rules 1–4
    of the module docstring; rule 5 is ``drop_second_readings``'s)."""
    if (one.negated or other.negated
            or one.evidence.sentence_index != other.evidence.sentence_index
            or group_of(one) == group_of(other)):
        return False
    if not codes_and_dates_agree(one, other) or actors_agree(one, other):
        return False
    if one.cameo[:2] != other.cameo[:2] and not {one.cameo[:2], other.cameo[:2]} <= VIOLENCE:
        return False
    return not _reversed(one, other)


def coordinated_actors(doc: Doc, mentions: Sequence[ActorMention]) -> Distinct:
    """Whether two events of one sentence of ``doc`` differ in an actor that the sentence
    names coordinated with the other's ("the UK and the US"): two dyads, not two readings."""
    def distinct(one: Event, other: Event) -> bool:
        if one.evidence.sentence_index != other.evidence.sentence_index:
            return False
        sides = [(one.source, other.source)]
        if one.target is not None and other.target is not None:
            sides.append((one.target, other.target))
        return any(not same_actor(first, second)
                   and _coordinated(doc, one.evidence.sentence_index, first, second, mentions)
                   for first, second in sides)
    return distinct


def _tells_a_result(verb: Token, triggers: set[int]) -> bool:
    """Whether ``verb`` has another trigger for its subject ("the attack killed 20") or
    describes one ("an attack that killed 20", "an attack killing 20")."""
    return (any(child.dep_ in SUBJECTS and child.i in triggers for child in verb.children)
            or (verb.dep_ in DESCRIBING and verb.head.i in triggers))


def _reversed(one: Event, other: Event) -> bool:
    if one.target is None or other.target is None:
        return False
    return (extends(one.source.code, other.target.code)
            and extends(one.target.code, other.source.code))


def _coordinated(doc: Doc, sentence: int, first: Actor, second: Actor,
                 mentions: Sequence[ActorMention]) -> bool:
    heads = [_roots(doc, sentence, actor, mentions) for actor in (first, second)]
    return any(_conjoined(a, b) for a in heads[0] for b in heads[1])


def _roots(doc: Doc, sentence: int, actor: Actor, mentions: Sequence[ActorMention]
           ) -> list[Token]:
    return [root_of(doc, mention.token_start, mention.token_end) for mention in mentions
            if mention.sentence_index == sentence and same_actor(mention.actor, actor)
            and mention.token_end <= len(doc)]


def _conjoined(first: Token, second: Token) -> bool:
    """Whether two words are conjuncts of one coordination ("Kenyan and Somali troops")."""
    return first.i != second.i and (second in first.conjuncts or first in second.conjuncts)
