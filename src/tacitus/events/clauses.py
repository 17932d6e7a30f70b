"""Reading a clause off the dependency parse: who acts, on whom, and whether it really happened."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from tacitus.model import ActorMention
from tacitus.nlp.doc_memo import lemmas_of
from tacitus.nlp.token_arrays import TokenArrays, arrays_of
from tacitus.wordlists import word_list, word_set

# subjects of an active clause, and the expletive "there" standing in for one
SUBJECT_OR_EXPLETIVE_DEPS = frozenset({"nsubj", "csubj", "expl"})
OBJECT_DEPS = ("dobj", "dative", "iobj", "obj")
# Prepositions whose object is the target of a verb or an event noun, most telling first.
TARGET_PREPS = word_list("target_prepositions")
# "an attack by rebels", "were killed by police": the preposition of the doer
AGENT_PREPOSITIONS = word_set("agent_prepositions")
# Prepositions that lead from a description to the actors it names: "ministers of China",
# "members including China and Russia".
NAMING_PREPS = word_set("naming_prepositions")
MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
# Modifiers through which a title leads on to the actor that modifies it: "Vietnamese defense
# chief Lich" (compound → amod), "former Germany defender Metzelder".
CHAIN_DEPS = frozenset({"compound", "nmod"})
MODALS = word_set("modal_verbs")
# "is to meet", "travelled to Paris to meet": the marker of a to-infinitive
INFINITIVE_MARKERS = word_set("infinitive_markers")
FUTURE_AUX = word_set("future_auxiliaries", reported="no")
NEGATORS = word_set("negation_words")
CONDITIONAL_MARKS = word_set("condition_marks")
REPORTED_FUTURE_AUX = word_set("future_auxiliaries", reported="yes")
OBLIGATION_MODALS = word_set("modal_verbs", obligation="yes")
# Verbs that report what someone said or announced: their "would" clause is a future.
REPORTING_VERBS = word_set("reporting_verbs")
# Verbs of opinion through which a speaker holds what another must do ("believes the government
# should talk"): an obligation under one is a demand, as under a reporting verb.
OPINION_VERBS = word_set("opinion_verbs")
# Verbs of necessity whose infinitive is an obligation like "must": "needs to withdraw".
NECESSITY_VERBS = word_set("necessity_verbs")
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Verbs whose object is the understood subject of their infinitive: "asked Blinken to meet".
OBJECT_CONTROL = word_set("object_control_verbs")
MAX_NAMING_DEPTH = 3
# Prepositions that put an event noun around a passive: "killed in a clash with", "wounded during
# an attack by", "died after an air strike".
CIRCUMSTANCE_PREPS = word_set("circumstance_prepositions")
# Event nouns whose "with" object is a party: "a clash with IS fighters".
MUTUAL_NOUNS = word_set("mutual_event_nouns")


@dataclass(frozen=True, slots=True)
class Actors:
    """Mentions found for a role, and whether reaching them took an inference step."""

    mentions: tuple[ActorMention, ...]
    inferred: bool = False


NO_ACTORS = Actors(())


def index_mentions(mentions: Iterable[ActorMention]) -> dict[int, ActorMention]:
    """Token index → the longest mention covering that token (built once per document)."""
    index: dict[int, ActorMention] = {}
    for mention in sorted(mentions, key=lambda m: m.token_end - m.token_start):
        for position in range(mention.token_start, mention.token_end):
            index[position] = mention
    return index


def is_negated(token: Token) -> bool:
    """``token`` carries a negation: "has not cut", "never met", "no talks"."""
    arrays = arrays_of(token.doc)
    deps, lower = arrays.deps, arrays.lower
    return any((deps[child] == "neg" or lower[child] in NEGATORS)
               and deps[child] in {"neg", "advmod", "det"} for child in arrays.children[token.i])


def is_hypothetical(token: Token) -> bool:
    """``token`` is under a modal ("would reassess", "could impose") or inside an if-clause; a
    reported "would" without a condition ("said it would send troops") is a future instead."""
    if _conditional(token):
        return True
    arrays = arrays_of(token.doc)
    return any(arrays.deps[child] in {"aux", "auxpass"} and arrays.lower[child] in MODALS
               for child in arrays.children[token.i]) and not is_reported_future(token)


def states_condition(token: Token) -> bool:
    """``token`` governs an if- or unless-clause ("would strike if …") and is none itself."""
    arrays = arrays_of(token.doc)
    return _conditional(token) and not any(
        arrays.deps[child] == "mark" and arrays.lower[child] in CONDITIONAL_MARKS
        for child in arrays.children[token.i])


def _conditional(token: Token) -> bool:
    """``token`` is an if-clause or governs one ("would impose sanctions if …")."""
    # read from the Doc's arrays: asked of every trigger and clause
    arrays = arrays_of(token.doc)
    deps, lower, children = arrays.deps, arrays.lower, arrays.children
    for child in children[token.i]:
        if deps[child] == "mark" and lower[child] in CONDITIONAL_MARKS:
            return True
        if deps[child] == "advcl" and any(deps[mark] == "mark" and lower[mark] in
                                          CONDITIONAL_MARKS for mark in children[child]):
            return True
    return False


def is_reported_obligation(token: Token) -> Token | None:
    """The reporting verb when ``token`` is what someone said or holds another must or should
    do ("Russia says Israel must end attacks", "the party believes talks need to resume",
    "she said there should be an inquiry"): a demand of the reporter, else ``None``."""
    carrier = _obligation_carrier(token)
    if carrier is None:
        return None
    clause = _reported_clause(carrier, OPINION_VERBS)
    return clause.head if clause is not None and not _conditional(token) else None


def existential_verb(noun: Token) -> Token | None:
    """The "be" of an existential clause whose subject ``noun`` is ("there should be an
    inquiry", "there will be talks"): the verb that carries its tense and modality."""
    verb = noun.head
    if (noun.dep_ == "attr" and verb.lemma_.lower() == "be"
            and any(child.dep_ == "expl" for child in verb.children)):
        return verb
    return None


def _obligation_carrier(token: Token) -> Token | None:
    """The verb that carries ``token``'s obligation: ``token`` under a modal of obligation
    ("must end"), or the verb of necessity whose infinitive it is ("needs to end"), unless
    that verb is itself only foreseen ("will need to"); else ``None``."""
    arrays = arrays_of(token.doc)
    if any(arrays.deps[child] == "aux" and arrays.lower[child] in OBLIGATION_MODALS
           for child in arrays.children[token.i]):
        return token
    governor = token.head
    # the parser reads the infinitive as a complement or, now and then, as a purpose
    if (token.dep_ in {"xcomp", "advcl"} and governor.lemma_.lower() in NECESSITY_VERBS
            and has_infinitive_marker(token)
            and not any(child.dep_ == "aux" and (child.lower_ in MODALS
                                                 or child.lower_ in FUTURE_AUX)
                        for child in governor.children)):
        return governor
    return None


def reported_blame(token: Token) -> Token | None:
    """The reporting verb when ``token`` is the "to blame" of "Syria said Israel was to blame":
    an accusation by the reporter of the clause's subject; ``None`` for another token or an
    unreported "X is to blame" (the writer's own judgement)."""
    if not is_to_blame(token):
        return None
    clause = _reported_clause(token.head)
    return clause.head if clause is not None else None


def is_to_blame(token: Token) -> bool:
    """``token`` is the verb of "is to blame", "was to blame"."""
    return token.dep_ == "xcomp" and token.head.lemma_ == "be" and has_infinitive_marker(token)


def _reported_clause(token: Token, also: frozenset[str] = frozenset()) -> Token | None:
    """The complement clause ``token`` stands in when a reporting verb (or a verb of ``also``)
    governs it, else ``None``."""
    clause = token
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if clause.dep_ == "ccomp" and (clause.head.lemma_ in REPORTING_VERBS
                                   or clause.head.lemma_ in also):
        return clause
    return None


def is_reported_future(token: Token) -> bool:
    """"would" as the future of reported speech: "X said it would visit" announces a visit
    (no if-clause, and the clause is what a reporting verb reports)."""
    arrays = arrays_of(token.doc)
    if not any(arrays.deps[child] == "aux" and arrays.lower[child] in REPORTED_FUTURE_AUX
               for child in arrays.children[token.i]):
        return False
    clause = _reported_clause(token)
    return clause is not None and not _conditional(token) and not _conditional(clause)


def is_future(token: Token) -> bool:
    """``token`` is in the future tense: "will visit", "is going to attack"."""
    # read from the Doc's arrays (asked of every verb above every trigger): a ``Token`` is made
    # only for the head a purpose clause shares its tense with
    arrays = arrays_of(token.doc)
    deps, index = arrays.deps, token.i
    if any(deps[child] == "aux" and arrays.lower[child] in FUTURE_AUX
           for child in arrays.children[index]):
        return True
    if is_reported_future(token):
        return True
    head, lemmas = arrays.heads[index], lemmas_of(token.doc).lemmas
    if deps[index] == "xcomp" and lemmas[head] == "go" and arrays.tags[head] == "VBG":
        return True
    # "the president is to meet …": "be" with a to-infinitive schedules the act; "will travel
    # to Paris to meet …": a to-infinitive of purpose shares its verb's tense
    scheduled = (deps[index] == "xcomp" and lemmas[head] == "be" and head < index
                 and has_infinitive_marker(token))
    return scheduled or (deps[index] == "advcl" and head != index and has_infinitive_marker(token)
                         and is_future(token.doc[head]))


def has_infinitive_marker(verb: Token) -> bool:
    """Whether ``verb`` carries the to-infinitive marker as an auxiliary ("to meet")."""
    return is_infinitive(arrays_of(verb.doc), verb.i)


def is_infinitive(arrays: TokenArrays, index: int) -> bool:
    """Whether the verb at ``index`` is a to-infinitive (its marker, ``INFINITIVE_MARKERS``,
    hung from it as an auxiliary), read from the Doc's ``arrays``."""
    return any(arrays.deps[child] == "aux" and arrays.lower[child] in INFINITIVE_MARKERS
               for child in arrays.children[index])


def resolve_actors(token: Token, index: dict[int, ActorMention], *, depth: int = 0) -> Actors:
    """The actor mentions a phrase headed by ``token`` refers to, walking conjuncts and naming
    prepositions ("ministers of China and Russia") when the head itself is not a mention."""
    found: list[ActorMention] = []
    inferred = depth > 0
    for member in (token, *_conjuncts(token)):
        mention = index.get(member.i)
        if mention is not None:
            found.append(mention)
            continue
        if depth >= MAX_NAMING_DEPTH:
            continue
        named = _named_by(member, index, depth)
        if named.mentions:
            found.extend(named.mentions)
            inferred = True
    return Actors(_unique(found), inferred)


def _named_by(token: Token, index: dict[int, ActorMention], depth: int) -> Actors:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in NAMING_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    named = resolve_actors(pobj, index, depth=depth + 1)
                    if named.mentions:
                        return named
    deps = MODIFIER_DEPS | {"npadvmod"} if _is_hyphen_participle(token) else MODIFIER_DEPS
    modifiers = [index[child.i] for child in token.children
                 if child.dep_ in deps and child.i in index]
    if not modifiers:
        # "Vietnamese defense chief Gen. Lich": the actor modifies a modifier of the head;
        # "Wells, a senior US official": or an apposition that is a mention or a title (not "Merapi,
        # Indonesia's most active volcano"); "the ISIS-held area"
        for child in token.children:
            chains = child.dep_ in CHAIN_DEPS or _is_hyphen_participle(child)
            if child.dep_ == "appos" and child.i in index:
                return Actors((index[child.i],), True)
            if child.dep_ == "appos" and child.pos_ == "PROPN" and depth < MAX_NAMING_DEPTH:
                # "Oshima, the United Nations Emergency Relief Coordinator": a title
                named = resolve_actors(child, index, depth=depth + 1)
                if named.mentions:
                    return Actors(named.mentions, True)
            if chains and child.i not in index and depth < MAX_NAMING_DEPTH:
                chained = _named_by(child, index, depth + 1)
                if chained.mentions:
                    return chained
    return Actors(_unique(modifiers), True)


def _is_hyphen_participle(token: Token) -> bool:
    """"Saudi-led", "Russia-backed": a participle whose actor is hyphened to it."""
    return (token.tag_ == "VBN" and token.dep_ == "amod" and token.i > 0
            and token.doc[token.i - 1].text == "-")


def _conjuncts(token: Token) -> Sequence[Token]:
    """The conjuncts coordinated after ``token``: "China and Russia" → Russia for China."""
    return [conj for conj in token.conjuncts if conj.i > token.i]


def _unique(mentions: Iterable[ActorMention]) -> tuple[ActorMention, ...]:
    return tuple({id(mention): mention for mention in mentions}.values())


def subject_tokens(verb: Token) -> tuple[tuple[Token, ...], bool]:
    """The subject(s) of ``verb`` and whether they were inherited from another clause.

    Passive clauses give their agent ("was attacked by X"); a conjoined verb without a subject
    takes its head's; an infinitive takes its governor's object (after "ask", "urge" …) or subject.
    """
    agents = [pobj for child in verb.children if child.dep_ == "agent"
              for pobj in child.children if pobj.dep_ == "pobj"]
    if agents or any(child.dep_ == "nsubjpass" for child in verb.children):
        return tuple(agents), False
    subjects = [child for child in verb.children if child.dep_ in SUBJECT_OR_EXPLETIVE_DEPS
                and child.dep_ != "expl"]
    if subjects:
        if verb.dep_ == "relcl" and subjects[0].lower_ in RELATIVE_PRONOUNS:
            return (verb.head,), True
        return tuple(subjects), False
    head = verb.head
    if head == verb:
        return (), False
    if verb.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}:
        return subject_tokens(head)[0], True
    if verb.dep_ == "acomp" and head.pos_ in {"VERB", "AUX"}:
        # "is willing to withdraw": the adjective's subject is its copula's
        return subject_tokens(head)[0], False
    if verb.dep_ == "xcomp":
        objects = [child for child in head.children if child.dep_ in OBJECT_DEPS]
        if head.lemma_ in OBJECT_CONTROL and objects:
            return tuple(objects), True
        return subject_tokens(head)[0], True
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return subject_tokens(head)[0], True
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return (head,), True
    return (), False


def is_agentless_passive(verb: Token) -> bool:
    """A passive verb without a by-agent: "were killed", "soldiers wounded in …"."""
    if any(child.dep_ == "agent" for child in verb.children):
        return False
    return (any(child.dep_ == "nsubjpass" for child in verb.children)
            or (verb.dep_ in {"acl", "conj"} and verb.tag_ == "VBN"))


def circumstance_agents(verb: Token, is_event_noun: Callable[[Token], bool]) -> tuple[Token, ...]:
    """Who did what an agentless passive reports, when an event noun of its circumstance names
    them: "were killed in a clash with IS fighters", "wounded in an Israeli air strike",
    "died during an attack by rebels". ``is_event_noun`` says which nouns are events."""
    verbs = [verb, *verb.conjuncts]
    verbs += [child for member in verb.conjuncts for child in member.children
              if child.dep_ == "acl" and child.tag_ == "VBN"]
    for member in verbs:
        for prep in member.children:
            if prep.dep_ != "prep" or prep.lower_ not in CIRCUMSTANCE_PREPS:
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and is_event_noun(noun):
                    agents = event_noun_agents(noun)
                    if agents:
                        return agents
    return ()


def event_noun_agents(noun: Token) -> tuple[Token, ...]:
    """Who performs an event noun: its by-object, its modifiers ("an Israeli air strike") and, for
    a fight, the party it is with."""
    by = [pobj for child in noun.children
          if child.dep_ == "prep" and child.lower_ in AGENT_PREPOSITIONS
          for pobj in child.children if pobj.dep_ == "pobj"]
    if by:
        return tuple(by)
    owners = tuple(child for child in noun.children if child.dep_ in MODIFIER_DEPS)
    if noun.lemma_.lower() in MUTUAL_NOUNS:
        owners += tuple(pobj for child in noun.children
                        if child.dep_ == "prep" and child.lower_ == "with"
                        for pobj in child.children if pobj.dep_ == "pobj")
    return owners


def governing_subjects(verb: Token) -> tuple[Token, ...]:
    """The subject of ``verb`` or, failing that, of the nearest verb above it that has one:
    "Blinken highlighted the importance of coordinating … in talks with Qureshi"."""
    for candidate in (verb, *verb.ancestors):
        if candidate.pos_ in {"VERB", "AUX"}:
            subjects, _ = subject_tokens(candidate)
            if subjects:
                return subjects
    return ()


def passive_subjects(verb: Token) -> tuple[Token, ...]:
    """What a passive verb acts on: its subject, or the noun a participle modifies."""
    subjects = tuple(child for child in verb.children if child.dep_ == "nsubjpass")
    if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBN":
        return (verb.head,)
    return subjects


def object_tokens(token: Token) -> tuple[Token, ...]:
    """Direct and indirect objects of a verb."""
    return tuple(child for child in token.children if child.dep_ in OBJECT_DEPS)


def prep_objects(token: Token, preps: Iterable[str] = TARGET_PREPS) -> list[tuple[str, Token]]:
    """(preposition, object) pairs under ``token``, ordered by how telling the preposition is."""
    order = {prep: rank for rank, prep in enumerate(preps)}
    pairs = [
        (child.lower_, pobj)
        for child in token.children
        if child.dep_ in {"prep", "prt", "dative"} and child.lower_ in order
        for pobj in child.children
        if pobj.dep_ == "pobj"
    ]
    return sorted(pairs, key=lambda pair: order[pair[0]])
