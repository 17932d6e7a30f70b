"""Reported obligations: what a speaker says another must or should do ("the minister said the
government should act") is coded as a demand (10x) by ``tacitus.events.framing``; human coders
code many such sayings as an appeal (02x). ``other_readings`` gives a reported obligation's other
codes (``obligation_readings.tsv``: the root replaced, the digits after it kept), each one known
to the ontology, for the candidate generator to read it both ways.
"""

from __future__ import annotations

from tacitus.events.lexicon_matching import Trigger
from tacitus.events.ontology import Ontology
from tacitus.wordlists import word_map

READINGS = word_map("obligation_readings")
ROOT_LENGTH = 2


def other_readings(trigger: Trigger, ontology: Ontology) -> tuple[str, ...]:
    """The other codes of ``trigger`` when it is a reported obligation, else none."""
    if trigger.reporter is None:
        return ()
    root, rest = trigger.cameo[:ROOT_LENGTH], trigger.cameo[ROOT_LENGTH:]
    reading = READINGS.get(root)
    if reading is None:
        return ()
    code = reading + rest
    return (code,) if code in ontology else ((reading,) if reading in ontology else ())
