"""Whether an article is a story of private life, ordinary crime or an accident, with no public
dimension (read by the topic judge, ``tacitus.events.decision``).

The coding rules leave out "ordinary crime and accidents between private people with no
political, communal or security dimension", and code police acting against protesters, rioters,
militants or officials. A burglary, a stabbing or a fraud trial names the police, a court or the
offenders, as a story of political violence or of a riot does; a road crash or a storm names the
officials who count the dead, as a story of war does; what tells them apart is whether the story
speaks of public affairs or of security at all. So an article is a private story when:

- it tells of crime: it names an actor of the ``law`` family (police,
  courts, offenders: ``topic_families.tsv``) or uses the words of crime
  (``wordlists/crime_words.tsv``), or of an accident (it uses the words of weather, disasters
  and accidents: ``mishap_words.tsv``);
- and it uses none of the words of public affairs (``public_affairs_words.tsv``: government,
  parliament, parties, elections, diplomacy) nor of security, armed conflict, protest and
  communal violence (``security_words.tsv``).

The trained topic judge cannot learn the crime stories: the training articles that name the
police are wire stories of political violence and reports of communal riots, nearly all
political, and the few crime stories among the others teach it nothing. The rule needs no
examples.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc

from tacitus.actors.matches import UNKNOWN_BODY_HOWS
from tacitus.events.topic_features import actor_family
from tacitus.model import ActorMention
from tacitus.nlp.doc_memo import alpha_lemmas
from tacitus.wordlists import word_set

LAW_FAMILY = "law"


@cache
def _public_words() -> frozenset[str]:
    return word_set("public_affairs_words") | word_set("security_words")


@cache
def _crime_words() -> frozenset[str]:
    return word_set("crime_words")


@cache
def _mishap_words() -> frozenset[str]:
    return word_set("mishap_words")


def is_private_story(doc: Doc, mentions: Sequence[ActorMention]) -> bool:
    """Whether the article parsed into ``doc`` (with its actor ``mentions``) tells of crime (it
    names the police, a court or offenders, or uses the words of crime) or of an accident,
    weather or a disaster, and of nothing public: no word of public affairs, security, conflict,
    protest or communal violence."""
    lemmas = alpha_lemmas(doc)
    if lemmas & _public_words():
        return False
    return bool(lemmas & (_crime_words() | _mishap_words())) or any(
        actor_family(mention.actor) == LAW_FAMILY for mention in mentions
        if mention.how not in UNKNOWN_BODY_HOWS)
