"""Word senses from what goes with a lexicon word (``events/verb_senses.tsv``): what is sent,
given or received, who or what does it, what its prepositions govern, a clause as the complement,
a preposition attached to the word."""

from __future__ import annotations

import pytest
from decision_candidates import text_candidates
from spacy.language import Language

from tacitus.events.lexicon import load_lexicon
from tacitus.events.ontology import load_ontology
from tacitus.events.senses import NO_EVENT, load_senses, sense_cues, word_sense
from tacitus.wordlists import word_set


def _codes(nlp: Language, text: str, trigger: str) -> set[str]:
    _, _, _, candidates = text_candidates(nlp, text)
    return {candidate.event.cameo for candidate in candidates
            if trigger.lower() in candidate.event.trigger.lower()}


@pytest.mark.parametrize(("text", "trigger", "root"), [
    # what is given or sent decides whether it is aid
    ("Sweden sent a letter to the Norwegian prime minister on Monday.", "sent", None),
    ("The Danish cabinet will send the report to parliament next week.", "send", None),
    ("The Finnish general gave orders to the Estonian garrison.", "gave", None),
    ("Norway sent food to the flooded villages of Sweden.", "sent", "07"),
    ("Denmark gave money to the Swedish relief fund.", "gave", "07"),
    ("The Estonian envoy gave an assurance that Latvia would be consulted.", "gave", "03"),
    # a host receives visitors, not papers or pardons
    ("The Latvian minister received instructions from the Lithuanian embassy.", "received",
     None),
    ("The Polish president received the Czech foreign minister in Warsaw.", "received", "04"),
    # admitting a fault is no asylum
    ("The Austrian chancellor admitted that Hungary had been misled.", "admitted", None),
    ("Austria admitted the Hungarian refugees at the border crossing.", "admitted", "07"),
    # engaging in a practice is no fighting
    ("Slovenia engaged in lengthy consultations with Croatia.", "engaged", None),
    # a question asked is no appeal; an actor asked to act is
    ("The Dutch minister asked the Belgian envoy what the plan would cost.", "asked", None),
    ("The Dutch minister asked the Belgian envoy to withdraw the plan.", "asked", "02"),
    # a quoted question with "asked" as its cue, opening with a wh-word or ending in "?"
    ('The Dutch minister met the Belgian envoy. "Why did Brussels wait so long?" she asked.',
     "asked", None),
    ('The Dutch minister met the Belgian envoy. "Will Belgium pay for the dyke?" she asked.',
     "asked", None),
    ('The Dutch minister met the Belgian envoy and asked him to "pay for the dyke at once."',
     "asked", "02"),
    # releasing figures publishes them; releasing prisoners frees them
    ("The Greek police released video of the clashes in Athens.", "released", None),
    ("Turkey released the Greek fishermen on Sunday.", "released", "08"),
    # taking over a post, or as its holder, is a succession; taking over a town an occupation
    ("After the Irish minister resigned, his deputy took over.", "took over", None),
    ("The Irish deputy took over the presidency of the Scottish council.", "took over", None),
    ("Irish troops took over the Scottish town on Monday.", "took over", "19"),
    # a telephone call with a leader is a consultation, a call for calm an appeal
    ("Romania held a call with the Bulgarian president on Friday.", "call", "04"),
    ("The Romanian call for calm in Bulgaria went unanswered.", "call", "02"),
    # blocking a way obstructs passage; blocking a bill or a plan rejects it
    ("Bulgarian farmers blocked the highway to the Romanian border.", "blocked", "14"),
    ("Moldovan protesters blocked the crossing into Romania for a day.", "blocked", "14"),
    ("The Bulgarian parliament blocked the Romanian proposal.", "blocked", "12"),
    # apprehending a danger fears it; apprehending suspects arrests them
    ("The Czech minister said he apprehended a threat from Slovakia.", "apprehended", None),
    ("Slovak police apprehended two Czech smugglers at the border.", "apprehended", "17"),
    # what is sent: forces are mobilised, weapons are military aid, a named envoy is no aid
    ("Iceland sent troops to the Faroese border on Tuesday.", "sent", "15"),
    ("Cyprus sent tanks and helicopters into the northern villages.", "sent", "15"),
    ("Kenya sent police to the Somali border.", "sent", "15"),
    ("Portugal sent rifles and ammunition to the Angolan army.", "sent", "07"),
    ("Finland sent an envoy to Moscow to discuss the border.", "sent", None),
    # beating a side in a contest is a game or a vote, beating people an assault
    ("Russia beat Croatia in the Davis Cup final on Sunday.", "beat", None),
    ("Germany beat France 2-1 in the World Cup semifinal.", "beat", None),
    ("Russian police beat the protesters in the square.", "beat", "18"),
    # workers strike as a labour action; weather strikes no one; warplanes attack
    ("Bulgarian teachers struck for a third day over pay.", "struck", "14"),
    ("A strike by Greek dock workers closed the port of Piraeus.", "strike", "14"),
    ("A strong earthquake struck the Greek island of Crete.", "struck", None),
    ("Turkish warplanes struck Kurdish positions in northern Iraq.", "struck", "19"),
    ("An Israeli air strike killed three militants in Gaza.", "strike", "19"),
    # a storm, a record or an economic fall hits without an attack; artillery attacks
    ("A cyclone hit the coast of Bangladesh on Monday.", "hit", None),
    ("Indian shares hit a record high on Friday.", "hit", None),
    ("The Nepalese economy was hit by the fall in tourism.", "hit", None),
    ("Pakistani artillery hit Indian positions in Kashmir.", "hit", "19"),
    ("A wave of bombings hit Baghdad on Sunday.", "hit", "19"),
    # firing a minister dismisses him; firing rockets attacks
    ("The Ugandan president fired his finance minister on Monday.", "fired", None),
    ("Rebels fired rockets at the Afghan capital.", "fired", "19"),
    # charging that something happened accuses; charging people with a crime is legal action
    ("The Egyptian opposition charged that the government rigged the vote.", "charged", "11"),
    ("Jordanian prosecutors charged three men with plotting attacks.", "charged", "17"),
    # cutting rates or prices reduces no relations; cutting ties does
    ("The Lebanese central bank cut interest rates again.", "cut", None),
    ("The Iraqi government cut fuel prices by ten percent.", "cut", None),
    ("Syria cut diplomatic ties with Qatar.", "cut", "16"),
    # meeting a target or a deadline is no meeting
    ("Vietnam has met its export target for the year.", "met", None),
    ("Thailand met the deadline set by the Cambodian government.", "met", None),
    ("The Chinese president met the Japanese prime minister in Beijing.", "met", "04"),
    # seizing or capturing a chance or attention takes nothing from anyone
    ("The Malaysian opposition seized the opportunity to criticise Indonesia.", "seized", None),
    ("The Ecuadorian film captured the attention of Peru.", "captured", None),
    ("Myanmar troops seized the border town from the rebels.", "seized", "17"),
    # attacking a plan or attacking in a speech is criticism; attacking a post is force
    ("The Filipino opposition attacked the government's budget plan.", "attacked", "11"),
    ("The Peruvian president attacked the opposition in a speech.", "attacked", "11"),
    ("Filipino rebels attacked an army post on Mindanao.", "attacked", "19"),
    # fighting an ill or a fire is no fighting; fighting rebels is
    ("Peru is fighting an outbreak of cholera.", "fighting", None),
    ("Greek firefighters fought the blaze for three days.", "fought", None),
    ("Colombian troops fought the rebels in the jungle.", "fought", "19"),
    # storming out of a meeting is a walk-out, not an assault
    ("The Chilean minister stormed out of the meeting with Argentina.", "stormed", None),
    ("Bolivian police stormed the occupied parliament building.", "stormed", "19"),
    # a town or a team beaten is a game; people beaten are assaulted
    ("Minnesota beat Buffalo on Saturday night.", "beat", None),
    ("Israeli soldiers beat two Palestinian teenagers at a checkpoint.", "beat", "18"),
    # one who returns somewhere hands nothing back; prisoners returned are released
    ("The Afghan ambassador returned to Kabul on Monday.", "returned", None),
    ("Calm has returned to the Kenyan capital.", "returned", None),
    ("Iraq returned the Kuwaiti prisoners of war.", "returned", "08"),
    # executing a plan, shooting a film, freezing prices and killing a bill harm no one
    ("The Saudi government executed the plan without delay.", "executed", None),
    ("Iran executed two Kurdish activists on Thursday.", "executed", "18"),
    ("The Nigerian crew shot a film about the war in Biafra.", "shot", None),
    ("Nigerian soldiers shot three protesters in Lagos.", "shot", "19"),
    ("The Ghanaian government froze fuel prices for a year.", "froze", None),
    ("The Senate killed the Mexican trade bill.", "killed", "12"),
    ("The Russian army killed dozens of Chechen rebels.", "killed", "19"),
    # a call from a leader or a capital is a telephone call; a call from one for an act an appeal
    ("The Kenyan president received a call from the Ugandan leader on Monday.", "call", "04"),
    ("The prime minister took a call from the Chinese president.", "call", "04"),
    ("Despite calls from Washington for restraint, Israel continued the strikes.", "calls",
     "02"),
    # honouring a request accedes to it; honouring veterans praises them
    ("The Turkish police honoured a request from the Greek consulate.", "honoured", "08"),
    ("The Turkish president honoured the Greek veterans at a ceremony.", "honoured", "05"),
    # a bomb, a grenade or a mine that explodes or goes off is a bombing; tempers, prices and
    # alarms that do so are none
    ("A bomb exploded outside the Kenyan police station on Monday.", "exploded", "18"),
    ("Two grenades exploded near the Ugandan army barracks.", "exploded", "18"),
    ("An explosive device went off near the Tanzanian embassy.", "went", "18"),
    ("Tempers exploded in the Zambian parliament on Tuesday.", "exploded", None),
    ("Food prices have exploded in the Malawian capital.", "exploded", None),
    ("The fire alarm went off in the Rwandan ministry.", "went", None),
    # telling an actor to act demands it; telling reporters something is no event
    ("The Danish envoy told the Swedish rebels to lay down their arms.", "told", "10"),
    ("The Danish minister told reporters that the talks went well.", "told", None),
    ("The Danish minister told the Swedish envoy about the plan.", "told", None),
    # a span given to act is an ultimatum, not aid
    ("The Swedish army gave the Danish rebels 48 hours to surrender.", "gave", "13"),
    ("Denmark has been given five weeks to end the violence.", "given", "13"),
    # a person captured is detained; a town captured is taken by force
    ("Peruvian police captured the Bolivian smuggler near the border.", "captured", "17"),
    ("Bolivian troops captured the rebel commander on Friday.", "captured", "17"),
    ("The Bolivian rebels captured the border town of Uyuni.", "captured", "19"),
    # one sent to jail is detained; evidence given at a hearing is no aid
    ("The Kenyan opposition leader was sent to jail by a Nairobi court.", "sent", "17"),
    ("The Somali officials were giving evidence at the Kenyan inquiry.", "giving", None),
    # dismissing or rejecting an allegation denies it; rejecting a plan refuses it
    ("The Sudanese minister dismissed reports that Chad had closed the border.", "dismissed",
     "016"),
    ("Ethiopia rejected reports that its troops had entered Eritrea.", "rejected", "016"),
    ("Ethiopia rejected the Eritrean peace plan on Monday.", "rejected", "12"),
])
def test_the_sense_follows_what_goes_with_the_word(nlp: Language, text: str, trigger: str,
                                                   root: str | None) -> None:
    codes = _codes(nlp, text, trigger)
    if root is None:
        assert not codes
    else:
        assert codes
        assert all(code.startswith(root) for code in codes)


def test_cues_name_the_classes_of_the_doer_and_of_what_a_preposition_governs(
        nlp: Language) -> None:
    struck = next(token for token in nlp("An earthquake struck the island.")
                  if token.lower_ == "struck")
    hit = next(token for token in nlp("The economy was hit by the storm.")
               if token.lower_ == "hit")
    beat = next(token for token in nlp("Spain beat Italy in the final.")
                if token.lower_ == "beat")
    fired = next(token for token in nlp("The president fired his finance minister.")
                 if token.lower_ == "fired")
    assert "doer:impersonal_forces" in sense_cues(struck)
    assert "doer:impersonal_forces" in sense_cues(hit)
    assert "within:contest_nouns" in sense_cues(beat)
    assert "object:side" in sense_cues(beat)
    assert "object:person" in sense_cues(fired)


def test_cues_name_the_object_class_the_clause_and_the_preposition(nlp: Language) -> None:
    admitted = next(token for token in nlp("The minister admitted that the plan failed.")
                    if token.lower_ == "admitted")
    sent = next(token for token in nlp("The minister sent a memo.") if token.lower_ == "sent")
    engaged = next(token for token in nlp("The firm engaged in talks.")
                   if token.lower_ == "engaged")
    assert "clause" in sense_cues(admitted)
    assert "object:message_nouns" in sense_cues(sent)
    assert "prep:in" in sense_cues(engaged)
    sense = word_sense(sent, "send")
    assert sense is not None
    assert sense.cameo is None


def test_the_table_is_valid() -> None:
    table = load_senses()
    ontology = load_ontology()
    verbs = {" ".join(entry.words) for entry in load_lexicon().entries
             if entry.kind in {"verb", "noun", "particle", "prep"}}
    for lemma, senses in table.senses.items():
        assert lemma in verbs, lemma
        for sense in senses:
            assert sense.cameo is None or sense.cameo in ontology
    for name, words in table.classes.items():
        assert words == word_set(name)
    assert NO_EVENT == "-"


@pytest.mark.parametrize(("text", "trigger", "coded"), [
    ("Spanish riot police moved into the Portuguese square.", "riot", False),
    ("The Portuguese aid workers left the Spanish camp.", "aid", False),
    ("A riot broke out in the Portuguese town after the Spanish match.", "riot", True),
    ("Portugal ended its mediation efforts with Spain.", "mediation", True),
])
def test_a_noun_that_modifies_a_noun_names_a_kind_not_an_act(nlp: Language, text: str,
                                                             trigger: str, coded: bool) -> None:
    assert bool(_codes(nlp, text, trigger)) is coded


def test_a_bomb_that_explodes_is_a_bombing_by_an_unnamed_doer(nlp: Language) -> None:
    _, _, _, candidates = text_candidates(
        nlp, "A bomb exploded outside a Kenyan police station on Monday.")
    pairs = {(candidate.event.source.code, candidate.event.target.code
              if candidate.event.target else None)
             for candidate in candidates if candidate.event.trigger == "exploded"}
    assert ("", "KENCOP") in pairs


def test_cues_tell_a_to_infinitive_and_every_reading(nlp: Language) -> None:
    told = next(token for token in nlp("The envoy told the rebels to disarm.")
                if token.lower_ == "told")
    said = next(token for token in nlp("The envoy told reporters that it went well.")
                if token.lower_ == "told")
    assert "no_infinitive" not in sense_cues(told)
    assert "no_infinitive" in sense_cues(said)
    assert "otherwise" in sense_cues(told)



@pytest.mark.parametrize(("text", "trigger", "root"), [
    ("Estonian opposition lawmakers heckled the prime minister in parliament.", "heckled", "11"),
    ("The Lithuanian president snubbed the Polish envoy on Monday.", "snubbed", "12"),
    ("Rioters ransacked the offices of the Slovak ruling party.", "ransacked", "17"),
    ("Czech troops recaptured the border town from the rebels.", "recaptured", "19"),
    ("The Hungarian government closed down the offices of the opposition party.", "closed",
     "17"),
])
def test_verbs_of_news_reports_the_lexicon_codes(nlp: Language, text: str, trigger: str,
                                                 root: str) -> None:
    codes = _codes(nlp, text, trigger)
    assert codes
    assert all(code.startswith(root) for code in codes)
