"""Who said it, in attribution conventions the first style cases left out: Indian copy ("said the
chief minister, x y", "told toi", sources and anonymous officials), wire copy in capitals ("SAID
ARMY COMMANDER …", "ACCORDING TO THE COMMUNIQUE"), broadcast transcripts and interview turns,
web pages with bylines and captions, press releases and statements, a spokesperson speaking for
someone, a paraphrase before a colon, quotations over several paragraphs, nested quotations,
speakers named by a role only, "she continued" far from the name, plural speakers and seats of
government speaking for it ("the Kremlin said"). Every person, body and event is invented; the
expected speaker and code follow the convention (office and nationality as the text states
them), not what Tacitus did."""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest

from tacitus.model import Article, Quote
from tacitus.pipeline import ArticleCoder, make_article_coder
from tacitus.settings import Settings

# curly marks as scraped Indian copy garbles them (UTF-8 read as Windows-1252)
OPEN, CLOSE = "\u00e2\u20ac\u0153", "\u00e2\u20ac\x9d"


@cache
def _coder() -> ArticleCoder:
    return make_article_coder(Settings(offline=True))


@cache
def coded_quotes(text: str) -> tuple[Quote, ...]:
    """The quotes Tacitus finds in ``text``, each text coded once for all its cases."""
    article = Article(id="art_conventions", title="", text=text, content_hash="x",
                      origin="test", date=date(2024, 5, 14))
    return _coder().code(article).quotes


INDIAN_PAGE = (
    "jaipur: the state government will open 200 new schools in the desert districts this year."
    f" {OPEN}no child in rajasthan will have to walk more than two kilometres to a school,{CLOSE}"
    " said the chief minister, kavita rathore, at a rally in barmer on sunday.\n\n"
    "the opposition was not impressed. congress legislator devendra singh said the promise had"
    f" been made before. {OPEN}these schools exist only on paper,{CLOSE} singh told toi.\n\n"
    "officials said the money had been released. a senior official of the education department"
    f" said on condition of anonymity, {OPEN}the buildings will be ready before the monsoon.{CLOSE}"
    "\n"
)

INDIAN_POLICE = (
    "ahmedabad: police on tuesday arrested 12 people in connection with the arson in the old"
    " city.\n\n"
    f"{OPEN}we have identified the men who set the shops on fire,{CLOSE} deputy commissioner of"
    " police suresh nair told toi.\n\n"
    f"sources in the home department said the file had been sent back twice. {OPEN}nobody wanted"
    f" to sign the order,{CLOSE} a source said.\n\n"
    f"according to the police, the mob was {OPEN}armed with swords and petrol bombs{CLOSE}.\n"
)

INDIAN_MIXED = (
    "NEW DELHI: Union minister Shri Ramesh Gupta on Monday defended the new farm rules.\n\n"
    "Addressing a press conference here, Gupta said, \u201cThe farmers will get a better price"
    " than ever before.\u201d\n\n"
    "BJP spokesperson Meera Joshi accused the opposition of misleading the farmers. \u201cThey"
    " are spreading lies in the villages,\u201d she said.\n\n"
    "\u201cThe police have registered a case against the organisers,\u201d said DSP R K Verma.\n"
)

MUC_ARMY = (
    "   BOGOTA, 4 APR 89 (INRAVISION TELEVISION) -- [TEXT] THE COLOMBIAN ARMY TODAY\n"
    "REPORTED THAT 11 GUERRILLAS OF THE NATIONAL LIBERATION ARMY (ELN) WERE KILLED\n"
    "IN A CLASH NEAR SARAVENA, ARAUCA DEPARTMENT.\n\n"
    "   \"THE SUBVERSIVES WERE SURPRISED WHILE THEY PREPARED AN ATTACK ON THE\n"
    "PIPELINE,\" SAID ARMY COMMANDER GENERAL JUAN PEREZ OSORIO.\n\n"
    "   THE ELN ISSUED A COMMUNIQUE DENYING THE ARMY VERSION.  ACCORDING TO THE\n"
    "COMMUNIQUE, \"THE DEAD WERE PEASANTS WHO HAD NOTHING TO DO WITH OUR\n"
    "ORGANIZATION.\"\n"
)

MUC_PRESIDENT = (
    "   SAN SALVADOR, 22 SEP 89 (DOMESTIC SERVICE) -- [TEXT] SALVADORAN PRESIDENT\n"
    "ERNESTO VALDIVIESO TODAY MET WITH THE BISHOPS AT THE PRESIDENTIAL HOUSE.\n\n"
    "   AFTER THE MEETING, THE PRESIDENT TOLD REPORTERS THAT THE GOVERNMENT IS\n"
    "WILLING TO RESUME THE DIALOGUE.  \"WE WANT PEACE, BUT NOT AT ANY PRICE,\" HE\n"
    "SAID.\n\n"
    "   THE ARMED FORCES PRESS OFFICE ISSUED A COMMUNIQUE LATER.  \"THE ARMED\n"
    "FORCES WILL CONTINUE TO PROTECT THE CIVILIAN POPULATION,\" THE COMMUNIQUE\n"
    "STATES.\n"
)

TRANSCRIPT = (
    "PRESENTER: The Foreign Minister, Hugh Carrington, has ruled out sending troops to the"
    " island.\n\n"
    "REPORTER: Speaking in Canberra this morning, Mr Carrington said Australia would not be"
    " drawn into the conflict.\n\n"
    "\u201cAustralia will not send combat troops, full stop,\u201d he said.\n\n"
    "REPORTER: The Opposition's foreign affairs spokeswoman, Ruth Ellery, says the Government is"
    " being naive.\n\n"
    "\u201cThe Minister has no plan for what happens if the fighting spreads,\u201d Ms Ellery"
    " said.\n"
)

INTERVIEW = (
    "Japan's trade minister Miko Tanaka spoke to our correspondent in Tokyo about the tariff"
    " dispute.\n\n"
    "INTERVIEWER: Will Japan retaliate?\n\n"
    "TANAKA: \u201cWe will answer every tariff with a tariff of our own.\u201d\n"
)

BYLINE_PAGE = (
    "Mexico reopens schools after three-week strike\n\n"
    "By Hannah Moore\n\n"
    "Published 3 hours ago\n\n"
    "Image caption: Pupils return to a school in Oaxaca on Monday\n\n"
    "\u201cWe will not close the schools again,\u201d Mexico's education secretary, Lucia"
    " Ortega, said on Monday.\n\n"
    "Teachers in the southern state of Oaxaca had walked out over pay.\n\n"
    "\u201cThe agreement gives every teacher a raise of eight percent,\u201d she added.\n"
)

STATEMENTS = (
    "The Kenya Defence Forces issued a statement on Sunday after the attack near Mandera.\n\n"
    "\u201cOur troops repulsed the attackers and inflicted heavy losses on them,\u201d the"
    " statement read.\n"
)

LONG_QUOTE = (
    "Mozambique's health minister, Celia Machava, visited the cholera wards in Beira on"
    " Thursday.\n\n"
    "Doctors at the hospital said they had treated 300 patients in a week.\n\n"
    "\u201cWe have sent four hundred nurses to the province.\n\n"
    "\u201cWe have sent tents, water tanks and medicine.\n\n"
    "\u201cBut the rains have not stopped, and the camps are still flooding,\u201d Machava"
    " said.\n"
)

CONTINUED = (
    "Slovenian Interior Minister Marta Kovac presented the new asylum law to parliament on"
    " Wednesday.\n\n"
    "The law shortens appeals to three weeks and sets up two new reception centres near the"
    " Croatian border.\n\n"
    "Human rights groups have criticised the plan, and the opposition has promised to challenge"
    " it in the constitutional court.\n\n"
    "\u201cThis law is fair to those who need protection and firm with those who do not,\u201d"
    " she continued.\n"
)

CAPITALS_SPEAK = (
    "Russia and Britain traded accusations on Tuesday over the expulsion of two diplomats.\n\n"
    "\u201cThis is a hostile act that will not go unanswered,\u201d the Kremlin said.\n\n"
    "\u201cThe diplomats were expelled for activities incompatible with their status,\u201d"
    " Downing Street said.\n"
)

# (text, words of the quote, the speaker's code or its first three letters, a word naming the
# speaker)
CASES = [
    # 1. Indian copy, lower case and mixed case
    pytest.param(INDIAN_PAGE, "walk more than two kilometres", "INDGOV", "rathore",
                 id="toi-said-the-chief-minister-name"),
    pytest.param(INDIAN_PAGE, "exist only on paper", "IND", "singh", id="toi-told-toi"),
    pytest.param(INDIAN_PAGE, "ready before the monsoon", "INDGOV", "official",
                 id="toi-official-on-condition-of-anonymity"),
    pytest.param(INDIAN_POLICE, "identified the men", "INDCOP", "nair",
                 id="toi-deputy-commissioner-of-police-told-toi"),
    pytest.param(INDIAN_POLICE, "wanted to sign", "INDGOV", "source",
                 id="toi-a-source-said-after-sources-in-department"),
    pytest.param(INDIAN_POLICE, "armed with swords", "INDCOP", "police",
                 id="toi-according-to-the-police-fragment"),
    pytest.param(INDIAN_MIXED, "better price", "INDGOV", "Gupta",
                 id="india-addressing-press-conference-said-comma"),
    pytest.param(INDIAN_MIXED, "spreading lies", "IND", "Joshi", id="india-spokesperson-she"),
    pytest.param(INDIAN_MIXED, "registered a case", "INDCOP", "Verma", id="india-said-dsp"),
    pytest.param(
        "lucknow: the state's home minister, anil mishra, visited the riot-hit areas on saturday."
        f" {OPEN}the guilty will not be spared, whoever they are,{CLOSE} the minister said.",
        "will not be spared", "INDGOV", "mishra", id="toi-the-minister-said-lower-case"),
    pytest.param(
        "patna: a day after the clashes, superintendent of police vikram sinha said the"
        " situation was under control.\n\n"
        f"{OPEN}we have deployed extra forces in all sensitive areas,{CLOSE} the sp said.",
        "extra forces", "INDCOP", "sinha", id="toi-the-sp-said-abbreviated-title"),
    # 2. wire copy in capitals
    pytest.param(MUC_ARMY, "SURPRISED WHILE THEY PREPARED", "COLMIL", "PEREZ",
                 id="muc-said-army-commander-general"),
    pytest.param(MUC_ARMY, "PEASANTS WHO HAD NOTHING", "ELN", "ELN",
                 id="muc-according-to-the-communique"),
    pytest.param(MUC_PRESIDENT, "NOT AT ANY PRICE", "SLVGOV", "VALDIVIESO",
                 id="muc-the-president-told-then-he-said"),
    pytest.param(MUC_PRESIDENT, "PROTECT THE CIVILIAN", "SLVMIL", "PRESS OFFICE",
                 id="muc-the-communique-states"),
    pytest.param(
        "   MANAGUA, 30 JAN 90 (BARRICADA) -- [TEXT] \"THE ELECTIONS WILL BE CLEAN AND\n"
        "OBSERVED BY THE WHOLE WORLD,\" SAID NICARAGUAN VICE PRESIDENT TOMAS\n"
        "AGUIRRE AT A RALLY IN LEON YESTERDAY.\n",
        "ELECTIONS WILL BE CLEAN", "NICGOV", "AGUIRRE", id="muc-said-vice-president-wrapped"),
    pytest.param(
        "   LIMA, 7 JUL 89 (EFE) -- [TEXT] A PERUVIAN ARMY SPOKESMAN TODAY SAID\n"
        "THAT THE PATROL WAS AMBUSHED IN AYACUCHO.  \"SEVEN SOLDIERS DIED IN THE\n"
        "ATTACK,\" THE SPOKESMAN SAID.\n",
        "SEVEN SOLDIERS DIED", "PERMIL", "SPOKESMAN", id="muc-the-army-spokesman-repeated"),
    pytest.param(
        "   GUATEMALA CITY, 2 FEB 90 (ACAN) -- [TEXT] GUATEMALAN DEFENSE MINISTER\n"
        "GENERAL OSCAR HERRERA MEJIA TODAY VISITED THE TROOPS IN QUICHE.\n\n"
        "   THE GENERAL SAID THE ARMY HAS DESTROYED SIX GUERRILLA CAMPS.\n\n"
        "   \"THE GUERRILLAS HAVE NO SUPPORT AMONG THE PEASANTS,\" HE ADDED.\n",
        "NO SUPPORT AMONG", "GTM", "MEJIA", id="muc-he-added-two-paragraphs-on"),
    # 3. broadcast transcripts and interview turns
    pytest.param(TRANSCRIPT, "full stop", "AUSGOV", "Carrington",
                 id="transcript-reporter-turn-then-he-said"),
    pytest.param(TRANSCRIPT, "no plan for what happens", "AUS", "Ellery",
                 id="transcript-ms-surname-after-reporter-label"),
    pytest.param(INTERVIEW, "tariff of our own", "JPNGOV", "Tanaka",
                 id="interview-surname-label-in-capitals"),
    pytest.param(
        "PRESENTER: Joining me now is New Zealand's Conservation Minister, Aroha Ngata.\n\n"
        "Minister, will the ban go ahead?\n\n"
        "AROHA NGATA: \u201cYes. The ban starts on the first of July, and there will be no"
        " exemptions.\u201d",
        "no exemptions", "NZLGOV", "Ngata", id="transcript-full-name-label-in-capitals"),
    # 4. web pages: bylines, captions, pull quotes
    pytest.param(BYLINE_PAGE, "not close the schools", "MEXGOV", "Ortega",
                 id="page-byline-caption-then-named"),
    pytest.param(BYLINE_PAGE, "raise of eight percent", "MEXGOV", "Ortega",
                 id="page-she-added-not-the-byline"),
    pytest.param(
        "Peru's mining minister, Raul Quiroga, said the mine would stay closed until the spill"
        " was cleaned. \u201cNot one gram of copper leaves this valley until the river is"
        " clean,\u201d he said.\n\n"
        "\u201cNot one gram of copper leaves this valley\u201d\n\n"
        "The company said it would appeal.",
        "Not one gram", "PERGOV", "Quiroga", id="page-pull-quote-repeated"),
    pytest.param(
        "\u201cWe need more doctors, not more promises,\u201d says Dr Maya Levin, a researcher"
        " at Tel Aviv University.",
        "more doctors", "ISR", "Levin", id="page-says-dr-researcher-at-university"),
    # 5. press releases and statements
    pytest.param(
        "In a statement, Peru's Ministry of Foreign Affairs said: \u201cPeru rejects any"
        " interference in its internal affairs.\u201d",
        "rejects any interference", "PERGOV", "Ministry", id="release-in-a-statement-colon"),
    pytest.param(STATEMENTS, "repulsed the attackers", "KENMIL", "Defence Forces",
                 id="release-the-statement-read"),
    pytest.param(
        "\u201cThe suspects were carrying explosives,\u201d according to a statement from the"
        " Philippine National Police.",
        "carrying explosives", "PHLCOP", "Police", id="release-according-to-a-statement-from"),
    pytest.param(
        "\u201cThe ministry has opened an inquiry into the contract,\u201d said a statement"
        " issued by Ghana's Ministry of Energy on Friday.",
        "opened an inquiry", "GHAGOV", "Ministry", id="release-said-a-statement-issued-by"),
    # 6. speech through a spokesperson
    pytest.param(
        "\u201cThe president will not attend the summit,\u201d the Brazilian president's"
        " spokesman, Marco Vidal, told reporters.",
        "not attend the summit", "BRAGOV", "Vidal", id="spokesman-of-a-president-named"),
    pytest.param(
        "Foreign ministry spokesperson Li Wenbo told a regular briefing in Beijing that China"
        " \u201cfirmly opposes\u201d the sale of weapons to the island.",
        "firmly opposes", "CHNGOV", "Li Wenbo", id="spokesperson-regular-briefing-fragment"),
    pytest.param(
        "Speaking through his spokesman, Slovak Prime Minister Pavel Hronek said the decision"
        " was \u201cfinal and binding\u201d.",
        "final and binding", "SVKGOV", "Hronek", id="spokesman-speaking-through-his"),
    pytest.param(
        "\u201cWe have no information about the detained journalist,\u201d Sudanese army"
        " spokesman Colonel Ahmed Karim told Reuters.",
        "no information", "SDNMIL", "Karim", id="army-spokesman-colonel-told-reuters"),
    pytest.param(
        "Sri Lankan military spokesman Brigadier Kumara Perera said the roads to the north had"
        " been reopened. \u201cCivilians can travel freely again,\u201d he said.",
        "travel freely", "LKAMIL", "Perera", id="military-spokesman-brigadier-he"),
    # 7. a paraphrase before a colon
    pytest.param(
        "Greece's finance minister, Nikos Andreou, met the creditors in Brussels on Monday. The"
        " minister was blunt: \u201cWe will not cut pensions again.\u201d",
        "cut pensions", "GRCGOV", "Andreou", id="colon-the-minister-was-blunt"),
    pytest.param(
        "Senator Laura Quintero of Colombia has opposed the reform from the start. Her message"
        " on Tuesday was simple: \u201cThis reform will leave the poor without doctors.\u201d",
        "without doctors", "COL", "Quintero", id="colon-her-message-was-simple"),
    pytest.param(
        "Croatian President Ivo Maric put it bluntly: \u201cThe border will stay open.\u201d",
        "stay open", "HRVGOV", "Maric", id="colon-put-it-bluntly"),
    pytest.param(
        "The Thai army chief, General Somchai Rattana, addressed the cadets on Friday. His"
        " warning was clear: \u201cThe army will not stand aside if the streets burn.\u201d",
        "not stand aside", "THAMIL", "Rattana", id="colon-his-warning-was-clear"),
    # 8. a quotation over several paragraphs, the speaker named only in the last
    pytest.param(LONG_QUOTE, "four hundred nurses", "MOZGOV", "Machava",
                 id="long-first-paragraph"),
    pytest.param(LONG_QUOTE, "water tanks", "MOZGOV", "Machava", id="long-middle-paragraph"),
    pytest.param(LONG_QUOTE, "still flooding", "MOZGOV", "Machava", id="long-last-paragraph"),
    # 9. nested quotations
    pytest.param(
        "\u201cWhen the soldiers told me \u2018go home\u2019, I refused,\u201d said Amina Bello,"
        " a councillor in Kano, Nigeria.",
        "I refused", "NGA", "Bello", id="nested-single-marks-inside"),
    pytest.param(
        "\u201cThe general told us, \u2018You will be safe here,\u2019 and then he left,\u201d"
        " said Nguyen Van Minh, a farmer from Vietnam's Quang Tri province.",
        "then he left", "VNM", "Minh", id="nested-another-speaker-inside"),
    pytest.param(
        "Chile's interior minister, Jorge Valdes, said on Monday: \"The protesters shouted"
        " 'no more', and we heard them.\"",
        "we heard them", "CHLGOV", "Valdes", id="nested-straight-marks-colon"),
    # 10. a speaker introduced after the quotation by a role only
    pytest.param(
        "\u201cThe border is closed until further notice,\u201d a senior Turkish border official"
        " said.",
        "closed until further notice", "TURGOV", "official", id="role-only-official-after"),
    pytest.param(
        "Heavy fighting continued in Mogadishu on Sunday. \u201cWe have no more beds and no more"
        " blood,\u201d said a doctor at the city's main hospital.",
        "no more beds", "SOM", "doctor", id="role-only-a-doctor-at"),
    pytest.param(
        "\u201cThe talks are dead,\u201d one European diplomat said in Brussels.",
        "talks are dead", "EUR", "diplomat", id="role-only-one-european-diplomat"),
    pytest.param(
        "\u201cWe are ready to defend every inch of our land,\u201d a Ukrainian commander told"
        " reporters near the front.",
        "every inch", "UKRMIL", "commander", id="role-only-a-national-commander"),
    # 11. "he added"/"she continued" far from the name
    pytest.param(CONTINUED, "fair to those", "SVNGOV", "Kovac",
                 id="she-continued-three-paragraphs-on"),
    pytest.param(
        "chennai: pmk founder r selvam on friday urged the centre to secure the release of the"
        " fishermen held by sri lanka. the fishermen were arrested near the maritime boundary"
        f" last week and their boats were seized.\n\n{OPEN}the centre must act before the boats"
        f" are auctioned,{CLOSE} he added.",
        "boats are auctioned", "IND", "selvam", id="toi-he-added-after-a-paragraph"),
    pytest.param(
        "Egypt's irrigation minister, Tarek Mansour, spoke at the Nile conference in Cairo. The"
        " dam on the Blue Nile had cut the river's flow by a fifth, the minister said, and"
        " farmers in the delta were already suffering.\n\n"
        "Officials from Sudan and Ethiopia did not attend.\n\n"
        "\u201cWe will take every step to protect our share of the water,\u201d he added.",
        "protect our share", "EGYGOV", "Mansour", id="he-added-after-plural-officials"),
    pytest.param(
        "chennai: pmk founder r selvam on friday urged the centre to secure the release of the"
        " fishermen detained in the andaman islands. the fishermen were arrested last week and"
        f" their boats were seized.\n\n{OPEN}the centre must act before the boats are"
        f" auctioned,{CLOSE} he added.",
        "boats are auctioned", "IND", "selvam", id="toi-he-added-skips-re-cased-plural"),
    pytest.param(
        "nagpur: farmers' union leader k d pawar on monday demanded a higher support price for"
        " cotton.\n\n"
        f"{OPEN}we will not sell below cost,{CLOSE} he said.",
        "sell below cost", "IND", "pawar", id="toi-dateline-town-is-no-speaker"),
    pytest.param(
        "Senator Tomas Vidal criticised the budget on Tuesday. The ministry defended the cuts.\n\n"
        f"{OPEN}This is a disgrace,{CLOSE} he said.",
        "is a disgrace", "LEG", "Vidal", id="he-is-no-body-named-since"),
    pytest.param(
        "nagpur: farmers' union leader k d pawar on monday demanded a higher support price for"
        " cotton. the state has not raised it in two years.\n\n"
        f"{OPEN}we will not sell below cost,{CLOSE} he said.",
        "sell below cost", "IND", "pawar", id="toi-he-is-no-state"),
    pytest.param(
        "Tanzania's health minister, Grace Mollel, visited the clinic. Her husband, a doctor,"
        " accompanied her.\n\n"
        f"{OPEN}We need more nurses,{CLOSE} she said.",
        "more nurses", "TZAGOV", "Mollel", id="she-is-not-the-husband-a-doctor"),
    # 12. plural speakers
    pytest.param(
        "Finland's prime minister and foreign minister met the Swedish delegation in Helsinki."
        " \u201cWe stand together with Sweden,\u201d the two leaders said in a joint"
        " statement.",
        "stand together", "FINGOV", "leaders", id="plural-the-two-leaders"),
    pytest.param(
        "Thousands of students marched through Dhaka on Monday. \u201cWe want jobs, not"
        " bullets,\u201d the students chanted outside Bangladesh's parliament.",
        "jobs, not bullets", "BGD", "students", id="plural-the-students-chanted"),
    pytest.param(
        "\u201cThe drones were launched from across the border,\u201d Pakistani officials said.",
        "launched from across", "PAKGOV", "officials", id="plural-national-officials"),
    pytest.param(
        "The National Liberation Army, Colombia's largest remaining guerrilla group, claimed the"
        " attack. \u201cThe pipeline will burn as long as the multinationals steal our oil,\u201d"
        " the rebels said in a statement.",
        "pipeline will burn", "COLREB", "rebels", id="plural-the-rebels-said"),
    # 13. a seat of government speaks for it
    pytest.param(CAPITALS_SPEAK, "will not go unanswered", "RUSGOV", "Kremlin",
                 id="seat-the-kremlin-said"),
    pytest.param(CAPITALS_SPEAK, "incompatible with their status", "GBRGOV", "Downing",
                 id="seat-downing-street-said"),
    pytest.param(
        "\u201cWe will respond to any aggression,\u201d Tehran said in a message to the United"
        " Nations.",
        "respond to any aggression", "IRN", "Tehran", id="seat-a-capital-speaks"),
    pytest.param(
        "\u201cThe sanctions are a mistake,\u201d the Elysee said on Thursday.",
        "sanctions are a mistake", "FRAGOV", "Elysee", id="seat-the-elysee-said"),
    # 14. other reporting habits
    pytest.param(
        "Argentine Senator Paula Ibarra has led the campaign against the dam. \u201cThe river"
        " belongs to the people, not to a company,\u201d she wrote on social media.",
        "river belongs", "ARG", "Ibarra", id="she-wrote-on-social-media"),
    pytest.param(
        "Ecuadorian President Mateo Salas said in a televised address on Sunday: \u201cThe"
        " state of emergency will last sixty days.\u201d",
        "sixty days", "ECUGOV", "Salas", id="said-in-a-televised-address-colon"),
    pytest.param(
        "Asked whether Tanzania would send troops, Defence Minister Joseph Mwakyusa replied:"
        " \u201cWe will decide after the summit.\u201d",
        "decide after the summit", "TZAMIL", "Mwakyusa", id="asked-whether-minister-replied"),
    pytest.param(
        "\u201cWe were never consulted,\u201d Nepali opposition leader Binod Thapa wrote in an"
        " opinion article on Friday.",
        "never consulted", "NPL", "Thapa", id="leader-wrote-in-an-article"),
    pytest.param(
        "Norway's fisheries minister, Ingrid Dahl, and her Icelandic counterpart met in Oslo."
        " \u201cThe quotas must be cut for three years,\u201d Dahl said.",
        "quotas must be cut", "NORGOV", "Dahl", id="surname-beside-unnamed-counterpart"),
]

# the cases the mechanisms do not get right yet, and why
NOT_YET = {
    "toi-a-source-said-after-sources-in-department":
        "'a source' now speaks for the sources named before, and sources inside a body noun"
        " belong to it ('sources in the foreign ministry'), but 'department' is no body word of"
        " the government: alone it would make 'police department' the government's (a run of"
        " role words takes its last word's type), and 'home department' as a government body"
        " does not fix it either (tried): in a story that names no country it resolves to a bare"
        " GOV guess, which the reading of a speaker's body skips",
    "muc-the-communique-states":
        "'THE COMMUNIQUE\\nSTATES' after a wrapped line is no cue, nor is a press office of the"
        " armed forces read as the military: letting a body's office take the kind of the body"
        " compounded with it fixes this case, but 'press' is itself a body word of the media, so"
        " 'the national police press office' turned from PER to PERMED; left out",
    "toi-he-added-after-a-paragraph":
        "a story naming two countries under an Indian dateline is set nowhere; placing a named"
        " speaker with no actor at the dateline in such stories fixes it but costs dev speakers"
        " (0.910 -> 0.874): wire stories filed abroad ('ISTANBUL -') quote people of the"
        " countries they are about",
}
CASES = [pytest.param(*case.values, id=case.id, marks=[
             pytest.mark.xfail(strict=True, reason=NOT_YET[case.id])] if case.id in NOT_YET else [])
         for case in CASES]


@pytest.mark.parametrize(("text", "words", "code", "name"), CASES)
def test_speaker_by_convention(text: str, words: str, code: str, name: str) -> None:
    found = [quote for quote in coded_quotes(text) if words.lower() in quote.text.lower()]
    assert found, f"no quote with {words!r}"
    speaker = found[0].speaker
    named = f"{speaker.name if speaker else ''} {found[0].speaker_text}"
    given = speaker.code if speaker else ""
    assert (given == code if len(code) != 3 else given[:3] == code), (given, named)
    assert name.lower() in named.lower(), (given, named)


def test_a_trailing_verb_after_a_scare_quote_attributes_nothing() -> None:
    """ "continued" after a quoted word inside a sentence is no cue: only words that end as
    speech does ("“…,” she continued") are attributed by it."""
    text = ("The “temporary” curfew in the port city of Beira continued for a third week,"
            " residents complained.")
    assert all(quote.cue != "continued" for quote in coded_quotes(text))
