"""Quoted stances: what a quote says of another actor is its speaker's criticism or accusation of
that actor, wherever the speaker is named: '"The government has failed the farmers," the union
leader said' criticises the government (111), a quote that goes on in the next paragraph, or one
whose speaker is "he" two sentences after the name, accuses as well as the first.

The speaker is the quote's, as the quote stage attributes it (``tacitus.quotes``: the cue's
subject outside the quotation marks, the speaker of the paragraph before for a continuing quote,
"according to X"): this module resolves no one itself. The stance is read from the quote's first
cue word of disapproval (``stance_cues.tsv``, then the labels of ``evaluative_words.tsv``, of the
roots of the ``quoted_stance`` group of ``cameo_codes.tsv``), unless negated ("Russia was not
guilty" blames nobody, as a negated reported clause does); its targets are the actors the quote
names (or refers to: "they", "the government") other than its speaker.

Measured on train (round twenty-eight, rule speakers): criticism and accusation read so were right
for 70 of 132 new pairings (8 gold events covered that nothing else covered); hopes and fears
(012, 013) from a quote's words were right for 7 of 71, and left out. Every lexicon trigger inside
a direct quote read also from the quote's speaker covered 7 more gold events for 461 pairings (75
right, all roots): left out. The trained speaker stage's extra speakers added nothing on train.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from tacitus.events.labelling import PREDICATE_DEPS
from tacitus.events.ontology import root_group
from tacitus.events.reported_stances import ReportedStance, negated, stance_cue
from tacitus.model import Actor, ActorMention, Quote, same_actor

# the stances a quote's words give its speaker: disapproval (criticism, accusation); hopes and
# fears read from a quote's words alone were wrong more often than right on train
QUOTED_ROOTS = root_group("quoted_stance")


def quoted_stances(doc: Doc, quotes: Sequence[Quote], mentions: Sequence[ActorMention]
                   ) -> tuple[ReportedStance, ...]:
    """The stance of each of ``quotes`` with a coded speaker toward the actors of ``mentions``
    its text names."""
    found: list[ReportedStance] = []
    for quote in quotes:
        if quote.speaker is None or not quote.speaker.code:
            continue
        cue = _first_cue(doc, quote)
        if cue is None:
            continue
        targets = _named_others(mentions, quote, quote.speaker)
        if targets:
            found.append(ReportedStance(cue[0], cue[1], (quote.speaker,), targets))
    return tuple(found)


def _first_cue(doc: Doc, quote: Quote) -> tuple[Token, str] | None:
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        code = stance_cue(token)
        if code is not None and code[:2] in QUOTED_ROOTS and not _negated(token):
            return token, code
    return None


def _negated(cue: Token) -> bool:
    """Whether ``cue`` is negated, or the copula it completes is ("was not guilty")."""
    return negated(cue) or (cue.dep_ in PREDICATE_DEPS and negated(cue.head))


def _named_others(mentions: Sequence[ActorMention], quote: Quote,
                  speaker: Actor) -> tuple[Actor, ...]:
    named: list[Actor] = []
    for mention in mentions:
        if (quote.start <= mention.start < quote.end and not same_actor(mention.actor, speaker)
                and mention.actor not in named):
            named.append(mention.actor)
    return tuple(named)
