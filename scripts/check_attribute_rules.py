"""Check that ``nlp/attribute_rules.py`` and ``nlp/lemmas.py`` set exactly what spaCy's attribute
ruler and lemmatizer set.

Parses the texts of the shared corpora (AG News, Lee ABC, MUC-4: ``benchmarks/scale_corpus.py``)
with the model as spaCy loads it and with the ruler and the lemmatizer replaced, and compares every
token: its coarse and fine tags, morphology, lemma, dependency label and head, sentence start and
entity.
Prints the counts and the first differences; exits 1 on any difference.

    .venv/bin/python scripts/check_attribute_rules.py [--texts 5000] [--skip 0]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import Token

from tacitus.nlp.attribute_rules import use_attribute_rules
from tacitus.nlp.lemmas import use_lookup_lemmas
from tacitus.settings import DEFAULT_MODEL

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from scale_corpus import shared_texts

SHOWN = 10


def token_state(token: Token) -> tuple[object, ...]:
    """Everything the ruler sets and everything the later components set from it."""
    return (token.pos, token.tag, token.morph.key, token.lemma, token.dep, token.head.i,
            token.is_sent_start, token.ent_iob, token.ent_type)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=5000, help="texts compared (0: all)")
    parser.add_argument("--skip", type=int, default=0, help="texts skipped first")
    options = parser.parse_args()
    texts = shared_texts()[options.skip:]
    texts = texts[:options.texts] if options.texts else texts
    spacys = spacy.load(DEFAULT_MODEL)
    ours = spacy.load(DEFAULT_MODEL)
    if not use_attribute_rules(ours):
        print("the model's attribute ruler cannot be replaced: nothing to compare")
        return 1
    if not use_lookup_lemmas(ours):
        print("the model's lemmatizer cannot be replaced: nothing to compare")
        return 1
    started = time.process_time()
    tokens = differences = 0
    for theirs, mine in zip(spacys.pipe(texts), ours.pipe(texts), strict=True):
        for expected, got in zip(theirs, mine, strict=True):
            tokens += 1
            if token_state(expected) != token_state(got):
                differences += 1
                if differences <= SHOWN:
                    print(f"{expected.text!r}: spaCy {token_state(expected)} "
                          f"/ ours {token_state(got)}")
    print(f"texts {len(texts)}, tokens {tokens}, tokens that differ {differences} "
          f"({time.process_time() - started:.0f} CPU s)")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
