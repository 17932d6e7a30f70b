"""The ``find_claims`` stage: demands, commitments, denials, appeals, offers and threats.

Each token is tried against the constructions in turn, one module each: a state the claimant
is in ("is committed to", ``state_claims``), a cue verb with its object and complement
(``cue_claims``), a rejected accusation (``accusations``), a deadline (``deadlines``), a speech
verb's reported clause (``speech_claims``), a promise in the speaker's own quotation
(``quoted_promises``), a hope for another's act (``hope_claims``), a resolve stated
("reaffirmed its determination to …", ``stated_resolves``), and a noun cue
(``noun_claims``). The claims of one cue that stand side by side are joined into one
(``claim_joins``); the terms of a threat are a demand (``ultimatums``); a claim told again
further down the story is dropped (``claim_repeats``); a claim with no addressee is made to the
other side its words name (``named_addressees``), else, for some, to the government or the armed
rival its claimant answers (``authorities``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Doc, Token

from tacitus.actors.places import Locator
from tacitus.model import Actor, ActorMention, Article, Claim
from tacitus.nlp.token_arrays import arrays_of
from tacitus.quotes.accusations import REJECT_VERBS, rejected_accusations
from tacitus.quotes.authorities import with_answering_authority, with_answering_rival
from tacitus.quotes.claim_clauses import first_person_speaker, is_dated_before_news
from tacitus.quotes.claim_joins import join_claims
from tacitus.quotes.claim_repeats import drop_repeats
from tacitus.quotes.cue_claims import verb_claims
from tacitus.quotes.cue_lexicon import ClaimCue, CueLexicon, load_lexicon
from tacitus.quotes.cue_subjects import is_according
from tacitus.quotes.deadlines import DEADLINE_VERBS, deadline_claims
from tacitus.quotes.duty_claims import OPINION_VERBS, opinion_claims
from tacitus.quotes.finder import attribute_quotations
from tacitus.quotes.headlines import headline_end
from tacitus.quotes.hope_claims import HOPE_VERBS, hoped_claims
from tacitus.quotes.named_addressees import with_named_addressee
from tacitus.quotes.noun_claims import noun_claims
from tacitus.quotes.quoted_promises import quoted_promises
from tacitus.quotes.speech_claims import speech_claims
from tacitus.quotes.state_claims import is_state_cue, state_claims
from tacitus.quotes.stated_resolves import AVOWAL_VERBS, stated_resolves
from tacitus.quotes.ultimatums import ultimatum_demands
from tacitus.quotes.view import DocView, doc_view
from tacitus.wordlists import word_set

ClaimFinder = Callable[[Doc, Sequence[ActorMention], Article], tuple[Claim, ...]]
# "“We expect the Taliban to let people leave”": a speaker's own expectation of another is a
# demand; "Washington expects Moscow to attack" is a forecast, so only "we"/"I" in a quotation.
EXPECT_VERBS = word_set("expectation_verbs")
# "has urged Beijing to do so": words standing for an act named elsewhere say nothing asked
PRO_FORMS = word_set("pro_form_words")
WORD = re.compile(r"[^\W\d_]+")


def make_claim_finder(locator: Locator | None = None, *, loose: bool = False) -> ClaimFinder:
    """Load the claim cues once and return the ``find_claims(doc, mentions, article)`` stage
    (``locator``: as for ``make_quote_finder``; ``loose``: the candidates of the trained claim
    decision stage, ``tacitus.quotes.claim_decision``: a cue verb's vetoes, a cue dated before
    the news and a cue in a quotation not in the speaker's own voice are left to that stage,
    which reads them as features, instead of dropping the claim)."""
    lexicon = load_lexicon()

    def find_claims(doc: Doc, mentions: Sequence[ActorMention], article: Article
                    ) -> tuple[Claim, ...]:
        view = doc_view(doc, mentions, article, locator)
        quoted_by = {quoted.number: quoted.speaker.actor
                     for quoted in attribute_quotations(view, lexicon)
                     if quoted.speaker is not None and quoted.speaker.actor is not None}
        # a claim in the headline is told again, in full, in the story below it
        below = headline_end(article.text)
        unique = {claim.id: claim for claim in _find(view, lexicon, quoted_by, loose=loose)
                  if claim.start >= below and not is_empty_act(claim)}
        # a threat's terms ("… unless France frees their leader") are a demand of their own
        unique |= {demand.id: demand for threat in list(unique.values())
                   for demand in ultimatum_demands(view, lexicon, threat)}
        # a claim told again further down the story is one claim; one that names no addressee
        # is made to the other side its words name
        return tuple(with_answering_rival(with_answering_authority(
            with_named_addressee(view, claim)), view.mentions.all())
                     for claim in drop_repeats(view, unique.values()))

    return find_claims


def is_empty_act(claim: Claim) -> bool:
    """Whether an asked, promised, offered or threatened act is only a word standing for one named
    elsewhere ("urged Beijing to do so"); a denial of "this" still denies the accusation."""
    words = WORD.findall(claim.text.lower())
    return claim.kind != "denial" and bool(words) and all(word in PRO_FORMS for word in words)


def _find(view: DocView, lexicon: CueLexicon, quoted_by: dict[int, Actor], *,
          loose: bool) -> Iterator[Claim]:
    by_lemma = _cues_by_lemma(lexicon.claim_cues)
    arrays = arrays_of(view.doc)
    for index, pos in enumerate(arrays.pos):
        if not _may_cue_word(pos, arrays.lower[index], arrays.lemma_lower[index], by_lemma):
            continue
        token = view.doc[index]
        if not loose and is_dated_before_news(token, view.article.date):
            continue
        # "“We are committed to …”": the state's "we" is the subject of the verb it completes
        clause = token.head if is_state_cue(token) and token.dep_ == "acomp" else token
        if not loose and view.in_full_quote(token) and not first_person_speaker(
                clause, view, quoted_by):
            continue
        yield from join_claims(view, _cue_claims(view, lexicon, token, by_lemma, quoted_by,
                                                 loose=loose))


class CuesByLemma:
    """The claim cues by lemma and part of speech, for the last tuple of cues asked about (the
    lexicon's, loaded once): indexed once, not again for every article."""

    def __init__(self) -> None:
        self._last: tuple[tuple[ClaimCue, ...], dict[tuple[str, str], list[ClaimCue]]] | None = (
            None)

    def of(self, cues: tuple[ClaimCue, ...]) -> dict[tuple[str, str], list[ClaimCue]]:
        last = self._last
        if last is not None and last[0] is cues:
            return last[1]
        by_lemma: dict[tuple[str, str], list[ClaimCue]] = {}
        for cue in cues:
            by_lemma.setdefault((cue.lemma, cue.pos), []).append(cue)
        self._last = (cues, by_lemma)
        return by_lemma


_cues_by_lemma = CuesByLemma().of


def _may_cue_word(pos: str, lower: str, lemma: str,
                  by_lemma: dict[tuple[str, str], list[ClaimCue]]) -> bool:
    """Whether ``_cue_claims`` may find a claim at a token of part of speech ``pos``, lowered
    text ``lower`` and lowered lemma ``lemma``: a verb, a word written as a state cue, or a noun
    or proper noun of a noun cue (most words are none, and are passed over as read from the
    Doc's arrays, no ``Token`` made)."""
    return (pos == "VERB" or (lower, "state") in by_lemma
            or (pos in ("NOUN", "PROPN") and (lemma, "noun") in by_lemma))


def _cue_claims(view: DocView, lexicon: CueLexicon, token: Token,
                by_lemma: dict[tuple[str, str], list[ClaimCue]],
                quoted_by: dict[int, Actor], *, loose: bool) -> Iterator[Claim]:
    """The claims of one cue word, by the first construction that finds any."""
    lemma = token.lemma_.lower()
    states = by_lemma.get((token.lower_, "state"), []) if is_state_cue(token) else []
    if states:
        # "is committed to", "remains committed to": the word as written, whatever its tag
        yield from (claim for cue in states
                    for claim in state_claims(view, lexicon, token, cue, quoted_by))
    elif token.pos_ == "VERB":
        cues = by_lemma.get((lemma, "verb"), [])
        if lemma in EXPECT_VERBS and first_person_speaker(token, view, quoted_by) is not None:
            cues = [*cues, ClaimCue(lemma, "verb", "", "demand")]
        found = [claim for cue in cues
                 for claim in verb_claims(view, lexicon, token, cue, quoted_by, loose=loose)]
        yield from found
        if not found and lemma in REJECT_VERBS:
            found = list(rejected_accusations(view, lexicon, token, quoted_by))
            yield from found
        if not found and lemma in DEADLINE_VERBS:
            found = list(deadline_claims(view, lexicon, token, quoted_by))
            yield from found
        if not found and lemma in OPINION_VERBS:
            found = list(opinion_claims(view, lexicon, token, quoted_by))
            yield from found
        if not found and token.lower_ in HOPE_VERBS:
            found = list(hoped_claims(view, lexicon, token, quoted_by))
            yield from found
        if not found and lemma in AVOWAL_VERBS:
            found = list(stated_resolves(view, lexicon, token, quoted_by))
            yield from found
        if not found and (lemma in lexicon.speech_cues or is_according(token)):
            yield from speech_claims(view, lexicon, token, quoted_by)
        elif not found:
            yield from quoted_promises(view, lexicon, token, quoted_by)
    elif token.pos_ in ("NOUN", "PROPN"):
        for cue in by_lemma.get((lemma, "noun"), ()):
            yield from noun_claims(view, lexicon, token, cue)
