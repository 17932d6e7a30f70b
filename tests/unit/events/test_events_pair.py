"""Pair-given coding: the event between a marked source and target, and the JSONL ``pair``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from events_mentions import article_for
from spacy.language import Language
from typer.testing import CliRunner

from tacitus.cli import app
from tacitus.errors import PairSpanError
from tacitus.events.lexicon import parse_lexicon
from tacitus.events.pair import PairEvent, code_pair, make_pair_coder


def pair_event(nlp: Language, marked: str) -> PairEvent | None:
    """Code a sentence written with ``[s ...]`` and ``[t ...]`` marks around source and target."""
    text, spans = unmark(marked)
    doc = nlp(text)
    return code_pair(doc, (), article_for(text), source=spans.get("s"), target=spans.get("t"))


def unmark(marked: str) -> tuple[str, dict[str, tuple[int, int]]]:
    text = ""
    spans: dict[str, tuple[int, int]] = {}
    rest = marked
    while "[" in rest:
        before, _, tail = rest.partition("[")
        role, _, tail = tail.partition(" ")
        inside, _, rest = tail.partition("]")
        text += before
        spans[role] = (len(text), len(text) + len(inside))
        text += inside
    return text + rest, spans


@pytest.mark.parametrize(("marked", "plover", "how"), [
    ("[s Russian forces] shelled [t the Ukrainian port] on Friday.", "ASSAULT", "clause"),
    ("[t The village] was bombed by [s government aircraft] overnight.", "ASSAULT", "clause"),
    ("[s The striking dockworkers] met with [t the port authority] on Monday.", "CONSULT",
     "clause"),
    ("[s Egypt] and Qatar urged [t Hamas] to accept a ceasefire.", "REQUEST", "clause"),
    ("[s Police] detained [t two journalists] in the capital on Sunday.", "COERCE",
     "clause"),
    ("[s Japan] pledged to send humanitarian aid to [t the Philippines].", "AGREE", "clause"),
    # what a call was for decides the pair's event
    ("[s Japan] called [t the Ukrainian president] to congratulate him.", "SUPPORT", "clause"),
    # a meeting only sets the scene for what was agreed in it
    ("In a meeting with [t Mexico], [s Canada] agreed to a treaty.", "SUPPORT", "clause"),
    # the linked clause is missing: the trigger on the path between the two spans
    ("[s Critics] of [t the government] demonstrated in the capital.", "PROTEST", "path"),
])
def test_pair_given_events(nlp: Language, marked: str, plover: str, how: str) -> None:
    event = pair_event(nlp, marked)
    assert event is not None
    assert (event.plover, event.how) == (plover, how)
    text, _ = unmark(marked)
    assert text[event.trigger_start:event.trigger_end] == event.trigger
    assert 0.0 < event.confidence <= 1.0


def test_unresolvable_spans_are_still_actors(nlp: Language) -> None:
    # neither span names a known actor: the marks alone make them the source and the target
    event = pair_event(nlp, "[s The neighbours] accused [t the landlord] of fraud.")
    assert event is not None and event.plover == "ACCUSE"


def test_negated_event_is_no_pair_event(nlp: Language) -> None:
    assert pair_event(nlp, "[s Israel] did not attack [t Hamas] positions.") is None


def test_no_trigger_means_no_pair_event(nlp: Language) -> None:
    assert pair_event(nlp, "[s The minister] is older than [t the president].") is None


def test_direction_reversed_is_less_sure(nlp: Language) -> None:
    forward = pair_event(nlp, "[s Police] arrested [t the protesters] in the capital.")
    backward = pair_event(nlp, "[t Police] arrested [s the protesters] in the capital.")
    assert forward is not None and backward is not None
    assert forward.how == "clause" and backward.how == "reversed"
    assert backward.confidence < forward.confidence


def test_nested_and_one_sided_marks(nlp: Language) -> None:
    nested = pair_event(nlp, "[s [t Kurdish] militias] agreed to hand in their rifles.")
    assert nested is not None
    only_source = pair_event(nlp, "[s Rebels] attacked a convoy near the border.")
    assert only_source is not None and only_source.plover == "ASSAULT"


def test_bad_spans_raise(nlp: Language) -> None:
    text = "Russia attacked Ukraine."
    doc = nlp(text)
    with pytest.raises(PairSpanError):
        code_pair(doc, (), article_for(text), source=(0, 6), target=(40, 50))
    with pytest.raises(PairSpanError):
        code_pair(doc, (), article_for(text), source=None, target=None)
    with pytest.raises(PairSpanError):
        code_pair(doc, (), article_for(text), source=(0, 6), target=(0, 6))


def test_code_jsonl_with_pair(tmp_path: Path) -> None:
    text = "   Russia  attacked Ukraine on Friday.\n\nThe talks failed."
    start = text.index("Russia")
    target = text.index("Ukraine")
    records = [
        {"id": "a", "text": text, "date": "2022-03-04",
         "pair": {"source": [start, start + 6], "target": [target, target + 7]}},
        {"id": "b", "text": text, "pair": {"source": [0, 900]}},
        {"id": "c", "text": "Russia attacked Ukraine."},
    ]
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join(json.dumps(record) for record in records), encoding="utf-8")
    result = CliRunner().invoke(app, ["code", "--jsonl", str(path)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b", "c"]
    event = lines[0]["pair_event"]
    assert event["plover"] == "ASSAULT" and event["cameo"].startswith("19")
    body = lines[0]["article"]["text"]
    assert body[event["trigger_start"]:event["trigger_end"]] == "attacked"
    assert "error" in lines[1] and "pair_event" not in lines[1]
    assert "pair_event" not in lines[2]


def test_a_user_lexicon_event_noun_names_the_doer_in_pair_coding(nlp: Language) -> None:
    # "sortie" is no event noun of the packaged lexicon: without the user's lexicon the agent of
    # the passive is not found through it, and only the dependency path links the pair
    marked = "[t Five villagers] were killed in a sortie by [s Ruritanian troops]."
    text, spans = unmark(marked)
    doc = nlp(text)
    user = parse_lexicon("kind\tpattern\tcameo\nnoun\tsortie\t190\n")
    found = {name: coder(doc, (), article_for(text), source=spans["s"], target=spans["t"])
             for name, coder in (("packaged", make_pair_coder()),
                                 ("user", make_pair_coder(user_lexicon=user)))}
    assert found["packaged"] is not None and found["user"] is not None
    assert (found["packaged"].how, found["packaged"].confidence) == ("path", 0.5)
    assert (found["user"].how, found["user"].trigger) == ("clause", "killed")
    assert found["user"].confidence > found["packaged"].confidence
