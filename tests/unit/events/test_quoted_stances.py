"""A quote that disapproves of an actor it names is a candidate of its speaker's criticism or
accusation of that actor, the speaker being the one the quote stage attributes: named after the
quote, "he" in the sentence after the name, or the speaker of a continuing paragraph."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import make_actor_resolver
from tacitus.evaluation.records import sentence_article
from tacitus.events.candidates import QUOTED_STANCE_CONSTRUCTION, Candidate, find_candidates
from tacitus.events.lexicon import load_frames, load_lexicon
from tacitus.events.ontology import load_ontology
from tacitus.model import Quote
from tacitus.quotes import make_quote_finder

Triple = tuple[str, str, str]


def candidates(nlp: Language, text: str, *, with_quotes: bool = True) -> tuple[Candidate, ...]:
    """The candidates of ``text``, read with the quotes the quote stage finds, or with none
    (the sentences' own triggers and reported stances only)."""
    article = sentence_article(text, record_id="t", on_date=date(2023, 6, 7))
    doc = nlp(text)
    mentions = make_actor_resolver()(doc, article.date)
    quotes: tuple[Quote, ...] = (make_quote_finder()(doc, mentions, article)
                                 if with_quotes else ())
    return find_candidates(doc, mentions, (), article, lexicon=load_lexicon(),
                           frames=load_frames(), ontology=load_ontology(), quotes=quotes)


def quoted(nlp: Language, text: str, *, with_quotes: bool = True) -> set[Triple]:
    """The criticism and accusation candidates of ``text`` (source, code, target)."""
    found = candidates(nlp, text, with_quotes=with_quotes)
    return {(c.event.source.code, c.event.cameo, c.event.target.code) for c in found
            if c.event.cameo.startswith("11") and c.event.target is not None}


@pytest.mark.parametrize(("text", "expected"), [
    # "he" the sentence after the name, the accusation in the quote's second sentence
    ('The Kenyan foreign minister spoke to reporters in Nairobi on Monday. "We have waited '
     'long enough. The Ugandan government has betrayed its own farmers," he said.',
     ("KENGOV", "112", "UGAGOV")),
    # a quote paragraph that continues the speaker of the one before
    ('The Kenyan foreign minister spoke to reporters in Nairobi on Monday. "We have waited '
     'long enough," he said.\n\n"The Ugandan government has betrayed its own farmers."',
     ("KENGOV", "112", "UGAGOV")),
    # "according to": the words are the minister's
    ('According to the Kenyan foreign minister, the Ugandan government is "corrupt and '
     'incompetent".', ("KENGOV", "111", "UGAGOV")),
])
def test_a_quote_that_disapproves_is_its_speakers_stance(nlp: Language, text: str,
                                                          expected: Triple) -> None:
    assert expected in quoted(nlp, text)
    # the sentence alone does not say whose words these are
    assert expected not in quoted(nlp, text, with_quotes=False)


@pytest.mark.parametrize("text", [
    # praise is no disapproval, nor is a fault denied
    '"The Ugandan government is not guilty of anything," the Kenyan foreign minister said.',
    '"The Ugandan government has been a good partner to us," the Kenyan foreign minister said.',
    # a speaker the article gives no actor for holds no coded stance
    '"The Ugandan government has failed its farmers," John Smith said.',
    # nor does a quote with no speaker at all
    'The rally ended at noon.\n\n"The Ugandan government has failed its farmers."',
])
def test_no_disapproval_or_no_speaker_is_no_quoted_stance(nlp: Language, text: str) -> None:
    assert not any(candidate.construction == QUOTED_STANCE_CONSTRUCTION
                   for candidate in candidates(nlp, text))

