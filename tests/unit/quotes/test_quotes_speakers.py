"""Speaker attribution the way news is written: one case per pattern, on sentences made up here."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tacitus.actors.places import make_locator
from tacitus.actors.regions import load_regions
from tacitus.model import Actor, ActorMention
from tacitus.quotes import make_quote_finder


def speakers(quotes: Any) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker.code if q.speaker else None, q.speaker_text) for q in quotes]


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param(
            "Blinken met reporters in Washington on Monday. “We have nothing against Qureshi"
            " personally,” he said.",
            [("Blinken", "BLINKEN"), ("Qureshi", "QURESHI")],
            [("We have nothing against Qureshi personally", "USAGOV", "he")],
            id="never-a-name-inside-the-quote"),
        pytest.param(
            "“We will stay the course,” Blinken said on Friday.\n“The talks go on next week and"
            " we will be there.”",
            [("Blinken", "BLINKEN")],
            [("We will stay the course", "USAGOV", "Blinken"),
             ("The talks go on next week and we will be there.", "USAGOV", "Blinken")],
            id="a-continuing-paragraph-keeps-the-speaker"),
        pytest.param(
            "“The border will stay closed for now,” according to Qureshi.",
            [("Qureshi", "QURESHI")],
            [("The border will stay closed for now", "PAKGOV", "Qureshi")],
            id="according-to"),
        pytest.param(
            "“We are ready to talk to anyone,” Qureshi told reporters in Islamabad.",
            [("Qureshi", "QURESHI")],
            [("We are ready to talk to anyone", "PAKGOV", "Qureshi")],
            id="told-reporters"),
        pytest.param(
            "In a statement, the US State Department said the embassy would reopen in May.",
            [("US State Department", "USAGOV")],
            [("the embassy would reopen in May", "USAGOV", "US State Department")],
            id="in-a-statement-the-body-said"),
        pytest.param(
            "The mining lobbyist Mitch Hooke spoke in Canberra on Monday. “Consumers see no"
            " benefit in these products,” he said.",
            [],
            [("Consumers see no benefit in these products", None, "Mitch Hooke")],
            id="a-pronoun-is-the-person-named-before-it"),
        pytest.param(
            "Mary Stone won the final on Sunday. She says her coach John Berg was behind the"
            " win. “I trained with him all week and it paid off,” she said.",
            [],
            [("her coach John Berg was behind the win", None, "Mary Stone"),
             ("I trained with him all week and it paid off", None, "Mary Stone")],
            id="a-pronoun-follows-the-main-subject-not-a-name-in-its-clause"),
        pytest.param(
            "“We will hand over the city on Friday,” former Taliban envoy to Pakistan Ahmad"
            " Karimi told reporters.",
            [("Taliban envoy", "TAL")],
            [("We will hand over the city on Friday", "TAL",
              "Taliban envoy to Pakistan Ahmad Karimi")],
            id="a-name-beside-the-title-is-part-of-the-speaker"),
        pytest.param(
            "The ministry spokeswoman, Jane Roe, met the press on Monday. “We will not accept"
            " these terms,” the spokeswoman said.",
            [],
            [("We will not accept these terms", None, "Jane Roe")],
            id="a-description-is-the-person-it-introduced"),
        pytest.param(
            "The US State Department issued new rules on Monday. “The rules apply from today"
            " to every embassy,” the department said.",
            [("US State Department", "USAGOV")],
            [("The rules apply from today to every embassy", "USAGOV", "the department")],
            id="a-description-is-the-body-named-before"),
        pytest.param(
            "The Pakistani Police Academy announced the plan in May. At the time, the agency"
            " said it would not pay for it.",
            [("Pakistani Police Academy", "PAKCOP")],
            [("it would not pay for it", "PAKCOP", "the agency")],
            id="a-body-described-anew-is-the-body-that-spoke-before"),
        pytest.param(
            "Jane Roe, a physician in the city, wrote the letter on Monday. “We will act before"
            " the winter,” the physicians stated.",
            [],
            [("We will act before the winter", None, "the physicians")],
            id="a-plural-description-is-never-one-person"),
        pytest.param(
            "Blinken met reporters in Washington. “Who will pay for the damage?” Qureshi asked."
            " “I suspect the traders will,” alleged Blinken.",
            [("Blinken", "BLINKEN"), ("Qureshi", "QURESHI")],
            [("Who will pay for the damage?", "PAKGOV", "Qureshi"),
             ("I suspect the traders will", "USAGOV", "Blinken")],
            id="asked-and-alleged-attribute-words"),
        pytest.param(
            "Qureshi said on Monday that the traders have announced a march.\n“It will be a"
            " long day for the city.”",
            [("Qureshi", "QURESHI")],
            [("the traders have announced a march", "PAKGOV", "Qureshi"),
             ("It will be a long day for the city.", "PAKGOV", "Qureshi")],
            id="a-continuing-quote-is-the-reporter-s-not-the-reported-s"),
        pytest.param(
            "The former minister, Ali Khan, spoke in Lahore on Monday. Tom Berg arrived later."
            " The minister warned that the city was unsafe. “Who will pay for this?” he asked.",
            [],
            [("the city was unsafe", None, "Ali Khan"), ("Who will pay for this?", None,
                                                         "Ali Khan")],
            id="he-after-a-description-is-the-person-it-introduced"),
        pytest.param(
            "Tom Berg, the VHP general secretary, spoke on Monday. Ali Khan, the BJP general"
            " secretary, spoke later. “We will march on Friday,” the VHP general secretary said.",
            [],
            [("We will march on Friday", None, "Tom Berg")],
            id="a-description-with-a-name-is-the-person-introduced-with-it"),
        pytest.param(
            "Qureshi issued a short statement after the ruling on Monday. “The court has spoken"
            " and we will obey it.”",
            [("Qureshi", "QURESHI")],
            [("The court has spoken and we will obey it.", "PAKGOV", "Qureshi")],
            id="a-quotation-after-a-statement-is-its-giver-s"),
        pytest.param(
            "Qureshi called the new plan “reckless,” according to the Dawn newspaper.",
            [("Qureshi", "QURESHI")],
            [("Qureshi called the new plan “reckless", None, "the Dawn newspaper"),
             ("reckless", "PAKGOV", "Qureshi")],
            id="according-to-a-paper-names-who-reported-the-words-not-who-said-them"),
        pytest.param(
            "The raid ended at noon. “We got them, we got them!” officers announced on their"
            " radios.",
            [("officers", "PAKCOP")],
            [("We got them, we got them!", "PAKCOP", "officers")],
            id="a-cue-after-an-exclamation-the-parser-split-off"),
        pytest.param(
            "The envoy at the talks in China said the group would attend.",
            [("China", "CHN")],
            [("the group would attend", None, "The envoy at the talks in China")],
            id="never-the-code-of-a-place-beside-the-speaker"),
        pytest.param(
            "The plan was backed by Qureshi, who said “we will get it done this year” on"
            " Monday.",
            [("Qureshi", "QURESHI")],
            [("we will get it done this year", "PAKGOV", "Qureshi")],
            id="who-said-is-the-person-the-clause-describes"),
        pytest.param(
            "“The border will open, sooner than the plan” announced in May, said Qureshi.",
            [("Qureshi", "QURESHI")],
            [("The border will open, sooner than the plan", "PAKGOV", "Qureshi")],
            id="a-speech-verb-describing-a-noun-is-not-the-cue"),
        pytest.param(
            "“Prices will fall this year,” said Ali Khan, a China scholar.",
            [("China", "CHN")],
            [("Prices will fall this year", None, "Ali Khan, a China scholar")],
            id="a-country-a-role-is-about-is-not-the-speaker-s"),
        pytest.param(
            "Pakistani forces did not say how many people were held.",
            [("Pakistani", "PAK")], [], id="a-denied-saying-is-no-quote"),
        pytest.param(
            "Ana Ruiz warned on Monday that the port would close. Speaking in parliament, the"
            " Conservative MP said: “It does not need to be like this.”",
            [],
            [("the port would close", None, "Ana Ruiz"),
             ("It does not need to be like this.", None, "Ana Ruiz")],
            id="a-capitalised-title-is-the-person-the-sentences-were-about"),
        pytest.param(
            "The region must stay alert, warns health agency Director Carissa Moreau. The"
            " Director noted that “the next wave will come with the winter.”",
            [],
            [("The region must stay alert", None, "health agency Director Carissa Moreau"),
             ("the next wave will come with the winter.", None, "Carissa Moreau")],
            id="a-capitalised-title-is-the-person-it-introduced"),
        pytest.param(
            "Then the 24-year-old Brannock wore down a stubborn Pierre Dumont to win in 80"
            " minutes. The Poles lost last year to Dutch pair Anna Smit and Jan de Vries in the"
            " final. Brannock said the win was a fine start to the season. “I was nervous at"
            " the end,” he said.",
            [],
            [("the win was a fine start to the season", None, "Brannock"),
             ("I was nervous at the end", None, "Brannock")],
            id="a-surname-that-speaks-is-a-person-whatever-the-parser-saw"),
        pytest.param(
            "Ana Ruiz spoke to reporters in Lagos on Friday. Asked whether the mayor Tom Berg"
            " could form a government without the votes, she said: “I do not know that.”",
            [],
            [("the mayor Tom Berg could form a government without the votes", None, "Ana Ruiz"),
             ("I do not know that.", None, "Ana Ruiz")],
            id="the-person-a-question-names-never-answers-it"),
        pytest.param(
            "The Labour leader, Ana Ruiz, says the party will change. Ms Ruiz says the old"
            " leaders know what must be done. “We need their guidance now,” the Opposition"
            " leader said.",
            [],
            [("the party will change", None, "The Labour leader, Ana Ruiz,"),
             ("the old leaders know what must be done", None, "Ms Ruiz"),
             ("We need their guidance now", None, "Ms Ruiz")],
            id="a-title-with-other-words-is-the-person-it-introduced-if-just-spoken-of"),
        pytest.param(
            "The Labour leader, Ana Ruiz, says the party will change. Tom Berg says the old"
            " leaders know what must be done. “We need their guidance now,” the Opposition"
            " leader said.",
            [],
            [("the party will change", None, "The Labour leader, Ana Ruiz,"),
             ("the old leaders know what must be done", None, "Tom Berg"),
             ("We need their guidance now", None, "the Opposition leader")],
            id="a-title-with-other-words-is-nobody-introduced-if-another-was-spoken-of"),
    ],
)
def test_speaker_patterns(analyse: Any, text: str, phrases: list[tuple[str, ...]],
                          expected: list[tuple[str, str | None, str]]) -> None:
    quotes, _ = analyse(text, phrases)
    assert speakers(quotes) == expected


SET_IN_PAKISTAN = ("Pakistan reopened the border on Monday. Traders in Pakistan welcomed the"
                   " move. “We expect business to pick up soon,” said ")
EXPECTED = "We expect business to pick up soon"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(SET_IN_PAKISTAN + "Ali Khan, a trader.",
                     [(EXPECTED, "PAK", "Ali Khan, a trader")], id="set-in-one-country"),
        pytest.param(
            "Pakistan and China reopened the border on Monday, and Russia welcomed the move."
            " “We expect business to pick up soon,” said Ali Khan, a trader.",
            [(EXPECTED, None, "Ali Khan, a trader")], id="no-country-dominates"),
        pytest.param(
            "Pakistan reopened the border with China. Pakistan and China signed a deal, and"
            " Russia welcomed it. Pakistan hopes for more. Pakistan is ready. “We expect business"
            " to pick up soon,” said Ali Khan, a trader.",
            [(EXPECTED, "PAK", "Ali Khan, a trader")], id="twice-as-often-as-any-other"),
        pytest.param(SET_IN_PAKISTAN + "chief executive Andy Roe.",
                     [(EXPECTED, "PAKBUS", "chief executive Andy Roe")],
                     id="a-person-known-by-a-title-alone"),
        pytest.param(SET_IN_PAKISTAN + "UN envoy Jan Doe.",
                     [(EXPECTED, "UNO", "UN envoy Jan Doe")],
                     id="an-organisation-is-nobody-s-country"),
    ],
)
def test_a_speaker_without_a_country_takes_the_country_the_article_is_set_in(
        analyse: Any, text: str, expected: list[tuple[str, str | None, str]]) -> None:
    quotes, _ = analyse(text, [("Pakistan", "PAK"), ("China", "CHN"), ("Russia", "RUS"),
                               ("chief executive Andy Roe", "ROE", None, "title"),
                               ("UN envoy Jan Doe", "DOE", None, "title")])
    assert speakers(quotes) == expected


def test_bodies_placed_by_the_text_count_for_the_setting(analyse: Any) -> None:
    """Pakistan is named once, but the police the story places in it act twice more."""
    text = ("Pakistan reopened the border on Monday. The police said the crossing was calm, and"
            " the police said more lorries would pass. “We expect business to pick up soon,”"
            " said Ali Khan, a trader.")
    quotes, _ = analyse(text, [("Pakistan", "PAK"), ("police", "PAKCOP", None, "anaphor")])
    assert speakers(quotes)[-1] == ("We expect business to pick up soon", "PAK",
                                    "Ali Khan, a trader")


def test_a_news_agency_sets_no_story_in_its_country(analyse: Any) -> None:
    text = ("The company told Reuters it would hire again, and a second source confirmed it to"
            " Reuters. “We expect business to pick up soon,” said Ali Khan, a trader.")
    quotes, _ = analyse(text, [("Reuters", "REUTERS")])
    assert speakers(quotes)[-1] == ("We expect business to pick up soon", None,
                                    "Ali Khan, a trader")


def test_the_towns_a_story_names_set_it_in_their_country(nlp: Language,
                                                          article_for: Any) -> None:
    """No country is named, but the towns are Australian: an unknown speaker is Australian; with
    no gazetteer to read the towns, no country."""
    text = ("The airline will fly from Cairns to Brisbane and on to Perth from March. “We expect"
            " business to pick up soon,” said Ali Khan, a trader.")
    doc = nlp(text)
    article = article_for(text)
    with_towns = make_quote_finder(make_locator())(doc, [], article)
    without = make_quote_finder()(doc, [], article)
    assert speakers(with_towns)[-1][1] == "AUS"
    assert speakers(without)[-1][1] is None


@pytest.mark.parametrize(
    ("others", "expected"),
    [
        pytest.param("Pakistan and Pakistan and Pakistan", "AUS", id="two-sides-the-towns-decide"),
        pytest.param("Pakistan, China, Russia, Pakistan, China, Russia, Pakistan, China and"
                     " Russia", None, id="many-nations-no-setting"),
    ],
)
def test_the_towns_set_a_story_whose_actors_are_mostly_of_two_countries(
        nlp: Language, mentions_for: Any, article_for: Any, others: str,
        expected: str | None) -> None:
    """Foreign actors outnumber Australia's, but the towns are all Australian: a story between
    two sides is set where its towns are; among many nations (a tournament) it is set nowhere."""
    text = (f"Talks with {others} went on. Australia was there too. Farmers met in Cairns,"
            " then in Brisbane and in Perth. “We expect business to pick up soon,” said Ali"
            " Khan, a trader.")
    doc = nlp(text)
    mentions = mentions_for(doc, [("Pakistan", "PAK"), ("China", "CHN"), ("Russia", "RUS"),
                                  ("Australia", "AUS")])
    quotes = make_quote_finder(make_locator())(doc, mentions, article_for(text))
    assert speakers(quotes)[-1][1] == expected


def test_a_quotation_over_several_paragraphs_keeps_its_speaker(analyse: Any) -> None:
    """The third paragraph is two paragraphs from the cue: it goes on the second one's speaker."""
    text = ("The trader spoke on Monday.\n“We will not give up,” said Blinken.\n“The market is"
            " open and we will sell. Prices are high. Costs are higher. The roads are bad.\n“But"
            " the border must stay open, or we lose everything.”\nAnother trader was less sure.")
    quotes, _ = analyse(text, [("Blinken", "BLINKEN")])
    assert [code for _, code, _ in speakers(quotes)] == ["USAGOV", "USAGOV", "USAGOV"]


def test_she_never_goes_to_a_man_the_text_calls_mr(analyse: Any) -> None:
    text = ("Ms Jane Roe met Mr Ali Khan in Kabul. Mr Khan spoke first. “We will go back,” she"
            " said. “So will we,” he said.")
    quotes, _ = analyse(text, [])
    assert [speaker.split()[-1] for _, _, speaker in speakers(quotes)] == ["Roe", "Khan"]


SET_IN_CHINA = ("China reopened the border on Monday. Traders in China and the Chinese government"
                " welcomed the move. “We expect business to pick up soon,” said ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(SET_IN_CHINA + "Ali Khan, an economist at Pakistan's central bank. “Prices"
                     " will fall,” Khan said.",
                     ["PAK", "PAK"], id="a-body-named-beside-the-speaker-beats-the-setting"),
        pytest.param(SET_IN_CHINA + "Ali Khan, an adviser for Pakistan. “Prices will fall,” he"
                     " said.",
                     ["PAK", "PAK"], id="the-stated-country-follows-the-person"),
        pytest.param(SET_IN_CHINA + "Sen. Ann Lee, D-Calif. “Prices will fall,” Lee said.",
                     ["USA", "USA"], id="a-party-and-state-tag-is-a-us-legislator"),
        pytest.param(SET_IN_CHINA + "Ali Khan, the envoy to Pakistan.",
                     ["CHN"], id="not-a-country-the-speaker-is-sent-to"),
        pytest.param(SET_IN_CHINA + "Ali Khan, a trader at the talks in Pakistan.",
                     ["CHN"], id="not-a-place-where-the-speaker-is"),
        pytest.param(SET_IN_CHINA + "Ali Khan, a chemist at the Harwell Medical Clinic in"
                     " Britain.", ["GBR"], id="the-country-a-named-body-is-in"),
        pytest.param(SET_IN_CHINA + "Ali Khan, a professor of physics at the University of"
                     " Nebraska.", ["USA"], id="an-american-state-in-a-body-s-name"),
        pytest.param(SET_IN_CHINA + "Ali Khan, a trader at the talks in Britain.",
                     ["CHN"], id="not-the-country-of-a-place-where-the-speaker-is"),
    ],
)
def test_the_speaker_s_own_description_states_their_country(
        analyse: Any, text: str, expected: list[str]) -> None:
    quotes, _ = analyse(text, [("China", "CHN"), ("Chinese", "CHN"), ("Pakistan", "PAK")])
    assert [code for _, code, _ in speakers(quotes)] == expected


def test_he_after_an_unnamed_spokesman_for_a_body_is_that_body(analyse: Any) -> None:
    """The pronoun stands for the unnamed spokesman of the sentence before, not Jane Roe named
    earlier; a spokesman for a named body speaks for it, not for whoever a guess made him; the
    words that describe him name him (a pronoun says nothing of who he is)."""
    text = ("Jane Roe met the press on Monday. A spokesman for the Pakistani Police Academy said"
            " the road was open. “We will keep it open all week,” he said.")
    quotes, _ = analyse(text, [("spokesman", "USAGOV", None, "anaphor"),
                               ("Pakistani Police Academy", "PAKCOP")])
    assert speakers(quotes) == [
        ("the road was open", "PAKCOP", "A spokesman for the Pakistani Police Academy"),
        ("We will keep it open all week", "PAKCOP",
         "A spokesman for the Pakistani Police Academy")]


def test_a_surname_alone_is_the_person_named_in_full_before(analyse: Any) -> None:
    """The parser may not see a person in a bare surname ("Quill" as an organisation); the name
    given in full earlier says who it is, so "she" goes to Quill, not to the name in her
    object."""
    text = ("Ann Quill and Tom Berg played on Monday. After the song, Quill teed up Berg’s"
            " cameo. “You might remember him from his old band,” she said.")
    quotes, _ = analyse(text, [])
    assert speakers(quotes) == [("You might remember him from his old band", None, "Quill")]


def test_the_american_states_a_story_names_set_it_in_the_united_states(
        nlp: Language, article_for: Any) -> None:
    """No town or country is named, only states: a governor known by her title alone is the
    American government's; "Georgia" the country is an actor and "Virginia Giuffre" a person,
    never a state."""
    text = ("The campaign ran in Nebraska and South Dakota all week, and Iowa will follow. “We are"
            " winning this fight,” said Governor Jane Roe.")
    doc = nlp(text)
    governor = Actor("GOV", "Jane Roe", "person", None, ("governor",))
    start = text.index("Governor Jane Roe")
    span = doc.char_span(start, start + len("Governor Jane Roe"))
    assert span is not None
    mention = ActorMention(governor, span.text, sentence_index=1, token_start=span.start,
                           token_end=span.end, start=start, end=span.end_char, how="title")
    quotes = make_quote_finder(make_locator())(doc, [mention], article_for(text))
    assert speakers(quotes)[-1][1] == "USAGOV"
    assert regions_named(doc) == ["USA", "USA", "USA"]
    # "Georgia" the country, an actor mention: no region
    assert regions_named(nlp("Georgia and Texas"), frozenset({0})) == ["USA"]
    assert regions_named(nlp("Virginia Giuffre spoke to the BBC.")) == []
    # a state as the text's last words, and one in lower case (no place)
    assert regions_named(nlp("The senator flew home to New Mexico")) == ["USA"]
    assert regions_named(nlp("They said ohio twice, then Ohio.")) == ["USA"]


def regions_named(doc: Doc, covered: frozenset[int] = frozenset()) -> list[str]:
    return [code for _, _, code in load_regions().find(doc, covered)]


def test_a_title_never_given_before_describes_the_person_just_named(analyse: Any) -> None:
    """ "the veteran envoy" is a title the text never gave anyone: it is the person the sentence
    before was about, not a new unnamed speaker; a title given before ("the minister") is still
    the one it was given to."""
    text = ("Jan Doe met Pakistani officials in Islamabad on Monday. “We expect progress"
            " soon,” the veteran UN envoy said.")
    quotes, _ = analyse(text, [("Jan Doe", "DOE", None, "title")])
    assert speakers(quotes) == [("We expect progress soon", "UNO", "the veteran UN envoy")]
    # a person the knowledge base does not know keeps the words naming them
    quotes, _ = analyse(text.replace("Jan Doe", "Ali Rahimi"), [])
    assert speakers(quotes) == [("We expect progress soon", None, "Ali Rahimi")]
    # a title that names its holder is that holder, not the person named before
    named = ("Jan Doe met Pakistani officials in Islamabad on Monday. The envoy of Pakistan,"
             " Ali Rahimi, told reporters “We expect progress soon.”")
    quotes, _ = analyse(named, [("Jan Doe", "DOE", None, "title"), ("Pakistan", "PAK")])
    assert speakers(quotes)[-1][1] == "PAK"
    assert "Ali Rahimi" in speakers(quotes)[-1][2]


@pytest.mark.parametrize(("named", "later"), [
    ("Pakistan’s consul to Britain, Wang Jiarui,", "Wang"),
    ("Pakistan’s consul to Britain, Wang Jiarui,", "Jiarui"),
    ("Pakistan’s top consul Wang Jiarui", "Wang Jiarui"),
])
def test_a_name_given_in_full_beside_a_title_keeps_that_office(
        analyse: Any, named: str, later: str) -> None:
    """ "Pakistan's consul to Britain, Wang Jiarui," holds the office the title names; a later
    "Wang said" (a family name may come first) speaks for that government, not for no one."""
    text = (f"{named} visited the port on Monday. Later in the week, {later} said the ships"
            f" would sail again. “The harbour is open to everyone,” {later} said.")
    quotes, _ = analyse(text, [("Pakistan’s consul", "PAKCOP"), ("Pakistan’s top consul",
                                                                 "PAKCOP")])
    assert [code for _, code, _ in speakers(quotes)][-2:] == ["PAKCOP", "PAKCOP"]
    # an office the text never gave the person leaves them as they were
    bare = text.replace(named, "Wang Jiarui")
    quotes, _ = analyse(bare, [])
    assert [code for _, code, _ in speakers(quotes)][-2:] == [None, None]


SET_IN_CHINA_PORT = ("China opened the new port on Monday. China says Chinese ships will use it"
                     " from June, and China will run it. China plans two more ports, and China"
                     " will pay for them. Traders arriving from Pakistan will need"
                     " new papers. ")


@pytest.mark.parametrize(("said", "expected"), [
    pytest.param("“The checks will take a week at most,” an official said.", "CHNCOP",
                 id="a-guess-from-the-sentences-before-gives-way-to-the-setting"),
    pytest.param("An official said the trucks from Pakistan would wait a week.", "PAKCOP",
                 id="a-country-named-in-the-speaker-s-own-sentence-stays"),
    pytest.param("“The checks will take a week at most,” said Pakistani consul Ali Khan.",
                 "PAKGOV", id="a-country-named-in-the-speaker-s-own-title-stays"),
])
def test_an_unnamed_official_is_of_the_setting_not_of_a_country_named_nearby(
        analyse: Any, said: str, expected: str) -> None:
    """The resolver placed "an official" by the latest country named (the traders' Pakistan);
    the story is set in China, and the official's own sentence names no Pakistan."""
    quotes, _ = analyse(SET_IN_CHINA_PORT + said,
                        [("China", "CHN"), ("Chinese", "CHN"), ("Pakistan", "PAK"),
                         ("official", "PAKCOP", None, "anaphor"),
                         ("Pakistani consul Ali Khan", "QURESHI", None, "title")])
    assert speakers(quotes)[-1][1] == expected


def test_an_epithet_for_a_calling_is_the_person_just_named(analyse: Any) -> None:
    """ "the singer" is a word the text never gave anyone: it is the person the sentence before
    was about, and so is the same description used again later; an epithet the knowledge base
    does not hold as a title ("the seer", "the singer") still counts."""
    text = ("Maria Lopez opened the festival on Friday with a new song. “I wrote it on a night"
            " train,” the singer told the crowd. The band then played for an hour. Later, the"
            " singer said: “We will come back here next summer.”")
    quotes, _ = analyse(text, [])
    assert [who for _, _, who in speakers(quotes)] == ["Maria Lopez", "Maria Lopez"]
    # a word for no calling ("the visitor") is left as the words that name it
    quotes, _ = analyse(text.replace("singer", "visitor"), [])
    assert [who for _, _, who in speakers(quotes)] == ["the visitor", "the visitor"]


def test_a_name_in_small_letters_that_the_parser_saw_no_person_in_is_one(analyse: Any) -> None:
    """In a text set in small letters the parser may tag no person in "r k verma": a name that
    is the subject of a verb is still the person "he" stands for; a name it calls a body ("the
    lok sabha met") never is."""
    text = ("the lok sabha met on monday. moving the motion, r k verma attacked the opposition."
            " \"they want us to quit every other day,\" he said.")
    quotes, _ = analyse(text, [])
    assert [who for _, _, who in speakers(quotes)] == ["r k verma"]
    quotes, _ = analyse(text.replace("r k verma", "he"), [])
    assert [who for _, _, who in speakers(quotes)] == ["he"]


def test_a_name_that_only_names_a_building_is_no_person(analyse: Any) -> None:
    """ "she" is the traveller named before, not the statesman the airport is named after."""
    text = ("Maria Lopez flew home on Monday after a month away. As she walked out of the"
            " Indira Gandhi airport, she asked: “Is the road to the city open yet?”")
    quotes, _ = analyse(text, [])
    assert [who for _, _, who in speakers(quotes)] == ["Maria Lopez"]


def test_a_quotation_ending_in_a_comma_goes_on_with_the_cue_after_a_break(analyse: Any) -> None:
    """ "“…,” the spokesman said." split by a line break: the comma says the sentence goes on,
    so the cue after the break is the quotation's."""
    text = ("Qureshi spoke in Islamabad on Monday.\n\n“There is no link between the two cases,”\n\n"
            "Qureshi said.\n\nThe talks resume next week.")
    quotes, _ = analyse(text, [("Qureshi", "QURESHI")])
    assert ("There is no link between the two cases", "PAKGOV", "Qureshi") in speakers(quotes)


def test_a_cue_hung_from_the_quoted_words_gives_way_to_the_cue_before(analyse: Any) -> None:
    """ "Ruiz said, “…” at the result, adding that …": the parser hangs "adding" from the quoted
    verb, where it has no subject of its own; the cue before the opening mark names who
    speaks."""
    text = ("Maria Lopez spoke to the board on Monday. Tom Berg said in a statement, “We are"
            " very pleased” at the result, adding that the staff were grateful.")
    quotes, _ = analyse(text, [])
    assert [quote.speaker_text for quote in quotes if quote.direct] == ["Tom Berg"]


def test_a_role_word_s_guess_from_a_quotation_does_not_set_the_story(analyse: Any) -> None:
    """Russia is named only inside a quotation: the role words the resolver placed there from it
    echo that name and set no story in Russia; the Pakistani side the text names itself does."""
    text = ("A Pakistani trader lost his savings in a fraud, his lawyers say. The man had bought"
            " land near a river. The man sold it in May. The man moved to a small flat. “It was"
            " as cold as Moscow in winter,” said Ali Khan, a neighbour.")
    quotes, _ = analyse(text, [("Pakistani trader", "PAKLAB"), ("man", "RUS", None, "anaphor"),
                               ("Moscow", "RUS")])
    assert speakers(quotes)[-1] == ("It was as cold as Moscow in winter", "PAK",
                                    "Ali Khan, a neighbour")
