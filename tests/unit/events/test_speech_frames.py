"""A speaker's saying about another actor is read, by the candidate generator, as each speech act
of the ``speech_frame`` roots (statement, appeal, intent, demand, disapproval, rejection, threat)
from the speaker toward that actor, at the head of the said clause, for the decision stage to
choose among (``tacitus.events.speech_frames``)."""

from __future__ import annotations

import pytest
from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.events.candidates import SPEECH_FRAME_CONSTRUCTION, Candidate
from tacitus.events.decision_features import candidate_features
from tacitus.events.speech_frames import SPEECH_CODES

Triple = tuple[str, str, str | None]


def framed(nlp: Language, text: str) -> tuple[Candidate, ...]:
    return tuple(c for c in text_candidates(nlp, text)[3]
                 if c.construction == SPEECH_FRAME_CONSTRUCTION)


def pairs(found: tuple[Candidate, ...]) -> set[tuple[str, str | None]]:
    return {(c.event.source.code[:3], c.event.target.code[:3] if c.event.target else None)
            for c in found}


def test_the_frame_proposes_every_speech_root() -> None:
    assert [code[:2] for code in SPEECH_CODES] == ["01", "02", "03", "10", "11", "12", "13"]


@pytest.mark.parametrize(("text", "pair", "cue"), [
    # the said clause names the other actor: no cue word of stance is needed
    ("The Kenyan foreign minister said Uganda had delivered very little to the farmers.",
     ("KEN", "UGA"), "delivered"),
    ("Brazil said Argentina would have to pay for the new bridge.", ("BRA", "ARG"), "have"),
    # the addressee of "told" with the clause it is told
    ("The Chilean president told Peru the border would stay open.", ("CHL", "PER"), "stay"),
    # a quotation whose cue's subject is the speaker
    ('"Mali will not sign the accord," the Senegalese minister said.', ("SEN", "MLI"),
     "sign"),
])
def test_a_saying_about_another_actor_reads_each_speech_root(
        nlp: Language, text: str, pair: tuple[str, str], cue: str) -> None:
    found = framed(nlp, text)
    assert pair in pairs(found)
    of_pair = [c for c in found if pairs((c,)) == {pair}]
    assert {c.event.cameo for c in of_pair} == set(SPEECH_CODES)
    assert {c.event.trigger for c in of_pair} == {cue}
    # the readings of one saying are one group: the decision stage keeps at most one
    assert len({c.group for c in of_pair}) == 1


@pytest.mark.parametrize("text", [
    # no other actor in the said words
    "The Kenyan foreign minister said the harvest had been poor.",
    # the speaker names no actor
    "It said Uganda had delivered very little.",
    # a saying supposed, not done
    "If Kenya said Uganda was to blame, the talks would end.",
    # the speaker's own country in its words is no other actor
    "The Kenyan foreign minister said Kenya would stay neutral.",
])
def test_no_frame_without_a_speaker_and_another_actor_said_of(nlp: Language, text: str) -> None:
    assert not any(source == "KEN" and target not in {None, "KEN"}
                   for source, target in pairs(framed(nlp, text)))
    if text.startswith(("It said", "If Kenya")):
        assert not framed(nlp, text)


def test_the_decision_stage_sees_the_frame_and_the_said_clause(nlp: Language) -> None:
    article, doc, mentions, found = text_candidates(
        nlp, "Brazil said Argentina would have to pay for the new bridge.")
    reading = next(c for c in found if c.construction == SPEECH_FRAME_CONSTRUCTION
                   and c.event.cameo == "100")
    features = candidate_features(doc, reading, mentions, article, topic=0.9)
    assert "construction=speech_frame" in features
    assert "construction=speech_frame|10" in features
    # the cue is the said clause's head, read under its reporting verb
    assert "reporter=say" in features
