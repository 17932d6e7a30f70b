"""One happening, one event: merge the events of one article that report the same act.

An article tells its main happening in the lead and again further down ("launched strikes" …
"missiles hit 60 targets" … "the strikes"), and one sentence can name one act twice ("ordered the
expulsion"). Two events of one article are one happening (``same_happening``) when all hold:

1. same source: one actor code extends the other ("USA" and "USAMIL" agree; "USAGOV" and
   "USAMIL", the government and the army, are two actors);
2. compatible targets: the codes agree in the same way, or one of them has no target;
3. compatible codes: the same CAMEO root with one code refining the other (a generic code such
   as 190 or 160 counts as its root: 190 and 195 agree, 163 and 160 agree, 0841 and 0871 do not)
   anywhere in the article, or two roots of one group of
   ``tacitus.events.dedup.COMPATIBLE_ROOTS`` (a "strike" that "killed") only within one
   sentence; the headline over the story and the story's first sentence tell its news twice
   over, in other words ("Nepal rejects UN mediation" over "the Prime Minister has rejected the
   UN offer"), so between them any two codes of one root, or of one group, agree
   (``headline_and_lead``);
4. dates at most ``DAY_WINDOW_DAYS`` apart (a lead's "on Friday" and an undated later paragraph
   that takes the article date, an "overnight" attack dated the next day); both undated counts.

5. not two conjoined acts: events whose trigger verbs are coordinated ("forced the plane to land
   and arrested a journalist") are two acts (``conjoined_acts``);
6. not two scenes: events of two sentences that each name places or people beyond the actors
   (the anchors of ``tacitus.events.dedup.evidence_features``, as reports of one event across
   articles are compared) and share none of them are two acts ("kidnapped a judge in Cali" …
   "kidnapped two farmers near Tulua": ``separate_scenes``); a re-mention that names nothing
   ("the kidnapping") still joins.

An event joins the first group all of whose events it matches (complete link), so two acts against
two different targets never meet through a targetless one. Each group keeps its best event
(``evidence_rank``): one with a target over one without, then the higher coder confidence, then
the more specific (longer) CAMEO code, then the earlier in the text. Negated events are left as
they are. Reversed dyads stay apart: "A and B met" is coded both ways on purpose. Two triggers
of one sentence that read one act with *other* actors are settled before this stage, by
``tacitus.events.second_readings``.

The store (``tacitus.store.merging`` with ``tacitus.events.dedup``) then merges reports of one
event across articles; within one article it only joins reports of one sentence, which this stage
has already done, so the two never merge the same pair differently.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from spacy.tokens import Doc

from tacitus.events.background import trigger_head
from tacitus.events.dedup import COMPATIBLE_ROOTS, evidence_features
from tacitus.model import ActorMention, Event
from tacitus.nlp.doc_memo import sentences_of, text_of
from tacitus.quotes.headlines import headline_end

Distinct = Callable[[Event, Event], bool]
# two events told in two places that tell one piece of news (the headline and the lead)
Retold = Callable[[Event, Event], bool]

DAY_WINDOW_DAYS = 1


def merge_happenings(events: Sequence[Event], distinct: Distinct | None = None,
                     retold: Retold | None = None) -> tuple[Event, ...]:
    """``events`` with each happening told more than once kept once, in text order;
    ``distinct`` says which pairs are separate acts whatever their codes, ``retold`` which
    pairs stand where one piece of news is told twice (``headline_and_lead``)."""
    groups: list[list[Event]] = []
    for event in events:
        if event.negated:
            groups.append([event])
            continue
        group = next((group for group in groups
                      if not group[0].negated
                      and all(same_happening(event, other, retold)
                              and not (distinct is not None and distinct(event, other))
                              for other in group)), None)
        if group is None:
            groups.append([event])
        else:
            group.append(event)
    kept = {id(max(group, key=evidence_rank)) for group in groups}
    return tuple(event for event in events if id(event) in kept)


def same_happening(one: Event, other: Event, retold: Retold | None = None) -> bool:
    """``one`` and ``other`` (of one article) report one act (rules in the module docstring;
    ``retold``: whether they stand where one piece of news is told twice)."""
    return (actors_agree(one, other)
            and codes_and_dates_agree(one, other,
                                      retold is not None and retold(one, other)))


def actors_agree(one: Event, other: Event) -> bool:
    """Rules 1 and 2 of the module docstring: the same source, compatible targets."""
    return extends(one.source.code, other.source.code) and _targets_agree(one, other)


def codes_and_dates_agree(one: Event, other: Event, retold: bool = False) -> bool:
    """Rules 3 and 4 of the module docstring: compatible codes (any of one root or group when
    the two are ``retold``: the headline and the lead), dates a day apart at most."""
    return _roots_agree(one, other, retold) and _dates_agree(one.date, other.date)


def evidence_rank(event: Event) -> tuple[bool, float, int, int]:
    """Higher is better evidenced: has a target, confidence, code length, earlier trigger."""
    return (event.target is not None, event.confidence, len(event.cameo), -event.trigger_start)


def conjoined_acts(doc: Doc) -> Distinct:
    """Whether two events of ``doc`` have trigger verbs coordinated with each other."""
    def distinct(one: Event, other: Event) -> bool:
        first, second = trigger_head(doc, one), trigger_head(doc, other)
        if first is None or second is None or first.i == second.i:
            return False
        return ((first.dep_ == "conj" and first.head.i == second.i)
                or (second.dep_ == "conj" and second.head.i == first.i))
    return distinct


def separate_scenes(mentions: Sequence[ActorMention]) -> Distinct:
    """Whether two events of different sentences (with the article's actor ``mentions``) tell
    scenes that each name places or people beyond the actors and share none of them."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for mention in mentions:
        spans.setdefault(mention.sentence_index, []).append((mention.start, mention.end))
    anchors: dict[int, frozenset[str]] = {}

    def anchors_of(event: Event) -> frozenset[str]:
        index, start = event.evidence.sentence_index, event.evidence.start
        if index not in anchors:
            anchors[index], _ = evidence_features(
                event.evidence.sentence,
                [(first - start, last - start) for first, last in spans.get(index, ())],
                frozenset())
        return anchors[index]

    def distinct(one: Event, other: Event) -> bool:
        if one.evidence.sentence_index == other.evidence.sentence_index:
            return False
        first, second = anchors_of(one), anchors_of(other)
        return bool(first) and bool(second) and not first & second
    return distinct


def headline_and_lead(doc: Doc) -> Retold:
    """Whether one of two events stands in the headline over the story parsed into ``doc``
    (``tacitus.quotes.headlines``) and the other in the story's first sentence."""
    end = headline_end(text_of(doc))
    sentences = sentences_of(doc)
    headline = frozenset(index for index, sentence in enumerate(sentences)
                         if sentence.start_char < end)
    lead = next((index for index, sentence in enumerate(sentences)
                 if sentence.start_char >= end), None)

    def retold(one: Event, other: Event) -> bool:
        if not headline or lead is None:
            return False
        places = {one.evidence.sentence_index, other.evidence.sentence_index}
        return lead in places and bool(places & headline)
    return retold


def either(*tests: Distinct) -> Distinct:
    """Two events are distinct when any of ``tests`` says so."""
    def distinct(one: Event, other: Event) -> bool:
        return any(test(one, other) for test in tests)
    return distinct


def extends(one: str, other: str) -> bool:
    """Whether one actor code extends the other ("USA" and "USAMIL"; not "USAGOV" and
    "USAMIL")."""
    return one.startswith(other) or other.startswith(one)


def _targets_agree(one: Event, other: Event) -> bool:
    if one.target is None or other.target is None:
        return True
    return extends(one.target.code, other.target.code)


def _roots_agree(one: Event, other: Event, retold: bool = False) -> bool:
    first, second = one.cameo[:2], other.cameo[:2]
    if first == second:
        return retold or codes_refine(one.cameo, other.cameo)
    if one.evidence.sentence_index != other.evidence.sentence_index and not retold:
        return False
    return any(first in group and second in group for group in COMPATIBLE_ROOTS)


def codes_refine(one: str, other: str) -> bool:
    """Whether one CAMEO code refines the other (a generic code such as 190 stands for its
    root: 190 and 195 agree, 0841 and 0871 do not)."""
    one_code, other_code = _refinable(one), _refinable(other)
    return one_code.startswith(other_code) or other_code.startswith(one_code)


def _refinable(code: str) -> str:
    """A generic code ("190": attack, not specified) stands for its root."""
    return code[:2] if len(code) == 3 and code.endswith("0") else code


def _dates_agree(first: date | None, second: date | None) -> bool:
    if first is None or second is None:
        return first is second
    return abs((first - second).days) <= DAY_WINDOW_DAYS
