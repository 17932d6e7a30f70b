"""The speaker a subject names (steps 1 and 4 of ``speakers``): its own mention, one in the words
that name it ("Taliban ambassador …", "the minister of Pakistan"), the one person the article
names beside the same title elsewhere, the person a role noun introduces ("spokeswoman Jane Roe"),
and the giver of words given out ("a statement from the army", "the communique" named again)."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from tacitus.model import ActorMention
from tacitus.nlp.doc_memo import root_of
from tacitus.quotes.affiliations import (
    AFFILIATION_PREPOSITIONS,
    describing,
    is_topic,
    names_another,
)
from tacitus.quotes.role_words import title_words
from tacitus.quotes.spans import phrase, subject_of
from tacitus.quotes.speaker_countries import Speaker
from tacitus.quotes.view import GUESSED, DocView, Person
from tacitus.wordlists import word_set

# the preposition that names the subject itself ("the minister of Pakistan")
NAMING_PREPOSITIONS = word_set("speaker_prepositions", use="names_subject")
DETERMINERS = word_set("anaphoric_determiners")
# what a subject gives out that speaks for its giver ("a statement from the army"), and the
# prepositions that name the giver
SPEECH_NOUNS = word_set("speech_nouns")
# "the ministry issued a communique which says …": the verbs by which a subject gives words out
GIVING_OUT_VERBS = word_set("giving_out_verbs")
ISSUER_PREPOSITIONS = AFFILIATION_PREPOSITIONS | word_set("naming_prepositions", member="no")
# "the army said in a statement": the preposition that names words a verb's subject gave out
GIVEN_IN_PREPOSITIONS = word_set("speaker_prepositions", use="given_in")
# "Ambassador to Chile Jane Roe": the prepositions by which a title takes what it holds before
# its holder's name
TITLE_COMPLEMENT_PREPOSITIONS = word_set("title_complement_prepositions")
# the links by which the parser hangs a title from its holder's name ("spokeswoman Jane Roe",
# "Jane Roe, the spokeswoman", "Minister for Health Jane Roe")
TITLE_NAME_DEPS = frozenset({"compound", "appos", "nmod"})
# the entity label of a person's name
PERSON_ENTITY = "PERSON"


def issued(view: DocView, subject: Token) -> Speaker | None:
    """ "according to a statement from the Indian army", "a letter by the union said": words
    given out speak for who gave them out, named after the noun."""
    if subject.lemma_.lower() not in SPEECH_NOUNS or view.mentions.at(subject) is not None:
        return None
    issuer = naming_mention(view, subject, ISSUER_PREPOSITIONS)
    if issuer is None and subject.dep_ == "dobj" and (
            subject.head.lemma_.lower() in GIVING_OUT_VERBS):
        # "the ministry issued a communique which says: “…”": given out in the same clause
        return _giver(view, subject)
    if issuer is None and any(c.lower_ in DETERMINERS for c in subject.children):
        return _given_out_before(view, subject)
    if issuer is None or issuer.how in GUESSED:
        return None
    return Speaker(issuer.actor, phrase(subject))


def _given_out_before(view: DocView, subject: Token) -> Speaker | None:
    """ "The ELN issued a communique …. According to the communique, “…”": words given out
    named again are the words of who gave them out, nearest first: the issuer their first
    mention names ("a statement issued by the electoral commission", "a home ministry
    communication"), else the subject that gave them out."""
    lemma = subject.lemma_.lower()
    for token in reversed(view.doc[: subject.left_edge.i]):
        if token.lemma_.lower() != lemma or view.quoted_in[token.i] >= 0:
            continue
        issuer = _own_issuer(view, token)
        if issuer is not None:
            return Speaker(issuer.actor, phrase(subject))
        if token.dep_ == "dobj" or _said_in(token):
            return _giver(view, token)
    return None


def _own_issuer(view: DocView, given: Token) -> ActorMention | None:
    """Who words given out are by, in the words that name them: after an issuing preposition or
    "issued by" ("a statement from the army", "a report issued by the commission"), or a name
    before the noun ("a home ministry communication")."""
    issuer = naming_mention(view, given, ISSUER_PREPOSITIONS) or next(
        (found for found in (view.mentions.at(child) for child in given.children
                             if child.dep_ == "compound" and view.quoted_in[child.i] < 0)
         if found is not None), None)
    return None if issuer is None or issuer.how in GUESSED else issuer


def _said_in(token: Token) -> bool:
    """ "the army said in a statement": words given out named by the preposition of a verb."""
    preposition = token.head
    return (token.dep_ == "pobj" and preposition.lower_ in GIVEN_IN_PREPOSITIONS
            and preposition.head.i != preposition.i and preposition.head.pos_ == "VERB")


def _giver(view: DocView, given: Token) -> Speaker | None:
    """The named subject of the verb whose object ``given`` (a statement, a communique) is, or
    in whose words it was given ("said in a statement")."""
    giver = subject_of(given.head.head if _said_in(given) else given.head)
    if giver is None or view.quoted_in[giver.i] >= 0 or giver.pos_ == "PRON":
        return None
    speaker = named_speaker(view, giver)
    return speaker if speaker.actor is not None else None


def named_speaker(view: DocView, subject: Token) -> Speaker:
    """The speaker a subject names: its own mention, one in the words that name it, or no actor
    and its words."""
    own = view.mentions.at(subject)
    if own is not None and own.how in GUESSED and _speaks_for(subject):
        # "a spokesperson for the Employers' Association": the body speaks, not the guess at
        # whose spokesperson it is
        body = naming_mention(view, subject, AFFILIATION_PREPOSITIONS)
        return Speaker(body.actor if body is not None else None, phrase(subject))
    # "the kidnappers of Jane Roe", "critics of the president": the words name another person
    mention = own or (None if names_another(subject) else naming_mention(view, subject))
    if mention is not None:
        if own is not mention:
            return Speaker(mention.actor, phrase(subject))
        # "Taliban ambassador to Pakistan Abdul Salam Zaeef": the name is part of who speaks
        name = next((p for p in view.people if subject.left_edge.i <= p.start
                     and p.end <= subject.right_edge.i + 1
                     and not mention.token_start <= p.start < mention.token_end), None)
        if name is None:
            # "China's ambassador to Britain accused …" before (or after) "China's ambassador
            # to Britain Liu Xiaming has said": the one person the title names elsewhere
            named = _named_elsewhere(view, mention)
            return Speaker(mention.actor, mention.text if named is None
                           else f"{mention.text} {named.text}")
        start, end = min(name.start, mention.token_start), max(name.end, mention.token_end)
        return Speaker(mention.actor, view.doc[start:end].text)
    return Speaker(None, phrase(subject))


def _named_elsewhere(view: DocView, mention: ActorMention) -> Person | None:
    """The one person the article names beside the same title of the same actor elsewhere
    (a title of a state organ or sector, not a person the knowledge base knows)."""
    if mention.actor.kind == "person" or mention.how in GUESSED:
        return None
    lemma = root_of(view.doc, mention.token_start, mention.token_end).lemma_.lower()
    if lemma not in title_words():
        return None
    found: dict[str, Person] = {}
    for other in view.mentions.all():
        title = next((token for token in view.doc[other.token_start:other.token_end]
                      if token.lemma_.lower() == lemma), None)
        if (other is mention or other.actor.code != mention.actor.code or other.how in GUESSED
                or view.quoted_in[other.token_start] >= 0 or title is None):
            continue
        person = introduced(view, title) or next(
            (p for p in view.people if other.token_start <= p.start < other.token_end), None)
        if person is not None:
            found[person.text] = person
    return next(iter(found.values())) if len(found) == 1 else None


def _speaks_for(subject: Token) -> bool:
    """ "a spokesperson for the Employers' Association": a role noun with a named body of its
    own after an affiliation preposition."""
    return any(child.dep_ == "prep" and child.lower_ in AFFILIATION_PREPOSITIONS
               and any(grand.dep_ == "pobj" and grand.pos_ == "PROPN" for grand in child.children)
               for child in subject.children)


def naming_mention(view: DocView, subject: Token,
                   prepositions: frozenset[str] = NAMING_PREPOSITIONS) -> ActorMention | None:
    """The mention closest to ``subject`` among the words that name it (not in its clauses),
    through ``prepositions``."""
    queue: deque[Token] = deque(_naming_children(subject, prepositions))
    while queue:
        token = queue.popleft()
        if view.quoted_in[token.i] >= 0:
            continue
        found = view.mentions.at(token)
        if found is not None and not is_topic(token, found):
            return found
        queue.extend(_naming_children(token, prepositions))
    return None


def _naming_children(token: Token, prepositions: frozenset[str]) -> Iterator[Token]:
    yield from describing(token, prepositions)
    for child in token.children:
        if child.dep_ == "acl":
            # "a statement issued by the ministry": the issuer speaks
            for agent in (grand for grand in child.children if grand.dep_ == "agent"):
                yield from (c for c in agent.children if c.dep_ == "pobj")


def introduced(view: DocView, noun: Token) -> Person | None:
    """The person a role noun names: "spokeswoman Jane Roe", "Jane Roe, the spokeswoman",
    "the spokeswoman, Jane Roe", "Minister for Health Jane Roe", "Ambassador to Chile Jane
    Roe"."""
    candidates = [noun.head] if noun.dep_ in TITLE_NAME_DEPS else []
    candidates += [c for c in noun.children if c.dep_ == "appos"]
    for candidate in candidates:
        person = _person_at(view, candidate.i)
        if person is not None:
            return person
    return _holder_after_complement(view, noun)


def _person_at(view: DocView, index: int) -> Person | None:
    return next((person for person in view.people if person.start <= index < person.end), None)


def _holder_after_complement(view: DocView, noun: Token) -> Person | None:
    """ "Ambassador to Chile Jane Roe", "commissioner of police Jane Roe": the person named just
    after the place, body or office a title's preposition takes, where the parser made the name
    that preposition's object; never the one the preposition itself names ("a lawyer for Jane
    Roe": nothing stands between) nor one whose own title stands between ("a spokesman for
    Prime Minister Jane Roe")."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in TITLE_COMPLEMENT_PREPOSITIONS:
            continue
        obj = next((child for child in prep.children
                    if child.dep_ == "pobj" and child.pos_ == "PROPN"), None)
        person = _person_at(view, obj.i) if obj is not None else None
        if obj is None or person is None or view.quoted_in[prep.i] >= 0:
            continue
        start = next((index for index in range(prep.i + 1, obj.i + 1)
                      if view.doc[index].ent_type_ == PERSON_ENTITY
                      and _not_named_body(view, index)), obj.i)
        if person.start < prep.i:
            # the resolver read the title, its place and the name as one person ("Ghanaian
            # Ambassador to Kenya Kwame Mensah"): the person's own name ends the mention
            start = _own_name_start(view, person, prep.i + 1)
        between = view.doc[prep.i + 1:start]
        if len(between) and person.start <= start and not any(
                token.lemma_.lower() in title_words() for token in between):
            # "Chile Mario Torres", where the parser read the place into the name: the name alone
            return replace(person, start=start, text=view.doc[start:person.end].text)
    return None


def _own_name_start(view: DocView, person: Person, first: int) -> int:
    """Where the name of ``person``'s actor starts at the end of the person's words, from
    ``first`` on; ``first`` when the words end in no such name."""
    name = person.actor.name if person.actor is not None else ""
    return next((index for index in range(first, person.end)
                 if view.doc[index:person.end].text == name), first)


def _not_named_body(view: DocView, index: int) -> bool:
    """Whether the word at ``index`` is no part of the name of a place or body ("Chile" in
    "Ambassador to Chile Jane Roe", which the parser may read into the person's name)."""
    mention = view.mentions.at(view.doc[index])
    return mention is None or mention.actor.kind == "person"
