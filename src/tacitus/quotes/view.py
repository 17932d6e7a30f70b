"""One pass over a parsed article: sentences, quotation marks and mentions, indexed by token."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from typing import Any

from spacy.attrs import POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from tacitus.actors.codes import is_news_agency
from tacitus.actors.datelines import find_dateline
from tacitus.actors.matches import STORY_PLACED
from tacitus.actors.places import Locator
from tacitus.actors.regions import load_regions
from tacitus.actors.token_reading import reading_of
from tacitus.events.dates import resolve_event_date
from tacitus.model import Actor, ActorMention, Article, Evidence
from tacitus.nlp.doc_memo import entities_of, root_of, sentence_numbers, sentences_of
from tacitus.nlp.texts import doc_text, span_text, whole_word_starts
from tacitus.nlp.token_arrays import arrays_of
from tacitus.quotes.cue_lexicon import load_lexicon
from tacitus.quotes.marks import MarkPair, pair_marks
from tacitus.quotes.role_words import title_words
from tacitus.quotes.spans import SUBJECT_DEPS, MentionIndex
from tacitus.wordlists import word_set, word_table

# A quotation with fewer words than this, or without a finite verb, is a fragment ("scare quote").
MIN_FULL_QUOTE_WORDS = 4
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# "Mr", "Ms" …: which gender a courtesy title gives the name after it
TITLE_GENDERS = {word: gender for word, gender in word_table("courtesy_titles")
                 if gender != "-"}
# "spokeswoman", "chairman" …: which gender a noun gives the name beside it, and how it is beside
NOUN_GENDERS = {word: gender for word, gender in word_table("gendered_nouns")}
NAME_BESIDE = frozenset({"compound", "appos"})
# A title has at least this many words ("Black Water"); a one-word capitalised quotation may be
# the first word of a fragment of speech.
MIN_TITLE_WORDS = 2
# Short words a title leaves in small letters ("What a Fool Believes", "Jesus Is Just Alright
# with Me").
TITLE_SMALL_WORDS = word_set("title_small_words")
# Mentions made by coreference are guesses about who a word stands for, not names.
GUESSED = frozenset({"pronoun", "anaphor"})
# the entity types the parser gives a name that may still be a person acting ("" when it gave
# none, in a text set in small letters or capitals), and the links of a name's other words
ACTING_NAME_ENTITIES = frozenset({"", "PERSON"})
# the entity types of a one-word name that speaks as a person though the parser saw a body, a
# nationality or a place in it
SPEAKING_NAME_ENTITIES = frozenset({"ORG", "NORP", "GPE"})
# the entity types of a name a person's title set beside it makes a person (an unfamiliar name is
# often taken for a body)
DESCRIBED_NAME_ENTITIES = frozenset({"", "PERSON", "ORG"})
# a plural name is a group or a re-cased common noun, never one person
PLURAL_NAME_TAGS = frozenset({"NNPS"})
NAME_PARTS = frozenset({"compound", "flat"})
# the tag of the possessive ending "'s"
POSSESSIVE_TAG = "POS"
# the nouns of places and buildings named after people ("Vallabhbhai Patel airport")
FACILITY_NOUNS = word_set("facility_nouns")
# A country the article is set in is named at least twice and twice as often as any other.
MIN_SETTING = 2
SETTING_LEAD = 2
# A story whose actors are mostly of two countries takes the setting of its places alone.
TWO_SIDED_SHARE = 0.75


# the view last built and what it was built from: the quote finder and the claim finder read the
# same Doc, mentions and article (with the same locator) one after the other
_last: tuple[Doc, Sequence[ActorMention], Article, Locator | None, DocView] | None = None


def doc_view(doc: Doc, mentions: Sequence[ActorMention], article: Article,
             locator: Locator | None = None) -> DocView:
    """The ``DocView`` of ``doc`` with these mentions and article (and the places ``locator``
    finds in it), built once for both finders (when the mentions are a tuple, as the pipeline
    gives them: a list could change between)."""
    global _last
    last = _last
    if (last is not None and last[0] is doc and last[1] is mentions and last[2] is article
            and last[3] is locator):
        return last[4]
    dateline = locator.find_dateline(doc) if locator is not None else None
    view = DocView(doc, mentions, article, places=place_countries(locator, doc, mentions),
                   dateline=dateline.country if dateline is not None else None)
    if isinstance(mentions, tuple):
        _last = (doc, mentions, article, locator, view)
    return view


@dataclass(frozen=True, slots=True)
class Person:
    """A person named outside the quotation marks: tokens, actor (if known) and words."""

    start: int
    end: int
    actor: Actor | None
    text: str
    subject: bool
    # "male" or "female" when a courtesy title in the text says ("Mr Truss"), else None
    gender: str | None = None


class DocView:
    """The article's Doc with what both finders look up: sentences, quotations, mentions."""

    def __init__(self, doc: Doc, mentions: Sequence[ActorMention], article: Article, *,
                 places: Sequence[str] = (), dateline: str | None = None) -> None:
        self.doc = doc
        # the countries of the towns and cities the text names as places, in order
        self.places = tuple(places)
        # the country of the town the story's dateline names ("ahmedabad:", "KABUL (AP) -")
        self.dateline = dateline
        # Doc.text joins every token anew on each use: read once, not once per quotation
        self.text: str = doc_text(doc)
        # what a finder works out once for both (the quotations and their speakers), by name
        self.memo: dict[str, Any] = {}
        self.article = article
        self.mentions = MentionIndex(mentions)
        self.sentences: list[Span] = list(sentences_of(doc))
        self._sentence_of = sentence_numbers(doc)
        self._token_starts = arrays_of(doc).idx
        self.pairs: tuple[MarkPair, ...] = pair_marks(self.text)
        # the pair each token is quoted in, -1 outside quotations
        self.quoted_in: list[int] = [-1] * len(doc)
        self.full: list[bool] = []
        # quotation marks around a title ("Takin' It to the Streets"), not around speech
        self.titles: list[bool] = []
        for number, pair in enumerate(self.pairs):
            first, last = self.token_at(pair.start), self.token_at(pair.end - 1)
            for i in range(first, last + 1):
                self.quoted_in[i] = number
            self.full.append(self._is_full(first, last))
            self.titles.append(self._is_title(first, last))

    def token_at(self, char: int) -> int:
        """The index of the token that covers (or last starts before) character ``char``."""
        return max(0, bisect_right(self._token_starts, char) - 1)

    def fragment_root(self, pair: MarkPair) -> Token | None:
        """The word of the quoted words of ``pair`` whose head lies outside them, ``None`` when
        they hold their sentence's root (a whole sentence quoted)."""
        first, last = self.token_at(pair.start), self.token_at(pair.end - 1)
        return next((t for t in self.doc[first : last + 1] if not first <= t.head.i <= last),
                    None)

    def sentence_index(self, token: Token | int) -> int:
        return self._sentence_of[token if isinstance(token, int) else token.i]

    def sentence(self, token: Token | int) -> Span:
        return self.sentences[self.sentence_index(token)]

    def in_full_quote(self, token: Token) -> bool:
        number = self.quoted_in[token.i]
        return number >= 0 and self.full[number]

    def quoted_share(self, start: int, end: int) -> float:
        """How much of ``start:end`` lies inside full quotations (fragments do not count)."""
        inside = sum(max(0, min(end, p.end) - max(start, p.start))
                     for p, full in zip(self.pairs, self.full, strict=True) if full)
        return inside / max(1, end - start)

    def evidence(self, sentence_index: int) -> Evidence:
        sentence = self.sentences[sentence_index]
        text = span_text(sentence).rstrip()
        return Evidence(self.article.id, sentence_index, text, sentence.start_char,
                        sentence.start_char + len(text))

    def date_of(self, sentence_index: int) -> date | None:
        """The date the sentence speaks of ("on Friday"), else the article's date."""
        return resolve_event_date(self.sentences[sentence_index], self.article.date)

    @cached_property
    def dateline_tokens(self) -> range:
        """The tokens of the story's dateline ("chennai:", "KABUL (AP) -"), if it has one."""
        dateline = find_dateline(self.doc)
        return range(dateline.start, dateline.end) if dateline is not None else range(0)

    @cached_property
    def people(self) -> list[Person]:
        """Every person named outside quotation marks, in text order: person mentions (with their
        actor), the names the parser tags as persons (the longer words win) and the names it
        tagged nothing in that are the subject of a verb; a dateline's words ("chennai:") name
        a place, never a person."""
        doc = self.doc
        found: dict[int, Person] = {}
        in_dateline = self.dateline_tokens
        for entity in entities_of(doc):
            if (entity.label_ == "PERSON" and self.quoted_in[entity.start] < 0
                    and entity.start not in in_dateline and not names_a_facility(entity)):
                mention = next((self.mentions.at(t) for t in entity
                                if self.mentions.at(t) is not None), None)
                if _names_a_body(entity, mention):
                    continue
                actor = mention.actor if mention and mention.actor.kind == "person" else None
                # "Taylor Swift's albums": the person is "Taylor Swift", without the "'s"
                end = entity.end - (doc[entity.end - 1].tag_ == POSSESSIVE_TAG
                                    and len(entity) > 1)
                found[entity.start] = Person(entity.start, end, actor, doc[entity.start:end].text,
                                             _is_subject(entity.root))
        for mention in self.mentions.all():
            if (mention.actor.kind != "person" or mention.how in GUESSED
                    or mention.token_start in in_dateline
                    or self.quoted_in[mention.token_start] >= 0 or names_a_facility(
                        doc[mention.token_start:mention.token_end])):
                continue
            covered = any(p.start <= mention.token_start < p.end for p in found.values())
            if not covered:
                span = doc[mention.token_start:mention.token_end]
                found[mention.token_start] = Person(mention.token_start, mention.token_end,
                                                    mention.actor, mention.text,
                                                    _is_subject(span.root))
        self._add_acting_names(found)
        self._add_titled_names(found)
        self._add_described_names(found)
        self._add_surnames(found)
        genders = {**self._described_genders(found), **self._titled_surnames()}
        return [replace(person, gender=genders.get(person.text.split()[-1]))
                if person.text.split() else person for person in (found[start]
                                                                  for start in sorted(found))]

    def _described_genders(self, found: dict[int, Person]) -> dict[str, str]:
        """The gender a noun beside a name gives it: "spokeswoman Jane Roe", "Jane Roe, the
        chairwoman" (by surname)."""
        genders: dict[str, str] = {}
        for person in found.values():
            words = person.text.split()
            if not words:
                continue
            root = root_of(self.doc, person.start, person.end)
            beside = [root.head] if root.dep_ in NAME_BESIDE and root.head.i != root.i else []
            beside += [child for token in self.doc[person.start:person.end]
                       for child in token.children if child.dep_ in NAME_BESIDE
                       and not person.start <= child.i < person.end]
            gender = next((NOUN_GENDERS[token.lemma_.lower()] for token in beside
                           if token.lemma_.lower() in NOUN_GENDERS), None)
            if gender is not None:
                genders.setdefault(words[-1], gender)
        return genders

    def gender_of(self, noun: Token) -> str | None:
        """The gender of the person a role noun describes: its own ("the spokeswoman"), that of
        the noun it is set beside ("her husband, a doctor"), or that of the person it stands
        beside ("Mr Diego Ramos, the transport secretary")."""
        own = NOUN_GENDERS.get(noun.lemma_.lower())
        if own is not None:
            return own
        if noun.dep_ == "appos" and noun.head.i != noun.i:
            # "her husband, a doctor": the doctor is the husband
            beside = NOUN_GENDERS.get(noun.head.lemma_.lower())
            if beside is not None:
                return beside
        return next((person.gender for person in self.people if person.gender is not None
                     and (person.start <= noun.head.i < person.end
                          or root_of(self.doc, person.start, person.end).head.i == noun.i)), None)

    def _proper_nouns(self) -> tuple[Token, ...]:
        """The proper nouns of the Doc, in order (read from its part-of-speech array: a
        ``Token`` is made for these alone)."""
        if "proper_nouns" not in self.memo:
            tags = self.doc.to_array(POS).tolist() if len(self.doc) else []
            # the tokens themselves kept, as a tuple no caller can change: the view's passes
            # walk them once each
            self.memo["proper_nouns"] = tuple(self.doc[index] for index, tag in enumerate(tags)
                                              if tag == PROPN)
        found: tuple[Token, ...] = self.memo["proper_nouns"]
        return found

    def _add_acting_names(self, found: dict[int, Person]) -> None:
        """A name that is the subject of a verb ("r k verma attacked the opposition") where the
        parser, in a text set in small letters or capitals, saw no person: a person (with the
        names it is compounded with), unless a mention or the parser makes it something else
        (a place, a body, a group) or it is plural (re-cased "the Fishermen were arrested")."""
        taken = {i for person in found.values() for i in range(person.start, person.end)}
        for token in self._proper_nouns():
            subject = self._acting_subject(token)
            if (subject is None or token.i in taken
                    or token.tag_ in PLURAL_NAME_TAGS or token.i in self.dateline_tokens
                    or not self._acting_entity(token, subject)
                    or subject.head.pos_ != "VERB" or self.quoted_in[token.i] >= 0
                    # "the Parishad has made clear": a name with an article is no person's
                    or any(child.dep_ == "det" for child in (*token.children,
                                                             *subject.children))
                    # "Director of the airport Tom Kinton says": a title in capitals is no name
                    or token.lemma_.lower() in title_words()):
                continue
            start = min((child.i for child in token.lefts
                         if child.dep_ in NAME_PARTS and child.pos_ == "PROPN"
                         and child.i not in self.dateline_tokens), default=token.i)
            mention = self.mentions.at(token)
            if (mention is not None and mention.actor.kind != "person") or taken & set(
                    range(start, token.i + 1)):
                continue
            actor = mention.actor if mention is not None and mention.how not in GUESSED else None
            found[start] = Person(start, token.i + 1, actor, self.doc[start:token.i + 1].text,
                                  True)
            taken.update(range(start, token.i + 1))

    @staticmethod
    def _acting_entity(token: Token, subject: Token) -> bool:
        """Whether the parser's entity type lets a name act as a person: none or a person's, or
        a body's, a nationality's or a place's for one word that is the subject of a speech verb
        ("Brannock said the win was a fine start"), since wire copy names a speaker again by the
        surname alone and the parser often takes an unfamiliar surname for something else (a
        known body or place has a mention, and is left out before this)."""
        if token.ent_type_ in ACTING_NAME_ENTITIES:
            return True
        return (token.ent_type_ in SPEAKING_NAME_ENTITIES and subject is token
                and not any(child.dep_ in NAME_PARTS for child in token.children)
                and token.head.lemma_.lower() in load_lexicon().speech_cues)

    def _acting_subject(self, token: Token) -> Token | None:
        """The subject ``token`` stands as: itself, or the dateline's town the parser took for
        the subject with the name set beside it ("chennai: pmk founder r selvam urged": the
        name, not the town, urged); else ``None``."""
        if token.dep_ in SUBJECT_DEPS:
            return token
        head = token.head
        if (token.dep_ == "appos" and head.i in self.dateline_tokens
                and head.dep_ in SUBJECT_DEPS):
            return head
        return None

    def _add_titled_names(self, found: dict[int, Person]) -> None:
        """A name set beside a title ("Japan's ambassador to France Kenji Sato", "the minister,
        Ana Ruiz,") where the parser saw no person in it: a person (with the names it is
        compounded with), unless a mention makes it something else."""
        self._add_unmentioned_names(found, lambda token: (
            token.dep_ == "appos" and token.head.lemma_.lower() in title_words()))

    def _add_described_names(self, found: dict[int, Person]) -> None:
        """A name the text describes by a person's title or calling set beside it ("Thabo Nkosi,
        a farmer near Durban", "Lina Haddad, a local teacher") where the parser saw no person in
        it (it often takes an unfamiliar name for a body): a person (with the names it is
        compounded with), unless a mention makes it something else."""
        self._add_unmentioned_names(found, lambda token: (
            token.ent_type_ in DESCRIBED_NAME_ENTITIES and token.tag_ not in PLURAL_NAME_TAGS
            and token.i not in self.dateline_tokens
            and any(child.dep_ == "appos" and child.tag_ == "NN"
                    and child.lemma_.lower() in title_words() for child in token.children)))

    def _add_unmentioned_names(self, found: dict[int, Person],
                               is_name: Callable[[Token], bool]) -> None:
        """Each capitalised proper noun outside quotation marks that ``is_name`` accepts, with
        the names it is compounded with: a person, unless a person or a mention holds a word."""
        taken = {i for person in found.values() for i in range(person.start, person.end)}
        for token in self._proper_nouns():
            if (token.i in taken or self.quoted_in[token.i] >= 0
                    or not token.text[:1].isupper() or not is_name(token)):
                continue
            start = min((child.i for child in token.lefts
                         if child.dep_ in NAME_PARTS and child.pos_ == "PROPN"), default=token.i)
            words = range(start, token.i + 1)
            if taken & set(words) or any(self.mentions.at(self.doc[i]) is not None
                                         for i in words):
                continue
            found[start] = Person(start, token.i + 1, None, self.doc[start:token.i + 1].text,
                                  _is_subject(token))
            taken.update(words)

    def _add_surnames(self, found: dict[int, Person]) -> None:
        """The surname alone of a person named in full ("Patrick Simmons … Simmons teed up"),
        or a name the parser saw as a person once ("Gambill won …. Gambill said"), where the
        parser did not see a person: the same person (and actor)."""
        full: dict[str, Person] = {}
        for person in found.values():
            words = person.text.split()
            if words and words[-1][:1].isupper() and (
                    len(words) > 1 or self.doc[person.start].ent_type_ == "PERSON"):
                full.setdefault(words[-1], person)
        taken = {i for person in found.values() for i in range(person.start, person.end)}
        for surname, person in full.items():
            for start in whole_word_starts(self.text, surname):
                span = self.doc.char_span(start, start + len(surname))
                if (span is None or self.quoted_in[span.start] >= 0
                        or taken & set(range(span.start, span.end))):
                    continue
                found[span.start] = Person(span.start, span.end, person.actor, span.text,
                                           _is_subject(span.root))
                taken.update(range(span.start, span.end))

    def _titled_surnames(self) -> dict[str, str]:
        """The gender courtesy titles give names in the text: "Mr Truss", "Ms Jane Roe" (the
        surname, the last capitalised word after the title)."""
        titled: dict[str, str] = {}
        doc = self.doc
        # the tokens' lowered forms read from the Doc's arrays: a title is a rare word
        for index, lower in enumerate(arrays_of(doc).lower):
            gender = TITLE_GENDERS.get(lower.rstrip("."))
            if gender is None:
                continue
            token = doc[index]
            end = token.i + 1
            while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
                end += 1
            if end > token.i + 1:
                titled.setdefault(doc[end - 1].text, gender)
        return titled

    @cached_property
    def stated_countries(self) -> tuple[tuple[int, str], ...]:
        """Where each actor named outside quotation marks is named (its first token) and its
        country, in text order: those the text states, not a pronoun's or description's guess
        (``GUESSED``), an organisation only the story placed (``STORY_PLACED``) or a news
        agency."""
        return tuple((mention.token_start, mention.actor.country) for mention in sorted(
            self.mentions.all(), key=lambda mention: mention.token_start)
            if mention.actor.country and mention.how not in GUESSED
            and mention.how not in STORY_PLACED
            and not is_news_agency(mention.actor.code, mention.actor.kind)
            and self.quoted_in[mention.token_start] < 0)

    @cached_property
    def setting(self) -> str | None:
        """The country the article is set in: the one named (as an actor's country outside
        quotation marks, or as the country of a town or city named as a place) at least
        ``MIN_SETTING`` times and ``SETTING_LEAD`` times as often as any other. Words for bodies
        and groups that the text placed ("officials", "the police" in an Australian story)
        count; pronouns, which only repeat a name, and news agencies, which report from
        anywhere, do not, nor do organisations that only the story around them placed
        (``STORY_PLACED``: they would vote for the setting that placed them), nor do role words
        the resolver placed in a country only quotations name ("“… think Donald Trump,” Roe
        said. The man …": the guess echoes the quoted words). When no country
        leads so, the towns and states it names as places alone set it, when their country is
        also named as an actor and is one of the two countries most of the actors are of
        (``_two_sided``); else, when the text names no other country, the dateline's town does
        ("ahmedabad: the state's home minister said …"): where the story was filed is where its
        unplaced speakers are. A country the resolver only guessed for a role word from the
        words around it ("“… from Pakistan,” an official said") is no other country named."""
        voting = [(mention.actor.country, mention.how) for mention in self.mentions.all()
                  if mention.actor.country and mention.how != "pronoun"
                  and mention.how not in STORY_PLACED
                  and not is_news_agency(mention.actor.code, mention.actor.kind)
                  and self.quoted_in[mention.token_start] < 0]
        # "“… planned in Pakistan,” a home ministry official said": a country the resolver only
        # guessed for a role word from the words around it names no country of the story's own
        stated = {country for country, how in voting if how not in GUESSED}
        # "“… think Donald Trump,” Roe said. The man …": a role word's guess echoes a country
        # only quotations named, and votes for none
        echoed = {mention.actor.country for mention in self.mentions.all()
                  if self.quoted_in[mention.token_start] >= 0 and mention.how not in GUESSED
                  } - stated - set(self.places)
        voting = [(country, how) for country, how in voting
                  if how not in GUESSED or country not in echoed]
        counts = Counter(country for country, _ in voting)
        named_counts = Counter(counts)
        named = set(counts)
        counts.update(self.places)
        country = _dominant(counts)
        if country is None:
            # "US bombing … residents who left Kandahar": foreign actors may outnumber the
            # country's own, but the towns and states the story happens in still say where it is
            # set, when that country is also named as an actor
            country = _dominant(Counter(self.places))
            if not named and len(set(self.places)) == 1:
                # "Police in Lagos arrested 40 people": a story that names no country at all
                # is set where the towns it names are
                return self.places[0]
            if country not in named or not _two_sided(named_counts, country):
                # a story that names other countries (a tournament of many nations in Madrid)
                # is not set where it was filed
                return self.dateline if stated <= {self.dateline} else None
        return country

    def _is_title(self, first: int, last: int) -> bool:
        """Words in title case ("What a Fool Believes", "Black Water"): every word but short
        function words capitalised, and not all in capitals."""
        words = [text for text in arrays_of(self.doc).texts[first : last + 1]
                 if any(map(str.isalpha, text))]
        lowered = [w for w in words if not w[:1].isupper()]
        return (len(words) >= MIN_TITLE_WORDS and not all(w.isupper() for w in words)
                and all(w.lower() in TITLE_SMALL_WORDS for w in lowered)
                and len(lowered) < len(words) / 2)

    def _is_full(self, first: int, last: int) -> bool:
        # read from the Doc's arrays: a quotation may run over many tokens
        skipped, tags = reading_of(self.doc).space_or_punct, arrays_of(self.doc).tags
        words = [index for index in range(first, last + 1) if not skipped[index]]
        return len(words) >= MIN_FULL_QUOTE_WORDS and any(tags[index] in FINITE_TAGS
                                                          for index in words)


def _names_a_body(name: Span, mention: ActorMention | None) -> bool:
    """Whether the knowledge base knows a name the parser took for a person's as a body's, all
    its words ("the Shiv Sena", a party, in re-cased copy)."""
    return (mention is not None and mention.actor.kind != "person" and mention.how not in GUESSED
            and mention.token_start <= name.start and mention.token_end >= name.end)


def names_a_facility(name: Span) -> bool:
    """Whether a person's name only names a place or building ("at Vallabhbhai Patel airport",
    "the Nehru stadium")."""
    head = name.root.head
    return (name.root.dep_ == "compound" and not name.start <= head.i < name.end
            and head.lemma_.lower() in FACILITY_NOUNS)


def _two_sided(counts: Counter[str], country: str) -> bool:
    """Whether ``country`` is one of two countries that hold ``TWO_SIDED_SHARE`` of the
    namings: a story between two sides ("US bombing" in Afghan towns), not one of many nations
    met in one place (a tournament, a summit)."""
    top = counts.most_common(2)
    return (country in {code for code, _ in top}
            and sum(count for _, count in top) >= TWO_SIDED_SHARE * sum(counts.values()))


def _dominant(counts: Counter[str]) -> str | None:
    """The country named at least ``MIN_SETTING`` times and ``SETTING_LEAD`` times as often as
    any other, if any."""
    if not counts:
        return None
    ranked = counts.most_common(2)
    country, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return country if count >= MIN_SETTING and count >= SETTING_LEAD * runner_up else None


def _is_subject(root: Token) -> bool:
    """The subject of its clause, or named beside it ("the seer, Ravi Shankar, said")."""
    current = root
    while current.dep_ in ("compound", "flat", "appos") and current.head.i != current.i:
        current = current.head
    return current.dep_ in SUBJECT_DEPS


def place_countries(locator: Locator | None, doc: Doc,
                    mentions: Sequence[ActorMention]) -> tuple[str, ...]:
    """The countries of the towns and cities ``doc`` names as places, and of the regions it names
    outside the actor mentions (``actors.regions``; none without a locator: no gazetteer)."""
    if locator is None:
        return ()
    # the dateline's town is the locator's place already: its words are not counted again
    dateline = find_dateline(doc)
    covered = frozenset(i for mention in mentions
                        for i in range(mention.token_start, mention.token_end)) | frozenset(
        range(dateline.start, dateline.end) if dateline is not None else ())
    return (tuple(place.country for place in locator.places_in(doc, mentions))
            + tuple(code for _, _, code in load_regions().find(doc, covered)))
