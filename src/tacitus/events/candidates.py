"""The candidate generator of the decision stage: every way the lexicon and the parse could code
an article's triggers.

1. Each event the clause coder (``tacitus.events.coder``) codes is a candidate as coded.
2. Each trigger of a sentence (``tacitus.events.triggers``, the coder's own triggers, whether or
   not the coder found a source for it) is also a candidate with every actor named in its
   sentence as source, and every other one, or none, as target (never a news agency:
   ``tacitus.events.participants``); when its clause names no doer
   (``tacitus.events.unnamed``), also from the unknown actor to each actor named, and, when
   that clause is a passive without a by-agent ("five men were arrested"), from the last two
   actors the sentence before names (``construction`` ``earlier_doer``). The speaker
   who reports the trigger's clause ("…, the mayor said") is paired with it only when the
   clause names that actor too or has a pronoun for its subject ("the mayor said she feared …":
   ``tacitus.events.reporting``). A trigger whose sentence names one actor alone, its doer, is
   also a candidate from it to each of the last two actors the sentence before names
   (``construction`` ``earlier_reaction``, ``earlier_target`` and their ``_doer`` kinds:
   ``tacitus.events.earlier_targets``): "Israeli troops entered Jenin. Britain condemned the
   move."
3. A coercive or violent trigger whose clause names a town as its place (``towns``: the actors
   of ``tacitus.events.place_targets``) is also a candidate from each source to that town's
   country (``place`` is then true): places under attack are targets. An actor named in what
   such a trigger strikes (its objects and place phrases: "exploded at a police station") is
   never its source (unless it is the other party of a fight, who fights too: "clashed with
   the rebels", ``tacitus.events.mutual_acts``), nor is one named as whom the trigger's act is
   done to (its passive subject, the noun its participle describes: ``tacitus.events.patients``).

4. An act whose clause names no doer is also read from the unknown actor
   (``tacitus.events.unnamed``), and so is an event noun of force that names no doer in its own
   phrase wherever it stands ("seven people were injured in an explosion").
5. A reported obligation ("the minister said the government should act"), coded as a demand, is
   also read as an appeal (``tacitus.events.obligations``); a conflictual act a speaker reports
   of another actor ("the rebels said the army violated the truce") is also read as the
   speaker's accusation of its doer (``tacitus.events.allegations``), in the act's group: the
   decision stage keeps the act, the accusation or neither.
6. A reporting verb whose complement clause is about another actor ("Germany said Russia was
   responsible for the attack", "the envoy said the rebels are not ready") also reads the
   speaker's stance toward that actor (``tacitus.events.reported_stances``): an accusation, a
   criticism, pessimism or optimism, at the word that gives it; ``construction`` names such a
   reading (``reported_stance``) for the decision stage. A quote whose words disapprove of an
   actor they name ('"the government has failed us," he said') reads its speaker's criticism or
   accusation of that actor (``tacitus.events.quoted_stances``; the speaker the quote stage
   attributes, wherever the article names it), ``construction`` ``quoted_stance``. Each claim
   the claim finder finds (a demand, an appeal, a commitment, an offer, a threat, a denial) is
   read as an act of its claimant toward its addressee at the word that makes it
   (``tacitus.events.claimed_acts``), ``construction`` ``claimed``, in a group of its own.
7. An act a date of its own phrase or clause sets long before the article ("seized the valley
   in the 1983 war": ``tacitus.events.story_time.tells_history``) is history: no candidate,
   nor is the coder's event on it (an accusation of it is still made now).
8. A heading (``tacitus.nlp.headings``: a section heading, a related story's title, a list
   item between the paragraphs of a web page) and an editor's insertion in square brackets
   (``tacitus.nlp.insertions``: a gloss, a note on the transcription) report no act: no
   candidate, nor is the coder's event in them; nor is a verb of aid (the ``unreported``
   roots, 07) with no aid for its object in a clause a reporting verb reports ("the official
   said the patrols provide a modicum of protection", not "said Canada delivered food aid":
   ``tacitus.events.reporting.reports_unread_act``).
9. An event noun that names an act its sentence leaves undone ("sought talks", "the visit was
   postponed") or dates another act by ("after the attack": ``tacitus.events.unasserted``) is
   no candidate, nor is the coder's event on it; but a cooperative act its sentence's subject
   wants or plans ("Russia is seeking a partnership with India", "proposed talks") is read as
   that subject's intent to do it (03x, the intent frame), ``construction`` ``wanted``.

10. With a pair root classifier (``tacitus.events.pair_roots``, read through
    ``tacitus.events.readings_by_pair``), each pairing of two actors of a trigger's sentence
    carries the classifier's probability of its root; and where the classifier's first root for
    a pair is likely and no trigger of the sentence reads that pair with it, the pair is also a
    candidate of that root at the trigger nearest the words that join them (``construction``
    ``pair_root``, in a group of its own): "Chile said Peru closed the border" read as an
    accusation. The pipeline passes none (the study's ``--pair-roots`` does).

The candidates of one trigger form a group; the decision stage keeps at most one a group. A
candidate's ``variant`` says how it stands to the coder's reading: ``coded``, ``same_source``
(the coder's source, another target), ``same_target``, ``other`` (neither), or ``uncoded`` (the
coder coded nothing for the trigger).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from tacitus.events.allegations import accusations
from tacitus.events.background import trigger_head
from tacitus.events.claimed_acts import claimed_acts
from tacitus.events.clauses import is_agentless_passive
from tacitus.events.dates import resolve_event_date
from tacitus.events.earlier_targets import Borrowed, borrowed_targets
from tacitus.events.event_building import event_id, site_event, trigger_site
from tacitus.events.lexicon import Frames, Lexicon
from tacitus.events.lexicon_matching import VERB_POS, Trigger
from tacitus.events.mutual_acts import fight_parties
from tacitus.events.obligations import other_readings
from tacitus.events.ontology import Ontology, root_group
from tacitus.events.pair_roots import PairRootModel
from tacitus.events.participants import event_participants
from tacitus.events.patients import patient_tokens
from tacitus.events.place_targets import attacked_place, struck_tokens
from tacitus.events.quoted_stances import quoted_stances
from tacitus.events.readings_by_pair import PairReader, Proposal
from tacitus.events.references import event_nouns as read_event_nouns
from tacitus.events.reported_stances import reported_stances, stance_trigger
from tacitus.events.reporting import reports_unread_act, speaker_is_subject, speaker_tokens
from tacitus.events.story_time import tells_history
from tacitus.events.triggers import sentence_triggers
from tacitus.events.unasserted import is_wanted, names_unreported_act
from tacitus.events.unnamed import UNNAMED, clause_verb, doer_unnamed, noun_doer_unnamed
from tacitus.model import Actor, ActorMention, Article, Claim, Event, Quote, same_actor
from tacitus.nlp.doc_memo import sentence_numbers, sentences_of
from tacitus.nlp.headings import in_heading
from tacitus.nlp.insertions import in_insertion

# the actors of a sentence paired as candidates, nearest the trigger first
MAX_ACTORS = 6
PAIRED_CONFIDENCE = 0.5
STANCE_CONSTRUCTION = "reported_stance"
QUOTED_STANCE_CONSTRUCTION = "quoted_stance"
CLAIMED_CONSTRUCTION = "claimed"
PAIR_ROOT_CONSTRUCTION = "pair_root"
WANTED_CONSTRUCTION = "wanted"
# an agentless passive read from an actor the sentence before names: at most this many of them
EARLIER_CONSTRUCTION = "earlier_doer"
EARLIER_DOERS = 2
# the lexicon kind of a verb matched by itself ("provide", not "provide aid")
BARE_VERB = "verb"
# the acts whose wanting is an intent to do them (03x): cooperation
COOPERATIVE_ROOTS = root_group("cooperative")
# the acts whose event noun is also read from the unknown doer wherever it stands ("were injured
# in an explosion"): the use of force, which wire reports often give without its doer
FORCE_ROOTS = root_group("force")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One way to code a trigger: ``event`` as it would be stored, ``group`` the trigger it
    reads, ``variant`` how it stands to the coder's reading (module docstring)."""

    event: Event
    group: str
    variant: str
    place: bool = False
    construction: str = ""
    # the pair root classifier's probability of the candidate's root for its pair of actors,
    # and whether that root is the classifier's first (``None``: no pair read)
    root_probability: float | None = None
    root_first: bool = False
    # what the construction read that the decision stage should see too (a claimed act's kind,
    # act root and negation: ``tacitus.events.claimed_acts.ClaimedAct.marks``)
    marks: tuple[str, ...] = ()


def group_of(event: Event) -> str:
    """The trigger an event reads: its sentence and the trigger's first character."""
    return f"{event.evidence.sentence_index}:{event.trigger_start}"


def find_candidates(doc: Doc, mentions: Sequence[ActorMention], events: Sequence[Event],
                    article: Article, *, lexicon: Lexicon, frames: Frames,
                    ontology: Ontology, towns: Mapping[int, Actor] | None = None,
                    event_nouns: Mapping[str, str] | None = None,
                    pair_roots: PairRootModel | None = None,
                    quotes: Sequence[Quote] = (),
                    claims: Sequence[Claim] = ()) -> tuple[Candidate, ...]:
    """The coder's ``events`` and every other pairing of the actors around each trigger (and
    of its sources with the town it strikes, among ``towns``; ``event_nouns``: the lexicon's,
    ``tacitus.events.references.event_nouns``, read from ``lexicon`` when not given; with
    ``pair_roots``, each pair also read with the root the classifier gives it, step 10;
    ``quotes``: the article's quotes with their speakers, whose stances step 6 reads;
    ``claims``: the claim finder's claims, read as acts in step 6)."""
    found: dict[str, Candidate] = {}
    reader = PairReader(doc, pair_roots) if pair_roots is not None else None
    coded: dict[str, list[Event]] = {}
    for event in events:
        head = trigger_head(doc, event)
        if head is not None and (names_unreported_act(head, event.cameo)
                                 or tells_history(head, article.date) or _untold(head)
                                 or reports_unread_act(head, event.cameo,
                                                       bare=_bare_verb(head, event))):
            continue
        coded.setdefault(group_of(event), []).append(event)
        found.setdefault(event.id, Candidate(event, group_of(event), "coded"))
    nouns = event_nouns
    by_sentence: dict[int, list[ActorMention]] = {}
    for mention in event_participants(mentions):
        by_sentence.setdefault(mention.sentence_index, []).append(mention)
    for index, sentence in enumerate(sentences_of(doc)):
        named = by_sentence.get(index, [])
        if not named:
            continue
        triggers = sentence_triggers(sentence, lexicon, frames)
        when = resolve_event_date(sentence, article.date)
        proposals: dict[tuple[str, str], Proposal] = {}
        covered: set[tuple[str, str]] = set()
        for trigger in triggers:
            if (trigger.cameo not in ontology or _describes_a_noun(trigger.head)
                    or _untold(trigger.head)):
                continue
            construction = ""
            if names_unreported_act(trigger.head, trigger.cameo):
                # "Russia is seeking a partnership with India": Russia's intent to cooperate
                intent = _intent(trigger, frames)
                if intent is None:
                    continue
                trigger, construction = intent, WANTED_CONSTRUCTION
            participants = _participants(named, trigger)
            actors = _nearest_actors(participants, trigger.head.i)
            # what an attack strikes is its target, not its doer: "a bomb exploded at a police
            # station", and so is whom any act is done to: "five soldiers were arrested"; but the
            # other side of a fight ("clashed with the rebels") fights too (mutual_acts.py)
            struck = ((struck_tokens(trigger.head, trigger.cameo)
                       - fight_parties(trigger.head, trigger.cameo))
                      | patient_tokens(trigger.head, trigger.cameo))
            doers = _nearest_actors([mention for mention in participants
                                     if mention.token_start not in struck], trigger.head.i)
            # an act whose clause names no doer is also read from the unknown actor
            unnamed = doer_unnamed(trigger.head, named) or (
                trigger.cameo[:2] in FORCE_ROOTS and noun_doer_unnamed(trigger.head, named))
            sources = [*doers, *([UNNAMED] if unnamed else [])]
            # "Five men were arrested": the doer an agentless passive leaves out is often the
            # actor the sentence before it names ("Police raided a house …")
            earlier = (_earlier_doers(by_sentence.get(index - 1, []), sentence.start, doers)
                       if unnamed and _is_agentless(trigger.head) else [])
            # "Israeli troops entered Jenin. Britain condemned the move": a sentence naming its
            # doer alone often acts on the other party the sentence before names
            borrowed: list[Borrowed] = []
            if len(actors) == 1 and index - 1 in by_sentence:
                nouns = nouns if nouns is not None else read_event_nouns(lexicon)
                borrowed = borrowed_targets(
                    trigger, actors=actors, doers=doers,
                    before=_nearest_actors(by_sentence[index - 1], sentence.start),
                    acts_before=[event for event in events
                                 if event.evidence.sentence_index == index - 1],
                    event_nouns=nouns)
            place = attacked_place(trigger.head, trigger.cameo,
                                   towns if towns is not None else {})
            places = [place] if place is not None and not any(
                same_actor(place, actor) for actor in actors) else []
            # a reported obligation is read as a demand and as an appeal (obligations.py)
            codes = tuple(code for code in (trigger.cameo, *other_readings(trigger, ontology))
                          if not reports_unread_act(trigger.head, code,
                                                    bare=trigger.entry.kind == BARE_VERB))
            # an act the grammar dates to long before the article is history: no reading of
            # its own, though an accusation of it is made now
            pairs = [] if tells_history(trigger.head, article.date) else [
                (code, source, target) for code in codes
                for source in [*sources, *earlier] for target in [*actors, None, *places]] + [
                (code, source, borrow.target) for code in codes for source in doers
                for borrow in borrowed]
            site = trigger_site(trigger, sentence, index, article)
            for code, source, target in pairs:
                if (target is None and source is UNNAMED) or (
                        target is not None and same_actor(source, target)):
                    continue
                read = (reader.read(trigger.head, participants, source, target, codes)
                        if reader is not None and target is not None and target not in places
                        else None)
                if read is not None and target is not None:
                    key = (source.code or source.name, target.code or target.name)
                    if read.proposal is None:
                        covered.add(key)
                    elif key not in proposals or read.proposal.rank < proposals[key].rank:
                        proposals[key] = replace(read.proposal, site=site, when=when)
                # a pairing already found (the coder's own) is not built again
                known_id = event_id(site, ontology.describe(code).code, source, target)
                if read is not None and known_id in found and (
                        found[known_id].root_probability is None):
                    found[known_id] = replace(
                        found[known_id], root_probability=read.probabilities.get(code[:2], 0.0),
                        root_first=read.first == code[:2])
                if known_id not in found and not (
                        target is not None and target in places
                        and source.country == target.country):
                    event = site_event(site, ontology, code=code, source=source,
                                       target=target, when=when,
                                       confidence=PAIRED_CONFIDENCE, known_id=known_id)
                    group = group_of(event)
                    found[known_id] = Candidate(
                        event, group, _variant(event, coded.get(group, [])),
                        place=target in places,
                        construction=_construction(source, target, doers=doers,
                                                   earlier=earlier, borrowed=borrowed,
                                                   default=construction),
                        root_probability=None if read is None else read.probabilities.get(
                            code[:2], 0.0),
                        root_first=read is not None and read.first == code[:2])
            for accusation in accusations(trigger.head, trigger.cameo, named):
                # "the rebels said the army shelled the town": also the rebels' accusation
                event = site_event(site, ontology, code=accusation.code,
                                   source=accusation.source, target=accusation.target,
                                   when=when, confidence=PAIRED_CONFIDENCE)
                group = group_of(event)
                found.setdefault(event.id, Candidate(event, group,
                                                     _variant(event, coded.get(group, []))))
        for key, proposal in proposals.items():
            if key in covered or proposal.site is None:
                continue
            # 10. the root the pair classifier gives a pair where no trigger's sense has it
            # ("said the army shelled the town": the speaker's accusation), at the trigger
            # nearest the words that join the pair
            event = site_event(proposal.site, ontology, code=proposal.code,
                               source=proposal.source, target=proposal.target,
                               when=proposal.when, confidence=PAIRED_CONFIDENCE)
            group = group_of(event)
            # a group of its own: a trigger keeps one reading, and a proposal in its group
            # took the place of the trigger's own right reading of another pair
            found.setdefault(event.id, Candidate(
                event, f"{group}:{PAIR_ROOT_CONSTRUCTION}", _variant(event, coded.get(group, [])),
                construction=PAIR_ROOT_CONSTRUCTION,
                root_probability=proposal.probability, root_first=True))
        for stance in reported_stances(sentence, named):
            # "Germany said Russia was responsible": the speaker's stance toward Russia
            trigger = stance_trigger(stance)
            if _untold(trigger.head):
                continue
            site = trigger_site(trigger, sentence, index, article)
            for source in stance.sources:
                for target in stance.targets:
                    event = site_event(site, ontology, code=stance.code, source=source,
                                       target=target, when=when,
                                       confidence=PAIRED_CONFIDENCE)
                    group = group_of(event)
                    found.setdefault(event.id, Candidate(
                        event, group, _variant(event, coded.get(group, [])),
                        construction=STANCE_CONSTRUCTION))
    _add_quoted_stances(found, coded, doc, mentions, quotes, article, ontology)
    _add_claimed_acts(found, coded, doc, claims, article, ontology, lexicon, frames)
    return tuple(found.values())


def _add_claimed_acts(found: dict[str, Candidate], coded: Mapping[str, Sequence[Event]],
                      doc: Doc, claims: Sequence[Claim], article: Article,
                      ontology: Ontology, lexicon: Lexicon, frames: Frames) -> None:
    """Step 6's claimed acts: each claim read as its claimant's act, at its cue word, added
    to ``found`` in a group of its own (a trigger keeps one reading: the claim's must not take
    the place of the trigger's own) unless a pairing there is already one."""
    if not claims:
        return
    sentences = sentences_of(doc)
    for act in claimed_acts(doc, claims, lexicon=lexicon, frames=frames):
        if _untold(act.trigger.head) or tells_history(act.trigger.head, article.date):
            continue
        sentence = sentences[act.sentence_index]
        site = trigger_site(act.trigger, sentence, act.sentence_index, article)
        event = site_event(site, ontology, code=act.trigger.cameo, source=act.source,
                           target=act.target, when=resolve_event_date(sentence, article.date),
                           confidence=PAIRED_CONFIDENCE)
        group = group_of(event)
        found.setdefault(event.id, Candidate(
            event, f"{group}:{CLAIMED_CONSTRUCTION}", _variant(event, coded.get(group, [])),
            construction=CLAIMED_CONSTRUCTION, marks=act.marks))


def _add_quoted_stances(found: dict[str, Candidate], coded: Mapping[str, Sequence[Event]],
                        doc: Doc, mentions: Sequence[ActorMention], quotes: Sequence[Quote],
                        article: Article, ontology: Ontology) -> None:
    """Step 6's quoted stances: each quote's speaker's disapproval of the actors it names,
    at its cue word, added to ``found`` unless a pairing there is already one."""
    if not quotes:
        return
    sentences, numbers = sentences_of(doc), sentence_numbers(doc)
    for stance in quoted_stances(doc, quotes, event_participants(mentions)):
        trigger = stance_trigger(stance)
        if _untold(trigger.head):
            continue
        index = numbers[trigger.head.i]
        sentence = sentences[index]
        site = trigger_site(trigger, sentence, index, article)
        when = resolve_event_date(sentence, article.date)
        for source in stance.sources:
            for target in stance.targets:
                event = site_event(site, ontology, code=stance.code, source=source,
                                   target=target, when=when, confidence=PAIRED_CONFIDENCE)
                group = group_of(event)
                found.setdefault(event.id, Candidate(
                    event, group, _variant(event, coded.get(group, [])),
                    construction=QUOTED_STANCE_CONSTRUCTION))


def _participants(mentions: Sequence[ActorMention], trigger: Trigger) -> list[ActorMention]:
    """The mentions of a sentence that may take part in ``trigger``'s act: not the speaker
    reporting it unless its clause names that actor too or a pronoun stands for it ("Brazil said
    it feared …"; a trigger that reads the reporter's own demand, "Russia says Israel must …",
    keeps its speaker)."""
    if trigger.reporter is not None:
        return list(mentions)
    speaker = speaker_tokens(trigger.head)
    if not speaker or speaker_is_subject(trigger.head):
        return list(mentions)
    inside = [mention for mention in mentions if mention.token_start not in speaker]
    return [mention for mention in mentions if mention.token_start not in speaker
            or any(same_actor(mention.actor, other.actor) for other in inside)]


def _is_agentless(head: Token) -> bool:
    """Whether the trigger ``head``'s clause is a passive without a by-agent ("were arrested")."""
    verb = clause_verb(head)
    return verb is not None and is_agentless_passive(verb)


def _earlier_doers(mentions: Sequence[ActorMention], start: int,
                   doers: Sequence[Actor]) -> list[Actor]:
    """The actors the sentence before names, last named first, that are not already doers."""
    return [actor for actor in _nearest_actors(mentions, start)
            if not any(same_actor(actor, doer) for doer in doers)][:EARLIER_DOERS]


def _construction(source: Actor, target: Actor | None, *, doers: Sequence[Actor],
                  earlier: Sequence[Actor], borrowed: Sequence[Borrowed], default: str) -> str:
    """What made a pairing: a doer from the sentence before (``earlier_doer``), a target from
    it (``tacitus.events.earlier_targets``), else ``default``."""
    if source in earlier and not any(same_actor(source, doer) for doer in doers):
        return EARLIER_CONSTRUCTION
    for borrow in borrowed:
        if target is borrow.target and not default:
            return borrow.construction
    return default


def _intent(trigger: Trigger, frames: Frames) -> Trigger | None:
    """A wanted or planned cooperative act (``tacitus.events.unasserted.is_wanted``) read as
    its wanter's intent (the intent frame of ``frames.tsv``), or ``None``."""
    if (trigger.cameo[:2] not in COOPERATIVE_ROOTS
            or not is_wanted(trigger.head, trigger.cameo)):
        return None
    code = frames.code("intent", trigger.cameo)
    return None if code is None else replace(trigger, cameo=code)


def _bare_verb(head: Token, event: Event) -> bool:
    """Whether the coder's ``event`` is read at the verb ``head`` alone (its trigger is that one
    word: no object, particle or preposition of the lexicon with it)."""
    return (head.pos_ in VERB_POS and event.trigger_start == head.idx
            and event.trigger_end == head.idx + len(head))


def _untold(head: Token) -> bool:
    """Whether the trigger ``head`` stands in words that are no sentence of the story: a
    heading, or an editor's insertion in square brackets."""
    return in_heading(head) or in_insertion(head)


def _describes_a_noun(head: Token) -> bool:
    """A participle used as an adjective ("the detained sailors") describes, it reports no act."""
    return head.dep_ == "amod" and head.head.pos_ in {"NOUN", "PROPN"}


def _nearest_actors(mentions: Sequence[ActorMention], position: int) -> list[Actor]:
    actors: list[Actor] = []
    for mention in sorted(mentions, key=lambda m: abs(m.token_start - position)):
        if not any(same_actor(mention.actor, actor) for actor in actors):
            actors.append(mention.actor)
    return actors[:MAX_ACTORS]


def _variant(event: Event, coded: Sequence[Event]) -> str:
    if not coded:
        return "uncoded"
    same_source = any(same_actor(event.source, other.source) for other in coded)
    same_target = any((event.target is None and other.target is None)
                      or (event.target is not None and other.target is not None
                          and same_actor(event.target, other.target)) for other in coded)
    if same_source:
        return "same_source"
    return "same_target" if same_target else "other"
