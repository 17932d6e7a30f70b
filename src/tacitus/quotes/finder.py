"""The ``find_quotes`` stage: direct quotations and reported speech, each with its speaker."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tacitus.actors.places import Locator
from tacitus.ids import stable_id
from tacitus.model import Actor, ActorMention, Article, Quote
from tacitus.nlp.doc_memo import sentence_of
from tacitus.nlp.token_arrays import arrays_of
from tacitus.quotes.colon_leads import colon_lead
from tacitus.quotes.cue_lexicon import CueLexicon, load_lexicon
from tacitus.quotes.cue_subjects import is_according
from tacitus.quotes.home_country import quoted_at_home
from tacitus.quotes.labels import label_of
from tacitus.quotes.marks import MarkPair
from tacitus.quotes.quoted_names import is_quoted_name, is_title
from tacitus.quotes.spans import (
    INHERITING_DEPS,
    Piece,
    nearest_subject,
    subject_of,
    subtree_piece,
    trimmed,
)
from tacitus.quotes.speaker_countries import Speaker
from tacitus.quotes.speaker_vetoes import cue_fixes_speaker
from tacitus.quotes.speakers import find_speaker, labelled_speaker, lead_speaker
from tacitus.quotes.speech_origins import speech_origin
from tacitus.quotes.view import DocView, doc_view
from tacitus.wordlists import word_set

# How far back a quotation without a cue looks for the speaker whose words it continues.
SENTENCES_BACK = 3
PARAGRAPH_BREAK = re.compile(r"\n\s*")
QuoteFinder = Callable[[Doc, Sequence[ActorMention], Article], tuple[Quote, ...]]
CUE_POS = frozenset({"VERB", "AUX"})
# Reported speech that is mostly inside quotation marks is already a direct quotation.
MAX_QUOTED_SHARE = 0.5
# Verbs a quoted fragment names something with ("called the move “reckless”"), and how far up
# the parse from the fragment one is looked for ("decried as [the brainchild of a “nanny state”]").
NAMING_VERBS = word_set("naming_verbs")
# verbs a subject takes a stand with on what a fragment under them quotes ("condemned the
# “deliberate attacks”"): the fragment is the subject's words too
STANDPOINT_VERBS = word_set("standpoint_verbs")
FRAGMENT_VERBS = NAMING_VERBS | STANDPOINT_VERBS
MAX_NAMING_HOPS = 4
# A speech verb that describes a noun ("the deal announced in October") attributes nothing: the
# quotation's cue is further on ("…,” said Derek Scissors).
DESCRIBING = frozenset({"acl"})
# what a subject gives out that a following quotation is ("issued a statement")
SPEECH_NOUNS = word_set("speech_nouns")
# The marks that end a quotation the sentence may go on after ("“We got her!” officers
# announced", "“… being resolved,” the spokesman said"), and what a cue that goes on with it
# never has: anything of its own to report.
SENTENCE_GOING_ON = "!?,"
REPORTING_DEPS = frozenset({"ccomp", "xcomp", "dobj"})
# verbs that attribute only in that place, right after the closing mark ("“…,” she continued")
TRAILING_CUES = word_set("trailing_cues")
# what may close the quotation before a paragraph break (or nothing: an open quotation)
CLOSING_MARKS = "\"”’'"


def make_quote_finder(locator: Locator | None = None, *, reported_speech: bool = True
                      ) -> QuoteFinder:
    """Load the speech cues once and return the ``find_quotes(doc, mentions, article)`` stage;
    with a ``locator``, the towns and cities the text names help tell the country an article is
    set in (``DocView.setting``). A quote is direct (words in quotation marks) or reported
    speech, what a speech cue reports outside them ("he said that …", ``direct=False``);
    ``reported_speech=False`` gives direct quotations only. (A gold set whose coders list only
    those, as the real-news sets do, is scored against the found quotes marked ``direct``:
    ``evaluation.gold_conventions``, EVALUATION.md's gold-format section.)"""
    lexicon = load_lexicon()

    def find_quotes(doc: Doc, mentions: Sequence[ActorMention], article: Article
                    ) -> tuple[Quote, ...]:
        view = doc_view(doc, mentions, article, locator)
        found = _find(view, lexicon, reported_speech=reported_speech)
        return tuple(sorted(found, key=lambda quote: (quote.start, quote.end)))

    return find_quotes


@dataclass(frozen=True, slots=True)
class Attribution:
    """A quotation with its cue word and speaker (both ``None`` when no cue was found);
    ``fixed``: whether grammar settles the speaker (a label, a clause before a colon, "according
    to", a sign: ``speaker_vetoes``)."""

    number: int
    pair: MarkPair
    cue: Token | None
    speaker: Speaker | None
    fixed: bool = False


def attribute_quotations(view: DocView, lexicon: CueLexicon) -> list[Attribution]:
    """Every quotation that is a quote: full ones always, fragments only beside a speech cue
    (worked out once a view: both finders ask)."""
    known = view.memo.get("attributions")
    if known is not None and known[0] is lexicon:
        return list(known[1])
    attributed = _attribute(view, lexicon)
    view.memo["attributions"] = (lexicon, attributed)
    return list(attributed)


def _attribute(view: DocView, lexicon: CueLexicon) -> list[Attribution]:
    found: list[Attribution] = []
    previous: Actor | None = None
    for number, pair in enumerate(view.pairs):
        if view.titles[number] or is_title(view, pair):
            continue  # "hits including “Black Water”": a title is no one's words
        cue = None if view.full[number] else _reporting_cue(view, lexicon, pair)
        cue = cue or _cue_for(view, lexicon, pair)
        label = label_of(view, pair) if cue is None else None
        lead = colon_lead(view, pair) if cue is None and label is None else None
        if cue is None and label is None and lead is None:
            # "“…” The promise came from the minister": the next sentence names the speaker
            label = speech_origin(view, pair)
        if cue is None and label is None and not view.full[number]:
            cue = _naming_verb(view, pair)
            if cue is None:
                continue
        if not view.full[number] and is_quoted_name(view, pair, cue):
            continue  # "a boat called “Sea Star”": a name, not anyone's words
        fixed = label is not None or lead is not None
        if label is not None:
            speaker: Speaker | None = labelled_speaker(view, label)
        elif cue is None and lead is not None:
            speaker = lead_speaker(view, lead)
        else:
            speaker = find_speaker(view, cue, previous=previous) if cue is not None else None
            fixed = cue is not None and cue_fixes_speaker(view, cue, pair.open_at)
        if speaker is not None and speaker.actor is not None:
            previous = speaker.actor
        found.append(Attribution(number, pair, cue, speaker, fixed))
    closing = _closing_speakers(view, found)
    resolved: list[Attribution] = []
    for position, item in enumerate(found):
        if item.cue is None and item.speaker is None and position in closing:
            item = Attribution(item.number, item.pair, None, closing[position])
        if item.cue is None and item.speaker is None:
            item = _continued(view, lexicon, found, position)
            if item.speaker is None and resolved and _runs_on(view, resolved[-1], item):
                # a quotation over several paragraphs: each goes on the speaker of the one before
                item = Attribution(item.number, item.pair, None, resolved[-1].speaker)
        resolved.append(item)
    return resolved


def _closing_speakers(view: DocView, found: list[Attribution]) -> dict[int, Speaker]:
    """ "“We have sent nurses.¶“We have sent tents,” Machava said.": a paragraph left open
    (no closing mark) by a quotation with no cue of its own goes on quoting in the next one,
    which opens with a mark; they are all the words of the speaker of the paragraph that
    closes it (by position in ``found``)."""
    speakers: dict[int, Speaker] = {}
    for position in range(len(found) - 2, -1, -1):
        item, following = found[position], found[position + 1]
        if (item.cue is not None or item.speaker is not None
                or view.text[item.pair.close_at : item.pair.close_at + 1] not in ("", "\n")
                or not _runs_on(view, item, following)):
            continue
        speaker = following.speaker or speakers.get(position + 1)
        if speaker is not None:
            speakers[position] = speaker
    return speakers


def _runs_on(view: DocView, before: Attribution, after: Attribution) -> bool:
    """Whether ``after`` opens the paragraph right after the one ``before`` closes (nothing but
    the paragraph break between them)."""
    between = view.text[before.pair.close_at : after.pair.open_at]
    return "\n" in between and between.strip().strip(CLOSING_MARKS) == ""


def _continued(view: DocView, lexicon: CueLexicon, found: list[Attribution],
               position: int) -> Attribution:
    """A quotation with no cue of its own goes on the speaker's words: the speaker of the
    quotation it runs straight into (a quotation over paragraphs set on one line), else of the
    latest speech cue before it in its paragraph or the one before (the outermost one, when
    that cue only reports what another said), or of the verb that gives out a statement there
    ("issued a statement")."""
    item = found[position]
    following = found[position + 1] if position + 1 < len(found) else None
    if (following is not None and following.cue is not None
            and following.pair.open_at - item.pair.close_at <= 1):
        return Attribution(item.number, item.pair, None, following.speaker)
    opening = view.token_at(item.pair.open_at)
    first_sentence = view.sentence(max(0, view.sentence_index(opening) - SENTENCES_BACK)).start
    for index in range(opening - 1, first_sentence - 1, -1):
        token = view.doc[index]
        if PARAGRAPH_BREAK.findall(view.text, token.idx, item.pair.open_at)[1:]:
            break
        if view.quoted_in[index] >= 0 or is_negated(token):
            continue
        if _is_cue(token, lexicon):
            cue = _reporting(token, lexicon)
        elif (token.lemma_.lower() in SPEECH_NOUNS and token.dep_ == "dobj"
              and not is_negated(token.head)):
            # "Robinson had a short statement after the ruling. “…”": the giver speaks
            cue = token.head
        else:
            continue
        speaker = find_speaker(view, cue)
        if speaker is not None:
            return Attribution(item.number, item.pair, None, speaker)
    return item


def _reporting(cue: Token, lexicon: CueLexicon) -> Token:
    """The outermost speech cue ``cue`` is reported by: in "he said the party has announced a
    march", the words that follow are his, not the party's."""
    while cue.dep_ == "ccomp" and cue.head.i != cue.i and _is_cue(cue.head, lexicon):
        cue = cue.head
    return cue


def _is_cue(token: Token, lexicon: CueLexicon) -> bool:
    return (token.pos_ in CUE_POS and token.lemma_.lower() in lexicon.speech_cues) or (
        is_according(token))


def is_negated(cue: Token) -> bool:
    """ "did not say how many": a speech verb that denies any words were said."""
    arrays = arrays_of(cue.doc)
    return any(arrays.deps[child] == "neg" for child in arrays.children[cue.i])


def _find(view: DocView, lexicon: CueLexicon, *, reported_speech: bool) -> Iterator[Quote]:
    for quoted in attribute_quotations(view, lexicon):
        pair = quoted.pair
        yield _quote(view, Piece(pair.start, pair.end, view.doc[view.token_at(pair.start)]),
                     quoted.speaker, quoted.cue, direct=True)
    if not reported_speech:
        return
    for piece, cue in _reported_speech(view, lexicon):
        yield _quote(view, piece, find_speaker(view, cue), cue, direct=False)


def fixed_speakers(view: DocView, lexicon: CueLexicon) -> frozenset[int]:
    """Where the quotes ``find_quotes`` finds in ``view`` start whose speaker grammar settles
    (``speaker_vetoes``), worked out once a view."""
    known = view.memo.get("fixed_speakers")
    if known is not None and known[0] is lexicon:
        fixed: frozenset[int] = known[1]
        return fixed
    fixed = frozenset(
        [quoted.pair.start for quoted in attribute_quotations(view, lexicon) if quoted.fixed]
        + [piece.start for piece, cue in _reported_speech(view, lexicon)
           if cue_fixes_speaker(view, cue)])
    view.memo["fixed_speakers"] = (lexicon, fixed)
    return fixed


def _reported_speech(view: DocView, lexicon: CueLexicon) -> Iterator[tuple[Piece, Token]]:
    """Reported speech outside quotation marks, each piece with its cue."""
    arrays = arrays_of(view.doc)
    cues = lexicon.speech_cues
    for index, (lemma, lower) in enumerate(zip(arrays.lemma_lower, arrays.lower, strict=True)):
        # a Token made only for a word that may be a cue ("according" to be tested in full)
        if lemma not in cues and lower != "according":
            continue
        token = view.doc[index]
        is_cue = lemma in cues or is_according(token)
        if not is_cue or view.quoted_in[index] >= 0 or is_negated(token):
            continue
        piece = _reported(token)
        if (piece is None or view.quoted_in[piece.head.i] >= 0
                or view.quoted_share(piece.start, piece.end) > MAX_QUOTED_SHARE):
            continue
        yield piece, token


def _quote(view: DocView, piece: Piece, speaker: Speaker | None, cue: Token | None, *,
           direct: bool) -> Quote:
    article = view.article
    sentence_index = view.sentence_index(view.token_at(piece.start))
    speaker = quoted_at_home(view, speaker,
                             cue.i if cue is not None else view.token_at(piece.start))
    return Quote(
        id=stable_id("quo_", article.id, piece.start, piece.end),
        speaker=speaker.actor if speaker else None,
        speaker_text=speaker.text if speaker else "",
        cue=cue.text if cue is not None else "",
        text=article.text[piece.start : piece.end],
        direct=direct,
        start=piece.start,
        end=piece.end,
        sentence_index=sentence_index,
        article_id=article.id,
        date=view.date_of(sentence_index),
    )


def _cue_for(view: DocView, lexicon: CueLexicon, pair: MarkPair) -> Token | None:
    """The nearest speech cue after the closing mark, else before the opening mark."""
    doc = view.doc
    close, open_ = view.token_at(pair.close_at), view.token_at(pair.open_at)
    after = range(close + 1, view.sentence(close).end)
    ended = all(doc[index].is_space or doc[index].is_punct for index in after)
    if (ended and view.sentence(close).end < len(doc)
            and view.text[: pair.close_at].rstrip()[-1:] in SENTENCE_GOING_ON):
        # "“We got her!” officers announced.", "“…,” the spokesman said.": the parser ended the
        # sentence at the mark (or at the line break after it), but a bare cue right after it
        # ("officers announced", with nothing of its own to report) goes on with it
        following = view.sentence(view.sentence(close).end)
        root = following.root
        if (view.text[pair.close_at : following.start_char].strip(CLOSING_MARKS).strip() == ""
                and root.lemma_.lower() in lexicon.speech_cues | TRAILING_CUES
                and not any(child.dep_ in REPORTING_DEPS for child in root.children)):
            after = range(following.start, root.i + 1)
    # "“…,” she continued": words that end as speech does, with a comma or a "!" or "?"
    spoken = view.text[: pair.close_at].rstrip()[-1:] in SENTENCE_GOING_ON
    opening_sentence = view.sentence(open_)
    before = list(range(open_ - 1, opening_sentence.start - 1, -1))
    if view.text[opening_sentence.start_char : pair.open_at].strip() == "" and open_ > 0:
        # "Blinken said:" closing the sentence before the quotation introduces it
        last = doc[opening_sentence.start - 1]
        if view.text[last.idx : pair.open_at].strip().endswith(":"):
            before = list(range(opening_sentence.start - 1, view.sentence(last).start - 1, -1))
    # "Ruiz said, “We are pleased” at the result, adding that …": a cue after the closing mark
    # that the parser hung from the quoted words, with no subject of its own, says nothing of
    # who speaks; the cue before the opening mark does, when there is one (what the hung cue
    # reports is not looked into)
    hung: Token | None = None
    for index in (*after, *before):
        token: Token = doc[index]
        if hung is not None and index in after:
            continue
        if ((view.quoted_in[index] < 0 and token.pos_ in CUE_POS
             and token.lemma_.lower() in lexicon.speech_cues and token.dep_ not in DESCRIBING)
                or is_according(token)):
            if index in after and _hung_from_quotation(view, token):
                hung = token
                continue
            if index not in after:
                token = _reporting_past(view, token, lexicon, pair)
            return _reported_by(view, token, lexicon)
        if index in after and spoken and _trailing(view, token):
            return token
    return _reported_by(view, hung, lexicon) if hung is not None else None


def _reporting_past(view: DocView, cue: Token, lexicon: CueLexicon, pair: MarkPair) -> Token:
    """ "Urging that the government declare …, Ruiz demanded, “…”": a cue before the opening mark
    that is part of what another cue reports, with the quotation outside its own clause, does not
    take the quotation; the outermost cue that reports it does."""
    open_ = view.token_at(pair.open_at)
    if cue.left_edge.i <= open_ <= cue.right_edge.i:
        return cue
    return _reporting(cue, lexicon)


def _hung_from_quotation(view: DocView, cue: Token) -> bool:
    """Whether a cue borrows its subject from a quoted word: joined to it (``adding`` under the
    quoted verb) with no subject of its own."""
    return (cue.dep_ in INHERITING_DEPS and cue.head.i != cue.i
            and view.quoted_in[cue.head.i] >= 0 and nearest_subject(cue) is None)


def _reporting_cue(view: DocView, lexicon: CueLexicon, pair: MarkPair) -> Token | None:
    """The speech cue a quoted fragment is part of what it reports ("Lee said the plan was
    “reckless”, adding that …": "said", not the nearer "adding"): the first cue up the parse
    from the fragment; none past a naming verb ("called the move “reckless”" is the naming)."""
    token = view.fragment_root(pair)
    while token is not None and token.head.i != token.i:
        token = token.head
        if view.quoted_in[token.i] >= 0 or token.pos_ not in CUE_POS:
            continue
        lemma = token.lemma_.lower()
        if lemma in NAMING_VERBS:
            return None
        if lemma in lexicon.speech_cues and token.dep_ not in DESCRIBING:
            return None if is_negated(token) else token
    return None


def _trailing(view: DocView, token: Token) -> bool:
    """ "“…,” she continued": a verb of ``TRAILING_CUES`` with a subject of its own and nothing
    of its own to report, outside the quotation after it."""
    return (token.pos_ == "VERB" and token.lemma_.lower() in TRAILING_CUES
            and view.quoted_in[token.i] < 0 and subject_of(token) is not None
            and not any(child.dep_ in REPORTING_DEPS and view.quoted_in[child.i] < 0
                        for child in token.children))


def _reported_by(view: DocView, cue: Token, lexicon: CueLexicon) -> Token:
    """ "Lee called the plan “reckless,” according to the Times": "according to" on a verb of
    saying or naming with a subject of its own names who reported the words, the verb's
    subject said them."""
    head = cue.head
    if (not is_according(cue) or head.i == cue.i or view.quoted_in[head.i] >= 0
            or head.pos_ != "VERB"
            or head.lemma_.lower() not in (lexicon.speech_cues | NAMING_VERBS)):
        return cue
    subject = subject_of(head)
    return head if subject is not None and view.quoted_in[subject.i] < 0 else cue


def _naming_verb(view: DocView, pair: MarkPair) -> Token | None:
    """The verb a quoted fragment describes something with, outside the quotation ("called the
    move “reckless”", "decried as a “nanny state”"), if it is one of the naming verbs, or takes
    a stand with ("condemned the “deliberate attacks”")."""
    root = view.fragment_root(pair)
    for _ in range(MAX_NAMING_HOPS):
        if root is None or root.head.i == root.i:
            return None
        root = root.head
        if root.pos_ == "VERB" and view.quoted_in[root.i] < 0:
            return root if root.lemma_.lower() in FRAGMENT_VERBS else None
    return None


def _reported(cue: Token) -> Piece | None:
    """What a speech cue reports: its clausal complement, or the clause it interrupts."""
    if is_according(cue):
        return _around(cue, cue.head)
    if cue.pos_ not in CUE_POS:
        return None
    clause = next((child for child in cue.children if child.dep_ == "ccomp"), None)
    if clause is not None:
        return subtree_piece(clause)
    if cue.dep_ == "parataxis":
        return _around(cue, cue.head)
    return None


def _around(cue: Token, clause: Token) -> Piece | None:
    """The clause a parenthetical attribution ("…, he said, …") sits in, cut where it can be."""
    doc = cue.doc
    sentence = sentence_of(cue)
    left, right = cue.left_edge.i, cue.right_edge.i
    indices = range(sentence.start, sentence.end)
    if left <= sentence.start + 1:
        indices = range(right + 1, sentence.end)
    elif all(doc[i].is_punct or doc[i].is_space for i in range(right + 1, sentence.end)):
        indices = range(sentence.start, left)
    return trimmed(doc, indices, clause)
