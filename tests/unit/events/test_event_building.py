"""Events built from a trigger's site (``tacitus.events.event_building``): the same events as
before, read once a trigger, and a pairing the coder already coded not built again."""

from __future__ import annotations

import pytest
from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.events import candidates as candidates_module
from tacitus.events import event_building
from tacitus.events.event_building import event_id
from tacitus.ids import stable_id

# written for these tests
TEXT = "Egyptian police arrested three Libyan smugglers near the border with Sudan on Monday."


def test_an_events_id_is_known_before_the_event_is_built(nlp: Language) -> None:
    _, _, _, found = text_candidates(nlp, TEXT, coded=True)
    assert found
    for candidate in found:
        event = candidate.event
        assert event.id == stable_id(
            "evt_", event.evidence.article_id, event.evidence.sentence_index,
            event.trigger_start, event.cameo, event.source.code,
            event.target.code if event.target else "")
        # the trigger is cut from the sentence the evidence gives
        offset = event.evidence.start
        assert event.trigger == event.evidence.sentence[
            event.trigger_start - offset:event.trigger_end - offset]


def test_a_coded_pairing_is_not_built_again(nlp: Language,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    real = event_building.site_event

    def counting(*args: object, **kwargs: object) -> object:
        event = real(*args, **kwargs)  # type: ignore[arg-type]
        built.append(event.id)
        return event

    monkeypatch.setattr(candidates_module, "site_event", counting)
    _, _, _, found = text_candidates(nlp, TEXT, coded=True)
    coded = {c.event.id for c in found if c.variant == "coded"}
    assert coded
    # every event built is a new candidate: none of the coder's is made a second time
    assert not coded & set(built)
    assert len(built) == len(set(built)) == len(found) - len(coded)


def test_event_id_reads_the_ontologys_code() -> None:
    from tacitus.events.event_building import TriggerSite
    from tacitus.model import Actor, Evidence

    site = TriggerSite(Evidence("a1", 2, "Police arrested them.", 10, 31), 17, 25)
    source = Actor(code="EGYCOP", name="Egypt police", kind="state", country="EGY")
    assert site.trigger == "arrested"
    assert event_id(site, "173", source, None) == stable_id("evt_", "a1", 2, 17, "173",
                                                            "EGYCOP", "")
