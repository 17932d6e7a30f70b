"""What the article-level topic judge reads (``tacitus.events.decision``).

Besides the article's content words (``topic_words``), a few document features that say what
kind of story it is whatever its vocabulary, all computed from what the pipeline already has (the
parse, the actor mentions, the clause coder's events; no second parse):

- ``actors:FAMILY``: mentions of each family of actor (government, force, armed, law, party …,
  by the type units of ``topic_families.tsv``; else by the actor's kind) per sentence;
- ``countries:named``: how many distinct countries the actors belong to;
- ``events:qN`` and ``events:violence``: the share of sentences with a coded event of each CAMEO
  quad class (verbal and material cooperation, verbal and material conflict) and of violence;
- ``cues:DOMAIN``: the share of the article's words that belong to sport, markets, entertainment,
  science or weather and accidents (``wordlists/DOMAIN_words.tsv``).

Counts are damped (``log1p``) so that no one feature swamps the others. Every value is a float; a
content word's is 1. A document feature's name has a colon, a word never does.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from functools import cache
from itertools import compress

from spacy.tokens import Doc

from tacitus.actors.codes import code_units
from tacitus.actors.matches import UNKNOWN_BODY_HOWS
from tacitus.datatables import read_packaged_table
from tacitus.events.ontology import QUAD_BY_ROOT
from tacitus.model import Actor, ActorMention, Event
from tacitus.nlp.doc_memo import lemmas_of, sentences_of
from tacitus.wordlists import word_set

FAMILY_TABLE = "topic_families.tsv"
VIOLENCE = frozenset({"18", "19", "20"})
MIN_TOPIC_WORD = 3
# mentions of a family per sentence are multiplied by this before log1p: one mention in five
# sentences is log(2)
MENTION_SCALE = 5.0
# the share of words in a domain, in percent before log1p
CUE_SCALE = 100.0


def is_document_feature(name: str) -> bool:
    """Whether a topic feature is a document feature rather than a content word."""
    return ":" in name


@cache
def load_families() -> dict[str, str]:
    """Actor type unit → family, from the packaged table (once per process)."""
    families: dict[str, str] = {}
    for row in read_packaged_table("tacitus.events", FAMILY_TABLE, ("unit", "family")):
        if row["unit"] in families:
            raise row.fail(f"{row['unit']} is listed twice")
        families[row["unit"]] = row["family"]
    return families


@cache
def _domain_words() -> dict[str, frozenset[str]]:
    return {"sport": word_set("sport_words"), "business": word_set("business_words"),
            "entertainment": word_set("entertainment_words"),
            "science": word_set("science_words"), "mishap": word_set("mishap_words")}


def actor_family(actor: Actor) -> str:
    """The family of an actor: its first type unit listed in ``topic_families.tsv``, else its
    kind (``state``, ``person``, ``igo``, ``group``, ``sector``)."""
    families = load_families()
    units = code_units(actor.code)
    if actor.country is not None and units and units[0] == actor.country:
        units = units[1:]
    return next((families[unit] for unit in units if unit in families), actor.kind)


def topic_words(doc: Doc) -> tuple[str, ...]:
    """The article's content words (lower-case lemmas), each once."""
    lemmas = lemmas_of(doc)
    return tuple(sorted({lower for lower, alpha, stop, length
                         in zip(lemmas.lowered, lemmas.alpha, lemmas.stop, lemmas.length,
                                strict=True)
                         if alpha and not stop and length >= MIN_TOPIC_WORD}))


def topic_features(doc: Doc, mentions: Sequence[ActorMention],
                   events: Sequence[Event]) -> dict[str, float]:
    """Everything the topic judge reads of an article parsed into ``doc``, with its actor
    mentions and the clause coder's events: each content word (1.0) and the document features."""
    features = dict.fromkeys(topic_words(doc), 1.0)
    sentences = max(len(sentences_of(doc)), 1)
    # a body known by its name alone ("Bluewave Airlines") tells the topic by its name's words,
    # already read as content words, not again as a kind of actor
    known = [mention for mention in mentions if mention.how not in UNKNOWN_BODY_HOWS]
    families = Counter(actor_family(mention.actor) for mention in known)
    for family, count in families.items():
        features[f"actors:{family}"] = math.log1p(MENTION_SCALE * count / sentences)
    countries = {mention.actor.country for mention in known if mention.actor.country}
    features["countries:named"] = math.log1p(len(countries))
    with_events: dict[str, set[int]] = {}
    for event in events:
        root = event.cameo[:2]
        kinds = [f"q{QUAD_BY_ROOT[root]}"] if root in QUAD_BY_ROOT else []
        if root in VIOLENCE:
            kinds.append("violence")
        for kind in kinds:
            with_events.setdefault(kind, set()).add(event.evidence.sentence_index)
    for kind, where in with_events.items():
        features[f"events:{kind}"] = len(where) / sentences
    read = lemmas_of(doc)
    # the alphabetic tokens' lemmas picked in C (``compress``), not by a Python step a token
    lemmas = Counter(compress(read.lowered, read.alpha))
    words = max(sum(lemmas.values()), 1)
    for domain, listed in _domain_words().items():
        # only the listed words the article has (an integer sum: the same in any order)
        hits = sum(map(lemmas.__getitem__, lemmas.keys() & listed))
        if hits:
            features[f"cues:{domain}"] = math.log1p(CUE_SCALE * hits / words)
    return features
