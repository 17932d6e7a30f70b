"""Who said it, in whole short articles written for this test in the styles the news corpora use
(web pages with many speakers, interviews, broadcasters' "he says", wire stories in capitals,
Indian copy in small letters with garbled quotation marks, headlines): invented people and
events with real countries and offices, through the whole pipeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache

import pytest

from tacitus.model import Article, Quote
from tacitus.pipeline import make_article_coder
from tacitus.settings import Settings

# garbled curly marks as scraped Indian copy has them (UTF-8 read as Windows-1252)
OPEN, CLOSE, LOST = "\u00e2\u20ac\u0153", "\u00e2\u20ac\x9d", "\u00e2\u20ac\ufffd"

WEB_PAGE = (
    "Farmers block motorway as trade row deepens\n\n"
    "Hundreds of tractors blocked a motorway outside Lyon on Tuesday as French farmers protested"
    " against a trade deal with Argentina.\n\n"
    "“We are being sacrificed for car exports,” said Jeanne Morel, who runs a dairy farm near"
    " Vienne. “Every month we sell below what it costs us to produce.”\n\n"
    "“My children will not take over this farm.”\n\n"
    "French Agriculture Minister Luc Besson told reporters in Paris that the government would not"
    " sign the deal in its current form.\n\n"
    "“The conditions are not met,” Besson said. “We will defend our farmers in Brussels.”\n\n"
    "Argentina's ambassador to France, Carlos Medina, said the deal was fair to both sides."
    " “Our beef meets every European standard,” he said in a statement.\n\n"
    "“It is regrettable that some prefer slogans to facts.”\n\n"
    "A spokeswoman for the European Commission, Ilse Vermeulen, said talks would continue."
    " “The Commission remains committed to concluding the agreement,” she said.\n"
)

SECOND_PAGE = (
    "Drought forces water cuts in Cape Town suburbs\n\n"
    "Residents of several suburbs woke up without running water on Monday after the city"
    " council ordered rolling cuts.\n\n"
    "“I had to queue for two hours with my grandmother,” said Thandiwe Nkosi, a 23-year-old"
    " student.\n\n"
    "The South African water minister, Sipho Dlamini, blamed the council for years of neglect."
    " “They were warned in 2019 and did nothing,” Dlamini said, “and now families are paying"
    " for it.”\n\n"
    "The city's mayor, Karen Botha, rejected the criticism.\n\n"
    "“The minister knows the dams are national responsibility,” Botha said. “We have asked"
    " for help three times.”\n\n"
    "She added: “Nobody in this office is on holiday.”\n"
)

MUC_WIRE = (
    "   LIMA, 12 MAR 90 (PANAMERICANA TELEVISION) -- [TEXT] PERUVIAN INTERIOR\n"
    "MINISTER AUGUSTO VELARDE TODAY ANNOUNCED THAT POLICE HAVE ARRESTED 14\n"
    "MEMBERS OF THE SHINING PATH IN HUANCAYO.\n\n"
    "   \"THESE TERRORISTS WERE PLANNING TO BLOW UP THE POWER STATION THAT\n"
    "SUPPLIES THE CAPITAL,\" VELARDE SAID.\n\n"
    "   THE MINISTER ADDED THAT THE DETAINEES \"WILL BE TRIED BY MILITARY\n"
    "COURTS.\"\n\n"
    "   \"WE ARE NOT AFRAID OF THEIR THREATS,\" SAID COLONEL RAUL MENDOZA,\n"
    "COMMANDER OF THE POLICE FORCES IN HUANCAYO.\n"
)

MUC_RADIO = (
    "   SAN SALVADOR, 3 NOV 89 (RADIO VENCEREMOS) -- [TEXT] THE FARABUNDO\n"
    "MARTI NATIONAL LIBERATION FRONT (FMLN) HAS ANNOUNCED THAT IT WILL\n"
    "ATTACK MILITARY POSITIONS IN SAN MIGUEL.  \"THE ARMED FORCES WILL\n"
    "PAY FOR THEIR CRIMES AGAINST THE PEOPLE,\" THE FMLN SAID IN A\n"
    "COMMUNIQUE.\n\n"
    "   DEFENSE MINISTER GENERAL RAFAEL HUMBERTO LARIOS STATED THAT THE\n"
    "ARMY IS READY.  \"THE TERRORISTS WILL BE DEFEATED,\" HE SAID.\n"
)

TOI_COPY = (
    "vadodara: the district collector, rajesh patil, on monday said the curfew in the walled"
    f" city would be relaxed for four hours. {OPEN}the situation is returning to normal and shops"
    f" will open in the morning,{CLOSE} he said.\n\n"
    "congress leader ashok mehta alleged that the police had done nothing for two days."
    f" {OPEN}the government has failed to protect the people of this city,{LOST} mehta said.\n"
)


@pytest.fixture(scope="module")
def quotes_in() -> Callable[[str], tuple[Quote, ...]]:
    """The quotes found in a text, each text coded once for all its cases."""
    coder = make_article_coder(Settings(offline=True))

    @cache
    def code(text: str) -> tuple[Quote, ...]:
        return coder.code(Article(id="art_styles", title="", text=text, content_hash="x",
                                  origin="test", date=date(2024, 3, 12))).quotes

    return code


# (text, words of the quote, the speaker's code or its first three letters, a word naming the
# speaker)
CASES = [
    # 1. a web page with many speakers and quotations going on over paragraphs
    pytest.param(WEB_PAGE, "sacrificed for car exports", "FRA", "Morel", id="page-said-after"),
    pytest.param(WEB_PAGE, "sell below what it costs", "FRA", "Morel", id="page-second-half"),
    pytest.param(WEB_PAGE, "My children", "FRA", "Morel", id="page-follow-on-paragraph"),
    pytest.param(WEB_PAGE, "conditions are not met", "FRAGOV", "Besson", id="page-surname"),
    pytest.param(WEB_PAGE, "defend our farmers", "FRAGOV", "Besson", id="page-after-surname"),
    pytest.param(WEB_PAGE, "beef meets", "ARGGOV", "Medina", id="page-he-envoy"),
    pytest.param(WEB_PAGE, "slogans to facts", "ARGGOV", "Medina", id="page-envoy-follow-on"),
    pytest.param(WEB_PAGE, "remains committed", "EEC", "Vermeulen", id="page-she-spokeswoman"),
    pytest.param(SECOND_PAGE, "queue for two hours", "ZAF", "Nkosi", id="page2-student"),
    pytest.param(SECOND_PAGE, "warned in 2019", "ZAFGOV", "Dlamini", id="page2-split-first"),
    pytest.param(SECOND_PAGE, "families are paying", "ZAFGOV", "Dlamini",
                 id="page2-split-second"),
    pytest.param(SECOND_PAGE, "dams are national", "ZAFGOV", "Botha", id="page2-mayor"),
    pytest.param(SECOND_PAGE, "asked for help", "ZAFGOV", "Botha", id="page2-mayor-second"),
    pytest.param(SECOND_PAGE, "on holiday", "ZAFGOV", "Botha", id="page2-she-added-colon"),
    # 2. a quotation split by its cue
    pytest.param(
        "“The ceasefire is holding,” said Tomasz Wrobel, Poland's deputy interior minister,"
        " “but nobody on the border trusts it.”",
        "nobody on the border", "POLGOV", "Wrobel", id="split-said-name-second-half"),
    pytest.param(
        "Irish Health Minister Niamh Gallagher visited the hospital in Cork on Friday. “The"
        " staff have done everything asked of them,” she said, “and they deserve better pay.”",
        "deserve better pay", "IRLGOV", "Gallagher", id="split-she-said-second-half"),
    # 3. the speaker named after the quotation
    pytest.param(
        "“There is no money left for the roads,” Finance Minister Petra Lindholm of Finland told"
        " parliament on Wednesday.",
        "no money left", "FINGOV", "Lindholm", id="named-after-told"),
    pytest.param(
        "“The port will reopen next week,” Egyptian transport official Hany Farouk said.",
        "port will reopen", "EGY", "Farouk", id="named-after-said"),
    # 4. "said X, the Y of Z"
    pytest.param(
        "“We have run out of tents,” said Hassan Idris, the governor of Sudan's Kassala state.",
        "run out of tents", "SDN", "Idris", id="said-x-governor-of"),
    pytest.param(
        "“Our members will strike on Monday,” said Olga Petrenko, the head of Ukraine's"
        " railway workers' union.",
        "strike on Monday", "UKR", "Petrenko", id="said-x-head-of-union"),
    pytest.param(
        "“The figures are worse than we feared,” said Arjun Rao, the chief economist of the"
        " Reserve Bank of India.",
        "worse than we feared", "IND", "Rao", id="said-x-economist-of-bank"),
    pytest.param(
        "The talks in Geneva collapsed on Thursday. “We came here in good faith,” said Leila"
        " Haddad, who leads the Lebanese delegation, “but the other side was not ready.”",
        "not ready", "LBN", "Haddad", id="split-said-x-who-leads-a-national-body"),
    # 5. "he"/"she" after two people of different gender
    pytest.param(
        "Mayor Helen Ridley of Auckland and police commander Mark Tane met residents on Tuesday."
        " Ms Ridley promised more street lights. Mr Tane said patrols would double. “Nobody"
        " should be afraid to walk home,” she said.",
        "afraid to walk home", "NZL", "Ridley", id="she-skips-mr"),
    pytest.param(
        "Senator Maria Santos of the Philippines has called for an inquiry into the contract."
        " Mr Diego Ramos, the transport secretary, defended the deal on Tuesday. “The"
        " secretary is hiding the real cost,” she said.",
        "hiding the real cost", "PHL", "Santos", id="she-skips-the-nearer-man"),
    pytest.param(
        "Ms Lucia Ferri met Italy's interior minister Marco Gentile in Rome. She asked for"
        " protection for the witnesses. Gentile promised an answer within a week. “We will"
        " protect anyone who comes forward,” he said.",
        "protect anyone", "ITAGOV", "Gentile", id="he-after-she"),
    pytest.param(
        "Anna Berg, who heads Sweden's migration agency, met spokesman Lars Holm of the foreign"
        " ministry in Stockholm on Monday. Holm said the border would stay open. “We will need"
        " more staff in Malmo,” she said.",
        "more staff in Malmo", "SWE", "Berg", id="she-skips-the-spokesman"),
    # 6. descriptions of bodies and people named earlier
    pytest.param(
        "Ghana's Ministry of Health confirmed two new cases of the virus in Accra on Friday."
        " “Both patients are in isolation and in a stable condition,” the ministry said.",
        "Both patients", "GHAGOV", "ministry", id="the-ministry-earlier-body"),
    pytest.param(
        "Lena Brandt, a spokeswoman for Germany's foreign office, declined to comment on the"
        " report on Monday. Later, the spokeswoman said: “The ambassador has been recalled for"
        " consultations.”",
        "has been recalled", "DEUGOV", "Brandt", id="the-spokeswoman-later-colon"),
    pytest.param(
        "A spokeswoman for the Thai army said troops had left the disputed temple. “Our"
        " soldiers withdrew at dawn,” the spokeswoman added.",
        "withdrew at dawn", "THAMIL", "spokeswoman", id="the-spokeswoman-of-an-army"),
    pytest.param(
        "The World Food Programme said on Monday it had run out of food in camps in northern"
        " Mozambique. “We are asking donors for 40 million dollars,” the agency said.",
        "asking donors", "WFP", "agency", id="the-agency-earlier-body"),
    pytest.param(
        "Nigerian police arrested 40 people after the protest in Lagos. “They were armed with"
        " machetes,” a police spokesman, Benjamin Okafor, said.",
        "armed with machetes", "NGACOP", "Okafor", id="a-police-spokesman-named"),
    pytest.param(
        "“Our soldiers were attacked first,” an army spokesman for Ethiopia told reporters.",
        "attacked first", "ETHMIL", "spokesman", id="an-army-spokesman"),
    # 7. interviews: a reply to a question, a name before a colon
    pytest.param(
        "In an interview with the Daily Mirror, Tessa Harlow, Britain's shadow health"
        " secretary, said waiting lists were a scandal. Asked whether her party would raise"
        " taxes, she replied: “Nobody on this side wants higher taxes.”",
        "wants higher taxes", "GBR", "Harlow", id="interview-she-replied"),
    pytest.param(
        "Kenya's foreign minister, Grace Wanjiru, spoke to our correspondent in Nairobi.\n\n"
        "Q: Will Kenya stay in the peace talks?\n\n"
        "Wanjiru: “We will not leave the talks, whatever happens in Juba.”",
        "not leave the talks", "KENGOV", "Wanjiru", id="interview-name-colon"),
    pytest.param(
        "Bolivian Mining Minister Rosa Mamani answered questions from readers.\n\n"
        "Question: Will the lithium mines be sold?\n\n"
        "Answer: “No foreign company will own our lithium.”",
        "own our lithium", "BOLGOV", "Mamani", id="interview-answer"),
    pytest.param(
        "Our reporter Tom Fenwick spoke to Chilean Senator Ana Ruiz in Valparaiso.\n\n"
        "Q: Should the copper royalty rise?\n\n"
        "A: “The royalty has to rise before the next budget.”",
        "royalty has to rise", "CHL", "Ruiz", id="interview-a-label"),
    # 8. wire stories in capitals, hard-wrapped, "SAID (PERSON)"
    pytest.param(MUC_WIRE, "PLANNING TO BLOW UP", "PERGOV", "VELARDE",
                 id="muc-quote-over-wrapped-lines"),
    pytest.param(MUC_WIRE, "TRIED BY MILITARY", "PERGOV", "VELARDE",
                 id="muc-the-minister-added-that"),
    pytest.param(MUC_WIRE, "NOT AFRAID OF THEIR THREATS", "PER", "MENDOZA",
                 id="muc-said-colonel-commander-of"),
    pytest.param(MUC_RADIO, "PAY FOR THEIR CRIMES", "SLVREB", "FMLN",
                 id="muc-the-group-said-in-a-communique"),
    pytest.param(MUC_RADIO, "WILL BE DEFEATED", "SLV", "LARIOS", id="muc-he-said"),
    pytest.param(
        "   TEGUCIGALPA, 8 JUN 89 (ACAN-EFE) -- [TEXT] HONDURAN FOREIGN MINISTER\n"
        "CARLOS LOPEZ CONTRERAS SAID TODAY THAT THE CONTRAS MUST LEAVE THE\n"
        "COUNTRY BEFORE DECEMBER, ADDING THAT HONDURAS WILL NOT BE QUOTE A BASE\n"
        "FOR ANY ARMY UNQUOTE.\n",
        "FOR ANY ARMY", "HNDGOV", "CONTRERAS", id="muc-quote-unquote"),
    # 9. Indian copy in small letters with garbled marks
    pytest.param(TOI_COPY, "returning to normal", "IND", "patil", id="toi-he-said-mojibake"),
    pytest.param(TOI_COPY, "failed to protect", "IND", "mehta", id="toi-surname-lost-mark"),
    pytest.param(
        "lucknow: samajwadi party leader vinod yadav on sunday demanded the resignation of the"
        f" home minister. {OPEN}he has no moral right to stay in office,\u00e2\u20ac\u2122"
        "\u00e2\u20ac\u2122 said yadav.",
        "no moral right", "IND", "yadav", id="toi-doubled-closing-said-name"),
    # 10. broadcasters' present tense
    pytest.param(
        "The Opposition's defence spokesman, Greg Halloran, says the navy has been stretched too"
        " thin. He was speaking in Canberra. “We have ships tied up in port because there are no"
        " crews,” he says.",
        "ships tied up", "AUS", "Halloran", id="broadcaster-he-says"),
    pytest.param(
        "Fiji's Prime Minister, Josefa Tuilagi, says the coup leaders will face trial. Mr Tuilagi"
        " says “they will answer to the courts like anyone else”.",
        "answer to the courts", "FJIGOV", "Tuilagi", id="broadcaster-mr-says-fragment"),
    pytest.param(
        "Labor's industry spokesman, Ken Doyle, says 600 workers at the car plant in Adelaide"
        " will lose their jobs. “This is a betrayal of South Australian workers,” Senator Doyle"
        " said. The Prime Minister says the company made a commercial decision. “We cannot run"
        " car companies from Canberra,” he said.",
        "run car companies", "AUSGOV", "Minister", id="broadcaster-the-title-says-then-he-said"),
    # 11. a quotation in a headline
    pytest.param(
        "“We will rebuild every school,” says Bolivian president\n\n"
        "Bolivia's President Marcos Quispe promised on Sunday to rebuild the schools destroyed"
        " by floods in the east of the country.",
        "rebuild every school", "BOLGOV", "Quispe", id="headline-says-description"),
    pytest.param(
        "Czech minister: “No new taxes this year”\n\n"
        "The Czech finance minister, Jan Kolar, ruled out tax rises on Thursday.",
        "No new taxes", "CZEGOV", "minister", id="headline-minister-colon"),
    # 12. the fullest name the article gives, where the parser saw no person in it
    pytest.param(
        "Japan’s ambassador to France Kenji Sato has said that Japan has the “patience and"
        " resolve” to wait for the talks.",
        "patience and resolve", "JPNGOV", "Sato", id="name-after-a-posted-title"),
    pytest.param(
        "Japan’s ambassador to France Kenji Sato met the foreign minister in Paris on Monday."
        " “We will wait as long as it takes,” Sato said.",
        "as long as it takes", "JPNGOV", "Sato", id="surname-of-a-name-after-a-posted-title"),
    pytest.param(
        "China’s ambassador to Kenya warned that Beijing would “not stand by” if the loans went"
        " unpaid.\nChina’s ambassador to Kenya Wang Peng has said the debt talks would go on.",
        "not stand by", "CHNGOV", "Wang Peng", id="title-named-in-a-later-paragraph"),
    pytest.param(
        "new delhi: the supreme court on monday pulled up the state government over the riots."
        f" {OPEN}the state cannot wash its hands of this,{CLOSE} the bench observed.",
        "wash its hands", "IND", "bench", id="toi-the-bench-observed"),
    # 13. "according to", "told", "in a statement" in longer stories
    pytest.param(
        "Rescue teams searched the rubble in Izmir for a third day. According to Turkey's"
        " disaster agency, “more than 200 people are still missing.”",
        "still missing", "TUR", "agency", id="according-to-a-national-agency"),
    pytest.param(
        "Two Chilean miners were rescued after 40 hours underground. “I thought I would never"
        " see my daughter again,” one of them, Pablo Soto, told local radio.",
        "never see my daughter", "CHL", "Soto", id="one-of-them-named"),
    pytest.param(
        "Vietnam's foreign ministry issued a statement on Tuesday. “Vietnam firmly opposes any"
        " actions that violate its sovereignty,” it said.",
        "firmly opposes", "VNMGOV", "ministry", id="it-said-the-body"),
    # 14. a closing mark typed as two right single marks, which the parser takes for the cue's
    # subject: the speaker is the named person after the cue, never the mark
    pytest.param(
        "PUNE: The march went ahead on Sunday. ‘‘The city will stay calm and the procession will"
        " go on,’’ said police commissioner Vikram Joshi.",
        "stay calm", "INDCOP", "Joshi", id="doubled-closing-mark-then-cue"),
    pytest.param(
        "KOCHI: The ferry strike ended on Friday. ‘‘Our demands have been met in full,’’ said"
        " union leader Mary Thomas.",
        "demands have been met", "IND", "Thomas", id="doubled-closing-mark-union-leader"),
]


@pytest.mark.parametrize(("text", "words", "code", "name"), CASES)
def test_speaker_in_style(quotes_in: Callable[[str], tuple[Quote, ...]], text: str, words: str,
                          code: str, name: str) -> None:
    found = [quote for quote in quotes_in(text) if words.lower() in quote.text.lower()]
    assert found, f"no quote with {words!r}"
    speaker = found[0].speaker
    named = f"{speaker.name if speaker else ''} {found[0].speaker_text}"
    given = speaker.code if speaker else ""
    assert (given == code if len(code) != 3 else given[:3] == code), (given, named)
    assert name.lower() in named.lower(), (given, named)
