"""Measure (never assert) country-level actor resolution on shared gold material.

    .venv/bin/python scripts/measure_actors.py [--shared ../shared] [--errors N]

1. PLOVER gold records (``reference/plover/PLOVER_GSR_CAMEO.json``): each source/target actor has a
   code; we resolve the sentence as of the record's date, take the widest Tacitus mention that
   overlaps the gold actor text, and compare the country (or IGO/NGO) unit. A gold actor with no
   overlapping mention counts as wrong.
2. ConfliBERT CAMEO annotations (``eval/conflibert_cameo/derived_annotations_long.csv``): spans
   have no codes, so only coverage is measured: the share of distinct source/target spans that
   overlap a Tacitus actor mention, and the share whose mention has a country or organisation code.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
from collections import Counter
from datetime import date
from pathlib import Path

from tacitus.actors import make_actor_resolver
from tacitus.model import ActorMention
from tacitus.nlp.parser import load_language
from tacitus.settings import DEFAULT_MODEL

# gold files use ISO codes (and CAMEO's JAP, and PSE for the Palestinian territories); Tacitus
# uses GDELT's ROM, TMP, MTN and its territory codes for the West Bank and Gaza
SAME_COUNTRY = {"ROM": "ROU", "TMP": "TLS", "MTN": "MNE", "JAP": "JPN", "WSB": "PSE",
                "GZS": "PSE"}
LOCATIVES = frozenset({"in", "into", "to", "near", "inside", "across", "throughout"})
SECTOR_UNITS = frozenset({"IGO", "NGO", "MNC", "IMG", "NGM"})


def country_unit(code: str, country: str | None) -> str:
    unit = country or code[:3]
    return SAME_COUNTRY.get(unit, unit)


def overlapping(mentions: tuple[ActorMention, ...], start: int, end: int) -> ActorMention | None:
    found = [m for m in mentions if m.start < end and start < m.end]
    return max(found, key=lambda m: m.end - m.start) if found else None


def measure_plover(shared: Path, errors: int) -> None:
    records = json.loads((shared / "reference/plover/PLOVER_GSR_CAMEO.json").read_text())
    nlp, resolve = load_language(DEFAULT_MODEL), make_actor_resolver()
    right = total = unfound = as_place = 0
    wrong: list[str] = []
    for record in records:
        text = record.get("text")
        if not isinstance(text, str):
            continue
        day = date.fromisoformat(record["date"]) if record.get("date") else None
        mentions = resolve(nlp(text), day)
        for side in ("source", "target"):
            actors = record.get(side)
            if not isinstance(actors, list):
                continue
            for actor in actors:
                if not isinstance(actor, dict) or not actor.get("code"):
                    continue
                start = text.find(actor["actorText"])
                if start < 0:
                    unfound += 1
                    continue
                total += 1
                gold = SAME_COUNTRY.get(actor["code"][:3], actor["code"][:3])
                mention = overlapping(mentions, start, start + len(actor["actorText"]))
                predicted = (country_unit(mention.actor.code, mention.actor.country)
                             if mention else "-")
                if predicted == gold:
                    right += 1
                elif mention is None and text[:start].split()[-1:] and (
                        text[:start].split()[-1].lower() in LOCATIVES):
                    as_place += 1
                else:
                    wrong.append(f"  {actor['actorText']!r}: gold {gold}, got {predicted}"
                                 f" ({mention.actor.code if mention else 'no mention'})")
    print(f"PLOVER gold actors: {right}/{total} country-level correct = {right / total:.3f}"
          f" ({unfound} gold actor texts not found verbatim, not counted)")
    print(f"  of the misses, {as_place} are gold actors written as places (\"in Lebanon\"), which"
          f" Tacitus leaves to the locator; without them {right}/{total - as_place} ="
          f" {right / (total - as_place):.3f}")
    for line in wrong[:errors]:
        print(line)


def measure_conflibert(shared: Path, errors: int) -> None:
    path = shared / "eval/conflibert_cameo/derived_annotations_long.csv"
    spans: dict[tuple[str, str, int], str] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if not row["entities"]:
                continue
            for label, text, offset in ast.literal_eval(row["entities"]):
                if label.startswith(("Source", "Target")):
                    spans[(row["sentence"], text, int(offset))] = label.split("-")[0]
    nlp, resolve = load_language(DEFAULT_MODEL), make_actor_resolver()
    by_sentence: dict[str, tuple[ActorMention, ...]] = {}
    covered = coded = 0
    missed: Counter[str] = Counter()
    for (sentence, text, offset) in spans:
        if sentence not in by_sentence:
            by_sentence[sentence] = resolve(nlp(sentence), None)
        mention = overlapping(by_sentence[sentence], offset, offset + len(text))
        if mention is None:
            missed[text] += 1
            continue
        covered += 1
        unit = country_unit(mention.actor.code, mention.actor.country)
        if len(unit) == 3 and (unit in SECTOR_UNITS or mention.actor.country or unit.isalpha()):
            coded += 1
    total = len(spans)
    print(f"ConfliBERT source/target spans: {total} distinct; with a Tacitus actor "
          f"{covered / total:.3f}; with a country or organisation code {coded / total:.3f}"
          " (no gold codes: coverage only)")
    for text, count in missed.most_common(errors):
        print(f"  missed {count}x: {text!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--errors", type=int, default=0, help="print this many misses")
    arguments = parser.parse_args()
    measure_plover(arguments.shared, arguments.errors)
    measure_conflibert(arguments.shared, arguments.errors)


if __name__ == "__main__":
    main()
