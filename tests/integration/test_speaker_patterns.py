"""Who said it, through the whole pipeline (real actor resolution, no hand-made mentions): each
way news attributes a quotation, in several wire and broadsheet styles, on sentences written for
this test (made-up people with real countries and offices)."""

from __future__ import annotations

from datetime import date

import pytest

from tacitus.model import Article, Quote
from tacitus.pipeline import ArticleCoder, make_article_coder
from tacitus.settings import Settings


@pytest.fixture(scope="module")
def coder() -> ArticleCoder:
    return make_article_coder(Settings(offline=True))


def quote_of(coder: ArticleCoder, text: str, words: str) -> Quote:
    article = Article(id="art_speakers", title="", text=text, content_hash="x", origin="test",
                      date=date(2023, 5, 10))
    found = [quote for quote in coder.code(article).quotes if words in quote.text]
    assert found, f"no quote with {words!r}"
    return found[0]


def person(quote: Quote) -> str:
    name = quote.speaker.name if quote.speaker else ""
    return f"{name} {quote.speaker_text}"


# (text, words of the quote, the speaker's code or its first letters, a word naming the speaker)
CASES = [
    # 1. the cue's subject outside the quotation marks, never a name inside them
    pytest.param(
        "“We will not negotiate with Petrov under these conditions,” said Lithuanian Foreign"
        " Minister Egle Vaitkute on Monday.",
        "negotiate with Petrov", "LTUGOV", "Vaitkute", id="subject-after-inverted"),
    pytest.param(
        "VIENNA (Reuters) - “Hallberg knows our position very well,” Austrian Interior Minister"
        " Karl Weidinger told a news conference on Wednesday.",
        "Hallberg knows", "AUTGOV", "Weidinger", id="subject-after-told"),
    pytest.param(
        "Czech opposition leader Tomas Novak criticised the cabinet on Friday. “Dvorak has"
        " chosen his friends over the country,” Novak said.",
        "chosen his friends", "CZE", "Novak", id="subject-surname-again"),
    # 2. a quotation going on over paragraphs keeps its speaker
    pytest.param(
        "Kenya's Interior Minister Joseph Mwangi said the curfew would be lifted.\n\n“The"
        " situation in the north has calmed down,” Mwangi said.\n\n“We expect schools to reopen"
        " next week.”",
        "schools to reopen", "KENGOV", "Mwangi", id="continuing-paragraph"),
    pytest.param(
        "“The harvest was the worst in a decade,” said Ana Ferreira, Brazil's agriculture"
        " minister. “Farmers in the south lost half their crops.\n\n“We will ask parliament for"
        " emergency funds.”",
        "emergency funds", "BRAGOV", "Ferreira", id="continuing-open-quotation"),
    pytest.param(
        "Polish Defence Minister Piotr Zielinski told parliament on Tuesday:\n\n“Our troops"
        " will stay in the Baltic states for as long as they are needed.”\n\n“No decision has"
        " been taken on new bases.”",
        "No decision has been taken", "POL", "Zielinski", id="continuing-after-colon"),
    # 3. "according to X"
    pytest.param(
        "“The border crossing will remain shut until Friday,” according to Turkey's interior"
        " minister, Ahmet Kaya.",
        "remain shut", "TURGOV", "Kaya", id="according-to-after"),
    pytest.param(
        "According to Greek government spokesman Nikos Petridis, “the talks with the lenders"
        " have reached a dead end.”",
        "reached a dead end", "GRCGOV", "Petridis", id="according-to-before"),
    pytest.param(
        "“Three soldiers were wounded when the convoy was hit,” according to a statement from"
        " the Indian army.",
        "Three soldiers were wounded", "INDMIL", "army", id="according-to-a-body"),
    # 4. "X told reporters"
    pytest.param(
        "BUDAPEST, May 9 (AP) - “There will be no early election this year,” Hungarian Justice"
        " Minister Gabor Szabo told reporters in Budapest.",
        "no early election", "HUNGOV", "Szabo", id="told-reporters"),
    pytest.param(
        "Senegalese Health Minister Awa Diallo told journalists after the meeting: “The"
        " vaccines will arrive in June.”",
        "vaccines will arrive", "SENGOV", "Diallo", id="told-journalists-colon"),
    pytest.param(
        "“We have asked Ankara to explain these flights,” a senior Greek diplomat told"
        " reporters, speaking on condition of anonymity.",
        "asked Ankara", "GRC", "diplomat", id="told-reporters-unnamed"),
    # 5. "in a statement, the ministry said"
    pytest.param(
        "Norway's foreign ministry summoned the Russian ambassador on Monday. In a statement,"
        " the ministry said: “Such flights over our territory are unacceptable.”",
        "Such flights", "NORGOV", "ministry", id="in-a-statement-before"),
    pytest.param(
        "“We condemn this attack in the strongest terms,” the Egyptian Foreign Ministry said"
        " in a statement.",
        "condemn this attack", "EGYGOV", "Ministry", id="in-a-statement-after"),
    pytest.param(
        "The Japanese defence ministry said two Chinese ships had entered its waters. “The"
        " ships left after several warnings,” the ministry said in a statement on Sunday.",
        "ships left", "JPN", "ministry", id="in-a-statement-the-ministry-again"),
    # 6. "he" / "she": the nearest person of that gender named outside the quotation marks
    pytest.param(
        "Finance Minister Lena Hoffmann of Germany met her French counterpart on Monday. Asked"
        " about the budget rules, she said: “The rules must apply to everyone.”",
        "rules must apply", "DEUGOV", "Hoffmann", id="she-before-colon"),
    pytest.param(
        "Rafael Ortiz, Chile's energy minister, visited the flooded mine on Friday. “The"
        " company must pay for the damage to the river,” he said.",
        "must pay for the damage", "CHLGOV", "Ortiz", id="he-after-apposition"),
    pytest.param(
        "Uzbek opposition figure Rustam Aliyev spoke to supporters in Tashkent. “Nobody"
        " believed Karimov would ever leave,” he said.",
        "Nobody believed", "UZB", "Aliyev", id="he-never-the-name-quoted"),
    # 7. a description: the person or body introduced with it earlier
    pytest.param(
        "Ibrahim Musa, a spokesman for the Nigerian army, said troops had freed 40 hostages in"
        " Borno state. “The operation is continuing,” the spokesman added.",
        "operation is continuing", "NGAMIL", "Musa", id="the-spokesman"),
    pytest.param(
        "South Korean foreign ministry spokeswoman Kim Soo-jin said the embassy in Khartoum"
        " would stay open. “Our staff are safe,” the spokeswoman said.",
        "Our staff are safe", "KORGOV", "Soo-jin", id="the-spokeswoman"),
    pytest.param(
        "Pierre Lemaire, the Canadian ambassador to Mexico, visited the flooded towns on"
        " Tuesday. “We are watching the situation closely,” the ambassador said.",
        "watching the situation", "CANGOV", "Lemaire", id="the-ambassador"),
    pytest.param(
        "Maria Gonzalez, a Mexican nurse, treated the wounded in El Paso. “We worked all"
        " night,” the 34-year-old said.",
        "worked all night", "MEX", "Gonzalez", id="the-n-year-old-said"),
    pytest.param(
        "Former Kenyan runner Paul Kipkemboi won the race in Boston on Monday. “I trained in"
        " the hills for months,” the 29-year-old told the BBC.",
        "trained in the hills", "KEN", "Kipkemboi", id="the-n-year-old-told"),
    # 8. the code from the speaker's own office and nationality, never the nearest place
    pytest.param(
        "“Our people want peace more than anything,” said Mohammad Rahimi, an Afghan delegate"
        " at the talks in Germany.",
        "want peace", "AFG", "Rahimi", id="nationality-not-the-venue"),
    pytest.param(
        "US special envoy to Sudan Mark Dalton said on Thursday: “Both sides must stop the"
        " fighting now.”",
        "Both sides must stop", "USAGOV", "Dalton", id="envoy-to-a-country"),
    pytest.param(
        "PERTH, Jan 3 - Australian fans packed the stadium in Perth for the opening match."
        " Spain's Lucia Romero beat the home favourite in three sets. “It was a tough start but"
        " I am happy,” she said.",
        "tough start", "ESP", "Romero", id="nationality-in-a-foreign-setting"),
    pytest.param(
        "“We lost too many workers in the mines this year,” said Kofi Mensah, head of Ghana's"
        " mineworkers' union.",
        "lost too many workers", "GHA", "Mensah", id="union-head-of-a-country"),
    pytest.param(
        "“Our elders will not accept foreign troops,” said Abdi Farah, a Somali clan elder,"
        " speaking in Nairobi.",
        "Our elders", "SOM", "Farah", id="nationality-not-where-they-speak"),
    # 9. an unnamed source: the country the article gives it, or none
    pytest.param(
        "Indian police stopped buses carrying pilgrims from Nepal near Varanasi on Sunday."
        " “All the roads into the city are open again,” an official said.",
        "roads into the city", "IND", "official", id="unnamed-official-of-the-setting"),
    pytest.param(
        "Canada will send two more frigates to the Red Sea near Yemen, a defence official said"
        " on Tuesday.",
        "two more frigates", "CAN", "official", id="unnamed-official-not-the-place"),
    pytest.param(
        "“The building could collapse at any moment,” a witness said.",
        "could collapse", "", "witness", id="unnamed-with-no-country"),
    # 10. companies and their officers: BUS with the company's country
    pytest.param(
        "“Sales in Europe were stronger than we expected,” said Hiroshi Tanaka, chief executive"
        " of the Japanese carmaker Kiyomi Motors.",
        "Sales in Europe", "JPNBUS", "Tanaka", id="officer-of-a-national-company"),
    pytest.param(
        "“We expect prices to fall before the summer,” said Anna Lindqvist, chief economist at"
        " Sweden's Nordvik Bank.",
        "prices to fall", "SWEBUS", "Lindqvist", id="economist-of-a-national-bank"),
    pytest.param(
        "German chemicals maker Hessler AG cut its forecast on Tuesday. “Demand from China"
        " has weakened sharply,” the company said in a statement.",
        "Demand from China", "DEUBUS", "Hessler", id="the-company-said"),
    # 11. a reporter passing on another's words: the one quoted speaks
    pytest.param(
        "State television quoted Interior Minister Ali Hassan of Yemen as saying: “The"
        " attackers have been caught.”",
        "attackers have been caught", "YEMGOV", "Hassan", id="quoted-as-saying-before"),
    pytest.param(
        "Chinese officials said on Monday they would retaliate. “The US has crossed a red"
        " line,” the official Xinhua news agency quoted a foreign ministry spokesman as saying.",
        "crossed a red line", "CHNGOV", "spokesman", id="quoted-as-saying-after"),
    # 12. an envoy's name after the country they are sent to is still the envoy's
    pytest.param(
        "Brazil's ambassador to Argentina Paulo Mendes met farmers in Buenos Aires on Monday."
        " Argentine officials welcomed the visit. “Trade between our countries must grow,”"
        " Mr Mendes said.",
        "Trade between", "BRA", "Mendes", id="ambassador-to-a-country-then-mr"),
    pytest.param(
        "Japan's ambassador to Canada, Sato Hiroshi, met the trade minister in Ottawa on"
        " Monday. “We want the talks finished by June,” Sato said.",
        "talks finished", "JPN", "Sato", id="ambassador-to-a-country-apposition"),
    # 13. a speaker nothing else places is where the story was filed, unless it names others
    pytest.param(
        "ahmedabad: the state's home minister gordhan zadaphia on tuesday said the situation was"
        " under control. \"the army has been called out in four towns,\" he said.",
        "army has been called out", "IND", "zadaphia", id="lower-case-dateline"),
    # 9. a nationality the article states where it first names the person holds wherever the
    # story is set, in every wire style
    pytest.param(
        "Norway's Prime Minister Ivar Solberg arrived in Washington on Tuesday for talks with US"
        " President Joe Biden at the White House. The US and its allies discussed NATO. “We are"
        " ready to help,” Solberg told reporters.",
        "ready to help", "NORGOV", "Solberg", id="stated-nationality-then-surname"),
    pytest.param(
        "The Afghan leader, Karim Yousufzai, held talks in Berlin with German Chancellor Olaf"
        " Weber on Monday. German officials said the meeting went well. Germany pledged aid."
        " “We need clinics more than soldiers,” Yousufzai said.",
        "need clinics", "AFGGOV", "Yousufzai", id="leader-at-talks-abroad-then-surname"),
    pytest.param(
        "The Philippine Foreign Secretary, Ramon Cruz, is in Tokyo for a summit. Japanese"
        " officials welcomed him. Japan's premier hosted a dinner. Mr Cruz says the region"
        " needs \"calm heads and open ports\".",
        "calm heads", "PHLGOV", "Cruz", id="broadcaster-says-fragment-abroad"),
    pytest.param(
        "KABUL (AP) - American aircraft bombed positions near the capital overnight. US"
        " officials in Washington said the raids would go on. Officials in Kabul said eight"
        " villagers were killed, calling the raids “a crime against our people”.",
        "crime against our", "AFGGOV", "Officials", id="officials-placed-by-their-own-words"),
    pytest.param(
        "The Indonesian Defence Minister, Budi Santoso, has told the ABC that Jakarta will not"
        " accept “any foreign troops on our soil” near the border.",
        "foreign troops", "IDN", "Santoso", id="told-the-abc-fragment"),
    pytest.param(
        "QUITO, 4 MAY 89 (EFE) -- [TEXT] THE U.S. AMBASSADOR TO ECUADOR, PAUL WEBSTER, SAID"
        " TODAY THAT \"THE AID PROGRAM WILL CONTINUE AS PLANNED.\" ECUADORAN OFFICIALS THANKED"
        " HIM.",
        "AID PROGRAM WILL", "USAGOV", "WEBSTER", id="wire-transcript-in-capitals"),
    pytest.param(
        "A Dutch diplomat, Pieter de Wit, told reporters in Baghdad that the aid would arrive"
        " “within a fortnight”.",
        "within a fortnight", "NLDGOV", "Wit", id="diplomat-nationality-not-the-city"),
    # 10. the body a person heads says their kind better than a title or the country's name
    pytest.param(
        "Sharon Whitlock, president of the Australian Council of Trade Unions, told the ABC the"
        " pay offer was “an insult to nurses”.",
        "an insult to nurses", "AUSLAB", "Whitlock", id="head-of-a-council-of-unions-told-the-abc"),
    pytest.param(
        "“Wages have not kept up with rents,” said Maeve Dolan, general secretary of the Irish"
        " Federation of Trade Unions.",
        "kept up with rents", "IRLLAB", "Dolan", id="secretary-of-a-federation-of-unions"),
    # 11. the body a sentence says the person heads, wherever the story is set
    pytest.param(
        "Omar Haidari heads the Afghan delegation to the talks in Doha. Qatari officials hosted"
        " them. Qatar's emir met the delegates. “We want a ceasefire first,” Haidari said.",
        "ceasefire first", "AFG", "Haidari", id="heads-a-national-delegation-abroad"),
    pytest.param(
        "Ruth Obi, who chairs the Nigerian Bar Association, flew to London on Monday. British"
        " lawyers met her. Britain's justice minister spoke. Ms Obi says the courts need “more"
        " judges, not more rules”.",
        "more judges", "NGA", "Obi", id="who-chairs-a-national-body-says-fragment"),
    pytest.param(
        "PERTH (AAP) - Tom Berger, a local fisherman, saw the boat sink. “It went down in"
        " minutes,” Berger said.",
        "went down in minutes", "AUS", "Berger", id="wire-dateline"),
    pytest.param(
        "MADRID (AP) - Players from France, Argentina and Serbia reached the semi-finals on"
        " Saturday. “It was a long day for everyone,” said Tom Berger.",
        "long day", "", "Berger", id="dateline-of-a-story-of-many-nations"),
    # a title that names a body is the one person of that body the sentences before spoke of
    pytest.param(
        "Bajrang Dal chief Vikram Rathore addressed a rally in Jaipur on Sunday. Rathore said"
        " the march would go ahead. “Nobody will stop us,” the Bajrang Dal leader told the crowd.",
        "Nobody will stop us", "INDRAD", "Rathore", id="the-body-s-leader-named-before"),
    # ... and the body itself when the sentences before spoke of two of its people
    pytest.param(
        "Bajrang Dal chief Vikram Rathore and Bajrang Dal secretary Anil Mehta addressed a rally in"
        " Jaipur on Sunday. Rathore and Mehta said the march would go ahead. “Nobody will stop"
        " us,” the Bajrang Dal leader told the crowd.",
        "Nobody will stop us", "INDRAD", "Bajrang Dal", id="the-body-s-leader-of-two-named"),
    # 12. a title that takes its office or post before the name ("Minister for Fisheries …",
    # "Ambassador to Kenya …", "commissioner of police …") introduces that name: the title
    # repeated later is the person, with the title's own country, not the posting's
    pytest.param(
        "Fijian Minister for Fisheries Tomasi Rabuka visited the flooded villages on Tuesday."
        " “We will rebuild every jetty,” the minister said.",
        "rebuild every jetty", "FJIGOV", "Rabuka", id="minister-for-an-office-then-the-minister"),
    pytest.param(
        "Ghanaian Ambassador to Kenya Kwame Mensah on Monday urged Ghanaians in Nairobi to stay"
        " indoors. “Nobody should go out after dark,” the ambassador said.",
        "go out after dark", "GHAGOV", "Mensah", id="ambassador-to-a-country-then-the-ambassador"),
    pytest.param(
        "Ghanaian Ambassador to Kenya Kwame Mensah on Monday urged Ghanaians in Nairobi to stay"
        " indoors. “Nobody should go out after dark,” Mensah said.",
        "go out after dark", "GHAGOV", "Mensah", id="capitalised-ambassador-to-then-the-surname"),
    pytest.param(
        "LUCKNOW: Deputy commissioner of police Rakesh Verma visited the old city on Sunday. “The"
        " situation is under control,” the commissioner said.",
        "under control", "IND", "Verma", id="commissioner-of-police-then-the-commissioner"),
    # 13. a document goes on speaking for its issuer: "it" after "the report states" is the
    # report, not a body named in between
    pytest.param(
        "A report issued by the Chilean Senate finance committee was published on Monday. “Copper"
        " exports fell by a third,” the report states, citing figures from government"
        " ministries. It adds that the mining towns of the north have lost “one job in five”.",
        "one job in five", "CHL", "report", id="it-after-the-report-states"),
    pytest.param(
        "Party president Ravi Menon and 200 workers were detained in Patna on Sunday, a party"
        " release said. They were held by the Bihar police, it said. The workers had protested"
        " against “police excesses”, it said.",
        "police excesses", "IND", "release", id="it-said-after-a-party-release-said"),
    # 14. a cue inside what another cue reports does not take the quotation: the cue that
    # reports it does
    pytest.param(
        "Urging that the government declare the district a disaster zone, Kenyan opposition"
        " leader Daniel Kiprono demanded, “Give the farmers their money now.”",
        "farmers their money", "KEN", "Kiprono", id="urging-that-another-declare-then-demanded"),
    # 15. a statement named again speaks for the issuer its first mention names
    pytest.param(
        "The results were announced in a statement issued by the Nigerian electoral commission."
        " “The process was transparent,” the statement said.",
        "process was transparent", "NGAGOV", "statement", id="issued-by-then-the-statement"),
    # 16. a country's name inside a region's name is the region's country
    pytest.param(
        "“The rioters will face the full force of the law,” Northern Ireland's police chief"
        " Sean Byrne said on Monday.",
        "full force of the law", "GBR", "Byrne", id="northern-ireland-police-chief"),
    # 17. a national noun names its country
    pytest.param(
        "England lost the third Test in Bangalore on Monday. “I was only helping the fielders,”"
        " the Englishman said.",
        "helping the fielders", "GBR", "Englishman", id="the-englishman-said"),
]


@pytest.mark.parametrize(("text", "words", "code", "name"), CASES)
def test_speaker(coder: ArticleCoder, text: str, words: str, code: str, name: str) -> None:
    quote = quote_of(coder, text, words)
    found = quote.speaker.code if quote.speaker else ""
    assert (found == code if len(code) != 3 else found[:3] == code), (found, person(quote))
    assert name.lower() in person(quote).lower(), (found, person(quote))


def test_a_cue_joined_inside_a_report_goes_with_the_cue_that_reports(coder: ArticleCoder) -> None:
    """ "He alleged that the party was trying … and said “…”": the parser joins "said" to the
    reported verb, but the one who alleged speaks, not the party alleged of."""
    text = ("Kenyan opposition leader Daniel Kiprono spoke in Nakuru. He alleged that the Jubilee"
            " Party was trying to divide the farmers and said “no deal is possible under threats.”")
    article = Article(id="art_speakers", title="", text=text, content_hash="x", origin="test",
                      date=date(2023, 5, 10))
    quote = next(quote for quote in coder.code(article).quotes
                 if quote.direct and "no deal is possible" in quote.text)
    assert quote.speaker is not None and quote.speaker.code == "KENOPP", person(quote)
    assert "kiprono" in person(quote).lower()


@pytest.mark.parametrize(("text", "words", "not_speaking"), [
    pytest.param("The editor was accused of “spreading false news” by a court in Minsk on Monday.",
                 "spreading false news", "editor", id="accused-of"),
    pytest.param("Two Kenyan aid workers were told to “leave the district at once” after the"
                 " raid.", "leave the district", "workers", id="told-to"),
])
def test_a_passive_cue_is_never_its_subjects_words(coder: ArticleCoder, text: str, words: str,
                                                   not_speaking: str) -> None:
    quote = quote_of(coder, text, words)
    assert not_speaking not in person(quote)


@pytest.mark.parametrize(("text", "words", "not_speaking"), [
    pytest.param("A lawyer for Tomasi Rabuka said on Monday that the charges would be fought."
                 " “The case is weak,” the lawyer said.", "case is weak", "Rabuka",
                 id="a-lawyer-for-a-client"),
    pytest.param("An adviser to Foreign Minister Tomasi Rabuka said on Monday that the talks would"
                 " go on. “The talks will continue,” the adviser said.", "talks will continue",
                 "Rabuka", id="an-adviser-to-a-titled-person"),
])
def test_a_title_s_complement_is_not_its_holder(coder: ArticleCoder, text: str, words: str,
                                                not_speaking: str) -> None:
    """ "a lawyer for Rabuka": the name a title's preposition takes with nothing between, or
    with a title of its own between, is whom the title serves, not who holds it."""
    quote = quote_of(coder, text, words)
    assert not_speaking not in person(quote), person(quote)


@pytest.mark.parametrize(("text", "words", "not_country"), [
    pytest.param(
        "Kurt Volkmann, the former special envoy to Ukraine, testified before the committee on"
        " Tuesday. Ukraine's president said nothing. Ukrainian officials were silent. Ukraine"
        " waited. “That's correct,” Volkmann said.",
        "That's correct", "UKR", id="envoy-to-the-story-s-country"),
    pytest.param(
        "Lena Fischer, the ambassador to Mali, left Bamako on Friday. Mali's junta had expelled"
        " her. Malian officials gave no reason. “We were given two days,” Fischer said.",
        "two days", "MLI", id="ambassador-to-the-story-s-country"),
])
def test_a_speaker_is_never_placed_in_the_country_they_are_posted_to(
        coder: ArticleCoder, text: str, words: str, not_country: str) -> None:
    quote = quote_of(coder, text, words)
    found = quote.speaker.code if quote.speaker else ""
    assert not found.startswith(not_country), (found, person(quote))
