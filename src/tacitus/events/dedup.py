"""Events, not reports: decide which coded reports describe the same real-world event.

Two reports are the same event when all of these hold (``same_event``):

1. they come from different articles, or from the same sentence of one article (a sentence that
   says "shelled ..., killing ten" states one event); other reports of one article stay apart;
2. same dyad: each side's actor codes share the country or group part (first three letters) and
   their type codes are compatible (one side has none, or they share one); both targets missing
   counts as the same target; for the symmetric roots of ``SYMMETRIC_ROOTS`` (A met B is B met A)
   the reversed dyad matches too; a report with no target ("Russia launched strikes overnight")
   matches a report of the same source and the same root that names one (it tells the same
   happening with less), but a cluster holding a report aimed at one target is not joined by a
   report aimed at another through it (``conflicting``);
3. compatible CAMEO roots: the same root, or two roots of one group in ``COMPATIBLE_ROOTS``;
4. both dated, at most ``MergeRules.window_days`` apart;
5. similar evidence: when both sentences name places or people beyond the dyad (``anchors``:
   capitalised words that are not an actor mention, a dyad name, a weekday or a month), at least
   ``min_anchor_overlap`` of the smaller set is shared; otherwise the content words (lower case,
   no stop words, no actor words) have a Jaccard similarity of at least ``min_word_similarity``
   with at least ``min_shared_words`` in common.

A report joins the cluster holding its most similar matching report (single link, less the
clusters it conflicts with), looking in a
large cluster only at its earliest and latest ``MergeRules.compared_reports`` reports by the order
below: the first reports say what the event was, the last what the story has become, and the cost
of a comparison stays bounded however often a story was reported (docs/scaling.md). A cluster's id
is the coder's id of its earliest report by (date, article id, sentence start, trigger start, id),
so the id does not depend on which article was ingested first unless the clusters themselves do.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TypeVar

from tacitus.events.ontology import root_group
from tacitus.wordlists import word_map, word_set

# Roots that reporters use for one happening: an attack is "assault" in one outlet, "fight" in
# another and "destroy property" in a third; a meeting is "consult" here and "diplomatic
# cooperation" (an agreement signed) there.
COMPATIBLE_ROOTS: tuple[frozenset[str], ...] = (
    root_group("coercion_and_violence"),
    root_group("meeting_or_agreement"),
)
# Roots whose action is mutual: "Blinken met Qureshi" and "Qureshi met Blinken" are one meeting.
SYMMETRIC_ROOTS = root_group("symmetric")

_STOP_WORDS = word_set("non_content_words")
# capitalised, these are no names: a date or a courtesy title anchors no happening
_NON_ANCHORS = word_set("calendar", form="name") | word_set("courtesy_titles")
_NUMBER_WORDS = word_map("number_words")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_STEM_ENDINGS = ("ing", "ed", "es", "s")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class MergeRules:
    """The thresholds of ``same_event`` and the bound on the reports of a cluster compared with a
    new one (documented in the module docstring)."""

    window_days: int = 3
    min_anchor_overlap: float = 0.5
    min_word_similarity: float = 0.2
    min_shared_words: int = 2
    compared_reports: int = 8


@dataclass(frozen=True, slots=True)
class Report:
    """One coded event as reported in one article, with what is needed to compare it."""

    coded_id: str
    article_id: str
    day: date | None
    start: int
    trigger_start: int
    source_code: str
    target_code: str | None
    root: str
    anchors: frozenset[str]
    words: frozenset[str]

    @property
    def key(self) -> tuple[bool, date, str, int, int, str]:
        """The order that makes a cluster's earliest report (undated reports last)."""
        return (self.day is None, self.day or date.min, self.article_id, self.start,
                self.trigger_start, self.coded_id)


@dataclass(slots=True)
class Cluster:
    """Reports of one real-world event; ``stored_id`` is its id in the store, if it has one."""

    reports: list[Report] = field(default_factory=list)
    stored_id: str | None = None

    @property
    def event_id(self) -> str:
        """The coder's id of the earliest report."""
        return min(self.reports, key=lambda report: report.key).coded_id

    @property
    def changed(self) -> bool:
        return self.stored_id != self.event_id


def _stem(word: str) -> str:
    for ending in _STEM_ENDINGS:
        if len(word) > len(ending) + 3 and word.endswith(ending):
            return word[: -len(ending)]
    return word


def name_words(names: Iterable[str | None]) -> frozenset[str]:
    """The lower-case words of actor names, cut to five letters ("Afghanistan" covers "Afghan")."""
    return frozenset(word.lower()[:5] for name in names if name for word in _WORD.findall(name)
                     if len(word) > 2)


def evidence_features(
    sentence: str, actor_spans: Sequence[tuple[int, int]], dyad_names: frozenset[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """The anchors and content words of an evidence sentence; spans are offsets in ``sentence``."""
    mixed_case = not sentence.isupper()
    # the characters inside actor mentions, marked once: a word touching one is an actor's word
    length = len(sentence)
    inside = bytearray(length)
    for start, end in actor_spans:
        start, end = min(max(start, 0), length), min(max(end, 0), length)
        if end > start:
            inside[start:end] = b"\x01" * (end - start)
    anchors: set[str] = set()
    words: set[str] = set()
    for position, match in enumerate(_WORD.finditer(sentence)):
        if 1 in inside[match.start():match.end()]:
            continue
        token = match.group()
        lower = token.lower()
        if lower[:5] in dyad_names or lower in _STOP_WORDS:
            continue
        normal = _NUMBER_WORDS.get(lower, lower)
        if len(normal) < 3 and not normal.isdigit():
            continue
        words.add(_stem(normal))
        if mixed_case and position > 0 and token[0].isupper() and lower not in _NON_ANCHORS:
            anchors.add(lower)
    return frozenset(anchors), frozenset(words)


@cache
def _types(code: str) -> frozenset[str]:
    return frozenset(code[index:index + 3] for index in range(3, len(code), 3))


def compatible_actors(first: str | None, second: str | None) -> bool:
    """Same country or group part, and type codes that do not contradict each other."""
    if first is None or second is None:
        return first is second
    if first[:3] != second[:3]:
        return False
    first_types, second_types = _types(first), _types(second)
    return not first_types or not second_types or bool(first_types & second_types)


def compatible_roots(first: str, second: str) -> bool:
    """The same CAMEO root, or two roots of one group of ``COMPATIBLE_ROOTS``."""
    return first == second or any(first in group and second in group
                                  for group in COMPATIBLE_ROOTS)


def roots_compatible_with(root: str) -> frozenset[str]:
    """Every root that ``compatible_roots`` accepts beside ``root``, ``root`` included."""
    return frozenset({root}).union(*(group for group in COMPATIBLE_ROOTS if root in group))


@cache
def root_class(root: str) -> str:
    """One name for the roots ``compatible_roots`` accepts together: the lowest of them. Two
    roots are compatible exactly when their classes are equal, as the groups of
    ``COMPATIBLE_ROOTS`` do not overlap."""
    return min(roots_compatible_with(root))


def _overlap(first: frozenset[str], second: frozenset[str]) -> float:
    return len(first & second) / min(len(first), len(second))


def _jaccard(first: frozenset[str], second: frozenset[str]) -> float:
    union = first | second
    return len(first & second) / len(union) if union else 0.0


def similarity(first: Report, second: Report, rules: MergeRules) -> float:
    """How alike two reports' evidence is, 0 when below the rules' threshold."""
    if first.anchors and second.anchors:
        score = _overlap(first.anchors, second.anchors)
        return score if score >= rules.min_anchor_overlap else 0.0
    # one shared word (the verb, say) is not evidence: two is the least that can describe a scene
    score = _jaccard(first.words, second.words)
    enough = len(first.words & second.words) >= rules.min_shared_words
    return score if enough and score >= rules.min_word_similarity else 0.0


def same_event(first: Report, second: Report, rules: MergeRules) -> float:
    """The similarity of two reports of one event, or 0 when they are different events."""
    if not compatible_roots(first.root, second.root) or not _same_dyad(first, second):
        return 0.0
    if first.article_id == second.article_id:
        return 1.0 if first.start == second.start else 0.0
    if first.day is None or second.day is None:
        return 0.0
    if abs((first.day - second.day).days) > rules.window_days:
        return 0.0
    return similarity(first, second, rules)


def _same_dyad(first: Report, second: Report) -> bool:
    if compatible_actors(first.source_code, second.source_code) and (
            compatible_actors(first.target_code, second.target_code)
            or _one_targetless(first, second)):
        return True
    return (first.root in SYMMETRIC_ROOTS and second.root in SYMMETRIC_ROOTS
            and compatible_actors(first.source_code, second.target_code)
            and compatible_actors(first.target_code, second.source_code))


def _one_targetless(first: Report, second: Report) -> bool:
    """One report names no target and the other does, of the same root (rule 2)."""
    return (first.target_code is None) != (second.target_code is None) and first.root == second.root


def conflicting(cluster: Cluster, report: Report, rules: MergeRules) -> bool:
    """Whether a report with a target could join a cluster only through a report without one:
    the cluster's compared reports name targets, none on the report's dyad (A's strikes on B and
    A's strikes on C never meet through "A launched strikes")."""
    if report.target_code is None:
        return False
    aimed = [member for member in compared_reports(cluster, rules)
             if member.target_code is not None]
    return bool(aimed) and not any(_same_dyad(member, report) for member in aimed)


def merge_reports(
    clusters: Sequence[Cluster], reports: Sequence[Report], rules: MergeRules
) -> list[Cluster]:
    """Add new reports to stored clusters or to new ones; returns every cluster that got a report.

    Reports are taken in ``Report.key`` order, so a batch gives the same clusters in any order.
    A report whose coder id is already a stored event or report joins that event.
    """
    pool = _Pool()
    for cluster in clusters:
        pool.add(cluster)
    by_id = {report.coded_id: cluster for cluster in clusters for report in cluster.reports}
    by_id.update({cluster.stored_id: cluster for cluster in clusters if cluster.stored_id})
    touched: dict[int, Cluster] = {}
    for report in sorted(reports, key=lambda item: item.key):
        found = by_id.get(report.coded_id) or _best_cluster(pool.candidates(report), report,
                                                             rules)
        cluster = found if found is not None else Cluster()
        if found is None:
            pool.add(cluster)
        cluster.reports.append(report)
        pool.index(cluster, report)
        by_id.setdefault(report.coded_id, cluster)
        touched[id(cluster)] = cluster
    return list(touched.values())


@dataclass(slots=True)
class _Pool:
    """The clusters, indexed by their reports' articles, anchors and words, each under the
    report's ``root_class`` and ordered dyad (``indexed_tokens``): a report scores above 0 only
    with a report of a root ``compatible_roots`` accepts and of its own ordered dyad (or the
    reversed one, for symmetric roots; or, without a target, of its source), and then only with
    one of its own article, or sharing an anchor when both have some, or else sharing a word; the
    others are never compared (the result is that of comparing all, in the same order)."""

    clusters: list[Cluster] = field(default_factory=list)
    positions: dict[int, int] = field(default_factory=dict)
    # (root class, source base, target base) -> "\0" + article id, "a" + anchor, "w" + word
    # of a report with anchors, "p" + one without -> positions of the clusters holding one
    by_token: dict[tuple[str, str, str], dict[str, set[int]]] = field(default_factory=dict)

    def add(self, cluster: Cluster) -> None:
        self.positions[id(cluster)] = len(self.clusters)
        self.clusters.append(cluster)
        for report in cluster.reports:
            self.index(cluster, report)

    def index(self, cluster: Cluster, report: Report) -> None:
        position = self.positions[id(cluster)]
        keys, tokens = indexed_tokens(report)
        for key in keys:
            group = self.by_token.setdefault(key, {})
            for token in tokens:
                group.setdefault(token, set()).add(position)

    def candidates(self, report: Report) -> list[Cluster]:
        return [self.clusters[position] for position in sorted(looked_up(self.by_token, report))]


TokenKey = tuple[str, str, str]
# the target part of the key under which a report with a target is also indexed, for the reports
# of its source and root that name none
ANY_TARGET = "*"


def indexed_tokens(report: Report) -> tuple[tuple[TokenKey, ...], tuple[str, ...]]:
    """Where a report is indexed for the reports that may score above 0 with it: its
    ``root_class`` and ordered dyad (and, with a target, its root and source with
    ``ANY_TARGET``), and its tokens ("\\0" + article id, "a" + anchor, "w" + word of a report
    with anchors, "p" + word of one without)."""
    plain = "w" if report.anchors else "p"
    source, target = _bases(report)
    keys: tuple[TokenKey, ...] = ((root_class(report.root), source, target),)
    if report.target_code is not None:
        keys += ((report.root, source, ANY_TARGET),)
    return (keys, ("\0" + report.article_id, *("a" + anchor for anchor in report.anchors),
                   *(plain + word for word in report.words)))


def searched_tokens(report: Report) -> tuple[list[TokenKey], list[str]]:
    """The keys and tokens under which ``indexed_tokens`` put every report that can score above 0
    with this one: its own key (and the reversed dyad's, for symmetric roots; without a target,
    its root and source with ``ANY_TARGET``; with one, its root class and source without a
    target), and a token of its article, an anchor when it has some, else a word."""
    if report.anchors:
        # anchors against anchors; words only against reports without anchors
        tokens = [*("a" + anchor for anchor in report.anchors),
                  *("p" + word for word in report.words)]
    else:
        tokens = [prefix + word for word in report.words for prefix in ("w", "p")]
    tokens.append("\0" + report.article_id)
    source, target = _bases(report)
    kind = root_class(report.root)
    keys = [(kind, source, target)]
    if report.root in SYMMETRIC_ROOTS and source != target:
        keys.append((kind, target, source))
    # a report without a target and one with a target match on the same root only; the key
    # without a target holds the root class, which the look-up of ``same_event`` narrows
    keys.append((report.root, source, ANY_TARGET) if report.target_code is None
                else (kind, source, ""))
    return keys, tokens


def looked_up(index: Mapping[TokenKey, Mapping[str, Collection[T]]], report: Report) -> set[T]:
    """Everything ``index`` (``indexed_tokens``' keys, then tokens) holds under the keys and
    tokens ``searched_tokens`` gives for ``report``."""
    keys, tokens = searched_tokens(report)
    found: set[T] = set()
    for key in keys:
        group = index.get(key, {})
        for token in tokens:
            found.update(group.get(token, ()))
    return found


def _bases(report: Report) -> tuple[str, str]:
    """The country or group part of the source and of the target ("" for none), in that order:
    ``compatible_actors`` holds only between codes of the same part."""
    return report.source_code[:3], (report.target_code or "")[:3]


def _best_cluster(clusters: Sequence[Cluster], report: Report, rules: MergeRules) -> Cluster | None:
    best: tuple[float, Cluster] | None = None
    for cluster in clusters:
        if any(member.article_id == report.article_id and member.start != report.start
               for member in cluster.reports) or conflicting(cluster, report, rules):
            continue
        score = max(same_event(member, report, rules)
                    for member in compared_reports(cluster, rules))
        if score > 0 and (best is None or score > best[0]):
            best = (score, cluster)
    return None if best is None else best[1]


def compared_reports(cluster: Cluster, rules: MergeRules) -> Sequence[Report]:
    """The reports of a cluster a new report is compared with: all of a small cluster, else its
    earliest and latest ``rules.compared_reports`` by ``Report.key``."""
    bound = rules.compared_reports
    if len(cluster.reports) <= 2 * bound:
        return cluster.reports
    ordered = sorted(cluster.reports, key=lambda report: report.key)
    return [*ordered[:bound], *ordered[-bound:]]
