"""Who a pronoun or a description stands for (steps 2 and 3 of ``speakers``): "he"/"she" the
nearest person named outside quotation marks before the cue (the main subject, or the name set
beside its phrase; a chain of pronouns the one it began with), never one of the other gender; "the
spokeswoman" the person it introduced earlier or the body named with that word; a title or an age
the text never gave anyone ("the retired general", "the 34-year-old") the person its sentences
were just about."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tacitus.actors.places import make_locator
from tacitus.actors.token_reading import reading_of
from tacitus.model import Actor
from tacitus.nlp.doc_memo import root_of
from tacitus.nlp.token_arrays import arrays_of
from tacitus.quotes.affiliations import remembered_body
from tacitus.quotes.body_antecedents import SENTENCES_BACK, latest_body, main_subject
from tacitus.quotes.named_speakers import DETERMINERS, introduced, named_speaker, naming_mention
from tacitus.quotes.role_words import person_title_heads, role_words, title_words
from tacitus.quotes.spans import SUBJECT_DEPS, phrase
from tacitus.quotes.speaker_countries import PERSON_PRONOUNS, Speaker
from tacitus.quotes.view import GUESSED, DocView, Person
from tacitus.wordlists import word_set, word_table

# the links by which a question put to the speaker hangs from the verb they answer with
QUESTION_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "prep"})
PRONOUN_GENDERS = {word: gender for word, _, gender in word_table("third_person_pronouns")
                   if gender != "-"}
# the nouns news calls a person just named by ("the seer", "the singer and guitarist")
PERSON_EPITHETS = word_set("person_epithets")
# the words that describe a body ("the agency", "the ministry"), not a person
ORGANISATION_WORDS = word_set("organisation_words")
# "asked whether the prime minister would act, he said": the verbs of a question put to a speaker
QUESTION_VERBS = word_set("question_verbs")
# "Referring to …, he said": a participle with no subject of its own speaks of others
PRESENT_PARTICIPLE = "VBG"
# the link of a cue the parser hung from the words it reports ("…, he said, “…”")
PARATAXIS = "parataxis"
# the link the parser gives a word it could not attach
UNATTACHED = "dep"
# the links from a word inside a subject's phrase up to the subject ("the head of the institute")
SUBJECT_PHRASE_DEPS = frozenset({"pobj", "prep", "compound"})
# a singular noun, or a title the parser took for a name ("the Director")
SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})


def aged(view: DocView, age: Token) -> Speaker | None:
    """ "Maria Gonzalez, a nurse, …. “…,” the 34-year-old said": an age speaking (the cue's
    subject, or hung from a cue the parser left without one) is the person the sentences
    before were about."""
    person = nearest_person(view, age) if view.quoted_in[age.i] < 0 else None
    if person is None:
        return None
    return Speaker(person.actor, person.text)


def pronoun_speaker(view: DocView, pronoun: Token, previous: Actor | None) -> Speaker:
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


def nearest_person(view: DocView, token: Token) -> Person | None:
    """The person a pronoun stands for, from the nearest sentence (its own, before it, then up
    to ``SENTENCES_BACK`` earlier) that names one outside quotation marks: the subject of its
    main clause or the name set beside a word of its phrase; else, when that subject is itself
    "he"/"she" ("She says Kieren Perkins helped her"), the person that pronoun stands for, however
    long the chain; else its latest subject, else the person nearest its main verb,
    except one named only as an object or owner in the clause the pronoun is the main subject
    of ("In a letter to Vega, she said …"), who is taken only when no sentence before names
    anyone."""
    gender = PRONOUN_GENDERS.get(token.lower_)
    here = view.sentence_index(token)
    # "she said" never goes to a man the text calls "Mr", nor "he" to a "Ms", nor to one a
    # pronoun of the other gender stood for just before ("“…,” she said. “…,” he replied")
    other = _other_gender_names(view, token, gender, here) if gender is not None else set()
    asked = _asked_about(view, token)
    people = [person for person in view.people if person.end <= token.i
              and (gender is None or person.gender in (None, gender))
              and (person.gender is not None or not _surnames(person) & other)
              and person.start not in asked]
    spoken_of: Person | None = None
    for index in range(here, max(-1, here - SENTENCES_BACK - 1), -1):
        sentence = view.sentences[index]
        inside = [p for p in people if sentence.start <= p.start < sentence.end]
        main = [p for p in inside if _names_main_subject(view, p)]
        if main:
            return main[-1]
        unnamed = _described_subject(view, sentence, token, gender)
        if unnamed is not None and not _surnames(unnamed) & other:
            return unnamed
        lower = arrays_of(view.doc).lower
        before = range(sentence.start, min(sentence.end, token.i))
        pronoun = next((t for t in (view.doc[i] for i in before if lower[i] in PERSON_PRONOUNS)
                        if view.quoted_in[t.i] < 0 and main_subject(t)
                        # a description has no gender of its own: "he" or "she" may stand
                        # for whom it describes ("…, he said. The leader also spoke")
                        and (gender is None
                             or PRONOUN_GENDERS.get(t.lower_) in (None, gender))), None)
        if pronoun is not None:
            # "Ruiz said …. He added …. Asked about Ali, he said …": a chain of pronouns goes
            # on standing for the one named where it began, however long it runs
            return _pronoun_person(view, pronoun)
        subjects = [p for p in inside if p.subject]
        if subjects:
            return subjects[-1]
        if inside and (index != here or not main_subject(token)):
            return _most_prominent(view, inside)
        if inside and spoken_of is None:
            # "About Vega's remarks, she said …": one named only as an object or owner in the
            # clause the pronoun is the main subject of is spoken of; the speaker is who the
            # sentences before were about, and only when they name no one, the one spoken of
            # ("a video of Roe appeared in which he said …" still reads Roe: "he" speaks in a
            # clause of its own there)
            spoken_of = inside[-1]
    return spoken_of


def _most_prominent(view: DocView, people: list[Person]) -> Person:
    """Of people named in one sentence, none its subject, the one nearest its main verb ("Roe's
    albums were sold to a firm owned by Ali Khan": Roe, whom the sentence is about; the first
    of those as near). A name the parser could not attach ("[ROE] I would say …": ``dep``)
    says nothing of how near it is, and comes last."""
    def depth(person: Person) -> int:
        token, steps = root_of(view.doc, person.start, person.end), 0
        if token.dep_ == UNATTACHED:
            return len(view.doc)
        while token.head.i != token.i:
            token, steps = token.head, steps + 1
        return steps
    return min(people, key=depth)


def _pronoun_person(view: DocView, pronoun: Token) -> Person | None:
    """The person an earlier "he"/"she" stood for (``nearest_person``), worked out once a view;
    the ones before it first, in text order, so that a long chain is followed one link at a
    time and never by deep recursion."""
    resolved: dict[int, Person | None] = view.memo.setdefault("pronoun_people", {})
    if pronoun.i not in resolved:
        lower = arrays_of(view.doc).lower
        for index in range(pronoun.i):
            if (index not in resolved and lower[index] in PERSON_PRONOUNS
                    and view.quoted_in[index] < 0):
                resolved[index] = nearest_person(view, view.doc[index])
        resolved[pronoun.i] = nearest_person(view, pronoun)
    return resolved[pronoun.i]


def _names_main_subject(view: DocView, person: Person) -> bool:
    """Whether ``person`` is the subject of its sentence's main verb, or the name set beside a
    word of that subject's phrase ("The head of the Law Institute, Jo Crane, says …": the parser
    hangs the name from the nearest noun, the institute, but it names the head)."""
    root = root_of(view.doc, person.start, person.end)
    if main_subject(root):
        return True
    if root.dep_ != "appos":
        return False
    current = root.head
    while current.dep_ in SUBJECT_PHRASE_DEPS and current.head.i != current.i:
        current = current.head
    return main_subject(current)


def _asked_about(view: DocView, token: Token) -> range:
    """The words of the question put to the speaker in the clause ``token`` speaks in ("asked
    how the minister could act, he said"; "when asked about Ana Ruiz, she said"): a participle
    of a question verb with no subject of its own, hung from the verb ``token`` is the subject
    of; the people it names are what was asked, not who answers."""
    verb = token.head
    # "referring to Ruiz, he said, “…”": where the parser hung the cue from the quoted words
    # (``parataxis``), the participle before it hangs from them too
    verbs = (verb, verb.head) if verb.dep_ == PARATAXIS else (verb,)
    for clause in (child for head in verbs for child in head.children):
        if (clause.i < token.i and clause.dep_ in QUESTION_CLAUSE_DEPS
                and ((clause.lemma_.lower() in QUESTION_VERBS and clause.tag_ == "VBN")
                     # "Referring to Ali's remarks, he said": the one speaking is who refers
                     or clause.tag_ == PRESENT_PARTICIPLE)
                and not any(child.dep_ in SUBJECT_DEPS for child in clause.children)):
            return range(clause.left_edge.i, clause.right_edge.i + 1)
    return range(0)


def _other_gender_names(view: DocView, token: Token, gender: str, here: int) -> set[str]:
    """The surnames of the people the pronouns of the other gender before ``token`` (subjects
    outside quotation marks, in the sentences a pronoun looks back over) stood for."""
    names: set[str] = set()
    start = view.sentences[max(0, here - SENTENCES_BACK)].start
    arrays = arrays_of(view.doc)
    for index in range(start, min(token.i, len(view.doc))):
        lower = arrays.lower[index]
        if (lower not in PERSON_PRONOUNS or arrays.deps[index] not in SUBJECT_DEPS
                or PRONOUN_GENDERS.get(lower) in (None, gender)
                or view.quoted_in[index] >= 0):
            continue
        other = view.doc[index]
        person = _pronoun_person(view, other)
        if person is not None and person.gender is None:
            names |= _surnames(person)
    return names


def _surnames(person: Person) -> set[str]:
    """The last words of a person's words and of their actor's name, if a person's."""
    names = [person.text]
    if person.actor is not None and person.actor.kind == "person":
        names.append(person.actor.name)
    return {words[-1] for words in (name.split() for name in names) if words}


def _described_subject(view: DocView, sentence: Span, before: Token,
                       gender: str | None = None) -> Person | None:
    """The unnamed person a sentence's main clause is about ("a spokesperson for the union
    said …", "The Prime Minister says …"): a singular role noun (``role_words``; a capitalised
    one only a person's title) as the subject of its main verb, outside quotation marks and
    before ``before``, and not of the other ``gender`` ("she" is never "the spokesman", nor "Mr
    Ramos, the secretary"); for a gendered pronoun a person's title, never a body."""
    # tags and lemmas read from the Doc's arrays: a ``Token`` made for a role noun alone
    doc, arrays = view.doc, arrays_of(view.doc)
    tags, lemmas = arrays.tags, arrays.lemma_lower
    subject = next((doc[i] for i in range(sentence.start, min(sentence.end, before.i))
                    if (tags[i] == "NN" or (tags[i] == "NNP" and lemmas[i] in title_words()))
                    and view.quoted_in[i] < 0 and lemmas[i] in role_words()
                    # "he"/"she" is a person: a title ("the minister"), never a body ("the
                    # government", "the state")
                    and (gender is None or lemmas[i] in person_title_heads())
                    and main_subject(doc[i])
                    and (gender is None or view.gender_of(doc[i]) in (None, gender))), None)
    if subject is None:
        return None
    speaker = described(view, subject) or named_speaker(view, subject)
    return Person(subject.left_edge.i, subject.right_edge.i + 1, speaker.actor, speaker.text,
                  True)


def described(view: DocView, subject: Token) -> Speaker | None:
    """A description subject ("the spokeswoman") resolved to who it introduced earlier."""
    if not _common_noun(subject) or not any(c.lower_ in DETERMINERS for c in subject.children):
        return None
    # "the VHP general secretary": only the one introduced with the same names
    names = {c.lower_ for c in subject.children if c.pos_ == "PROPN"}
    own = view.mentions.at(subject)
    named_so = False
    first_use = subject
    # the person an earlier use with other names introduced ("the Labor leader, Simon Crean")
    otherwise: Person | None = None
    lemmas, lemma = arrays_of(view.doc).lemma_lower, subject.lemma_.lower()
    # the earlier uses of the noun found in the Doc's arrays, a Token made for each only
    for token in (view.doc[i] for i in reversed(range(subject.left_edge.i))
                  if lemmas[i] == lemma):
        if view.quoted_in[token.i] >= 0:
            continue
        named_so = True
        first_use = token
        if not names <= {c.lower_ for c in token.children}:
            if subject.tag_ != "NNS" and otherwise is None:
                otherwise = introduced(view, token)
            continue
        # "commissioner of police Suresh Nair" does not introduce Nair as "the police"
        person = (introduced(view, token) if subject.tag_ != "NNS"
                  and view.doc[max(0, token.i - 1)].pos_ != "ADP" else None)
        if person is not None:
            # a person with no actor of their own holds the office the description names
            actor = person.actor or (own.actor if own is not None else None)
            return Speaker(actor, phrase(subject) if person.actor else person.text)
        mention = view.mentions.at(token)
        if mention is not None and mention.how not in GUESSED and mention.actor.kind != "person":
            return _body_member(view, subject) or Speaker(mention.actor, phrase(subject))
    if otherwise is not None:
        # "The Labor leader, Simon Crean, says …. Mr Crean says …. “…,” the Opposition leader
        # said": the same title with other words is the person it introduced when the
        # sentences just before are about that person
        person = nearest_person(view, subject)
        if person is not None and _surnames(person) & _surnames(otherwise):
            return Speaker(person.actor, phrase(subject) if person.actor else person.text)
    if (not named_so and not names and subject.tag_ == "NN"
            and subject.lemma_.lower() in ORGANISATION_WORDS):
        return latest_body(view, subject)
    # "the seer told …. Later the seer said": a description used again is whom its first use was
    described_before = first_use is not subject and any(
        c.lower_ in DETERMINERS for c in first_use.children)
    if ((not named_so or described_before) and subject.tag_ in SINGULAR_NOUN_TAGS
            and subject.lemma_.lower() in title_words() | PERSON_EPITHETS
            and introduced(view, first_use) is None
            and naming_mention(view, first_use) is None):
        # "Anthony Zinni told Arafat …. “…,” the retired Marine Corps general said": a title the
        # text never gave anyone, naming no one and nothing itself ("the US envoy, Anthony
        # Zinni"), describes the person its sentences were just about
        person = nearest_person(view, first_use)
        if person is not None:
            return Speaker(person.actor, phrase(subject) if person.actor else person.text)
    return _body_member(view, subject)


def _body_member(view: DocView, subject: Token) -> Speaker | None:
    """ "VHP chief Ashok Singhal said …. “…,” the VHP leader said": a person's title that names a
    body is the one person of that body the sentences just before made the subject of a clause,
    when they name one."""
    if (subject.tag_ not in SINGULAR_NOUN_TAGS
            or subject.lemma_.lower() not in person_title_heads()):
        return None
    body = naming_mention(view, subject)
    if body is None or body.how in GUESSED or body.actor.kind == "person":
        return None
    first = view.sentences[max(0, view.sentence_index(subject) - SENTENCES_BACK)].start
    members = {_member_key(person): person for person in view.people
               if first <= person.start and person.end <= subject.left_edge.i and person.subject
               and view.quoted_in[person.start] < 0 and _body_of(view, person) == body.actor.code}
    if len(members) != 1:
        return None
    member = next(iter(members.values()))
    return Speaker(member.actor, phrase(subject) if member.actor else member.text)


def _member_key(person: Person) -> str:
    """One key for the mentions of one person: their actor's name, else their last word."""
    if person.actor is not None and person.actor.kind == "person":
        return person.actor.name
    words = person.text.split()
    return words[-1].lower() if words else person.text


def _body_of(view: DocView, person: Person) -> str | None:
    """The code of the body a person is of: their own actor's, else the one stated beside the
    first mention of their surname ("VHP chief Ashok Singhal")."""
    if person.actor is not None and person.actor.kind == "person":
        return person.actor.code
    if person.actor is not None or _names_place(view, person):
        return None
    return remembered_body(view, person.text)[1]


def _names_place(view: DocView, person: Person) -> bool:
    """Whether a person's words are a town's name the parser took for a person's."""
    match = make_locator().place_at(view.doc, person.start, reading_of(view.doc).folded)
    return match is not None and match[0] >= person.end


def _common_noun(token: Token) -> bool:
    """A common noun, or a title the parser took for a name: written in small letters in
    re-cased copy ("“…,” the minister said" in Indian copy) or in capitals as house style writes
    an office ("the Director noted", "the Conservative MP said"), where no person's name holds
    it."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.ent_type_ != "PERSON"
                                    and token.lemma_.lower() in title_words())


def first_use(view: DocView, subject: Token) -> Token | None:
    """The earlier use outside quotation marks of the noun a description ("the spokeswoman",
    "the ministry") repeats, nearest first."""
    if subject.pos_ != "NOUN" or not any(c.lower_ in DETERMINERS for c in subject.children):
        return None
    lemma, lemmas = subject.lemma_.lower(), arrays_of(view.doc).lemma_lower
    return next((view.doc[index] for index in reversed(range(subject.left_edge.i))
                 if lemmas[index] == lemma and view.quoted_in[index] < 0), None)
