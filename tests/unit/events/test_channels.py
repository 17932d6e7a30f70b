"""A news outlet named as the channel of a report is no party to what it reports."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver
from tacitus.events.channels import channel_mentions, drop_channel_parties
from tacitus.model import Actor, Event, Evidence


@pytest.fixture(scope="module")
def resolve() -> ActorResolver:
    return make_actor_resolver()


def channels(nlp: Language, resolve: ActorResolver, text: str) -> list[str]:
    doc = nlp(text)
    mentions = resolve(doc, None)
    return [mentions[position].text for position in sorted(channel_mentions(doc, mentions))]


@pytest.mark.parametrize("text", [
    "In an interview with The Associated Press, the Ruritanian minister called for talks.",
    "The Ruritanian minister told Reuters that the army would withdraw.",
    "Speaking to the BBC, the Ruritanian minister rejected the offer.",
    "The army shelled the border town, according to Al Jazeera.",
    "Reuters reported that the army shelled the border town.",
    "The army shelled the town, state television reported.",
])
def test_an_outlet_that_carries_the_report_is_a_channel(nlp: Language, resolve: ActorResolver,
                                                        text: str) -> None:
    assert len(channels(nlp, resolve, text)) == 1


@pytest.mark.parametrize("text", [
    "Gunmen bombed the offices of the BBC in the capital.",
    "Police raided Reuters and arrested two reporters.",
    "The government banned Al Jazeera on Monday.",
])
def test_an_outlet_acted_on_is_no_channel(nlp: Language, resolve: ActorResolver,
                                          text: str) -> None:
    assert channels(nlp, resolve, text) == []


def _event(source: Actor, target: Actor, sentence: int = 0) -> Event:
    evidence = Evidence(article_id="a", sentence_index=sentence, sentence="s", start=0, end=1)
    return Event(id=f"e{source.code}{target.code}{sentence}", source=source, target=target,
                 cameo="020", cameo_name="", plover="", plover_mode="", goldstein=0.0,
                 quad_class=0, date=None, evidence=evidence, trigger="called", trigger_start=0,
                 trigger_end=6, confidence=1.0)


def test_only_events_whose_party_is_named_only_as_a_channel_are_dropped(
        nlp: Language, resolve: ActorResolver) -> None:
    doc = nlp("In an interview with The Associated Press, the Ruritanian minister called on "
              "France to act. The Associated Press later criticised France.")
    mentions = resolve(doc, None)
    outlet = next(m.actor for m in mentions if m.actor.code.endswith("MED"))
    france = next(m.actor for m in mentions if m.actor.code == "FRA")
    kept = drop_channel_parties(doc, mentions, [_event(outlet, france, 0),
                                                _event(outlet, france, 1),
                                                _event(france, france, 0)])
    assert [event.evidence.sentence_index for event in kept] == [1, 0]
