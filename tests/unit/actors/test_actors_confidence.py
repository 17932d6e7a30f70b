"""Every mention says how it was resolved and how sure that is."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from tacitus.actors import make_actor_resolver
from tacitus.actors.resolver import CONFIDENCE


def test_confidence_follows_how(nlp: Language) -> None:
    text = ("Pakistani Foreign Minister Ali Rahimi met Antony Blinken in Kabul. He said the "
            "Taliban must keep its promises. Police were deployed.")
    mentions = make_actor_resolver()(nlp(text), date(2022, 1, 1))
    hows = {mention.how for mention in mentions}
    assert {"title", "office", "pronoun", "kb", "anaphor"} <= hows
    for mention in mentions:
        assert mention.confidence == CONFIDENCE[mention.how]
    assert CONFIDENCE["pronoun"] < CONFIDENCE["anaphor"] < CONFIDENCE["title"] < CONFIDENCE["kb"]


def test_a_title_in_the_text_outranks_an_ended_tenure(nlp: Language) -> None:
    day = date(2023, 6, 1)
    (titled,) = make_actor_resolver()(nlp("Prime Minister Imran Khan spoke."), day)
    (former,) = make_actor_resolver()(nlp("Former Prime Minister Imran Khan spoke."), day)
    assert (titled.actor.code, titled.how) == ("PAKGOV", "title")
    assert (former.actor.code, former.how) == ("PAK", "kb")
