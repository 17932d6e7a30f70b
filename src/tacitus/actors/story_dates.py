"""A story's date estimated from its own text, for an article that carries none.

An undated story would take each office holder's latest office ("Menem" in a 1989 story coded
by what he became later, or an old story's minister by a post they held years on). The text
itself dates the story: the years it names, and the people it names as holding an office
("President X", "X, the foreign minister", not "former"). Each is a span of days the story
could be from:

- a year named (``1989``) stands for the year before, that year and the year after (a story
  speaks of last year, this year and next);
- a person named with the title of one of their offices (in their mention or in the few words
  before it), for the tenure of that office (the longest title the text gives them, so "Vice
  President X" is not read as "President X").

The story's date is the middle of the span of days most of them agree on (``most_agreed``);
on a tie, the latest such span, since an undated story took the latest office so far. One
piece of evidence alone dates nothing (a story looks back, "elected in 1996", and ahead, "by
2020"): at least two must agree. A span open to the present (an office still held) dates
nothing either: the latest office is then the right one already. With no estimate the story
stays undated.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from tacitus.actors.knowledge import KnowledgeBase, Tenure
from tacitus.actors.name_runs import FORMER, former
from tacitus.model import ActorMention

# the years a four-digit number may name
FIRST_YEAR = 1900
LAST_YEAR = 2099
YEAR_DIGITS = 4
# a year named stands for this many years either side of it
YEAR_REACH = 1
# the end of a span still open (an office still held)
OPEN = date.max
# no fewer pieces of evidence date a story
MIN_AGREEING = 2
# how many words before a person's mention may hold their title
TITLE_REACH = 3
# how a person mention was resolved from the knowledge base's office holders
PERSON_HOWS = frozenset({"office", "kb"})


@dataclass(frozen=True, slots=True)
class DateSpan:
    """The days from ``start`` to ``end``, both included; ``end`` is ``OPEN`` for an office
    still held."""

    start: date
    end: date

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end


def year_span(year: int) -> DateSpan:
    """The days a story that names ``year`` is likely from."""
    return DateSpan(date(year - YEAR_REACH, 1, 1), date(year + YEAR_REACH, 12, 31))


def tenure_span(tenure: Tenure) -> DateSpan:
    return DateSpan(tenure.start, tenure.end if tenure.end is not None else OPEN)


def most_agreed(spans: Sequence[DateSpan]) -> tuple[int, DateSpan] | None:
    """How many ``spans`` agree at most, and the run of days that many cover (the latest, when
    there are several); ``None`` when there are no spans."""
    if not spans:
        return None
    # the days where the count of covering spans can change
    starts = sorted({span.start for span in spans}
                    | {date.fromordinal(span.end.toordinal() + 1) for span in spans
                       if span.end != OPEN})
    best: tuple[int, date, date] | None = None
    for index, start in enumerate(starts):
        end = (date.fromordinal(starts[index + 1].toordinal() - 1)
               if index + 1 < len(starts) else OPEN)
        count = sum(1 for span in spans if span.covers(start))
        if count == 0:
            continue
        if best is not None and best[0] == count and best[2].toordinal() + 1 == start.toordinal():
            best = (count, best[1], end)  # the same count runs on
        elif best is None or count >= best[0]:
            best = (count, start, end)
    assert best is not None
    return best[0], DateSpan(best[1], best[2])


def estimate_day(spans: Sequence[DateSpan]) -> date | None:
    """The middle of the span most ``spans`` agree on; ``None`` when fewer than
    ``MIN_AGREEING`` agree, or when that span is open to the present (module docstring)."""
    found = most_agreed(spans)
    if found is None:
        return None
    count, agreed = found
    if count < MIN_AGREEING or agreed.end == OPEN:
        return None
    return date.fromordinal((agreed.start.toordinal() + agreed.end.toordinal()) // 2)


def named_years(doc: Doc) -> list[int]:
    """The distinct years the text names, as four-digit numbers."""
    years = {int(token.text) for token in doc
             if len(token.text) == YEAR_DIGITS and token.text.isdigit()}
    return sorted(year for year in years if FIRST_YEAR <= year <= LAST_YEAR)


def stated_tenures(doc: Doc, mentions: Iterable[ActorMention],
                   kb: KnowledgeBase) -> list[Tenure]:
    """The tenures of the known people the text names with the title of one of their offices
    (the longest such title), not marked as held no longer."""
    found: list[Tenure] = []
    for mention in mentions:
        if mention.actor.kind != "person" or mention.how not in PERSON_HOWS:
            continue
        tenures = kb.tenures_of(mention.actor.name)
        # the mention with the words just before it: a title the mention did not take in
        # ("Federal Treasurer Peter Costello")
        window = doc[max(0, mention.token_start - TITLE_REACH):mention.token_end]
        words = f" {' '.join(token.lower_ for token in window)} "
        titled = [tenure for tenure in tenures if f" {tenure.office.lower()} " in words]
        if (not titled or former(doc, mention.token_start)
                or any(token.lower_ in FORMER for token in window)):
            continue
        longest = max(len(tenure.office) for tenure in titled)
        found.extend(tenure for tenure in titled if len(tenure.office) == longest)
    return found


def estimate_story_date(doc: Doc, mentions: Iterable[ActorMention],
                        kb: KnowledgeBase) -> date | None:
    """The date of an undated story from the years it names and the offices it states its
    people hold (module docstring), resolved first with no date into ``mentions``."""
    spans = [year_span(year) for year in named_years(doc)]
    # one span per tenure, however often the holder is named with its title
    spans.extend(tenure_span(tenure) for tenure in dict.fromkeys(stated_tenures(doc, mentions,
                                                                                kb)))
    return estimate_day(spans)
