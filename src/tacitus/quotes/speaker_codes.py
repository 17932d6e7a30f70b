"""The speaker's code (steps 5-7 of ``speakers``): the office a person was named with, the body
their own description names ("a spokesman for the Nigerian army"), the country the article is set
in (not for an unnamed source or expert whose words name no body: "a source said"), the kind of
body a title's compounded noun names ("police spokesman": ``COP``), the people a plural
description stands for, and the body an abbreviated rank serves."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tacitus.quotes.affiliations import (
    body_kinds,
    name_top,
    names_another,
    posted_countries,
    remembered_body,
    remembered_role,
    stated_body,
)
from tacitus.quotes.antecedents import first_use
from tacitus.quotes.plural_speakers import grouped
from tacitus.quotes.ranks import ranked
from tacitus.quotes.role_words import role_words, title_words
from tacitus.quotes.speaker_countries import (
    GOVERNMENT,
    Speaker,
    affiliated,
    for_body,
    placed,
    resettled,
    type_codes,
    unposted,
)
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

# "Diplomats in Kabul said": those a state posts abroad serve where the story is set
POSTED_ROLES = word_set("posted_roles")
# "a source said", "one legal expert said": unnamed speakers the setting gives no side, and the
# modifiers that give them one ("a security source")
UNSIDED_SPEAKERS = word_set("unsided_speakers", kind="speaker")
SIDED_MODIFIERS = word_set("unsided_speakers", kind="sided")
# the dependents by which a noun's own words may say whose its speaker is ("sources close to the
# army", "analysts at Crest Bank", "sources affiliated to the militants")
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "prep", "acl", "relcl"})


def coded_speaker(view: DocView, speaker: Speaker, subject: Token | None) -> Speaker:
    """``speaker`` with the office, body and country the article gives them (steps 5-7 of
    ``speakers``), ``subject`` being the words that name them in the cue's clause, if any."""
    # "the kidnappers of aid worker Jane Roe" are not Roe: nothing remembered of her is theirs
    another = subject is not None and names_another(subject)
    if speaker.actor is None and not another:
        # "Liu said", after "China's ambassador to Britain Liu Xiaming": the office stated
        # where the text named the person in full
        role = remembered_role(view, speaker.text)
        if role is not None:
            speaker = Speaker(role, speaker.text)
    country, code = stated_body(view, subject) if subject is not None else (None, None)
    if country is None and code is None and subject is not None:
        # "A spokeswoman for the Thai army said …. “…,” the spokeswoman added"
        introduced = first_use(view, subject)
        if introduced is not None:
            country, code = stated_body(view, introduced)
    if country is None and code is None and not another:
        # "Leila Haddad, who leads the Lebanese delegation": the name, not its description
        name = (speaker.actor.name if speaker.actor is not None
                else subject.text if subject is not None and subject.pos_ == "PROPN"
                else speaker.text)
        country, code = remembered_body(view, name)
        if country is None and code is None and name != speaker.text:
            # "the Director noted" after "UNICEF Director Ana Ruiz": a title in capitals that
            # stood for a named person is looked up by that person's name
            country, code = remembered_body(view, speaker.text)
    if country is None and code is not None:
        speaker = for_body(view, speaker, code)
        if code not in type_codes():
            # "a spokeswoman for the European Commission": a body of no one country speaks
            return speaker
        # "Radio Libertad said": a body the resolver knows by its kind alone (``MED``) is of
        # the country the article is set in, as an unplaced "officials" is
    speaker = affiliated(view, speaker, country, code)
    if country is None and subject is not None:
        speaker = resettled(view, subject, speaker)
    # "Kurt Volkmann, the special envoy to Ukraine" in a story about Ukraine is not Ukraine's
    posted = posted_countries(view, speaker.actor.name if speaker.actor else speaker.text)
    speaker = unposted(view, speaker, posted)
    serving = subject is not None and name_top(view, subject).lemma_.lower() in POSTED_ROLES
    # "a source said": no setting gives an unnamed source or expert a side
    unplaced = speaker.actor is None and subject is not None and unsided(view, subject)
    speaker = placed(speaker, None if serving or unplaced or view.setting in posted
                     else view.setting)
    if subject is None:
        return speaker
    speaker = grouped(view, subject, _body_compounded(view, subject, speaker))
    return ranked(view, subject, speaker)


def _body_compounded(view: DocView, subject: Token, speaker: Speaker) -> Speaker:
    """ "a police spokesman, Benjamin Okafor": a title the actor resolver read as the
    government's (``GOV``), or as its country's alone, whose own words name the kind of body it
    serves ("police": ``COP``) is of that kind; so is "the spokesman" after "an army
    spokesman"."""
    actor = speaker.actor
    if actor is None or actor.code not in (f"{actor.country or ''}{GOVERNMENT}", actor.country):
        return speaker
    title = name_top(view, subject)
    if title.pos_ != "NOUN" or title.lemma_.lower() not in title_words():
        return speaker
    # "A Peruvian army spokesman said …. “…,” the spokesman said": where it was first used
    first = first_use(view, title)
    kind = _compounded_kind(view, title) or (
        _compounded_kind(view, first) if first is not None else None)
    if kind is None or kind == GOVERNMENT:
        return speaker
    return Speaker(replace(actor, code=f"{actor.country or ''}{kind}"), speaker.text)


def _compounded_kind(view: DocView, title: Token) -> str | None:
    """The kind of body a title's own compounded noun names ("police spokesman": ``COP``)."""
    own = view.mentions.at(title)
    return next((body_kinds().get(child.lemma_.lower()) for child in title.children
                 if child.dep_ == "compound" and child.pos_ == "NOUN"
                 and view.mentions.at(child) in (None, own)
                 and body_kinds().get(child.lemma_.lower())), None)


def unsided(view: DocView, subject: Token) -> bool:
    """Whether ``subject`` names an unnamed speaker the story's setting gives no side ("a source
    said", "one legal expert said", "aviation analysts called it"): a noun of such a speaker
    whose own words name no body, state organ or place ("a security source", "sources in the
    ministry", "sources close to the army" have one), nor did they where the text first used it
    ("military sources said …. The sources added")."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in UNSIDED_SPEAKERS:
        return False
    introduced = first_use(view, subject)
    return not _sided(view, subject) and (introduced is None or not _sided(view, introduced))


def _sided(view: DocView, noun: Token) -> bool:
    """Whether the words that describe ``noun`` name a body, a state organ or a place."""
    roles, bodies = role_words(), body_kinds()
    return any(token.pos_ == "PROPN" or token.lemma_.lower() in SIDED_MODIFIERS
               or token.lemma_.lower() in roles or token.lemma_.lower() in bodies
               or view.mentions.at(token) is not None
               for child in noun.children if child.dep_ in MODIFIER_DEPS
               for token in child.subtree)
