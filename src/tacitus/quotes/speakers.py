"""Who speaks: the speaker of a speech cue, read the way news is written.

1. The cue's subject, or the X of "according to X"; a subject inside quotation marks is never the
   speaker (in "“… Arafat personally,” he said", Arafat is quoted, not speaking), nor the subject
   of a passive cue ("was accused of “…”": the agent speaks, if named); the object of "quoted X
   as saying" speaks, and words given out speak for their giver ("a statement from the army";
   "the communique", named again, for the subject that issued it);
   a name right after a cue that follows the closing mark speaks even where the parser made it
   the object ("“…,” said Yadav"); a label before a colon that opens the paragraph speaks
   ("Wanjiru: “…”", ``labels``).
2. "he"/"she": the nearest person named outside the quotation marks before the cue, a subject
   first ("Heyward said …. “…,” he said"), never one the text makes of the other gender ("Mr",
   "spokeswoman"); the pronoun's own mention only when none is named; "it": the body that was
   the main subject just before ("the foreign ministry issued a statement. “…,” it said").
3. A description ("the spokeswoman", "the ministry"): the person it introduced earlier
   ("spokeswoman Jane Roe", "Jane Roe, the spokeswoman"; a plural never one person) or the
   body named with that word earlier ("the Foreign Ministry"); a body described with a word
   the text never named it with ("CBP announced …, the agency said") is the body that was the
   main subject just before, and a title the text never gave anyone ("Anthony Zinni told
   Arafat …. “…,” the retired general said") the person its sentences were just about, as is an
   age ("the 34-year-old said").
4. A named subject: its own mention, or one in the words that name it ("Taliban ambassador …",
   "the minister of Pakistan"), never in a place or a relative clause beside it ("an Afghan
   leader at talks in Germany"), nor in a name that only says what the role is about ("a China
   scholar"); a title with no name is the one person the article names beside the same title
   elsewhere ("China's ambassador warned …" / "China's ambassador Liu Xiaming has said").

Steps 5 and 6 are ``speaker_countries``'s.

5. A speaker whose own description names the body they belong to or speak for ("Ian Hamilton,
   an expert at the U.K.'s University of York"; ``affiliations``; for a description, where it
   was first used: "A spokeswoman for the Thai army …. the spokeswoman added") is of that
   body's country (and of its code when it is that country's: "a spokesman for the Nigerian
   army"; of the body's own code when it has no country: "a spokeswoman for the European
   Commission"), unless the knowledge base or a title with its own country already places
   them.

6. A speaker the article gives no country of its own (a named person the knowledge base does not
   know, "officials" coded ``GOV`` alone) takes the country the article is set in, when one
   country clearly dominates the actors it names, or the places of a story between two
   countries, or the dateline of a story that names no other country (``DocView.setting``);
   otherwise none. A country the actor resolver only guessed from the sentences around an
   unnamed official or a titled person gives way to that setting (or, in a story set nowhere,
   to the actor named outside quotation marks just before), unless the speaker's own sentence
   names it.

7. A rank written as an abbreviation ("DSP R K Verma", "the SP said": ``ranks``) places its
   speaker in the body the rank serves; a plural description ("the two leaders said":
   ``plural_speakers``) speaks for the people the text just named together, and one unnamed
   member ("a source said") for the plural of the same noun just before ("sources in the
   foreign ministry said").

A person with no actor keeps the words naming them, so "he" after "Mitch Hooke said" is Hooke.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from tacitus.actors.knowledge import load_knowledge_base
from tacitus.model import Actor, ActorMention
from tacitus.quotes.affiliations import (
    AFFILIATION_PREPOSITIONS,
    body_kinds,
    describing,
    is_topic,
    name_top,
    posted_countries,
    remembered_body,
    remembered_role,
    stated_body,
    stated_country,
)
from tacitus.quotes.plural_speakers import grouped, one_of_many
from tacitus.quotes.ranks import ranked
from tacitus.quotes.role_words import person_title_heads, role_words, title_words
from tacitus.quotes.spans import SUBJECT_DEPS, phrase, subject_of
from tacitus.quotes.speaker_countries import (
    GOVERNMENT,
    PERSON_PRONOUNS,
    Speaker,
    affiliated,
    for_body,
    placed,
    resettled,
    type_codes,
    unposted,
)
from tacitus.quotes.view import GUESSED, DocView, Person
from tacitus.wordlists import word_set, word_table

PRONOUN_GENDERS = {word: gender for word, _, gender in word_table("third_person_pronouns")
                   if gender != "-"}
# How far back a pronoun or a description looks for the person it stands for.
SENTENCES_BACK = 4
# The one preposition that names the subject itself ("the minister of Pakistan").
NAMING_PREPOSITIONS = frozenset({"of"})
DETERMINERS = word_set("anaphoric_determiners")
# the nouns news calls a person just named by ("the seer", "the singer and guitarist")
PERSON_EPITHETS = word_set("person_epithets")
# the words that describe a body ("the agency", "the ministry"), not a person
ORGANISATION_WORDS = word_set("organisation_words")
# what a subject gives out that speaks for its giver ("a statement from the army"), and the
# prepositions that name the giver
SPEECH_NOUNS = word_set("speech_nouns")
ISSUER_PREPOSITIONS = AFFILIATION_PREPOSITIONS | word_set("naming_prepositions", member="no")
# "the 34-year-old said": the age words that name a person
AGE_WORDS = word_set("age_words")
# "the agency quoted a spokesman as saying": the verbs whose object speaks
CITING_VERBS = word_set("citing_verbs")
# the relative pronouns ("who", "that", "which") that stand for the noun a clause describes
RELATIVE_TAGS = frozenset({"WP", "WDT"})
# "it said": the pronouns that stand for a body
BODY_PRONOUNS = word_set("third_person_pronouns", refers="thing")
# the subjects of a lead clause that name someone even where no actor is known
LEAD_NAMES = frozenset({"PROPN", "PRON"})


def find_speaker(view: DocView, cue: Token, *, previous: Actor | None = None) -> Speaker | None:
    """The speaker of a cue (steps 1-6 of the module docstring), found once per view: the quote
    finder and the claim finder ask it of the same cues."""
    found: dict[tuple[int, Actor | None], Speaker | None] = view.memo.setdefault("speakers", {})
    key = (cue.i, previous)
    if key not in found:
        found[key] = _find_speaker(view, cue, previous)
    return found[key]


def _find_speaker(view: DocView, cue: Token, previous: Actor | None) -> Speaker | None:
    speaker = _own_speaker(view, cue, previous)
    if speaker is None:
        return None
    return _placed_speaker(view, speaker, cue_subject(cue))


def labelled_speaker(view: DocView, label: Token) -> Speaker:
    """The speaker a label names ("Wanjiru: “…”", "Czech minister: “…”"), by the label's head
    word (steps 4-6 of the module docstring)."""
    return _placed_speaker(view, _named_speaker(view, label), label)


def _placed_speaker(view: DocView, speaker: Speaker, subject: Token | None) -> Speaker:
    """``speaker`` with the office, body and country the article gives them (steps 5-6)."""
    many = one_of_many(view, subject) if subject is not None else None
    if many is not None:
        # "sources in the home ministry said …. “…,” a source said": one of them
        group = _subject_speaker(view, many, None)
        if group is not None:
            return Speaker(_placed_speaker(view, group, many).actor, speaker.text)
    if speaker.actor is None:
        # "Liu said", after "China's ambassador to Britain Liu Xiaming": the office stated
        # where the text named the person in full
        role = remembered_role(view, speaker.text)
        if role is not None:
            speaker = Speaker(role, speaker.text)
    country, code = stated_body(view, subject) if subject is not None else (None, None)
    if country is None and code is None and subject is not None:
        # "A spokeswoman for the Thai army said …. “…,” the spokeswoman added"
        introduced = _first_use(view, subject)
        if introduced is not None:
            country, code = stated_body(view, introduced)
    if country is None and code is None:
        # "Leila Haddad, who leads the Lebanese delegation": the name, not its description
        name = (speaker.actor.name if speaker.actor is not None
                else subject.text if subject is not None and subject.pos_ == "PROPN"
                else speaker.text)
        country, code = remembered_body(view, name)
    if country is None and code is not None:
        # "a spokeswoman for the European Commission": a body of no one country speaks
        return for_body(view, speaker, code)
    speaker = affiliated(view, speaker, country, code)
    if country is None and subject is not None:
        speaker = resettled(view, subject, speaker)
    # "Kurt Volkmann, the special envoy to Ukraine" in a story about Ukraine is not Ukraine's
    posted = posted_countries(view, speaker.actor.name if speaker.actor else speaker.text)
    speaker = unposted(view, speaker, posted)
    speaker = placed(speaker, None if view.setting in posted else view.setting)
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
    first = _first_use(view, title)
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


def _first_use(view: DocView, subject: Token) -> Token | None:
    """The earlier use outside quotation marks of the noun a description ("the spokeswoman",
    "the ministry") repeats, nearest first."""
    if subject.pos_ != "NOUN" or not any(c.lower_ in DETERMINERS for c in subject.children):
        return None
    lemma = subject.lemma_.lower()
    return next((token for token in reversed(view.doc[: subject.left_edge.i])
                 if token.lemma_.lower() == lemma and view.quoted_in[token.i] < 0), None)


def lead_speaker(view: DocView, subject: Token) -> Speaker | None:
    """The speaker a clause leading into a quotation names by its subject ("The minister was
    blunt: “…”", ``colon_leads``), when the subject names someone (steps 2-6)."""
    speaker = _subject_speaker(view, subject, None)
    if speaker is None or (speaker.actor is None and (
            subject.pos_ not in LEAD_NAMES or speaker.text == subject.text)):
        return None
    return _placed_speaker(view, speaker, subject)


def _own_speaker(view: DocView, cue: Token, previous: Actor | None) -> Speaker | None:
    subject = cue_subject(cue)
    if subject is None:
        age = next((child for child in cue.children if child.dep_ == "amod"
                    and child.lower_ in AGE_WORDS and child.i < cue.i), None)
        return _aged(view, age) if age is not None else None
    return _subject_speaker(view, subject, previous)


def _subject_speaker(view: DocView, subject: Token, previous: Actor | None) -> Speaker | None:
    if view.quoted_in[subject.i] >= 0:
        return None
    if subject.lower_ in AGE_WORDS:
        return _aged(view, subject)
    if subject.lower_ in PERSON_PRONOUNS:
        return _pronoun_speaker(view, subject, previous)
    if subject.lower_ in BODY_PRONOUNS:
        # "Vietnam's foreign ministry issued a statement. “…,” it said": the body just before
        return _latest_body(view, subject, named=True) or _named_speaker(view, subject)
    return _issued(view, subject) or _described(view, subject) or _named_speaker(view, subject)


def _aged(view: DocView, age: Token) -> Speaker | None:
    """ "Maria Gonzalez, a nurse, …. “…,” the 34-year-old said": an age speaking (the cue's
    subject, or hung from a cue the parser left without one) is the person the sentences
    before were about."""
    person = nearest_person(view, age) if view.quoted_in[age.i] < 0 else None
    if person is None:
        return None
    return Speaker(person.actor, person.text)


def _issued(view: DocView, subject: Token) -> Speaker | None:
    """ "according to a statement from the Indian army", "a letter by the union said": words
    given out speak for who gave them out, named after the noun."""
    if subject.lemma_.lower() not in SPEECH_NOUNS or view.mentions.at(subject) is not None:
        return None
    issuer = naming_mention(view, subject, ISSUER_PREPOSITIONS)
    if issuer is None and any(c.lower_ in DETERMINERS for c in subject.children):
        return _given_out_before(view, subject)
    if issuer is None or issuer.how in GUESSED:
        return None
    return Speaker(issuer.actor, phrase(subject))


def _given_out_before(view: DocView, subject: Token) -> Speaker | None:
    """ "The ELN issued a communique …. According to the communique, “…”": words given out
    named again are the words of the subject that gave them out, nearest first."""
    lemma = subject.lemma_.lower()
    for token in reversed(view.doc[: subject.left_edge.i]):
        if (token.lemma_.lower() != lemma or token.dep_ != "dobj"
                or view.quoted_in[token.i] >= 0):
            continue
        giver = subject_of(token.head)
        if giver is None or view.quoted_in[giver.i] >= 0 or giver.pos_ == "PRON":
            return None
        speaker = _named_speaker(view, giver)
        return speaker if speaker.actor is not None else None
    return None


def _named_speaker(view: DocView, subject: Token) -> Speaker:
    """The speaker a subject names: its own mention, one in the words that name it, or no actor
    and its words."""
    own = view.mentions.at(subject)
    if own is not None and own.how in GUESSED and _speaks_for(subject):
        # "a spokesperson for the Employers' Association": the body speaks, not the guess at
        # whose spokesperson it is
        body = naming_mention(view, subject, AFFILIATION_PREPOSITIONS)
        return Speaker(body.actor if body is not None else None, phrase(subject))
    mention = own or naming_mention(view, subject)
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
    lemma = view.doc[mention.token_start:mention.token_end].root.lemma_.lower()
    if lemma not in title_words():
        return None
    found: dict[str, Person] = {}
    for other in view.mentions.all():
        title = next((token for token in view.doc[other.token_start:other.token_end]
                      if token.lemma_.lower() == lemma), None)
        if (other is mention or other.actor.code != mention.actor.code or other.how in GUESSED
                or view.quoted_in[other.token_start] >= 0 or title is None):
            continue
        person = _introduced(view, title) or next(
            (p for p in view.people if other.token_start <= p.start < other.token_end), None)
        if person is not None:
            found[person.text] = person
    return next(iter(found.values())) if len(found) == 1 else None


def cue_subject(cue: Token) -> Token | None:
    """The subject of a speech cue, or the X of "according to X"; the relative pronoun of "the
    minister, who said …" stands for the minister."""
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    cited = _cited(cue)
    if cited is not None:
        return cited
    if any(child.dep_ == "auxpass" for child in cue.children):
        # "the editor was accused of “spreading false news”": the one it is said of does not
        # speak; the agent does ("by the court"), when the sentence names one
        return next((grand for child in cue.children if child.dep_ == "agent"
                     for grand in child.children if grand.dep_ == "pobj"), None)
    subject = subject_of(cue)
    if (subject is not None and subject.tag_ in RELATIVE_TAGS and cue.dep_ == "relcl"
            and cue.head.i != cue.i):
        return cue.head
    return subject if subject is not None else _inverted(cue)


def _inverted(cue: Token) -> Token | None:
    """ "“…,” said Yadav": a name right after a cue that follows the quotation's closing mark
    speaks, where the parser took it for the cue's object (no one is said or added)."""
    before = next((token for token in reversed(cue.doc[max(0, cue.i - 3):cue.i])
                   if not token.is_space), None)
    if before is None or not before.is_punct:
        return None
    return next((child for child in cue.children if child.dep_ == "dobj"
                 and child.pos_ == "PROPN" and child.left_edge.i == cue.i + 1), None)


def _cited(cue: Token) -> Token | None:
    """The one a reporter quotes: the object of "quoted a spokesman as saying"."""
    preposition = cue.head
    if cue.dep_ != "pcomp" or preposition.lower_ != "as" or preposition.head.i == preposition.i:
        return None
    verb = preposition.head
    if verb.lemma_.lower() not in CITING_VERBS:
        return None
    return next((child for child in verb.children if child.dep_ == "dobj"), None)


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


def _pronoun_speaker(view: DocView, pronoun: Token, previous: Actor | None) -> Speaker:
    person = nearest_person(view, pronoun)
    if person is not None:
        # a person known by name is named by their actor; one known by a description ("The
        # Prime Minister says …. “…,” he said") by its words
        named = person.actor is not None and person.actor.kind == "person"
        return Speaker(person.actor, pronoun.text if named else person.text)
    mention = view.mentions.at(pronoun)
    if mention is not None:
        return Speaker(mention.actor, pronoun.text)
    return Speaker(previous, pronoun.text)


def nearest_person(view: DocView, token: Token, *, hops: int = SENTENCES_BACK) -> Person | None:
    """The person a pronoun stands for, from the nearest sentence (its own, before it, then up
    to ``SENTENCES_BACK`` earlier) that names one outside quotation marks: the subject of its
    main clause; else, when that subject is itself "he"/"she" ("She says Kieren Perkins helped
    her"), the person that pronoun stands for; else its latest subject, else its latest person."""
    gender = PRONOUN_GENDERS.get(token.lower_)
    # "she said" never goes to a man the text calls "Mr", nor "he" to a "Ms"
    people = [person for person in view.people if person.end <= token.i
              and (gender is None or person.gender in (None, gender))]
    here = view.sentence_index(token)
    for index in range(here, max(-1, here - SENTENCES_BACK - 1), -1):
        sentence = view.sentences[index]
        inside = [p for p in people if sentence.start <= p.start < sentence.end]
        main = [p for p in inside if _main_subject(view.doc[p.start:p.end].root)]
        if main:
            return main[-1]
        described = _described_subject(view, sentence, token, gender)
        if described is not None:
            return described
        pronoun = next((t for t in sentence if t.i < token.i and t.lower_ in PERSON_PRONOUNS
                        and view.quoted_in[t.i] < 0 and _main_subject(t)
                        and PRONOUN_GENDERS.get(t.lower_) in (None, gender)), None)
        if pronoun is not None and hops > 0:
            return nearest_person(view, pronoun, hops=hops - 1)
        if inside:
            subjects = [p for p in inside if p.subject]
            return (subjects or inside)[-1]
    return None


def _described_subject(view: DocView, sentence: Span, before: Token,
                       gender: str | None = None) -> Person | None:
    """The unnamed person a sentence's main clause is about ("a spokesperson for the union
    said …", "The Prime Minister says …"): a singular role noun (``role_words``; a capitalised
    one only a person's title) as the subject of its main verb, outside quotation marks and
    before ``before``, and not of the other ``gender`` ("she" is never "the spokesman", nor "Mr
    Ramos, the secretary"); for a gendered pronoun a person's title, never a body."""
    subject = next((t for t in sentence if t.i < before.i and (t.tag_ == "NN" or (
                        t.tag_ == "NNP" and t.lemma_.lower() in title_words()))
                    and view.quoted_in[t.i] < 0 and t.lemma_.lower() in role_words()
                    # "he"/"she" is a person: a title ("the minister"), never a body ("the
                    # government", "the state")
                    and (gender is None or t.lemma_.lower() in person_title_heads())
                    and _main_subject(t)
                    and (gender is None or view.gender_of(t) in (None, gender))), None)
    if subject is None:
        return None
    speaker = _described(view, subject) or _named_speaker(view, subject)
    return Person(subject.left_edge.i, subject.right_edge.i + 1, speaker.actor, speaker.text,
                  True)


def _main_subject(root: Token) -> bool:
    """The subject of its sentence's main verb (or named beside it)."""
    current = root
    while current.dep_ in ("compound", "flat", "appos") and current.head.i != current.i:
        current = current.head
    return current.dep_ in SUBJECT_DEPS and current.head.dep_ == "ROOT"


def _described(view: DocView, subject: Token) -> Speaker | None:
    """A description subject ("the spokeswoman") resolved to who it introduced earlier."""
    if not _common_noun(subject) or not any(c.lower_ in DETERMINERS for c in subject.children):
        return None
    # "the VHP general secretary": only the one introduced with the same names
    names = {c.lower_ for c in subject.children if c.pos_ == "PROPN"}
    own = view.mentions.at(subject)
    named_so = False
    first_use = subject
    for token in reversed(view.doc[: subject.left_edge.i]):
        if token.lemma_.lower() != subject.lemma_.lower() or view.quoted_in[token.i] >= 0:
            continue
        named_so = True
        first_use = token
        if not names <= {c.lower_ for c in token.children}:
            continue
        # "commissioner of police Suresh Nair" does not introduce Nair as "the police"
        person = (_introduced(view, token) if subject.tag_ != "NNS"
                  and view.doc[max(0, token.i - 1)].pos_ != "ADP" else None)
        if person is not None:
            # a person with no actor of their own holds the office the description names
            actor = person.actor or (own.actor if own is not None else None)
            return Speaker(actor, phrase(subject) if person.actor else person.text)
        mention = view.mentions.at(token)
        if mention is not None and mention.how not in GUESSED and mention.actor.kind != "person":
            return Speaker(mention.actor, phrase(subject))
    if (not named_so and not names and subject.tag_ == "NN"
            and subject.lemma_.lower() in ORGANISATION_WORDS):
        return _latest_body(view, subject)
    # "the seer told …. Later the seer said": a description used again is whom its first use was
    described_before = first_use is not subject and any(
        c.lower_ in DETERMINERS for c in first_use.children)
    if ((not named_so or described_before) and subject.tag_ == "NN"
            and subject.lemma_.lower() in title_words() | PERSON_EPITHETS
            and _introduced(view, first_use) is None
            and naming_mention(view, first_use) is None):
        # "Anthony Zinni told Arafat …. “…,” the retired Marine Corps general said": a title the
        # text never gave anyone, naming no one and nothing itself ("the US envoy, Anthony
        # Zinni"), describes the person its sentences were just about
        person = nearest_person(view, first_use)
        if person is not None:
            return Speaker(person.actor, phrase(subject) if person.actor else person.text)
    return None


def _common_noun(token: Token) -> bool:
    """A common noun, or a title written in small letters that the parser of re-cased copy took
    for a name ("“…,” the minister said" in Indian copy)."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.text.islower()
                                    and token.lemma_.lower() in title_words())


def _latest_body(view: DocView, subject: Token, *, named: bool = False) -> Speaker | None:
    """ "CBP announced …. At the time, the agency said …": a body described by a word the text
    never named it with is the body that was the main subject of a sentence just before (its
    mention, else the organisation's name); ``named``: the speaker is given by the body's own
    words ("it" says nothing of who speaks)."""
    here = view.sentence_index(subject)
    for index in range(here, max(-1, here - SENTENCES_BACK - 1), -1):
        for token in view.sentences[index]:
            if (token.i >= subject.left_edge.i or view.quoted_in[token.i] >= 0
                    or not _main_subject(token)):
                continue
            mention = view.mentions.at(token)
            if (mention is not None and mention.how not in GUESSED
                    and mention.actor.kind != "person"):
                return Speaker(mention.actor, mention.text if named else phrase(subject))
            if mention is None and token.ent_type_ == "ORG" and not named:
                return _unknown_body(view, subject, token)
    return None


def _unknown_body(view: DocView, subject: Token, name: Token) -> Speaker:
    """A body the knowledge base does not know ("German chemicals maker Hessler AG … the company
    said"): its name, in the country its own words state, of the kind the description says
    ("the company": ``BUS``)."""
    start = min((child.i for child in name.lefts if child.dep_ == "compound"
                 and child.pos_ == "PROPN"), default=name.i)
    words = view.doc[start:name.i + 1].text
    own = view.mentions.at(subject)
    kind = own.actor.code[len(own.actor.country or ""):] if own is not None else ""
    if kind not in type_codes():
        return Speaker(None, words)
    country = stated_country(view, name)
    return Speaker(Actor(code=(country or "") + kind, name=words,
                         kind=load_knowledge_base().types[kind].kind, country=country), words)


def _introduced(view: DocView, noun: Token) -> Person | None:
    """The person a role noun names: "spokeswoman Jane Roe", "Jane Roe, the spokeswoman",
    "the spokeswoman, Jane Roe"."""
    candidates = [noun.head] if noun.dep_ in ("compound", "appos") else []
    candidates += [c for c in noun.children if c.dep_ == "appos"]
    for candidate in candidates:
        for person in view.people:
            if person.start <= candidate.i < person.end:
                return person
    return None
