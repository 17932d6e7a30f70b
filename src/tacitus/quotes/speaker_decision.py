"""The trained speaker choice (issue #18): which of a quote's candidate speakers spoke.

The rules (``tacitus.quotes.speakers``) choose one speaker per quote; ``speaker_candidates``
collects the others they weigh (the quote before's speaker, the actors named nearby) with
features. A logistic model fitted by ``scripts/train_speakers.py`` (fixed seed, the real-news
train split) and shipped as ``speaker_model.json`` beside this module scores each candidate. A
speaker the rules found stands (overruling one gained nothing out of fold, and read wrong where it
changed: a named "“…,” Vindman said" given to people named before); a quote they leave without
one gets the best-scored candidate. The model is fitted on direct quotations (the real-news gold
lists no other) and fills only those: a piece of reported speech keeps the rules' speaker or
none ("It was also said that …" has no speaker). Scoring needs no library beyond the standard
one.

Where grammar settles the speaker (``speaker_vetoes``: a label or a clause before a colon,
"according to X", a sign's words) the rules' choice is the only candidate, or there is none;
``ArticleCoder.choose_speakers`` runs the choice after ``find_quotes`` when ``decide`` is on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from spacy.tokens import Doc

from tacitus.actors.places import Locator
from tacitus.events.decision import LinearModel, parse_stage_model, read_stage_model
from tacitus.model import ActorMention, Article, Quote
from tacitus.quotes.cue_lexicon import load_lexicon
from tacitus.quotes.finder import fixed_speakers
from tacitus.quotes.speaker_candidates import SpeakerCandidate, speaker_candidates
from tacitus.quotes.view import DocView, doc_view

SPEAKER_MODEL_FILE = "speaker_model.json"
SPEAKER_MODEL_VERSION = 1

ChooseSpeakers = Callable[[Doc, Sequence[ActorMention], Article, tuple[Quote, ...]],
                          tuple[Quote, ...]]


def parse_speaker_model(raw: Any) -> LinearModel:
    """The speaker model from the JSON object of a model file, validated."""
    return parse_stage_model(raw, "speaker", version=SPEAKER_MODEL_VERSION,
                             where=SPEAKER_MODEL_FILE)


@cache
def load_speaker_model() -> LinearModel:
    """The packaged speaker model (read once a process)."""
    return read_stage_model("tacitus.quotes", SPEAKER_MODEL_FILE, "speaker",
                            version=SPEAKER_MODEL_VERSION)


def best_candidate(candidates: Sequence[SpeakerCandidate], model: LinearModel
                   ) -> SpeakerCandidate | None:
    """The rules' choice where they found a speaker, else the candidate ``model`` scores
    highest (``None``: none)."""
    if not candidates:
        return None
    rules = next((candidate for candidate in candidates if candidate.chosen), None)
    if rules is not None:
        return rules
    return max(candidates, key=lambda candidate: model.score(candidate.features))


def quote_candidates(view: DocView, quotes: Sequence[Quote], position: int
                     ) -> tuple[SpeakerCandidate, ...]:
    """The candidate speakers of ``quotes[position]`` (``quotes``: those ``find_quotes`` found
    in the article of ``view``, in order)."""
    quote = quotes[position]
    return speaker_candidates(view, quote, previous=quotes[position - 1] if position else None,
                              fixed=quote.start in fixed_speakers(view, load_lexicon()))


def choose_speakers(view: DocView, quotes: Sequence[Quote], model: LinearModel
                    ) -> tuple[Quote, ...]:
    """``quotes`` (an article's, in order), the direct quotations the rules left without a
    speaker each with the candidate ``model`` finds likeliest."""
    chosen = []
    for position, quote in enumerate(quotes):
        if not quote.direct or quote.speaker is not None or quote.speaker_text:
            # the rules' speaker is a candidate the rules chose, which ``best_candidate`` keeps:
            # the other candidates need not be read
            chosen.append(quote)
            continue
        best = best_candidate(quote_candidates(view, quotes, position), model)
        if best is None or best.chosen:
            chosen.append(quote)
        else:
            chosen.append(replace(quote, speaker=best.actor, speaker_text=best.text))
    return tuple(chosen)


def make_speaker_chooser(locator: Locator | None = None, *, model: LinearModel | None = None
                         ) -> ChooseSpeakers:
    """Load the speaker model once and return the ``choose_quote_speakers`` stage (with the
    quote finder's ``locator``, it reads the view that finder built)."""
    known = model if model is not None else load_speaker_model()

    def choose_quote_speakers(doc: Doc, mentions: Sequence[ActorMention], article: Article,
                              quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
        """The ``quotes`` found in ``doc``, those without a speaker given their likeliest."""
        return choose_speakers(doc_view(doc, mentions, article, locator), quotes, known)

    return choose_quote_speakers
