"""Within-article merging of events that report one happening (pure logic on hand-made events)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from spacy.language import Language

from tacitus.events.happenings import (
    codes_refine,
    conjoined_acts,
    either,
    evidence_rank,
    headline_and_lead,
    merge_happenings,
    same_happening,
    separate_scenes,
)
from tacitus.model import Actor, ActorMention, Event, Evidence

DAY = date(2022, 3, 4)


def _event(ident: str, source: str, target: str | None, cameo: str, *, sentence: int = 0,
           day: date | None = DAY, confidence: float = 0.7, start: int = 0,
           negated: bool = False) -> Event:
    return Event(
        id=ident, source=Actor(code=source, name=source, kind="state"),
        target=Actor(code=target, name=target, kind="state") if target else None,
        cameo=cameo, cameo_name="", plover="", plover_mode="", goldstein=0.0, quad_class=0,
        date=day, evidence=Evidence("art", sentence, "A sentence.", start, start + 10),
        trigger="acted", trigger_start=start, trigger_end=start + 5, confidence=confidence,
        negated=negated)


def _ids(events: tuple[Event, ...]) -> list[str]:
    return [event.id for event in events]


def test_lead_and_later_mention_of_one_strike_are_one_event() -> None:
    lead = _event("lead", "FRA", "MLI", "195", confidence=0.8, start=0)
    later = _event("later", "FRAMIL", None, "190", sentence=3, start=400)
    assert _ids(merge_happenings([lead, later])) == ["lead"]


def test_country_level_targets_merge_and_the_better_evidenced_is_kept() -> None:
    weak = _event("weak", "ESP", "VENGOV", "166", confidence=0.5, start=0)
    strong = _event("strong", "ESP", "VEN", "166", confidence=0.9, start=20)
    assert _ids(merge_happenings([weak, strong])) == ["strong"]


def test_different_targets_stay_apart_even_through_a_targetless_event() -> None:
    events = [_event("a", "TUR", None, "190", start=0),
              _event("b", "TUR", "SYR", "190", start=10),
              _event("c", "TUR", "IRQ", "190", start=20)]
    assert _ids(merge_happenings(events)) == ["b", "c"]


def test_reversed_dyad_is_kept_both_ways() -> None:
    events = [_event("ab", "KEN", "SOM", "040"), _event("ba", "SOM", "KEN", "040", start=5)]
    assert len(merge_happenings(events)) == 2


def test_compatible_roots_merge_only_within_one_sentence() -> None:
    seized = _event("seized", "NGA", None, "190", sentence=1, start=0)
    razed = _event("razed", "NGA", None, "180", sentence=1, start=30)
    arrested = _event("arrested", "NGA", None, "173", sentence=4, start=300)
    assert _ids(merge_happenings([seized, razed, arrested])) == ["seized", "arrested"]


def test_dates_more_than_a_day_apart_are_two_happenings() -> None:
    monday = _event("monday", "USA", "MEX", "040", day=date(2022, 3, 1))
    friday = _event("friday", "USA", "MEX", "040", day=DAY, start=50)
    assert not same_happening(monday, friday)
    overnight = _event("overnight", "USA", "MEX", "040", day=date(2022, 3, 3), start=60)
    assert same_happening(overnight, friday)


def test_negated_events_are_left_alone() -> None:
    done = _event("done", "CHL", "PER", "036")
    refused = _event("refused", "CHL", "PER", "036", negated=True, start=40)
    assert _ids(merge_happenings([done, refused])) == ["done", "refused"]


def test_rank_prefers_target_then_confidence_then_specific_code_then_earlier() -> None:
    assert evidence_rank(_event("t", "A", "B", "19")) > evidence_rank(
        _event("n", "A", None, "19", confidence=0.99))
    assert evidence_rank(_event("long", "A", "B", "1712")) > evidence_rank(
        _event("short", "A", "B", "17"))
    assert evidence_rank(_event("early", "A", "B", "17", start=1)) > evidence_rank(
        _event("late", "A", "B", "17", start=90))


def test_same_root_codes_must_refine_one_another() -> None:
    released = _event("released", "COL", "VEN", "0841")
    truce = _event("truce", "COL", "VEN", "0871", start=30)
    assert not same_happening(released, truce)
    generic = _event("generic", "COL", "VEN", "080", start=60)
    assert same_happening(released, generic)


def test_coordinated_trigger_verbs_are_two_acts(nlp: Language) -> None:
    text = "Uganda seized the plane and arrested the pilot."
    doc = nlp(text)
    seized_at, arrested_at = text.index("seized"), text.index("arrested")
    seized = replace(_event("seized", "UGA", None, "170", start=seized_at),
                     trigger_end=seized_at + len("seized"))
    arrested = replace(_event("arrested", "UGA", None, "173", start=arrested_at),
                       trigger_end=arrested_at + len("arrested"))
    assert same_happening(seized, arrested)
    assert _ids(merge_happenings([seized, arrested], conjoined_acts(doc))) == [
        "seized", "arrested"]
    assert len(merge_happenings([seized, arrested])) == 1


def test_two_actors_of_one_country_are_not_merged() -> None:
    government = _event("government", "IRNGOV", "IRNOPP", "173")
    police = _event("police", "IRNCOP", "IRNOPP", "173", sentence=2, start=200)
    assert not same_happening(government, police)
    assert same_happening(police, _event("plain", "IRN", "IRNOPP", "173", start=300))


def _told(ident: str, sentence: str, index: int, at: int, actors: tuple[str, ...]
          ) -> tuple[Event, tuple[ActorMention, ...]]:
    """An event of the rebels against farmers, told in ``sentence`` (starting at ``at``), with
    the mentions of ``actors`` in it."""
    event = replace(_event(ident, "COLREB", "COLAGR", "181", sentence=index, start=at),
                    evidence=Evidence("art", index, sentence, at, at + len(sentence)))
    mentions = tuple(
        ActorMention(actor=Actor(code="COLREB", name=name, kind="group"), text=name,
                     sentence_index=index, token_start=0, token_end=1,
                     start=at + sentence.index(name), end=at + sentence.index(name) + len(name))
        for name in actors)
    return event, mentions


def test_two_sentences_naming_different_places_tell_two_happenings() -> None:
    first, named_first = _told("first", "The rebels seized three farmers near Ocala.", 1, 0,
                               ("The rebels",))
    second, named_second = _told(
        "second", "On Sunday the rebels abducted two farm hands at Brindle Creek.", 4, 200,
        ("the rebels",))
    again, named_again = _told("again", "The abduction shocked the rebels' neighbours.", 6,
                               400, ("the rebels",))
    distinct = separate_scenes((*named_first, *named_second, *named_again))
    # each names a place the other does not: two kidnappings, both kept
    assert distinct(first, second)
    assert _ids(merge_happenings([first, second], distinct)) == ["first", "second"]
    # a re-mention that names no place or person joins the happening it refers to
    assert not distinct(first, again)
    assert len(merge_happenings([first, again], distinct)) == 1
    # two readings in one sentence are never told apart by their names
    assert not distinct(first, replace(second, evidence=first.evidence))
    shared, named_shared = _told("shared", "Near Ocala the rebels held the farmers overnight.",
                                 5, 300, ("the rebels",))
    assert not separate_scenes((*named_first, *named_shared))(first, shared)


def test_either_is_distinct_when_one_test_is() -> None:
    one, other = _event("one", "A", "B", "17"), _event("other", "A", "B", "17", start=50)
    assert either(lambda a, b: False, lambda a, b: True)(one, other)
    assert not either(lambda a, b: False)(one, other)


HEADLINE_STORY = ("Ruritania turns down Freedonian offer\n\n"
                  "The Ruritanian premier on Monday rejected an offer of mediation from Freedonia. "
                  "Later he dismissed a second proposal from Freedonia.")


def _sentence_event(ident: str, doc_text: str, sentence: str, index: int, cameo: str,
                    source: str = "RUR") -> Event:
    at = doc_text.index(sentence)
    return replace(_event(ident, source, "FRE", cameo, sentence=index, start=at),
                   evidence=Evidence("art", index, sentence, at, at + len(sentence)))


def test_headline_and_lead_tell_one_happening_in_other_words(nlp: Language) -> None:
    doc = nlp(HEADLINE_STORY)
    sentences = [sentence.text for sentence in doc.sents]
    assert len(sentences) == 3
    headline = _sentence_event("headline", HEADLINE_STORY, sentences[0], 0, "126")
    lead = replace(_sentence_event("lead", HEADLINE_STORY, sentences[1], 1, "127",
                                   source="RURGOV"), confidence=0.9)
    later = _sentence_event("later", HEADLINE_STORY, sentences[2], 2, "125", source="RURGOV")
    retold = headline_and_lead(doc)
    # two codes of one root that refine nothing of each other: apart in the story ...
    assert not same_happening(lead, later, retold)
    assert _ids(merge_happenings([lead, later], retold=retold)) == ["lead", "later"]
    # ... one piece of news between the headline and the lead
    assert same_happening(headline, lead, retold)
    assert not same_happening(headline, later, retold)
    # the better evidenced of the two is kept (``evidence_rank``)
    assert _ids(merge_happenings([headline, lead, later], retold=retold)) == ["lead", "later"]


def test_a_story_without_a_headline_has_no_retold_lead(nlp: Language) -> None:
    text = HEADLINE_STORY.split("\n\n", 1)[1]
    doc = nlp(text)
    sentences = [sentence.text for sentence in doc.sents]
    first = _sentence_event("first", text, sentences[0], 0, "127")
    second = _sentence_event("second", text, sentences[1], 1, "125")
    assert not headline_and_lead(doc)(first, second)


def test_headline_and_lead_of_two_roots_of_one_group_agree(nlp: Language) -> None:
    doc = nlp(HEADLINE_STORY)
    sentences = [sentence.text for sentence in doc.sents]
    headline = _sentence_event("headline", HEADLINE_STORY, sentences[0], 0, "190")
    lead = _sentence_event("lead", HEADLINE_STORY, sentences[1], 1, "180")
    assert same_happening(headline, lead, headline_and_lead(doc))
    assert not same_happening(headline, lead)


@pytest.mark.parametrize(("one", "other", "agree"), [
    ("190", "195", True), ("163", "160", True), ("0841", "084", True),
    ("0841", "0871", False), ("171", "173", False), ("190", "180", False),
])
def test_one_code_refines_the_other(one: str, other: str, agree: bool) -> None:
    assert codes_refine(one, other) is agree
