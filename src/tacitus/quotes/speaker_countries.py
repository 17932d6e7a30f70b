"""The country of a speaker (steps 5 and 6 of ``speakers``): the one their own description
states, else the one the article is set in, never a country the resolver only guessed from the
places or quotations around them."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Token

from tacitus.actors.codes import is_news_agency
from tacitus.actors.knowledge import load_knowledge_base
from tacitus.actors.labels import code_label
from tacitus.actors.matches import STORY_PLACED
from tacitus.model import Actor, ActorMention
from tacitus.nlp.doc_memo import root_of
from tacitus.quotes.spans import SUBJECT_DEPS
from tacitus.quotes.view import GUESSED, DocView
from tacitus.wordlists import word_set

PERSON_PRONOUNS = word_set("third_person_pronouns", refers="person")
# A type code alone ("GOV", "BUS"): a state organ or a sector whose country the text did not say,
# or a person known only by a title ("company CEO Andy Vesey": BUS).
BARE_KINDS = frozenset({"state", "sector", "person"})
TYPE_CODE_LENGTH = 3
# the kind the actor resolver gives a role word that names none of its own
GOVERNMENT = "GOV"
WORD = re.compile(r"[\w-]+")
# how the actor resolver made a mention whose country it took from the text around it: a role
# word with no name ("an official"), a person known by a title alone ("spokesman Ali Khan") or
# an organisation no table knows that only the story placed
CONTEXT_GUESSES = frozenset({"anaphor", "title"}) | STORY_PLACED
# the prepositions by which a role noun's own phrase says where its people are or are from
ATTACHING_PREPOSITIONS = word_set("place_prepositions", attaching="yes")


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a cue word attributes words to."""

    actor: Actor | None
    text: str


def resettled(view: DocView, subject: Token, speaker: Speaker) -> Speaker:
    """A speaker whose country the actor resolver only guessed from the text around them (an
    unnamed "official", a person known by a title alone) in the country the article is set in,
    when neither their own words ("Irish Foreign Minister …") nor their sentence name the
    guessed country: "… pilgrims arriving from Saudi Arabia. “…,” an official said" in a story
    set in India is an Indian official. In a story set nowhere, a country the text names only
    as a place or inside quotation marks is no ground either: the speaker is of the actor named
    outside them just before ("Chinese officials said …. “The US has crossed a red line,” … a
    foreign ministry spokesman"; "The United States is ready to send troops to Somalia, an
    official said"). A person whose title states their country counts as named there ("Ghana's
    opposition leader, Yaw Ofori"); so does a sentence just before whose subject is an actor of
    the guessed country ("Kenyan officials rejected the call. “…,” a spokesman said")."""
    actor = speaker.actor
    own = view.mentions.at(subject)
    if (actor is None or own is None or own.actor != actor
            or own.how not in CONTEXT_GUESSES or actor.country is None
            or not actor.code.startswith(actor.country)
            or stated_anywhere(view, own, actor.country) or placed_by_own_words(subject)):
        return speaker
    setting = view.setting or _unquoted_country(view, subject, actor.country)
    if setting is None or setting == actor.country:
        return speaker
    sentence = view.sentence(subject)
    if any(mention.actor.country == actor.country and mention.how not in CONTEXT_GUESSES
           and sentence.start <= mention.token_start < sentence.end
           and view.quoted_in[mention.token_start] < 0 for mention in view.mentions.all()):
        return speaker
    if _subject_before(view, sentence.start, actor.country):
        # "Indian officials welcomed the statement. “…,” a ministry spokesperson said"
        return speaker
    code = setting + actor.code[len(actor.country):]
    return Speaker(replace(actor, code=code, country=setting, name=_relabelled(actor, code)),
                   speaker.text)


def _relabelled(actor: Actor, code: str) -> str:
    """The name of ``actor`` given ``code``: the label of the new code where the old name was
    only the old code's label ("Pakistan government" for an official placed in India)."""
    kb = load_knowledge_base()
    if actor.name != code_label(kb, actor.code):
        return actor.name
    return code_label(kb, code) or actor.name


def _subject_before(view: DocView, start: int, country: str) -> bool:
    """Whether the subject of the sentence before the one at ``start`` is an actor the text
    names (outside quotation marks) of ``country``: the people an unnamed speaker just after
    them speaks for."""
    if start == 0:
        return False
    before = view.sentence(start - 1)
    return any(mention.actor.country == country and mention.how not in CONTEXT_GUESSES
               and before.start <= mention.token_start < before.end
               and view.quoted_in[mention.token_start] < 0
               and root_of(view.doc, mention.token_start, mention.token_end).dep_ in SUBJECT_DEPS
               for mention in view.mentions.all())


def stated_anywhere(view: DocView, own: ActorMention, country: str) -> bool:
    """Whether the article states ``country`` as the speaker's own where it names them: in the
    words of their mention, or of any mention of the same person by name ("Sweden's Prime
    Minister Lars Ekdahl arrived in Washington …. “…,” Ekdahl said"; "The Afghan leader, Hamid
    Rahimi, held talks in Berlin …. “…,” Rahimi said")."""
    if names_country(own.text, country):
        return True
    if own.actor.kind != "person" or not own.actor.name:
        return False
    return any(mention.actor.name == own.actor.name and mention.actor.country == country
               and mention.how not in GUESSED and names_country(mention.text, country)
               for mention in view.mentions.all())


def placed_by_own_words(subject: Token) -> bool:
    """Whether the speaker's own words say where they are or are from, through a preposition
    of place to a name ("officials in Kabul", "residents of Kandahar"): the country the actor
    resolver read from that name is theirs, not a guess from the story around them."""
    return any(child.dep_ == "prep" and child.lower_ in ATTACHING_PREPOSITIONS
               and any(grand.dep_ == "pobj" and grand.pos_ == "PROPN"
                       for grand in child.children)
               for child in subject.children)


def _unquoted_country(view: DocView, subject: Token, guessed: str) -> str | None:
    """The country of the latest actor named outside quotation marks before ``subject``, when no
    actor named outside them is of ``guessed`` (``None`` when one is)."""
    named = [mention for mention in view.mentions.all()
             if mention.actor.country and (mention.how not in CONTEXT_GUESSES | GUESSED or (
                 mention.how == "title" and names_country(mention.text, mention.actor.country)))
             and view.quoted_in[mention.token_start] < 0
             and not is_news_agency(mention.actor.code, mention.actor.kind)]
    if any(mention.actor.country == guessed for mention in named):
        return None
    before = [mention for mention in named if mention.token_end <= subject.i]
    return before[-1].actor.country if before else None


def names_country(words: str, code: str) -> bool:
    """Whether ``words`` name the country ``code`` (its name, an alias or an adjective: "Irish
    Foreign Minister Simon Coveney")."""
    country = load_knowledge_base().countries.get(code)
    if country is None:
        return False
    folded = " " + " ".join(WORD.findall(words.casefold())) + " "
    return any(f" {name.casefold()} " in folded
               for name in (country.name, *country.aliases, *country.adjectives))


def affiliated(view: DocView, speaker: Speaker, country: str | None,
               code: str | None = None) -> Speaker:
    """A speaker in the country their own description states, unless a name or a title with its
    own country already places them: a person the knowledge base knows keeps its code, one
    learnt from a title alone ("spokesman Ali Khan", placed by the text around it), from a
    description whose country was guessed from the places around it ("Abdi Farah, a Somali
    clan elder, speaking in Nairobi") or with no actor takes the stated country, with the
    type the title or description gave."""
    actor = speaker.actor
    if country is None:
        return speaker
    if actor is None:
        return _named_in(speaker, country, code)
    if (code is not None and code.startswith(country) and len(code) > len(country)
            and code != actor.code and (actor.code == country or _guessed(view, actor) or (
                actor.kind == "person" and _titled(view, actor)))):
        # "Kate Briggs, president of the Australian Council of Trade Unions": the body a person
        # heads or speaks for says their kind better than a title alone or its country's name
        return Speaker(replace(actor, code=code, country=country), speaker.text)
    if actor.country == country or actor.kind not in BARE_KINDS:
        return speaker
    if actor.country is None and actor.code in type_codes():
        kind = actor.code
    elif (actor.country is not None and actor.code.startswith(actor.country) and any(
            mention.actor == actor and (mention.how == "anaphor" or (
                mention.how == "title" and actor.kind == "person"))
            for mention in view.mentions.all())):
        kind = actor.code[len(actor.country):]
    else:
        return speaker
    return Speaker(replace(actor, code=country + kind, country=country), speaker.text)


def for_body(view: DocView, speaker: Speaker, code: str) -> Speaker:
    """A speaker for a body of no one country ("Ilse Vermeulen, a spokeswoman for the European
    Commission": ``EEC``) takes the body's code, unless the knowledge base knows them already:
    a person with no actor, one known by a title alone, or a bare type."""
    actor = speaker.actor
    if actor is None:
        if not speaker.text or speaker.text.lower() in PERSON_PRONOUNS:
            return speaker
        return Speaker(Actor(code=code, name=speaker.text, kind="person", country=None),
                       speaker.text)
    if actor.code in type_codes() or (actor.kind == "person" and _titled(view, actor)) or (
            actor.kind in BARE_KINDS and actor.code == actor.country):
        return Speaker(replace(actor, code=code, country=None), speaker.text)
    return speaker


def _guessed(view: DocView, actor: Actor) -> bool:
    """Whether the actor resolver only guessed ``actor`` for a role word with no name as the
    government of the country around it ("the spokeswoman": ``THAGOV``); a role word that says
    its own kind ("the police chief": ``FRACOP``) keeps it."""
    return actor.code == f"{actor.country}{GOVERNMENT}" and any(
        mention.actor == actor and mention.how == "anaphor" for mention in view.mentions.all())


def _titled(view: DocView, actor: Actor) -> bool:
    """Whether the actor resolver learnt ``actor`` from a title alone ("president Kate
    Briggs"), not from the knowledge base."""
    return any(mention.actor == actor and mention.how == "title"
               for mention in view.mentions.all())


def unposted(view: DocView, speaker: Speaker, posted: frozenset[str]) -> Speaker:
    """A person known by a title alone whom the actor resolver placed in a country the text
    posts them to ("Lena Fischer, the ambassador to Mali": not Mali's), with their type and no
    country."""
    actor = speaker.actor
    if (actor is None or actor.country not in posted or actor.kind != "person"
            or not actor.code.startswith(actor.country) or not _titled(view, actor)):
        return speaker
    return Speaker(replace(actor, code=actor.code[len(actor.country):], country=None),
                   speaker.text)


def placed(speaker: Speaker, country: str | None) -> Speaker:
    """A speaker the article gives no country of its own, in the country the article is set in:
    a bare sector ("officials", ``GOV``) or a person known by a title alone ("President Marybel
    Batjer", ``GOV``) becomes that country's, a named speaker with no actor an actor of that
    country alone."""
    actor = speaker.actor
    if country is None:
        return speaker
    if actor is None:
        return _named_in(speaker, country)
    if actor.country is None and actor.kind in BARE_KINDS and actor.code.isalpha() and len(
            actor.code) == TYPE_CODE_LENGTH and (actor.kind != "person"
                                                 or actor.code in type_codes()):
        return Speaker(replace(actor, code=country + actor.code, country=country), speaker.text)
    return speaker


def _named_in(speaker: Speaker, country: str, code: str | None = None) -> Speaker:
    """A speaker with no actor, named in words ("Ali Khan, a trader"), as a person of ``country``
    (with the ``code`` of the body they speak for, when one was stated; a bare pronoun stays as
    it is)."""
    if not speaker.text or speaker.text.lower() in PERSON_PRONOUNS:
        return speaker
    return Speaker(Actor(code=code or country, name=speaker.text, kind="person",
                         country=country), speaker.text)


@cache
def type_codes() -> frozenset[str]:
    """The codes of state organs and sectors (``GOV``, ``BUS``): a person coded by one alone is
    known by a title; one coded ``UNO`` speaks for the United Nations, wherever the story is."""
    return frozenset(code for code, kind in load_knowledge_base().types.items()
                     if kind.kind in ("state", "sector"))
