"""Plural descriptions that speak ("“…,” the two leaders said"): a plural title with nothing but a
determiner or a number of its own stands for the people the text just named together as the
subject of a sentence ("Finland's prime minister and foreign minister met …"), and speaks with
their code when they share one kind of body and at most one country ("FINGOV"), with their
country alone when they are of two kinds. A plural that says its own kind ("opposition leaders",
"rebel leaders") or a group of people of two countries keeps the code it had."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tacitus.actors.knowledge import load_knowledge_base
from tacitus.model import ActorMention
from tacitus.nlp.doc_memo import root_of
from tacitus.quotes.role_words import person_title_heads, role_words
from tacitus.quotes.spans import SUBJECT_DEPS
from tacitus.quotes.speaker_countries import Speaker
from tacitus.quotes.view import GUESSED, DocView
from tacitus.wordlists import word_set

DETERMINERS = word_set("anaphoric_determiners")
# "a source", "one official": one unnamed member of a group
INDEFINITE = word_set("indefinite_determiners")
# what may stand beside one member's noun besides its determiner ("a senior official")
MEMBER_MODIFIERS = frozenset({"det", "nummod", "amod"})
# the words a plural description may carry beside its determiner: "the two leaders", "both
# ministers", "the leaders themselves"
GROUP_MODIFIERS = frozenset({"det", "nummod", "predet", "punct"})
# the words by which a plural says whose people they are ("sources in the ministry", "army
# officials", "Nigerian officials", "the ministry's officials")
GROUP_WORDS = frozenset({"prep", "compound", "amod", "nmod", "poss"})
# How far back a plural description looks for the people it stands for.
SENTENCES_BACK = 2


def grouped(view: DocView, subject: Token, speaker: Speaker) -> Speaker:
    """``speaker`` as the group of people a plural description stands for, when the sentences
    just before named them together and they share a kind and a country."""
    if (subject.tag_ != "NNS" or subject.lemma_.lower() not in person_title_heads()
            or not any(child.lower_ in DETERMINERS | {"both"} for child in subject.children)
            or any(child.dep_ not in GROUP_MODIFIERS for child in subject.lefts)):
        return speaker
    members = _named_together(view, subject)
    if not members:
        return speaker
    countries = {member.actor.country for member in members if member.actor.country}
    kinds = {member.actor.code[len(member.actor.country or ""):] for member in members}
    if len(countries) > 1:
        return speaker
    country = next(iter(countries), None) or (
        speaker.actor.country if speaker.actor is not None else None)
    if country is None:
        return speaker
    model = next((member.actor for member in members if member.actor.country == country),
                 members[0].actor)
    if len(kinds) == 1:
        return Speaker(replace(model, code=country + kinds.pop(), country=country), speaker.text)
    # people of two kinds ("the prime minister and the defence minister") share their country
    known = load_knowledge_base().countries.get(country)
    name = known.name if known is not None else country
    return Speaker(replace(model, code=country, country=country, name=name), speaker.text)


def one_of_many(view: DocView, subject: Token) -> Token | None:
    """The plural subject a description of one unnamed member ("a source", "one official")
    belongs to: the latest plural of the same noun outside quotation marks, as the subject of a
    verb, in the sentences just before, whose own words say whose people they are ("sources in
    the home ministry said …. “…,” a source said"); none when the member's own words say more
    than a determiner and a lower-case adjective ("a Turkish official", "an official in Ankara"
    are their own)."""
    if (subject.tag_ != "NN" or subject.lemma_.lower() not in role_words()
            or not any(child.lower_ in INDEFINITE for child in subject.lefts)
            or any(child.dep_ not in MEMBER_MODIFIERS or not child.text.islower()
                   for child in subject.children if child.dep_ != "punct")):
        return None
    here = view.sentence_index(subject)
    start = view.sentences[max(0, here - SENTENCES_BACK)].start
    many = next((token for token in reversed(view.doc[start:subject.left_edge.i])
                 if token.tag_ == "NNS" and token.lemma_.lower() == subject.lemma_.lower()
                 and token.dep_ in SUBJECT_DEPS and view.quoted_in[token.i] < 0), None)
    # a bare "officials said" tells no more of whose they are than "an official" does
    return many if many is not None and any(
        child.dep_ in GROUP_WORDS for child in many.children) else None


def _named_together(view: DocView, subject: Token) -> list[ActorMention]:
    """The mentions of the people a sentence just before names together as its main subject
    ("X and Y met …"), each a titled person (a title the resolver made no mention of counts,
    but says nothing of the group's code); none when one of them is no person."""
    here = view.sentence_index(subject)
    dateline = view.dateline_tokens
    for index in range(here - 1, max(-1, here - SENTENCES_BACK - 1), -1):
        heads = [token for token in view.sentences[index] if token.dep_ in SUBJECT_DEPS
                 and token.head.dep_ == "ROOT" and view.quoted_in[token.i] < 0
                 and token.i not in dateline]
        if not heads:
            continue
        # "X and Y met …": the subject and the words joined to it, each a titled person
        tokens = _conjoined(heads[0])
        found = [view.mentions.at(token) for token in tokens]
        members = [mention for mention in found if mention is not None]
        if len(tokens) < 2 or not members or any(
                mention.how in GUESSED - {"anaphor"} or not _titled_person(view, mention)
                for mention in members) or any(
                mention is None and token.lemma_.lower() not in person_title_heads()
                for token, mention in zip(tokens, found, strict=True)):
            return []
        return members
    return []


def _conjoined(head: Token) -> list[Token]:
    """ ``head`` and the words joined to it by "and" or commas ("X, Y and Z")."""
    tokens = [head]
    for token in tokens:
        tokens.extend(child for child in token.children if child.dep_ == "conj")
    return tokens


def _titled_person(view: DocView, mention: ActorMention) -> bool:
    """Whether a mention names a person: by name, or by a title ("foreign minister")."""
    if mention.actor.kind == "person":
        return True
    root = root_of(view.doc, mention.token_start, mention.token_end)
    return root.lemma_.lower() in person_title_heads()
