"""Ranks written as abbreviations ("DSP R K Verma", "“…,” the SP said"): a speaker they name
serves in the body the rank belongs to (``COP``). The same letters are often a party's or a
company's ("SP leader …", "the SP and the BSP"), so they are a title only where news uses them
as one: right before a name, or as a bare head with a determiner once the article has given the
rank in full or before a name ("superintendent of police Vikram Sinha …. the SP said" is
Sinha); letters that are a rank's alone ("the DCP said") are a title wherever they stand."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from tacitus.model import Actor
from tacitus.quotes.role_words import role_words
from tacitus.quotes.speaker_countries import GOVERNMENT, Speaker
from tacitus.quotes.view import DocView, Person
from tacitus.wordlists import word_set, word_table

# abbreviation -> (kind, the rank in full as words)
RANKS = {word: (kind, tuple(expansion.split()))
         for word, kind, expansion, _ in word_table("rank_abbreviations")}
# the abbreviations that are a rank's alone: a bare "the DCP" is the rank wherever it stands
RANKS_ALONE = frozenset(word for word, *_ in word_table("rank_abbreviations", alone="yes"))
# the bracket a rank's abbreviation is given in after the rank in full ("Superintendent of
# Police (SP) Sunil Deshmukh")
CLOSING_BRACKETS = frozenset({")", "]"})
DETERMINERS = word_set("anaphoric_determiners")


@dataclass(frozen=True, slots=True)
class Rank:
    """A rank a speaker is named by: its kind, and the person it was given to, when named."""

    kind: str
    person: Person | None


def ranked(view: DocView, subject: Token, speaker: Speaker) -> Speaker:
    """``speaker`` in the body their rank belongs to, when the words naming them hold a rank used
    as a title; the person the rank was given to earlier speaks for a bare "the SP"."""
    rank = _rank_before_name(view, subject) or _rank_given_before(view, subject)
    if rank is None:
        return speaker
    known = rank.person.actor if rank.person is not None else None
    actor = known or speaker.actor
    text = rank.person.text if rank.person is not None else speaker.text
    country = (actor.country if actor is not None else None) or view.setting or view.dateline
    if country is None:
        return speaker
    if actor is not None and actor.country is not None and actor.code not in (
            country, country + GOVERNMENT):
        # a person or body the knowledge base codes otherwise keeps its code (a bare type read
        # from the rank's last word, "officer" of "station house officer", says less)
        return Speaker(actor, text)
    name = text if rank.person is not None or actor is None or actor.kind != "person" else (
        actor.name)
    return Speaker(Actor(code=country + rank.kind, name=name, kind="person", country=country),
                   text)


def _rank_before_name(view: DocView, subject: Token) -> Rank | None:
    """A rank right before the name of the person the subject names ("DSP R K Verma")."""
    for token in subject.doc[subject.left_edge.i:subject.right_edge.i + 1]:
        person = _person_after(view, token)
        if person is not None:
            return Rank(RANKS[token.lower_][0], person)
    return None


def _person_after(view: DocView, token: Token) -> Person | None:
    """The person named right after ``token`` when it is a rank outside quotation marks."""
    if token.lower_.replace(".", "") not in RANKS or view.quoted_in[token.i] >= 0:
        return None
    after = token.i + 1
    if after < len(token.doc) and token.doc[after].text in CLOSING_BRACKETS:
        after += 1
    return _person_at(view, after)


def _person_at(view: DocView, start: int) -> Person | None:
    """The person named from token ``start`` on: one the view knows, else the run of proper
    nouns there (a name the parser took for no person, as it often does in re-cased copy)."""
    doc = view.doc
    if start >= len(doc) or doc[start].lemma_.lower() in role_words() or not doc[start].is_alpha:
        # "SP chief Akhilesh Verma", "SP leader …": the party's letters before a title
        return None
    known = next((person for person in view.people if person.start <= start < person.end
                  and person.start >= start - 1), None)
    if known is not None:
        return known
    # in re-cased copy the first name may stay in small letters ("dsp anil Tyagi"): the name
    # the rank is a compound of
    head = doc[start - 1]
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    end = head.i + 1 if head.pos_ == "PROPN" and head.i >= start else start
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_alpha:
        end += 1
    if end == start or any(token.lower_ in RANKS for token in doc[start:end]):
        return None
    return Person(start, end, None, doc[start:end].text, False)


def _rank_given_before(view: DocView, subject: Token) -> Rank | None:
    """ "the SP": a bare rank with a determiner, when the article gave that rank earlier in full
    or before a name (the nearest such person speaks; none when the rank stood alone), or when
    its letters are a rank's alone ("the DCP", no one named)."""
    found = RANKS.get(subject.lower_.replace(".", ""))
    if found is None or not any(child.lower_ in DETERMINERS for child in subject.children):
        return None
    kind, words = found
    doc = subject.doc
    for start in range(subject.left_edge.i - 1, -1, -1):
        if view.quoted_in[start] >= 0:
            continue
        if doc[start].lower_ == subject.lower_ and doc[start].i != subject.i:
            person = _person_after(view, doc[start])
            if person is not None:
                return Rank(kind, person)
        end = start + len(words)
        if tuple(token.lower_ for token in doc[start:end]) == words:
            return Rank(kind, _person_at(view, end))
    # "“…,” the DCP said": letters no party or company shares are the rank itself
    return Rank(kind, None) if subject.lower_.replace(".", "") in RANKS_ALONE else None
