"""When an act happened as the text frames it, and whether the text asserts it at all: features
of a trigger for the decision stage (``frame_features``).

An act's time is that of its clause *or* of the phrase that frames it, compared with the
article date:

1. ``frame_date``: the date expression nearest the trigger among those attached to it, to the
   verb of its clause, or to a participle or relative clause that modifies it ("seized the
   territory in the 1967 war", "the ceasefire signed in May", "the siege last year", "arrived
   30 years ago"), read as a period ("in 2019" is the whole year) and bucketed by how long before
   the article date the period ends (``news`` within ``NEWS_WINDOW_DAYS``, ``weeks`` within
   ``RECENT_DAYS``, ``old`` before, ``after`` when it starts later). Without an article date a
   relative expression keeps its own distance ("last year", "three decades ago": ``old``;
   "yesterday": ``news``) and an absolute one is only ``dated``;
2. ``pluperfect``: the act's verb (for an event noun, the verb of its clause) is in the past
   perfect ("had imposed the curbs"), told ``reported`` (backshifted speech: "said they had
   arrested") or ``plain`` (told as earlier than the story);
3. ``outside``: any of these signs that the act is not the story's news, each too rare to
   weigh on its own (on the train split each marked a few dozen candidates, almost none right):
   an ``old`` framing date; an event noun marked as past by a word of ``earlier_markers.tsv``
   ("the previous talks", "last year's election": ``is_marked_earlier``); an event noun whose
   clause is future, negated or counterfactual ("the meeting will take place", ``clause_mode``);
   a clause above the act's own, up to ``MAX_FRAMES`` of them, that is a condition, a future, a
   negation or a counterfactual ("said he would have objected to Ukraine opening an
   investigation": ``frame_above``); a question (``is_question``).

These are features, not drops: news retells the past in the pluperfect and dates by years as
well as reporting what happened, and the model weighs them against the rest (given one by one,
the signs pooled in ``outside`` moved nothing). One is also a drop, where the grammar leaves no
doubt (``tells_history``): a date attached to the act that ends more than ``RECENT_DAYS``
before the article (``tacitus.events.candidates`` makes no candidate of it).

Measured and left out (round twenty-one, ``train_decision.py --check``, train out of fold F1 as
the mean of five repeats): a trigger whose sentence names no old date after a sentence that does
("seized the dam in 2009. Its fighters then expelled the farmers"), though its train candidates
are right less often in each draw (39 of 370 against 0.164 of all): rn 0.447 -> 0.446, rt and ru
up 0.0002 and 0.0004, dev F1 0.356 -> 0.365, out-of-fold confidence >= 0.8 precision 0.795 ->
0.778, and refitted, 7 of the 12 golden outputs it changed gained a wrong event.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from tacitus.events.dates import ANY_WORDED, DIGIT, MONTHS, patterns_for
from tacitus.nlp.doc_memo import DocMemo, sentence_of
from tacitus.nlp.texts import span_text
from tacitus.wordlists import word_map, word_set

NEWS_WINDOW_DAYS = 7
RECENT_DAYS = 60
MAX_FRAMES = 4
VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
EARLIER_MARKERS = word_set("earlier_markers")
# "since 2014", "after the 2008 war": the date is the landmark another act is measured from
LANDMARK_PREPOSITIONS = word_set("landmark_prepositions")
MODALS = word_set("modal_verbs")
COUNTERFACTUAL_MODALS = word_set("modal_verbs", counterfactual="yes")
NEGATIONS = word_set("negation_words")
CONDITIONS = word_set("condition_marks") | word_set("question_openers")
REPORTING = word_set("reporting_verbs")
UNIT_DAYS = {word: int(days) for word, days in word_map("time_units").items()}
NUMBER_WORDS = {word: int(digits) for word, digits in word_map("number_words").items()}
FUTURE_AUX = word_set("future_auxiliaries", reported="no")
# dependencies that lead from a clause to the clause that frames it; an adverbial or relative
# clause is told in its own right ("warned them not to ride, because they will be ambushed")
CLAUSE_FRAME_DEPS = frozenset({"xcomp", "ccomp", "conj", "pcomp", "prep", "acl"})
# and through a noun the framed clause modifies to the clause the noun stands in ("opposed any
# bid to arrest him")
ARGUMENT_FRAME_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "attr", "oprd"})
FRAME_DEPS = CLAUSE_FRAME_DEPS | ARGUMENT_FRAME_DEPS
# the readings that put an act outside the story's time or its asserted world; pooled into one
# feature (``outside``) as each alone is rare
OUTSIDE_DATES = frozenset({"old"})
OUTSIDE_MODES = frozenset({"future", "negated", "counterfactual"})
# a modifier through which a date reaches an event noun: "the 1967 war", "siege last year"
CLAUSE_MODIFIERS = frozenset({"acl", "relcl"})
# the reference date against which a relative expression ("last year") is measured when the
# article has none: any date serves, only the distance is read
REFERENCE_DATE = date(2000, 7, 15)

_COUNT = r"(?P<count>\d+|an?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>" + "|".join(sorted(UNIT_DAYS, key=len, reverse=True)) + r")"
_CASED_MONTH = r"(?P<month>(?-i:[A-Z])[a-z]+)\.?"
# expressions ``tacitus.events.dates`` does not date: "30 years ago", "the 1980s", "in May",
# and a year that modifies an event noun ("the 1967 war", "the 2008 attacks")
AGO = re.compile(rf"\b{_COUNT}\s+(?:more\s+)?{_UNIT}\s+ago\b", re.IGNORECASE)
DECADE = re.compile(r"\b(?P<decade>(?:19|20)\d0)'?s\b")
IN_MONTH = re.compile(rf"\b(?:in|since|during|early|late|mid-?)\s+{_CASED_MONTH}(?!\s*,?\s*\d)",
                      re.IGNORECASE)
BARE_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b(?!\s*(?:%|percent|per cent))")
# where this union finds nothing, neither a worded date of ``PATTERNS`` nor ``AGO`` is found
WORDED_OR_AGO = re.compile(f"{ANY_WORDED.pattern}|{AGO.pattern}", re.IGNORECASE)
# how a year modifies a noun ("the 1967 war"), not counts it ("2000 troops": no determiner)
YEAR_MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "nmod", "npadvmod"})


@dataclass(frozen=True, slots=True)
class Period:
    """A stretch of days a date expression names, where it starts in the text, whether its
    distance from the article holds without the article date ("last year" does, "in 2019" not),
    whether it counts only as a year that modifies a noun, and whether it names no year ("in
    May": the nearest May, which may be ahead)."""

    offset: int
    start: date
    end: date
    relative: bool
    modifier: bool = False
    yearless: bool = False


def frame_features(head: Token, article_date: date | None) -> list[str]:
    """The time and mode features of the trigger headed by ``head`` (module docstring)."""
    carrier = _clause_verb(head)
    when = frame_distance(head, article_date)
    features = [f"frame_date={when}"]
    perfect = pluperfect(carrier)
    if perfect is not None:
        features.append(f"pluperfect={perfect}")
    earlier = is_marked_earlier(head)
    tense = clause_mode(carrier) if head.pos_ in NOUN_POS and carrier.i != head.i else None
    above = frame_above(carrier)
    question = is_question(sentence_of(head))
    if (when in OUTSIDE_DATES or earlier or question or tense in OUTSIDE_MODES
            or above in OUTSIDE_MODES or above == "condition"):
        features.append("outside")
    return features


# --- time -----------------------------------------------------------------------------------

def frame_distance(head: Token, article_date: date | None) -> str:
    """The bucket of the framing date of the trigger ``head``: ``none`` when no date frames it."""
    period = framing_period(head, article_date)
    if period is None:
        return "none"
    if article_date is None and not period.relative:
        return "dated"
    return _bucket(period, article_date or REFERENCE_DATE)


def framing_period(head: Token, article_date: date | None) -> Period | None:
    """The period of the date expression nearest the trigger ``head`` among those that frame
    it (rule 1 of the module docstring); remembered for the last ``Doc``."""
    return _FRAMINGS.get(head.doc, (head.i, article_date))


def _framing_period(doc: Doc, key: tuple[int, date | None]) -> Period | None:
    index, article_date = key
    head = doc[index]
    verb = _clause_verb(head)
    nearest: tuple[int, Period] | None = None
    for period in sentence_periods(sentence_of(head), article_date):
        anchor = head.doc.char_span(period.offset, period.offset + 1, alignment_mode="expand")
        if anchor is None or not len(anchor) or not _frames(anchor[0], verb, head):
            continue
        if period.modifier and not _modifying_year(anchor[0]):
            continue
        distance = abs(anchor[0].i - head.i)
        if nearest is None or distance < nearest[0]:
            nearest = (distance, period)
    return None if nearest is None else nearest[1]


def _bucket(period: Period, published: date) -> str:
    if period.start > published:
        return "after"
    if period.end >= published - timedelta(days=NEWS_WINDOW_DAYS):
        return "news"
    return "weeks" if period.end >= published - timedelta(days=RECENT_DAYS) else "old"


def sentence_periods(sentence: Span, article_date: date | None) -> tuple[Period, ...]:
    """Every date expression of ``sentence`` as a period (relative ones measured from the
    article date, or from ``REFERENCE_DATE`` when the article has none); remembered for the
    last ``Doc``."""
    return _PERIODS.get(sentence.doc,
                        (sentence.start, sentence.end, article_date or REFERENCE_DATE))


def _sentence_periods(doc: Doc, key: tuple[int, int, date]) -> tuple[Period, ...]:
    start, end, published = key
    return tuple(_read_periods(doc[start:end], published))


def _read_periods(sentence: Span, published: date) -> Iterator[Period]:
    text = span_text(sentence)
    base = sentence.start_char
    # searched once for a digit and once for any worded date or "… ago"; only the patterns that
    # may match are scanned
    numbered = DIGIT.search(text) is not None
    worded = WORDED_OR_AGO.search(text) is not None
    for pattern, resolver in patterns_for(numbered=numbered, worded=worded):
        for match in pattern.finditer(text):
            found = resolver(match, published)
            if found is not None:
                yield _period(match, found, base, published)
    for match in AGO.finditer(text) if worded else ():
        count = match["count"].lower()
        number = int(count) if count.isdigit() else NUMBER_WORDS.get(count, 1)
        when = _minus_days(published, number * UNIT_DAYS[match["unit"].lower()])
        if when is not None:
            yield Period(base + match.start(), when, when, relative=True)
    for match in DECADE.finditer(text) if numbered else ():
        decade = int(match["decade"])
        yield Period(base + match.start(), date(decade, 1, 1), date(decade + 9, 12, 31), False)
    for match in IN_MONTH.finditer(text):
        month = MONTHS.get(match["month"].lower())
        if month is not None:
            first = _nearest_year(date(published.year, month, 1), published)
            yield Period(base + match.start(), first, _month_end(first.year, month),
                         relative=False, yearless=True)
    for match in BARE_YEAR.finditer(text) if numbered else ():
        year = int(match["year"])
        yield Period(base + match.start(), date(year, 1, 1), date(year, 12, 31), False,
                     modifier=True)


# the stages ask each trigger's framing date twice (``tells_history`` for the candidates,
# ``frame_features`` for the decision stage), and a sentence's dates once for each trigger in it
_FRAMINGS: DocMemo[tuple[int, date | None], Period | None] = DocMemo(_framing_period)
_PERIODS: DocMemo[tuple[int, int, date], tuple[Period, ...]] = DocMemo(_sentence_periods)


def _period(match: re.Match[str], found: date, base: int, published: date) -> Period:
    """The period a match of ``tacitus.events.dates.PATTERNS`` names, from its first day."""
    groups = {name for name, value in match.groupdict().items() if value}
    words = match.group(0).lower()
    if "day" in groups and "year" not in groups:
        # a day and month without a year: the nearest such day, which may be ahead
        nearest = _nearest_year(found, published)
        return Period(base + match.start(), nearest, nearest, relative=False, yearless=True)
    if "day" in groups:
        return Period(base + match.start(), found, found, relative=False)
    if "month" in groups or "month" in words:
        return Period(base + match.start(), found, _month_end(found.year, found.month),
                      relative="month" in words)
    if "year" in groups or "year" in words:
        return Period(base + match.start(), found, date(found.year, 12, 31),
                      relative="year" in words)
    # a weekday, "yesterday", "today", "last week"
    return Period(base + match.start(), found, found, relative=True)


def _nearest_year(day: date, published: date) -> date:
    """``day`` moved to the year (the article's, the one before or the one after) that brings it
    nearest the article date ``published``: a month or a day named without a year ("until March
    22", "in May") is as often ahead of the article as behind it."""
    options = [moved for year in (published.year - 1, published.year, published.year + 1)
               if (moved := _in_year(day, year)) is not None]
    return min(options, key=lambda moved: abs((moved - published).days), default=day)


def _in_year(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def _modifying_year(token: Token) -> bool:
    """A year that modifies a determined noun ("the 1967 war", "its 2014 annexation"), not a
    number that counts ("deployed 2000 troops")."""
    noun = token.head
    return (token.dep_ in YEAR_MODIFIER_DEPS and noun.pos_ in NOUN_POS
            and any(child.dep_ in {"det", "poss"} and child.i < token.i
                    for child in noun.children))


def _month_end(year: int, month: int) -> date:
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


def _minus_days(published: date, days: int) -> date | None:
    try:
        return published - timedelta(days=days)
    except OverflowError:
        return None


def tells_history(head: Token, article_date: date | None) -> bool:
    """Whether a date the grammar attaches to the act of ``head`` ends more than ``RECENT_DAYS``
    before the article date (or is "last year", "decades ago" in an undated article): the act
    is history retold, not the article's news. A month or a day named without its year ("in
    May", "on March 22") is no proof: it may be ahead ("plans a visit in May")."""
    period = framing_period(head, article_date)
    if period is None or period.yearless or (article_date is None and not period.relative):
        return False
    return _bucket(period, article_date or REFERENCE_DATE) == "old"


def _frames(token: Token, verb: Token, head: Token) -> bool:
    """``token`` reaches the trigger ``head`` or the verb of its clause through no other verb,
    unless that verb is a participle or relative clause of the trigger ("the ceasefire signed in
    May"), and through no preposition of a landmark ("the first talks since 2014")."""
    current = token
    while True:
        if current.i in {verb.i, head.i}:
            return True
        if current.head.i == current.i or current.lower_ in LANDMARK_PREPOSITIONS:
            return False
        if (current.i != token.i and current.pos_ in VERB_POS
                and not (current.dep_ in CLAUSE_MODIFIERS and current.head.i == head.i)):
            return False
        current = current.head


# --- tense and mode -------------------------------------------------------------------------

def pluperfect(verb: Token) -> str | None:
    """``reported`` or ``plain`` when ``verb`` (or the first verb it is conjoined to, whose
    auxiliaries it shares) is in the past perfect, else ``None``."""
    current = verb
    while current.dep_ == "conj" and current.head.pos_ in VERB_POS and current.head.i != current.i:
        if _auxiliaries(current):
            break
        current = current.head
    if current.tag_ not in {"VBN", "VBG"} or "had" not in _auxiliaries(current):
        return None
    return "reported" if _reporter_above(current) else "plain"


def clause_mode(verb: Token) -> str:
    """The tense or mode of the clause of ``verb``: ``counterfactual``, ``modal``, ``future``,
    ``pluperfect``, ``perfect``, ``negated``, ``infinitive``, ``participle``, ``past`` or
    ``present``."""
    aux = _auxiliaries(verb)
    if any(word in COUNTERFACTUAL_MODALS for word in aux) and "have" in aux:
        return "counterfactual"
    if any(word in FUTURE_AUX for word in aux):
        return "future"
    if any(word in MODALS for word in aux):
        return "modal"
    if _negated(verb):
        return "negated"
    if "had" in aux:
        return "pluperfect"
    if aux & {"has", "have", "'ve"}:
        return "perfect"
    if "to" in aux:
        return "infinitive"
    if verb.tag_ == "VBD" or aux & {"was", "were", "did"}:
        return "past"
    if verb.tag_ in {"VBN", "VBG"} and not aux:
        return "participle"
    return "present"


def frame_above(verb: Token) -> str | None:
    """The mode of the nearest clause above ``verb`` that puts it out of the asserted world: a
    condition or question mark, a counterfactual, a modal, a future or a negation."""
    current = verb
    for _ in range(MAX_FRAMES):
        if current.dep_ not in FRAME_DEPS or current.head.i == current.i:
            return None
        current = current.head
        if any(child.dep_ == "mark" and child.lower_ in CONDITIONS
               for child in current.children):
            return "condition"
        if current.pos_ not in VERB_POS:
            continue
        mode = clause_mode(current)
        if mode in {"counterfactual", "modal", "future", "negated"}:
            return mode
    return None


def is_marked_earlier(head: Token) -> bool:
    """The event noun ``head`` is marked as past: "the former ceasefire", "last year's
    election" (a possessive of a time noun that itself carries a marker)."""
    if head.pos_ not in NOUN_POS:
        return False
    for child in head.children:
        if child.dep_ in {"amod", "compound", "advmod"} and child.lower_ in EARLIER_MARKERS:
            return True
        if child.dep_ == "poss" and any(grand.lower_ in EARLIER_MARKERS
                                        for grand in child.children):
            return True
    return False


def is_question(sentence: Span) -> bool:
    """The sentence asks: its last word other than closing quotation marks is "?"."""
    text = span_text(sentence).rstrip().rstrip("\"'\u201d\u2019").rstrip()
    return text.endswith("?")


def _auxiliaries(verb: Token) -> set[str]:
    return {child.lower_ for child in verb.children if child.dep_ in {"aux", "auxpass"}}


def _negated(verb: Token) -> bool:
    return any(child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in NEGATIONS)
               for child in verb.children)


def _reporter_above(verb: Token) -> bool:
    current = verb
    for _ in range(MAX_FRAMES):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() in REPORTING:
            return True
    return False


def _clause_verb(token: Token) -> Token:
    current = token
    while current.pos_ not in VERB_POS and current.head.i != current.i:
        current = current.head
    return current if current.pos_ in VERB_POS else token
