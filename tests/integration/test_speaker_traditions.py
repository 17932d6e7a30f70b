"""Who said it, across the attribution habits of news traditions: agency copy ("X said", "said X,
the …", "told Reuters", "was quoted as saying"), British papers ("said Mr X", "told the BBC"),
Indian English ("said the police commissioner", "the DCP said", "according to sources"),
Latin-American wire in capitals, transcripts and interviews ("Q:"/"A:", "he told reporters",
"asked whether …, he replied"), a quotation over several paragraphs, a speaker named only in the
sentence after the quotation, two speakers taking turns, a quotation inside a quotation, a person
described by a calling ("a local teacher": a person, not the sector), a member of a residents'
body, speakers named by their office only, and quotations no one speaks (headlines, slogans,
signs). Every person and event is invented, the countries and bodies are real; the expected
speaker and code follow the convention, not what Tacitus did."""

from __future__ import annotations

import pytest
from test_speaker_conventions import coded_quotes

AGENCY = (
    "COPENHAGEN (Reuters) - Denmark will spend an extra 2 billion crowns on coastal defences,"
    " Environment Minister Karin Holm said on Tuesday.\n\n"
    "\u201cThe sea is rising faster than our dikes,\u201d Holm said at a news conference.\n\n"
    "\u201cWe have asked for this money for five years,\u201d said Lars Berg, the mayor of the"
    " port town of Esbjerg.\n\n"
    "\u201cThe plan comes too late for the islands,\u201d Greenpeace campaigner Mette Lund told"
    " Reuters.\n"
)

BRITISH = (
    "The Home Secretary, Edward Whitfield, has ordered an inquiry into the collapse of the"
    " Manchester asylum contract.\n\n"
    "Speaking in the Commons, he said the company had \u201cfailed the public\u201d.\n\n"
    "\u201cNo firm that behaves like this will work for the Home Office again,\u201d said Mr"
    " Whitfield.\n\n"
    "The shadow home secretary, Priya Sandhu, said the inquiry was overdue. \u201cThe minister"
    " was warned a year ago,\u201d Mrs Sandhu told the BBC.\n\n"
    "A Downing Street spokeswoman said: \u201cThe Prime Minister has full confidence in the Home"
    " Secretary.\u201d\n"
)

INDIAN_POLICE = (
    "PUNE: Police have arrested three men for the murder of a jeweller in Kothrud.\n\n"
    "\u201cThe accused were identified from the CCTV footage,\u201d said the police"
    " commissioner, Arvind Patil.\n\n"
    "\u201cTwo of them have criminal records in Satara,\u201d the DCP said.\n\n"
    "According to sources, the gang had \u201cplanned the robbery for weeks\u201d.\n\n"
    "\u201cWe will file the chargesheet within 60 days,\u201d Superintendent of Police (SP)"
    " Sunil Deshmukh told PTI.\n"
)

INDIAN_LOWER = (
    "bhopal: the district collector on friday ordered an inquiry into the collapse of a"
    " school wall in sehore.\n\n"
    "\u201cthe contractor used poor material, and he will be blacklisted,\u201d said collector"
    " neha tiwari.\n\n"
    "\u201cmy son was standing next to the wall,\u201d said ramesh yadav, a vegetable vendor"
    " whose son was injured.\n"
)

MUC_DEFENSE = (
    "   TEGUCIGALPA, 14 MAY 89 (RADIO AMERICA) -- [TEXT] THE HONDURAN ARMED FORCES\n"
    "TODAY DENIED THAT SALVADORAN GUERRILLAS ARE USING HONDURAN TERRITORY.\n\n"
    "   ARMED FORCES SPOKESMAN COLONEL MARIO ESPINAL TOLD REPORTERS: \"THERE\n"
    "ARE NO GUERRILLA CAMPS ON OUR SIDE OF THE BORDER.\"\n\n"
    "   \"WE PATROL THE BORDER DAY AND NIGHT,\" HE ADDED.\n\n"
    "   PRESIDENT JOSE AZCONA STATED: \"HONDURAS WILL NOT BE A BASE FOR ANY\n"
    "ARMED GROUP.\"\n"
)

MUC_STUDENTS = (
    "   SAN SALVADOR, 2 NOV 89 (ACAN-EFE) -- [TEXT] ARCHBISHOP ARTURO RIVERA Y\n"
    "DAMAS TODAY CONDEMNED THE ATTACK ON THE UNIVERSITY.\n\n"
    "   \"THE VIOLENCE MUST STOP,\" THE ARCHBISHOP SAID DURING THE SUNDAY MASS.\n"
)

INTERVIEW_QA = (
    "Chilean Senator Rosa Ibarra spoke to us after the vote on the pension reform.\n\n"
    "Q: Will the reform pass in the lower house?\n\n"
    "A: \u201cIt will pass, because the pensioners cannot wait another year.\u201d\n"
)

REPORTERS = (
    "Polish Defence Minister Jan Nowak visited the troops at the Belarusian border on"
    " Saturday.\n\n"
    "\u201cNot one metre of Polish land will be given up,\u201d he told reporters at the base.\n\n"
    "Asked whether more soldiers would be sent, Nowak replied: \u201cAs many as are"
    " needed.\u201d\n"
)

LONG_QUOTE = (
    "\u201cWe have lost everything,\u201d said Thabo Nkosi, a farmer near Durban, South Africa.\n\n"
    "\u201cThe water came at night and took the cattle, the house and the tractor.\n\n"
    "\u201cNobody from the government has come to see us,\u201d he said.\n"
)

NAMED_AFTER = (
    "\u201cThe dam will be finished next year.\u201d The promise came from Ethiopia's water"
    " minister, Abebe Tesfaye, who spoke in Addis Ababa on Monday.\n"
)

ALTERNATING = (
    "Kenya's health minister, Grace Wanjiru, and the doctors' union leader, Samuel Otieno, met"
    " on Thursday to end the strike.\n\n"
    "\u201cThe government has paid every doctor what it owes,\u201d she said.\n\n"
    "\u201cThat is simply not true,\u201d he replied. \u201cHundreds have not been paid since"
    " June.\u201d\n\n"
    "\u201cThe union has the figures from the treasury,\u201d Wanjiru said.\n"
)

NESTED = (
    "\u201cThe officer told us, \u2018Go back to your houses,\u2019 and then the shooting"
    " started,\u201d said Khadija Bello, a resident of Maiduguri, Nigeria.\n"
)

CALLINGS = (
    "\u201cThe school has had no water for a month,\u201d said Jamal Idris, a local teacher in"
    " Kano, Nigeria.\n\n"
    "\u201cWe were never asked about the tower,\u201d said Lina Haddad of the residents'"
    " committee in Tripoli, Lebanon.\n\n"
    "\u201cThe clinic turns away ten patients a day,\u201d said Dr Omar Farah, a surgeon at the"
    " main hospital in Hargeisa, Somalia.\n"
)

OFFICES = (
    "Indonesia summoned the Australian ambassador on Monday over the detention of six"
    " fishermen.\n\n"
    "\u201cThe fishermen were in Indonesian waters,\u201d the foreign ministry's spokesman"
    " said.\n\n"
    "\u201cThe ambassador has been told that we expect their release,\u201d a spokeswoman for"
    " the ministry added.\n"
)

UNSPOKEN = (
    "\u201cNot One More\u201d: thousands march in Lima against the mining law\n\n"
    "Protesters carried banners reading \u201cWater is life\u201d past the Congress building"
    " in Lima on Sunday.\n\n"
    "A sign on the gate of the mine said \u201cNo entry\u201d.\n\n"
    "Peru's mining minister, Raul Quispe, did not comment.\n"
)

# (text, words of the quote, the speaker's code ("NGA*": any code of that country; "NGA": the
# country alone, no sector), a word naming the speaker)
CASES = [
    # 1. agency copy
    pytest.param(AGENCY, "faster than our dikes", "DNKGOV", "Holm", id="agency-surname-said"),
    pytest.param(AGENCY, "for five years", "DNK*", "Berg", id="agency-said-name-the-mayor"),
    pytest.param(AGENCY, "too late for the islands", "DNK*", "Lund",
                 id="agency-campaigner-told-reuters"),
    pytest.param(
        "\u201cThe gas transit contract will not be renewed,\u201d Russian Deputy Energy"
        " Minister Oleg Sorokin was quoted as saying by the RIA news agency.",
        "transit contract", "RUSGOV", "Sorokin", id="agency-was-quoted-as-saying-by"),
    pytest.param(
        "Vietnam's foreign ministry spokeswoman Pham Thu Hang said on Thursday that Hanoi"
        " \u201cresolutely opposes\u201d the survey ship's presence in its waters.",
        "resolutely opposes", "VNMGOV", "Pham", id="agency-fragment-after-that"),
    pytest.param(
        "\u201cWe will not pay ransom to anyone,\u201d the Malian junta leader, Colonel Amadou"
        " Keita, said in a televised address.",
        "pay ransom", "MLI*", "Keita", id="agency-the-junta-leader-colonel"),
    # 2. British papers
    pytest.param(BRITISH, "work for the Home Office again", "GBRGOV", "Whitfield",
                 id="british-said-mr-surname"),
    pytest.param(BRITISH, "warned a year ago", "GBR*", "Sandhu", id="british-mrs-told-the-bbc"),
    pytest.param(BRITISH, "full confidence", "GBRGOV", "spokeswoman",
                 id="british-downing-street-spokeswoman-colon"),
    pytest.param(BRITISH, "failed the public", "GBRGOV", "Whitfield",
                 id="british-he-said-fragment-after-title-name"),
    # 3. Indian English
    pytest.param(INDIAN_POLICE, "identified from the CCTV", "INDCOP", "Patil",
                 id="india-said-the-police-commissioner-name"),
    pytest.param(INDIAN_POLICE, "criminal records", "INDCOP", "DCP", id="india-the-dcp-said"),
    pytest.param(INDIAN_POLICE, "chargesheet within 60 days", "INDCOP", "Deshmukh",
                 id="india-sp-in-brackets-told-pti"),
    # unnamed sources the article ties to no body take no country from the dateline (#18: "the
    # country the article attributes it to, or none"; speaker_codes.unsided)
    pytest.param(INDIAN_POLICE, "planned the robbery", "", "sources",
                 id="india-according-to-sources-fragment"),
    pytest.param(INDIAN_LOWER, "poor material", "INDGOV", "tiwari",
                 id="india-lower-said-collector-name"),
    pytest.param(INDIAN_LOWER, "standing next to the wall", "IND", "yadav",
                 id="india-lower-a-vegetable-vendor"),
    # 4. Latin-American wire in capitals
    pytest.param(MUC_DEFENSE, "NO GUERRILLA CAMPS", "HNDMIL", "ESPINAL",
                 id="muc-spokesman-colonel-told-reporters-colon"),
    pytest.param(MUC_DEFENSE, "DAY AND NIGHT", "HNDMIL", "ESPINAL", id="muc-he-added-after-colon"),
    pytest.param(MUC_DEFENSE, "NOT BE A BASE", "HNDGOV", "AZCONA", id="muc-president-stated-colon"),
    pytest.param(MUC_STUDENTS, "VIOLENCE MUST STOP", "SLV*", "RIVERA",
                 id="muc-the-archbishop-said"),
    # 5. transcripts and interviews
    pytest.param(INTERVIEW_QA, "cannot wait another year", "CHL*", "Ibarra",
                 id="interview-q-and-a-labels"),
    pytest.param(REPORTERS, "Not one metre", "POLMIL", "Nowak", id="interview-he-told-reporters"),
    pytest.param(REPORTERS, "As many as are needed", "POLMIL", "Nowak",
                 id="interview-asked-whether-surname-replied"),
    pytest.param(
        "MINISTER ANA SOUSA: \u201cPortugal will meet its deficit target this year.\u201d\n\n"
        "PRESENTER: And if it does not?\n\n"
        "ANA SOUSA: \u201cIt will.\u201d",
        "deficit target", "PRT*", "Sousa", id="transcript-title-and-name-label"),
    # 6. a quotation over several paragraphs, named in the first
    pytest.param(LONG_QUOTE, "lost everything", "ZAF*", "Nkosi", id="long-first-named"),
    pytest.param(LONG_QUOTE, "took the cattle", "ZAF*", "Nkosi", id="long-open-middle-paragraph"),
    pytest.param(LONG_QUOTE, "Nobody from the government", "ZAF*", "Nkosi",
                 id="long-he-said-last-paragraph"),
    # 7. named only in the sentence after the quotation
    pytest.param(NAMED_AFTER, "finished next year", "ETHGOV", "Tesfaye",
                 id="named-after-the-promise-came-from"),
    # 8. two speakers taking turns
    pytest.param(ALTERNATING, "paid every doctor", "KENGOV", "Wanjiru", id="turns-she-said"),
    pytest.param(ALTERNATING, "simply not true", "KEN*", "Otieno", id="turns-he-replied"),
    pytest.param(ALTERNATING, "not been paid since June", "KEN*", "Otieno",
                 id="turns-second-sentence-of-his-turn"),
    pytest.param(ALTERNATING, "figures from the treasury", "KENGOV", "Wanjiru",
                 id="turns-back-to-her-by-name"),
    # 9. a quotation inside a quotation
    pytest.param(NESTED, "shooting started", "NGA*", "Bello", id="nested-outer-speaker"),
    # 10. a person by a calling, a member of a residents' body
    pytest.param(CALLINGS, "no water for a month", "NGA*", "Idris", id="calling-a-local-teacher"),
    pytest.param(CALLINGS, "never asked about the tower", "LBN*", "Haddad",
                 id="member-of-the-residents-committee"),
    pytest.param(CALLINGS, "turns away ten patients", "SOM*", "Farah",
                 id="calling-dr-a-surgeon-at-hospital"),
    # 11. speakers named by their office only
    pytest.param(OFFICES, "in Indonesian waters", "IDNGOV", "spokesman",
                 id="office-the-ministrys-spokesman"),
    pytest.param(OFFICES, "expect their release", "IDNGOV", "spokeswoman",
                 id="office-a-spokeswoman-for-the-ministry"),
    pytest.param(
        "\u201cThe border crossings will stay closed over the holiday,\u201d the Israeli"
        " military said in a statement.",
        "crossings will stay closed", "ISRMIL", "military", id="office-the-national-military"),
    pytest.param(
        "\u201cThe vaccine stocks will last until April,\u201d the health ministry of Ghana said"
        " on Wednesday.",
        "vaccine stocks", "GHAGOV", "ministry", id="office-the-ministry-of-country"),
]

# a few more habits of each tradition, one sentence or two each
MORE_CASES = [
    pytest.param(
        "The Hungarian foreign minister, Zoltan Kiss, defended the veto. Asked about the"
        " sanctions, he said they had failed. \u201cThey hurt Europe more than Russia,\u201d"
        " Kiss retorted when a reporter objected.",
        "hurt Europe more", "HUNGOV", "Kiss", id="agency-surname-retorted"),
    pytest.param(
        "\u201cThe strike will go ahead on Monday,\u201d said a U.S. official, who spoke on"
        " condition of anonymity because he was not authorized to discuss the matter.",
        "strike will go ahead", "USAGOV", "official", id="agency-official-on-condition"),
    pytest.param(
        "Father of three Emeka Okafor, 54, from Peckham, south London, said: \u201cWe waited"
        " four hours for an ambulance.\u201d",
        "four hours for an ambulance", "GBR*", "Okafor", id="british-name-age-said-colon"),
    pytest.param(
        "Speaking to Sky News, Mr Hollis, the Welsh health minister, said: \u201cThe waiting"
        " lists will be halved by next spring.\u201d",
        "waiting lists", "GBR*", "Hollis", id="british-speaking-to-sky-news-mr"),
    pytest.param(
        "According to Ruiz, the Bolivian mines minister, \u201cthe lithium belongs to the"
        " Bolivian people and will stay in Bolivia.\u201d",
        "lithium belongs", "BOLGOV", "Ruiz", id="according-to-surname-the-minister"),
    pytest.param(
        "\u201cThe borehole has been dry since January,\u201d said Hon. Mary Achieng, the MP"
        " for Kisumu East in Kenya.",
        "borehole has been dry", "KEN*", "Achieng", id="kenyan-hon-mp-for"),
    pytest.param(
        "\u201cThe convoy was fired on twice before it reached the bridge,\u201d said Capt."
        " Daniel Osei, a spokesman for Ghana's army.",
        "fired on twice", "GHAMIL", "Osei", id="agency-said-capt-abbreviated-rank"),
    pytest.param(
        "\u201cThe two suspects have been remanded in custody,\u201d Supt. Ravi Menon of the"
        " Kerala police told reporters in Kochi, India.",
        "remanded in custody", "INDCOP", "Menon", id="india-supt-abbreviated-rank"),
    pytest.param(
        "Maria Duarte, a Portuguese journalist, was detained by the Angolan police and accused"
        " of \u201cspreading false news\u201d on Monday.",
        "spreading false news", "AGOCOP", "police", id="passive-joined-shares-its-agent"),
    pytest.param(
        "The Zambian finance minister, Chola Banda, was praised by the opposition and said"
        " that \u201cthe budget is fair to every province in the country\u201d.",
        "fair to every province", "ZMBGOV", "Banda", id="active-joined-keeps-its-subject"),
    pytest.param(
        "Chancellor Anna Berger of Austria told the parliament in Vienna: \u201cThere will be"
        " no new border fences.\u201d",
        "no new border fences", "AUTGOV", "Berger", id="chancellor-of-country-told-parliament"),
    pytest.param(
        "   QUITO, 9 AUG 89 (EL COMERCIO) -- [TEXT] GOVERNMENT MINISTER ANDRES VALLEJO\n"
        "TODAY DECLARED: \"THE GOVERNMENT WILL NOT NEGOTIATE WITH TERRORISTS.\"\n",
        "WILL NOT NEGOTIATE", "ECUGOV", "VALLEJO", id="muc-minister-declared-colon"),
    pytest.param(
        "hyderabad: residents of the colony staged a protest on monday. \u201cwe have not had"
        " drinking water for ten days,\u201d said k lakshmi, a homemaker.",
        "drinking water", "IND*", "lakshmi", id="india-lower-initial-name-a-homemaker"),
    # one named only as an object or owner in the pronoun's own clause is spoken of: the
    # speaker is who the sentence before was about
    pytest.param(
        "Ana Ruiz, the mayor of Seville, met residents on Monday. About Carlos Vega's plan for"
        " the port, she said: \u201cIt will cost the city its beaches.\u201d\n",
        "cost the city its beaches", "ESP*", "Ruiz", id="pronoun-not-the-owner-in-its-clause"),
    pytest.param(
        "Ana Ruiz, the mayor of Seville, met residents on Monday. In a letter to Carlos Vega,"
        " she said the city \u201cwill not pay for the new stadium.\u201d\n",
        "will not pay for the new stadium", "ESP*", "Ruiz",
        id="pronoun-not-the-object-in-its-clause"),
]

# quotations no one speaks: the words are never given a speaker
UNSPOKEN_CASES = [
    pytest.param(UNSPOKEN, "Not One More", id="unspoken-headline-before-colon"),
    pytest.param(UNSPOKEN, "Water is life", id="unspoken-banners-reading"),
    pytest.param(UNSPOKEN, "No entry", id="unspoken-a-sign-said"),
    pytest.param(
        "Her first novel, \u201cThe Salt Road\u201d, was published in Nairobi in 2019.",
        "The Salt Road", id="unspoken-a-book-title"),
]

@pytest.mark.parametrize(("text", "words", "code", "name"), CASES + MORE_CASES)
def test_speaker_by_tradition(text: str, words: str, code: str, name: str) -> None:
    found = [quote for quote in coded_quotes(text) if words.lower() in quote.text.lower()]
    assert found, f"no quote with {words!r}"
    speaker = found[0].speaker
    named = f"{speaker.name if speaker else ''} {found[0].speaker_text}"
    given = speaker.code if speaker else ""
    assert (given.startswith(code[:-1]) if code.endswith("*") else given == code), (given, named)
    assert name.lower() in named.lower(), (given, named)


@pytest.mark.parametrize(("text", "words"), UNSPOKEN_CASES)
def test_no_speaker_for_unspoken_words(text: str, words: str) -> None:
    spoken = [(quote.text, quote.speaker_text) for quote in coded_quotes(text)
              if words.lower() in quote.text.lower() and quote.speaker is not None]
    assert not spoken
