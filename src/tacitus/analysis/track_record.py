"""Track record: which demands were met and which promises were kept, from later coded events.

Each claim names a **doer**: the addressee of a demand or appeal (the one asked to act), the actor
of a commitment, offer or threat (the one who said it would act). A denial speaks of the past and
is not tracked. A coded event is a **candidate** when

- its source is the doer (same country, group or organisation part: ``USAGOV`` ~ ``USA``,
  ``UNOPKO`` ~ ``UNO``, and the PETRARCH/GDELT ``IGOUNO`` ~ ``UNO``; an NGO keeps its unit,
  ``NGOIRC``), and
- it is aimed where the claim is: a commitment, offer or threat that names its target (the
  claim's addressee: "would impose sanctions on Putin") counts only events whose target is that
  actor or of its country, so sanctions on someone else keep nothing; any other claim (a demand
  or an appeal names who must act, not at whom) counts only events aimed at no one or at the
  doer's own side, or whose sentence holds every name the claim's text gives ("stop the strikes
  on Gaza" is not defied by strikes on Lebanon; "release the sailors", naming no one, is kept by
  their release to Britain), and
- it is later: dated after the claim, or on the claim's date in another article or a later
  sentence of the same article, and within the claim's horizon: the one it sets itself ("within
  30 days", "in the next two weeks", units in ``wordlists/time_units.tsv``; "tomorrow", "next
  week", "on Friday" in its text, ``wordlists/horizon_phrases.tsv``), else ``WINDOW_DAYS``.

A candidate is **linked** to the claim by one of two tests, the first that holds:

1. *action*: a word of the claim text starts with a stem of ``claim_actions.tsv`` (and is not one
   of ``wordlists/action_false_friends.tsv``: "significant" does not sign) and the event's CAMEO
   code starts with one of that stem's ``does`` prefixes (the event does what was claimed) or
   ``undoes`` prefixes (it does the opposite). A negation before the action word ("not to
   allow", "won't", "don't", "stop arming"; not "release them by the end of May") swaps the two:
   doing the action is then going against the claim.
2. *topic*: the claim has a PLOVER topic and the event's sentence holds one of that topic's
   keywords (``quotes/topics.tsv``). A topic link is related evidence, not proof either way.

Status, from the action links (``STATUSES``):

- ``met`` / ``defied`` (demand, appeal), ``kept`` / ``broken`` (commitment, offer),
  ``carried_out`` / ``not_carried_out`` (threat): every action link goes one way;
- ``mixed``: action links go both ways;
- ``unresolved``: no action link; the note says whether later events on the topic exist or
  "no later event found", or that no addressee was named;
- ``not_tracked``: a denial.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from tacitus.actors.codes import SECTORS, UNIT
from tacitus.actors.knowledge import load_knowledge_base
from tacitus.datatables import read_packaged_table, split_list
from tacitus.errors import KnowledgeBaseError
from tacitus.quotes.cue_lexicon import load_lexicon
from tacitus.wordlists import word_map, word_set

WINDOW_DAYS = 365
# "within 30 days", "in the next two weeks", "over the coming months": a horizon the claim sets.
HORIZON = re.compile(r"\b(?:within|(?:in|over) the (?:next|coming))\s+([a-z0-9]+)\s+([a-z]+)")
UNIT_DAYS = {word: int(days) for word, days in word_map("time_units").items()}
NUMBER_WORDS = word_map("number_words")
# "within a week": one unit
ONE_WORDS = word_set("single_unit_words")
# "tomorrow", "next week", "on Friday": a horizon named without a number, in the claim's own text
HORIZON_PHRASES = {phrase: int(days) for phrase, days in word_map("horizon_phrases").items()}
ASKING_KINDS = frozenset({"demand", "appeal"})
SELF_KINDS = frozenset({"commitment", "offer", "threat"})
STATUSES = ("met", "defied", "kept", "broken", "carried_out", "not_carried_out", "mixed",
            "unresolved", "not_tracked")
# (kind group) → (status when the doer acts as claimed, status when it acts against the claim)
OUTCOMES = {"demand": ("met", "defied"), "appeal": ("met", "defied"),
            "commitment": ("kept", "broken"), "offer": ("kept", "broken"),
            "threat": ("carried_out", "not_carried_out")}
# A claim whose text holds one of these before its action word asks or promises that the action
# is NOT done; an entry starting with an apostrophe ("n't") is an ending ("don't", "wouldn't").
NEGATIONS = word_set("claim_negations")
NEGATED_ENDINGS = tuple(word for word in NEGATIONS if word.startswith("n'"))
# "significant" does not sign, "aides" do not aid: words that begin with a stem but are no action
FALSE_FRIENDS = word_set("action_false_friends")
WORD = re.compile(r"[a-z][a-z'’-]*")
CODE = re.compile(r"[0-9]{2,4}")
NAME = re.compile(r"[A-Za-z][A-Za-z-]*")
NUMBERED_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")


@dataclass(frozen=True, slots=True)
class Action:
    """A claim action word and the CAMEO code prefixes that do or undo it."""

    stem: str
    does: tuple[str, ...]
    undoes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Link:
    """A later event tied to a claim: ``relation`` is ``as_claimed``, ``against`` or ``related``."""

    event: Mapping[str, Any]
    relation: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        event = self.event
        return {"relation": self.relation, "reason": self.reason, "event_id": event["id"],
                "date": event["date"], "source": event["source"], "target": event["target"],
                "cameo": event["cameo"], "cameo_name": event["cameo_name"],
                "sentence": event["sentence"], "article_id": event["article_id"],
                "sentence_index": event["sentence_index"]}


@dataclass(frozen=True, slots=True)
class TrackedClaim:
    """One claim with its doer, its status, a plain-words note and the linked events."""

    claim: Mapping[str, Any]
    doer: str | None
    status: str
    note: str
    links: tuple[Link, ...]

    def to_dict(self) -> dict[str, Any]:
        claim = self.claim
        return {"claim_id": claim["id"], "kind": claim["kind"], "date": claim["date"],
                "actor": claim["actor"], "addressee": claim["addressee"],
                "text": claim["text"], "topic": claim["topic"], "sentence": claim["sentence"],
                "article_id": claim["article_id"], "doer": self.doer, "status": self.status,
                "note": self.note, "events": [link.to_dict() for link in self.links]}


@dataclass(frozen=True, slots=True)
class TrackRecord:
    """An actor's record: the claims it made and the claims addressed to it."""

    code: str
    made: tuple[TrackedClaim, ...]
    addressed: tuple[TrackedClaim, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "made": [item.to_dict() for item in self.made],
                "addressed": [item.to_dict() for item in self.addressed]}


@lru_cache(maxsize=1)
def load_actions() -> tuple[Action, ...]:
    """Read and validate ``claim_actions.tsv`` once per process."""
    actions: list[Action] = []
    for row in read_packaged_table("tacitus.analysis", "claim_actions.tsv",
                                   ("stem", "does", "undoes")):
        does = split_list(row["does"])
        undoes = () if row["undoes"] == "-" else split_list(row["undoes"])
        if not row["stem"] or not does:
            raise row.fail("a stem and at least one `does` code are needed")
        if not all(CODE.fullmatch(code) for code in (*does, *undoes)):
            raise row.fail("codes must be CAMEO code prefixes of 2 to 4 digits")
        actions.append(Action(row["stem"].lower(), does, undoes))
    if len({action.stem for action in actions}) != len(actions):
        raise KnowledgeBaseError("claim_actions.tsv: a stem is listed twice")
    return tuple(actions)


def actor_key(code: str) -> str:
    """The country, group or organisation part of an actor code, a code prefix (``USAGOV`` →
    ``USA``, ``UNOPKO`` and ``IGOUNO`` → ``UNO``; a sector keeps its unit: ``NGOIRC``)."""
    modern = load_knowledge_base().organisation_units.modern(code.upper())
    return modern[:2 * UNIT] if modern.startswith(SECTORS) else modern[:UNIT]


def doer_of(claim: Mapping[str, Any]) -> str | None:
    """The code of whoever the claim expects to act, or ``None`` (denial, no addressee)."""
    kind = claim["kind"]
    party = claim["addressee"] if kind in ASKING_KINDS else (
        claim["actor"] if kind in SELF_KINDS else None)
    return str(party["code"]) if party else None


def is_negated(text: str) -> bool:
    """Does the claim ask or promise that something is not done?"""
    return any(_negation(word) for word in claim_words(text))


def claim_words(text: str) -> list[str]:
    """The words of a claim's text, lower case, with a straight apostrophe."""
    return WORD.findall(text.lower().replace("’", "'"))


def acted_on(words: Sequence[str], action: Action) -> bool | None:
    """Whether the claim's words name ``action``: ``None`` when they do not, else whether a
    negation comes before it ("will not release": True; "release them by the end of May":
    False, for the "end" comes after the act)."""
    at = next((i for i, word in enumerate(words)
               if word.startswith(action.stem) and word not in FALSE_FRIENDS), None)
    if at is None:
        return None
    return any(_negation(word) for word in words[:at])


def _negation(word: str) -> bool:
    return word in NEGATIONS or word.endswith(NEGATED_ENDINGS)


def track_claims(claims: Iterable[Mapping[str, Any]], events: Sequence[Mapping[str, Any]], *,
                 window_days: int = WINDOW_DAYS) -> tuple[TrackedClaim, ...]:
    """Every claim with its status and linked later events (records as the store returns)."""
    actions = load_actions()
    keywords = _topic_keywords()
    return tuple(_track(claim, events, actions, keywords, window_days) for claim in claims)


def build_track_record(code: str, claims: Iterable[Mapping[str, Any]],
                       events: Sequence[Mapping[str, Any]], *,
                       window_days: int = WINDOW_DAYS) -> TrackRecord:
    """The record of the actor ``code`` (a code prefix): claims it made, claims addressed to it."""
    prefix = code.upper()
    made: list[Mapping[str, Any]] = []
    addressed: list[Mapping[str, Any]] = []
    for claim in claims:
        if claim["actor"] and str(claim["actor"]["code"]).startswith(prefix):
            made.append(claim)
        elif claim["addressee"] and str(claim["addressee"]["code"]).startswith(prefix):
            addressed.append(claim)
    return TrackRecord(prefix, track_claims(made, events, window_days=window_days),
                       track_claims(addressed, events, window_days=window_days))


def _topic_keywords() -> dict[str, tuple[tuple[str, ...], ...]]:
    by_topic: dict[str, list[tuple[str, ...]]] = {}
    for context, words in load_lexicon().topic_keywords:
        by_topic.setdefault(context, []).append(words)
    return {context: tuple(words) for context, words in by_topic.items()}


def _track(claim: Mapping[str, Any], events: Sequence[Mapping[str, Any]],
           actions: tuple[Action, ...], keywords: Mapping[str, tuple[tuple[str, ...], ...]],
           window_days: int) -> TrackedClaim:
    # 1. who is expected to act
    kind = claim["kind"]
    if kind not in OUTCOMES:
        return TrackedClaim(claim, None, "not_tracked",
                            "a denial speaks of the past: nothing later to check", ())
    doer = doer_of(claim)
    if doer is None:
        return TrackedClaim(claim, None, "unresolved",
                            "no addressee named: nobody to hold to it", ())
    claimed = _date(claim["date"])
    if claimed is None:
        return TrackedClaim(claim, doer, "unresolved",
                            "the claim has no date: later events cannot be told apart", ())
    # 2. the doer's later events, aimed where the claim is, within its horizon
    horizon = min(implied_window(f"{claim['text']} {claim.get('sentence') or ''}", window_days),
                  named_window(str(claim["text"]), window_days))
    later = [event for event in events if _by(event, doer) and _aimed(event, claim, doer)
             and _later(event, claim, claimed, horizon)]
    if not later:
        aimed = "" if kind not in SELF_KINDS else (
            f" aimed at {actor_key(claim['addressee']['code'])}" if claim["addressee"]
            else " aimed at no one else or at whom the claim names")
        return TrackedClaim(claim, doer, "unresolved",
                            f"no later event found by {actor_key(doer)}{aimed}", ())
    # 3. link by action words, then by topic
    words = claim_words(claim["text"])
    matched = [(action, negated) for action in actions
               if (negated := acted_on(words, action)) is not None]
    links = [link for event in later
             if (link := _link(event, matched, claim["topic"], keywords)) is not None]
    return _judge(claim, doer, kind, links)


def _judge(claim: Mapping[str, Any], doer: str, kind: str, links: list[Link]) -> TrackedClaim:
    done, undone = OUTCOMES[kind]
    ways = {link.relation for link in links} - {"related"}
    ordered = tuple(sorted(links, key=lambda link: (link.relation == "related",
                                                    link.event["date"] or "")))
    if ways == {"as_claimed"}:
        first = next(link for link in ordered if link.relation == "as_claimed")
        return TrackedClaim(claim, doer, done,
                            f"{actor_key(doer)} later did it: {first.reason}", ordered)
    if ways == {"against"}:
        first = next(link for link in ordered if link.relation == "against")
        return TrackedClaim(claim, doer, undone,
                            f"{actor_key(doer)} later did the opposite: {first.reason}", ordered)
    if ways:
        return TrackedClaim(claim, doer, "mixed",
                            "later events go both ways", ordered)
    if ordered:
        return TrackedClaim(claim, doer, "unresolved",
                            f"{len(ordered)} later event(s) by {actor_key(doer)} on "
                            f"{claim['topic']}, none doing or undoing what was claimed", ordered)
    return TrackedClaim(claim, doer, "unresolved",
                        f"no later event found by {actor_key(doer)} on this action or topic", ())


def _link(event: Mapping[str, Any], matched: Sequence[tuple[Action, bool]], topic: str | None,
          keywords: Mapping[str, tuple[tuple[str, ...], ...]]) -> Link | None:
    cameo = str(event["cameo"])
    for action, negated in matched:
        does = next((code for code in action.does if cameo.startswith(code)), None)
        undoes = next((code for code in action.undoes if cameo.startswith(code)), None)
        if does is None and undoes is None:
            continue
        doing = does is not None
        relation = "against" if doing == negated else "as_claimed"
        how = "does" if doing else "undoes"
        prefix = "not " if negated else ""
        return Link(event, relation,
                    f"'{prefix}{action.stem}…' vs CAMEO {cameo} ({event['cameo_name']}), "
                    f"which {how} it")
    if topic is None:
        return None
    sentence = WORD.findall(str(event["sentence"] or "").lower())
    for words in keywords.get(topic, ()):
        if _contains(sentence, words):
            return Link(event, "related", f"same topic {topic}: '{' '.join(words)}'")
    return None


def _contains(sentence: Sequence[str], words: tuple[str, ...]) -> bool:
    size = len(words)
    return any(all(sentence[i + k].startswith(words[k]) for k in range(size))
               for i in range(len(sentence) - size + 1))


def implied_window(text: str, default: int) -> int:
    """The horizon, in days, a claim sets itself ("within 30 days"), capped at ``default``."""
    for match in HORIZON.finditer(text.lower()):
        count, unit = match.groups()
        number = (1 if count in ONE_WORDS else int(count) if count.isdigit()
                  else int(NUMBER_WORDS.get(count, "0")))
        if number and unit in UNIT_DAYS:
            return min(default, number * UNIT_DAYS[unit])
    return default


def named_window(text: str, default: int) -> int:
    """The nearest horizon a claim's text names without a number ("tomorrow", "next week", "on
    Friday"; ``horizon_phrases.tsv``), capped at ``default``."""
    # numbers stay words: "within 30 days" is a count for ``implied_window``, not "within days"
    words = " ".join(NUMBERED_WORD.findall(text.lower()))
    named = [days for phrase, days in HORIZON_PHRASES.items()
             if re.search(rf"\b{re.escape(phrase)}\b", words)]
    return min([default, *named])


def _aimed(event: Mapping[str, Any], claim: Mapping[str, Any], doer: str) -> bool:
    """A commitment, offer or threat naming its target links only events aimed at that target
    (or its country). Any other claim links only events aimed at no one, at the doer's own side,
    or whose sentence holds every name the claim's text gives ("stop the strikes on Gaza" is not
    met or defied by strikes on Lebanon; "would impose sanctions on Iran" read without an
    addressee is kept by sanctions on Iran)."""
    wanted = claim["addressee"]
    target = event["target"]
    if claim["kind"] in SELF_KINDS and wanted:
        if not target:
            return False
        return actor_key(str(target["code"])) == actor_key(str(wanted["code"])) or (
            bool(target.get("country")) and target.get("country") == wanted.get("country"))
    return (not target or actor_key(str(target["code"])) == actor_key(doer)
            or names_in(str(claim["text"])) <= set(NAME.findall(str(event["sentence"] or ""))))


def names_in(text: str) -> set[str]:
    """The names a claim's text gives after its first word ("on Putin and Lavrov"; none in
    "release the sailors" or in a text all in capitals)."""
    return {word for word in NAME.findall(text)[1:] if word.istitle()}


def _by(event: Mapping[str, Any], doer: str) -> bool:
    source = event["source"]
    return bool(source) and actor_key(str(source["code"])) == actor_key(doer)


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _later(event: Mapping[str, Any], claim: Mapping[str, Any], claimed: date,
           window_days: int) -> bool:
    when = _date(event["date"])
    if when is None or when < claimed or when > claimed + timedelta(days=window_days):
        return False
    if when > claimed:
        return True
    if event["article_id"] != claim["article_id"]:
        return True
    return int(event["sentence_index"]) > int(claim["sentence_index"])
