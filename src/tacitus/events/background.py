"""News, not background: which coded events an article tells as history or as what has not happened.

An article reports what happened on its date or in the days before; it also recalls history,
standing conditions and plans. An event is *background* (``is_background``) when

1. the date expression that governs its trigger (``governing_date``: a date of
   ``tacitus.events.dates`` attached to the trigger's own clause, reached from the expression by
   head links that pass through no other verb) lies more than ``NEWS_WINDOW_DAYS`` before the
   article date: "retook the region in a six-week war in 2020", "expelled the envoy in March
   2019"; a date that belongs to another clause ("said on Monday that …", "accused the army of
   orchestrating his removal last year") does not count;
2. its clause is perfect or habitual with a marker of duration or repetition: a "since" phrase or
   clause that does not start within the window ("have fought three wars since 1947", "has been
   under sanctions since the election"), a frequency adverb ("has repeatedly denied", "routinely
   rejects"), "long" with the perfect ("has long accused"), or "for years/decades/months";
3. its trigger is an event noun that is the starting point of a "since" phrase ("has been run by
   them since a war in the 1990s").

An event is *unrealised* (``is_unrealised``) when

4. it is scheduled, not done: its clause is the infinitive of "be" ("was to hold talks", "are to be
   freed") or of an adjective or participle of schedule ("was due to meet", "is expected to sign",
   "is set to visit");
5. it lies in a condition: its verb's clause, or a clause its verb is chained to (an infinitive or
   a conjunct), is marked "if" or "unless";
6. it is what a noun of fear or possibility names: "fears of a wider war", "the risk of sanctions".

Negation and modals ("did not sign", "could impose") are handled where triggers are found
(``tacitus.events.triggers``); this stage only drops what the clause coder keeps.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from tacitus.events.clauses import has_infinitive_marker
from tacitus.events.dates import dates_in_text, resolve_date_in_text
from tacitus.model import Event
from tacitus.nlp.doc_memo import DocMemo, sentence_of
from tacitus.nlp.texts import span_text
from tacitus.nlp.token_arrays import arrays_of
from tacitus.wordlists import word_set

# The news cycle: an article's events are those of its date and the week before.
NEWS_WINDOW_DAYS = 7
VERB_POS = frozenset({"VERB", "AUX"})
FREQUENCY_ADVERBS = word_set("frequency_adverbs")
PERFECT_ADVERBS = frozenset({"long", "previously", "ever"})
DURATION_NOUNS = word_set("duration_nouns")
SCHEDULE_HEADS = word_set("schedule_heads")
CONDITION_MARKERS = word_set("condition_marks")
FEAR_NOUNS = word_set("fear_nouns")


def news_events(doc: Doc, events: Sequence[Event], article_date: date | None) -> tuple[Event, ...]:
    """``events`` less those that are background or unrealised (rules in the module docstring)."""
    kept: list[Event] = []
    for event in events:
        head = trigger_head(doc, event)
        if head is None or not (is_background(head, article_date) or is_unrealised(head)):
            kept.append(event)
    return tuple(kept)


def trigger_head(doc: Doc, event: Event) -> Token | None:
    """The syntactic head of the event's trigger words in ``doc`` (found once per trigger while
    ``doc`` is the last ``Doc`` asked about: the candidate generator, the decision stage's
    features and its keeping rules ask it of the same triggers)."""
    return _TRIGGER_HEADS.get(doc, (event.trigger_start, event.trigger_end))


def _read_trigger_head(doc: Doc, characters: tuple[int, int]) -> Token | None:
    span = doc.char_span(*characters, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


_TRIGGER_HEADS: DocMemo[tuple[int, int], Token | None] = DocMemo(_read_trigger_head)


def clause_verb(token: Token) -> Token:
    """The verb of the clause ``token`` belongs to (itself when it is a verb)."""
    # climbed by index in the Doc's arrays (asked of every trigger and candidate's clause): one
    # ``Token`` made for the verb found, none on the way
    arrays = arrays_of(token.doc)
    pos, heads = arrays.pos, arrays.heads
    current = token.i
    while pos[current] not in VERB_POS and heads[current] != current:
        current = heads[current]
    if current == token.i or pos[current] not in VERB_POS:
        return token
    return token.doc[current]


# --- background --------------------------------------------------------------------------------

def is_background(head: Token, article_date: date | None) -> bool:
    """The trigger headed by ``head`` reports history or a standing condition (rules 1–3)."""
    verb = clause_verb(head)
    if article_date is not None:
        when = governing_date(head, article_date)
        if when is not None and when < article_date - timedelta(days=NEWS_WINDOW_DAYS):
            return True
    return _durative(verb, article_date) or _since_object(head)


def governing_date(head: Token, article_date: date) -> date | None:
    """The date of the expression attached to the clause of ``head``, if the sentence has one."""
    verb = clause_verb(head)
    sentence = sentence_of(head)
    for start, found in _sentence_dates(sentence, article_date):
        anchor = sentence.doc.char_span(start, start + 1, alignment_mode="expand")
        if anchor is not None and len(anchor) and _attached(anchor[0], verb, head):
            return found
    return None


def _sentence_dates(sentence: Span, article_date: date) -> Iterator[tuple[int, date]]:
    """(character offset in the doc, date) of each date expression in ``sentence``."""
    start = sentence.start_char
    for offset, found in dates_in_text(span_text(sentence), article_date):
        yield start + offset, found


def _attached(token: Token, verb: Token, head: Token) -> bool:
    """``token`` reaches ``verb`` (or the trigger ``head``) through no other verb."""
    current = token
    while True:
        if current.i in {verb.i, head.i}:
            return True
        if current.head.i == current.i:
            return False
        if current.i != token.i and current.pos_ in VERB_POS:
            return False
        current = current.head


def _durative(verb: Token, article_date: date | None) -> bool:
    perfect = any(child.dep_ in {"aux", "auxpass"} and child.lemma_ == "have"
                  for child in verb.children)
    for child in verb.children:
        word = child.lower_
        if child.dep_ == "advmod" and word in FREQUENCY_ADVERBS:
            return True
        if not perfect:
            continue
        if child.dep_ == "advmod" and word in PERFECT_ADVERBS:
            return True
        since = child if word == "since" else _since_marker(child)
        if since is not None and not _recent(since, article_date):
            return True
        if word == "for" and any(grand.lemma_.lower() in DURATION_NOUNS or
                                 grand.lower_ in DURATION_NOUNS for grand in child.children):
            return True
    return False


def _recent(since: Token, article_date: date | None) -> bool:
    """The "since" phrase or clause starts within the news window ("since Friday")."""
    if article_date is None:
        return False
    phrase = since.head if since.dep_ == "mark" else since
    text = since.doc[phrase.left_edge.i: phrase.right_edge.i + 1].text
    if not dates_in_text(text, article_date):
        return False
    found = resolve_date_in_text(text, article_date)
    return found is not None and found >= article_date - timedelta(days=NEWS_WINDOW_DAYS)


def _since_marker(clause: Token) -> Token | None:
    """The "since" that introduces the adverbial clause ``clause`` ("since they took power")."""
    if clause.dep_ != "advcl":
        return None
    return next((child for child in clause.children
                 if child.dep_ == "mark" and child.lower_ == "since"), None)


def _since_object(head: Token) -> bool:
    """An event noun that is the starting point of a "since" phrase."""
    if head.pos_ in VERB_POS:
        return False
    current = head
    while current.dep_ in {"compound", "amod", "conj"} and current.head.i != current.i:
        current = current.head
    return current.dep_ == "pobj" and current.head.lower_ == "since"


# --- unrealised --------------------------------------------------------------------------------

def is_unrealised(head: Token) -> bool:
    """The trigger headed by ``head`` is scheduled, conditional or feared (rules 4–6)."""
    return _scheduled(clause_verb(head)) or _conditional(head) or _feared(head)


def _scheduled(verb: Token) -> bool:
    infinitive = has_infinitive_marker(verb)
    if not infinitive or verb.dep_ != "xcomp":
        return False
    governor = verb.head
    return governor.lemma_ == "be" or governor.lower_ in SCHEDULE_HEADS


def _conditional(head: Token) -> bool:
    """The verb ``head`` is the verb of a clause marked "if"/"unless", or of a verb chained to one
    ("unless they agree to withdraw"); event nouns and relative clauses inside the condition are
    taken as facts ("unless Israel rescinded its annexation", "rebels fighting to topple him")."""
    if head.pos_ not in VERB_POS:
        return False
    current = head
    while True:
        if any(child.dep_ == "mark" and child.lower_ in CONDITION_MARKERS
               for child in current.children):
            return True
        if current.dep_ not in {"xcomp", "conj"} or current.head.i == current.i:
            return False
        current = current.head


def _feared(head: Token) -> bool:
    if head.pos_ in VERB_POS:
        return False
    current = head
    while current.dep_ in {"compound", "amod", "conj"} and current.head.i != current.i:
        current = current.head
    preposition = current.head
    return (current.dep_ == "pobj" and preposition.lower_ == "of"
            and preposition.head.lemma_.lower() in FEAR_NOUNS)
