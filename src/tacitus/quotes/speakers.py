"""Who speaks: the speaker of a speech cue, read the way news is written. This module orders the
steps; ``cue_subjects`` reads the cue's subject, ``named_speakers`` what a subject names,
``antecedents`` and ``body_antecedents`` what a pronoun or a description stands for, and
``speaker_codes`` the speaker's office, body and country.

1. The cue's subject, or the X of "according to X"; a subject inside quotation marks is never the
   speaker (in "“… Arafat personally,” he said", Arafat is quoted, not speaking), nor the subject
   of a passive cue ("was accused of “…”": the agent speaks, if named; a passive joined to
   another shares its agent: "was arrested by the police and accused of “…”"); the object of
   "quoted X as saying" speaks, and words given out speak for their giver ("a statement from
   the army"; "the communique", named again, for the issuer its first mention names or the
   subject that issued it);
   a name right after a cue that follows the closing mark speaks even where the parser made it
   the object ("“…,” said Yadav"), but a cue there that the parser hung from the quoted words
   with no subject of its own gives way to the cue before the opening mark ("Ruiz said, “…” at
   the result, adding that …"); a label before a colon that opens the paragraph speaks
   ("Wanjiru: “…”", ``labels``); the subject of "was quoted as saying" speaks; a thing that
   carries written words ("a sign on the gate said “No entry”") speaks for no one.
2. "he"/"she": the nearest person named outside the quotation marks before the cue, a subject first
   ("Heyward said …. “…,” he said"; "The head of the institute, Jo Crane, says …"), the one a chain
   of pronouns began with however long it runs, else the person nearest the main verb ("Roe's
   albums were sold to a firm owned by Khan": Roe), never one named in a question put to the
   speaker or a participle of theirs ("asked whether Ruiz would act, he said"; "Referring to Ruiz,
   he said", also where the parser hung the cue from the quoted words) or only as an object or
   owner in the pronoun's own clause ("In a letter to Ruiz, he said"), nor one the text makes of
   the other gender ("Mr", "spokeswoman"), nor one a pronoun of the other gender stood for just
   before ("“…,” she said. “…,” he replied"); the pronoun's own mention only when none is named;
   "it": the body that was the main subject just before ("the foreign ministry issued a statement.
   “…,” it said"), or the document that spoke just before ("“…,” the report states. It adds
   that …": ``document_antecedents``), who speaks for its issuer; "they": the plural subject
   just before, by its own words ("railway ministry sources said …. “…,” they said",
   "Big Machine have denied it. “…,” they said": ``group_antecedents``).
3. A description ("the spokeswoman", "the ministry"): the person it introduced earlier ("spokeswoman
   Jane Roe", "Jane Roe, the spokeswoman", "Ambassador to Chile Jane Roe", "commissioner of police
   Jane Roe", not "a lawyer for Jane Roe"; a plural never one person) or the body named with that
   word earlier ("the Foreign Ministry"); a body described with a word the text never named it with
   ("CBP announced …, the agency said") is the body that was the main subject just before, and a
   title the text never gave anyone ("Anthony Zinni told Arafat …. “…,” the retired general said")
   the person its sentences were just about, as is an age ("the 34-year-old said"), and a "he" or
   "she" just before may stand for the person such a title describes (a description has no gender of
   its own: "…, he said. The leader also wrote …"); a title in capitals reads the same ("the
   Director noted"); the same title with other words ("the Labor leader, Simon Crean …. “…,” the
   Opposition leader said") is the person it introduced when the sentences just before are about
   that person.
4. A named subject: its own mention, or one in the words that name it ("Taliban ambassador …",
   "the minister of Pakistan"), never in a place or a relative clause beside it ("an Afghan
   leader at talks in Germany"), nor in a name that only says what the role is about ("a China
   scholar"), nor the person a relation noun names ("the kidnappers of aid worker Jane Roe", "her
   critics": ``relation_nouns``, nothing remembered of that person is theirs); a title with no
   name is the one person the article names beside the same title elsewhere ("China's
   ambassador warned …" / "China's ambassador Liu Xiaming has said").

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
   otherwise none, but for a quotation's speaker, who takes the story's own side: the country
   of the actor it names first when most of its actors are of it (``home_country``, applied by
   the quote finder; a claimant keeps none). A country the actor resolver only guessed from the
   sentences around an unnamed official or a titled person gives way to that setting (or, in
   a story set nowhere, to the actor named outside quotation marks just before), unless the
   speaker's own sentence names it or the sentence before has an actor of it as its subject
   ("Kenyan officials rejected the call. “…,” a foreign ministry spokesman said"). An unnamed
   source, expert or analyst whose own words name no body, organ or place ("a source said",
   "one legal expert said"; not "a security source") takes no setting: the article attributes
   them to no country (``speaker_codes.unsided``).

7. A rank written as an abbreviation ("DSP R K Verma", "the SP said": ``ranks``) places its
   speaker in the body the rank serves; a plural description ("the two leaders said":
   ``plural_speakers``) speaks for the people the text just named together, and one unnamed
   member ("a source said") for the plural of the same noun just before ("sources in the
   foreign ministry said").

A person with no actor keeps the words naming them, so "he" after "Mitch Hooke said" is Hooke.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.model import Actor
from tacitus.quotes.affiliations import names_another
from tacitus.quotes.antecedents import aged, described, pronoun_speaker
from tacitus.quotes.body_antecedents import latest_body
from tacitus.quotes.cue_subjects import cue_subject
from tacitus.quotes.document_antecedents import document_before
from tacitus.quotes.group_antecedents import PLURAL_PRONOUNS, group_before
from tacitus.quotes.named_speakers import issued, named_speaker
from tacitus.quotes.plural_speakers import one_of_many
from tacitus.quotes.speaker_codes import coded_speaker
from tacitus.quotes.speaker_countries import PERSON_PRONOUNS, Speaker
from tacitus.quotes.view import DocView
from tacitus.wordlists import word_set

# "the 34-year-old said": the age words that name a person
AGE_WORDS = word_set("age_words")
# "it said": the pronouns that stand for a body
BODY_PRONOUNS = word_set("third_person_pronouns", refers="thing")
# "a sign on the gate said “No entry”": what carries written words speaks for no one
INSCRIPTION_NOUNS = word_set("inscription_nouns")
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
    return _placed_speaker(view, named_speaker(view, label), label)


def _placed_speaker(view: DocView, speaker: Speaker, subject: Token | None) -> Speaker:
    """``speaker`` with the office, body and country the article gives them (steps 5-7)."""
    many = one_of_many(view, subject) if subject is not None else None
    if many is not None:
        # "sources in the home ministry said …. “…,” a source said": one of them
        group = _subject_speaker(view, many, None)
        if group is not None:
            return Speaker(_placed_speaker(view, group, many).actor, speaker.text)
    return coded_speaker(view, speaker, subject)


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
        return aged(view, age) if age is not None else None
    return _subject_speaker(view, subject, previous)


def _subject_speaker(view: DocView, subject: Token, previous: Actor | None) -> Speaker | None:
    if view.quoted_in[subject.i] >= 0 or (
            subject.pos_ == "NOUN" and subject.lemma_.lower() in INSCRIPTION_NOUNS):
        return None
    if subject.lower_ in AGE_WORDS:
        return aged(view, subject)
    if subject.lower_ in PERSON_PRONOUNS:
        return pronoun_speaker(view, subject, previous)
    if subject.lower_ in PLURAL_PRONOUNS:
        group = group_before(view, subject)
        if group is not None:
            # "railway ministry sources said …. “…,” they said": the group goes on speaking
            speaker = _subject_speaker(view, group, previous)
            own = view.mentions.at(subject)
            if speaker is not None and speaker.actor is None and own is not None:
                # "Big Machine have denied it. “…,” they said": a name no table knows keeps
                # the actor the pronoun was resolved to
                return Speaker(own.actor, speaker.text)
            return speaker
    if subject.lower_ in BODY_PRONOUNS:
        document = document_before(view, subject)
        if document is not None:
            # "“…,” the report states. It adds that …": the document goes on speaking
            return _subject_speaker(view, document, previous)
        # "Vietnam's foreign ministry issued a statement. “…,” it said": the body just before
        return latest_body(view, subject, named=True) or named_speaker(view, subject)
    if names_another(subject):
        # "the kidnappers of aid worker Jane Roe": not the person a description introduced
        return named_speaker(view, subject)
    return issued(view, subject) or described(view, subject) or named_speaker(view, subject)
