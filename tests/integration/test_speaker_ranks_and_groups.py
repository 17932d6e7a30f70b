"""Who speaks when a rank is written as an abbreviation ("DSP R K Verma", "the SP said"), when
a plural description speaks for the people named together before it ("the two leaders said") or
one member for the group named before ("a source said"), and where a speaker at a body named
after a city is from ("a researcher at Porto University"), in lower case (re-cased Indian copy),
mixed case and wire copy. Every person and event is
invented; the letters that are also a party's ("SP leader …") must stay the party's, and a plural
that says its own kind ("opposition leaders") keeps it."""

from __future__ import annotations

import pytest
from test_speaker_conventions import CLOSE, OPEN, coded_quotes


def speaker_of(text: str, words: str) -> tuple[str, str]:
    """The code and the words naming the speaker of the quote holding ``words``."""
    found = [quote for quote in coded_quotes(text) if words.lower() in quote.text.lower()]
    assert found, f"no quote with {words!r}"
    speaker = found[0].speaker
    return (speaker.code if speaker else "",
            f"{speaker.name if speaker else ''} {found[0].speaker_text}")


# (text, words of the quote, the speaker's code, a word naming the speaker)
RIGHT = [
    # 1. a rank right before a name
    pytest.param(
        "LUDHIANA: Police on Friday arrested four men for the bank robbery. \u201cThe accused"
        " have been sent to judicial custody,\u201d said SSP Harpreet Gill.",
        "judicial custody", "INDCOP", "Gill", id="said-ssp-name"),
    pytest.param(
        "meerut: the district police seized 40 kg of explosives from a godown on sunday."
        f" {OPEN}the godown belonged to a trader who has fled,{CLOSE} dsp anil tyagi told toi.",
        "trader who has fled", "INDCOP", "tyagi", id="lower-case-dsp-first-name-uncased"),
    pytest.param(
        "\u201cNo one will be allowed to disturb the peace,\u201d IGP Sunita Rao told reporters"
        " in Bhopal.",
        "disturb the peace", "INDCOP", "Rao", id="igp-told-reporters-town-only"),
    pytest.param(
        "KOLKATA: ACP Vinod Menon said: \u201cThe crowd was dispersed without force.\u201d",
        "dispersed without force", "INDCOP", "Menon", id="acp-said-colon"),
    pytest.param(
        "JAIPUR: Six shops were gutted in the fire.\n\n"
        "\u201cThe short circuit started in the first shop,\u201d DCP Nirmala Joshi said.",
        "short circuit", "INDCOP", "Joshi", id="dcp-name-said"),
    # 2. a bare rank with a determiner, the rank given earlier in full or before a name
    pytest.param(
        "varanasi: senior superintendent of police meena kumari on monday visited the ghats"
        f" after the stampede.\n\n{OPEN}we will put barricades at every entry,{CLOSE} the ssp"
        " said.",
        "barricades at every entry", "INDCOP", "kumari", id="the-ssp-after-the-rank-in-full"),
    pytest.param(
        "MUMBAI: Deputy Commissioner of Police Rohit Sharma said six people had been detained."
        " \u201cWe are questioning them,\u201d the DCP said.",
        "questioning them", "INDCOP", "Sharma", id="the-dcp-after-the-rank-capitalised"),
    pytest.param(
        "gorakhpur: sp kamal singh visited the village on wednesday.\n\n"
        f"{OPEN}the culprits will be arrested within a week,{CLOSE} the sp said.",
        "within a week", "INDCOP", "singh", id="the-sp-after-sp-before-a-name"),
    pytest.param(
        "NAGPUR: Station house officer Prakash Rane said the body was sent for a post-mortem."
        " \u201cWe suspect it was a murder,\u201d the SHO said.",
        "suspect it was a murder", "INDCOP", "Rane", id="the-sho-after-station-house-officer"),
    # 3. plural descriptions speaking for people named together
    pytest.param(
        "Kenya's president and its interior minister toured Mombasa on Monday. \u201cThe port"
        " will reopen next week,\u201d the two leaders said.",
        "port will reopen", "KENGOV", "leaders", id="the-two-leaders-head-and-minister"),
    pytest.param(
        "bhopal: the chief minister and the deputy chief minister met the farmers on tuesday."
        f" {OPEN}the loans will be waived,{CLOSE} the two leaders said.",
        "loans will be waived", "INDGOV", "leaders", id="lower-case-two-leaders-dateline"),
    pytest.param(
        "Chile's foreign minister and its trade minister arrived in Tokyo on Sunday. \u201cThe"
        " agreement is ready to sign,\u201d both ministers said.",
        "ready to sign", "CHLGOV", "ministers", id="both-ministers-abroad"),
    pytest.param(
        "Ghana's president and its foreign minister met the Togolese delegation in Accra."
        " \u201cWe want open borders,\u201d the leaders said.",
        "open borders", "GHAGOV", "leaders", id="the-leaders-no-number"),
    pytest.param(
        "Finland's prime minister and Finland's defence minister visited the border guards."
        " \u201cThe border is safe,\u201d the two ministers said.",
        "border is safe", "FIN", "ministers", id="two-kinds-keep-the-country"),
    # 4. one unnamed member of a group named before, and people inside a body
    pytest.param(
        "Sources in the Egyptian foreign ministry said the envoy would be recalled. \u201cThe"
        " decision was taken on Sunday,\u201d a source said.",
        "taken on Sunday", "EGYGOV", "source", id="a-source-after-sources-in-a-ministry"),
    pytest.param(
        "Officials of the Nigerian army said the town had been retaken. \u201cThe rebels fled at"
        " night,\u201d one official said.",
        "fled at night", "NGAMIL", "official", id="one-official-after-army-officials"),
    pytest.param(
        "Diplomats at the Peruvian embassy in Quito said the talks had stalled. \u201cNobody"
        " answers our calls,\u201d a senior diplomat said.",
        "answers our calls", "PERGOV", "diplomat", id="a-senior-diplomat-of-an-embassy"),
    pytest.param(
        "   QUITO, 9 MAR 90 (EFE) -- [TEXT] SOURCES IN THE ECUADORIAN ARMY SAID TODAY THAT THE\n"
        "BORDER POSTS WERE REINFORCED.  \"THE TROOPS ARRIVED AT DAWN,\" A SOURCE SAID.\n",
        "ARRIVED AT DAWN", "ECUMIL", "SOURCE", id="capitals-a-source-in-the-army"),
    pytest.param(
        "Officials in Kabul said the road had been reopened. \u201cThe convoy can pass,\u201d"
        " an official said.",
        "convoy can pass", "AFGGOV", "official", id="officials-in-a-town-are-no-body"),
    # 5. a body named after a city, in a story set nowhere
    pytest.param(
        "\u201cThe drought will return next year,\u201d said Ana Ruiz, an economist at the"
        " University of Tel Aviv.",
        "drought will return", "ISR", "Ruiz", id="university-of-a-city"),
    pytest.param(
        "\u201cNobody reads the small print,\u201d said Pedro Alves, a lawyer at Porto"
        " University.",
        "small print", "PRT", "Alves", id="city-university"),
    pytest.param(
        "\u201cThe reform came too late,\u201d says Professor Jin-ho Seo, a political scientist"
        " at Busan National University.",
        "came too late", "KOR", "Seo", id="city-national-university"),
    pytest.param(
        "\u201cThe glaciers are melting faster,\u201d said Dr Karin Holm, a glaciologist at"
        " Gothenburg University.",
        "melting faster", "SWE", "Holm", id="a-first-name-that-is-a-town-is-no-town"),
]

# (text, words of the quote, a code the speaker must not have)
WRONG = [
    pytest.param(
        "LUCKNOW: SP leader Ramvir Yadav said the government had failed the farmers. \u201cThe"
        " farmers are dying,\u201d said Yadav.",
        "farmers are dying", "INDCOP", id="sp-leader-is-a-party"),
    pytest.param(
        "LUCKNOW: The Samajwadi Party (SP) will contest all 80 seats. \u201cWe need no"
        " alliance,\u201d the SP said in a statement.",
        "need no alliance", "INDCOP", id="the-sp-party-named-in-full"),
    pytest.param(
        "lucknow: sp chief akhilesh verma on sunday attacked the state government.\n\n"
        f"{OPEN}this government has failed,{CLOSE} the sp said.",
        "government has failed", "INDCOP", id="sp-chief-is-a-party"),
    pytest.param(
        "Malawi's president and its finance minister met the lenders on Monday. \u201cWe will"
        " fight this government,\u201d opposition leaders said.",
        "fight this government", "MWIGOV", id="opposition-leaders-keep-their-kind"),
    pytest.param(
        "Congo's president and its defence minister visited Goma on Monday. \u201cWe will not"
        " disarm,\u201d rebel leaders said.",
        "not disarm", "CODGOV", id="rebel-leaders-keep-their-kind"),
    pytest.param(
        "Finland's prime minister and Finland's defence minister visited the border guards."
        " \u201cThe border is safe,\u201d the two ministers said.",
        "border is safe", "FINMIL", id="two-kinds-take-neither"),
    pytest.param(
        "The president of Benin met the leader of the Togolese opposition in Cotonou. \u201cWe"
        " want fair elections,\u201d the two leaders said.",
        "fair elections", "BENGOV", id="one-subject-is-no-group"),
    pytest.param(
        "Officials of the Nigerian army said the town had been retaken. \u201cThe rebels fled at"
        " night,\u201d a Ghanaian official said.",
        "fled at night", "NGAMIL", id="a-member-of-another-country-is-its-own"),
]


@pytest.mark.parametrize(("text", "words", "code", "name"), RIGHT)
def test_rank_or_group_speaker(text: str, words: str, code: str, name: str) -> None:
    given, named = speaker_of(text, words)
    assert (given == code if len(code) != 3 else given[:3] == code), (given, named)
    assert name.lower() in named.lower(), (given, named)


@pytest.mark.parametrize(("text", "words", "code"), WRONG)
def test_letters_or_plurals_that_are_no_rank_or_group(text: str, words: str, code: str) -> None:
    given, named = speaker_of(text, words)
    assert given != code, (given, named)
