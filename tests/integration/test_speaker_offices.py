"""A speaker's code from their own office and nationality, as the article states them, never from
the place where they speak (issue #18): venues ("told reporters in", "talks in", "during a visit
to", "a summit in"), offices of international bodies, offices abroad (ambassadors, envoys,
embassies), unions, parties and companies, nationality adjectives, a country stated once and
implied after, and unnamed sources placed by the article. Every person and event is invented;
the countries and bodies are real; the expected code follows docs/annotation.md (the country or
body of the office, with its sector), not what Tacitus did."""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest

from tacitus.model import Article, Event, Quote
from tacitus.pipeline import ArticleCoder, make_article_coder
from tacitus.settings import Settings

CODE_LENGTH = 3


@cache
def _coder() -> ArticleCoder:
    return make_article_coder(Settings(offline=True))


@cache
def _coded(text: str) -> tuple[tuple[Quote, ...], tuple[Event, ...]]:
    article = Article(id="art_offices", title="", text=text, content_hash="x", origin="test",
                      date=date(2025, 3, 11))
    coded = _coder().code(article)
    return coded.quotes, coded.events


# (text, words of the quote, the speaker's code or its first three letters, "" for none, a word
# naming the speaker)
CASES = [
    # 1. a venue is where they speak, not whose they are
    pytest.param(
        "Hungary will veto the migration pact, Foreign Minister Zoltan Bodnar told reporters in"
        " Brussels on Tuesday. “We will not be lectured by anyone,” Bodnar said.",
        "not be lectured", "HUNGOV", "Bodnar", id="told-reporters-in-a-foreign-capital"),
    pytest.param(
        "Prime Minister Tomasz Wrobel of Poland held talks in Berlin on Monday. “Our border is"
        " Europe's border,” Wrobel told reporters after the meeting.",
        "Europe's border", "POLGOV", "Wrobel", id="office-of-a-country-talks-in"),
    pytest.param(
        "Afghanistan's acting foreign minister, Nasir Ahmadzai, arrived for talks in Germany on"
        " Wednesday. German ministers received him in Berlin. “We ask for trade, not charity,”"
        " Ahmadzai said.",
        "not charity", "AFG", "Ahmadzai", id="leader-at-talks-in-germany"),
    pytest.param(
        "During a visit to Japan, Kenyan Trade Minister Faith Wanjiru signed a deal on tea"
        " exports. “Our farmers will earn more,” Wanjiru told reporters in Tokyo.",
        "farmers will earn", "KENGOV", "Wanjiru", id="during-a-visit-to-then-told-in"),
    pytest.param(
        "Nigeria's president, Musa Danjuma, flew to Addis Ababa for the summit. At the summit in"
        " the Ethiopian capital, the president said: “Africa must pay for its own peace.”",
        "pay for its own peace", "NGAGOV", "president", id="summit-in-the-president-said"),
    pytest.param(
        "Chile wants the copper tariff lifted. Speaking in Washington on Thursday, Finance"
        " Minister Elena Soto said: “We have waited long enough.”",
        "waited long enough", "CHLGOV", "Soto", id="speaking-in-after-the-country"),
    pytest.param(
        "new delhi: pakistan's foreign secretary imran qadir, on a visit to india, met officials"
        " of the external affairs ministry on monday. \u201cwe want the talks to go on,\u201d"
        " qadir told reporters in new delhi.",
        "talks to go on", "PAK", "qadir", id="toi-visitor-told-reporters-here"),
    pytest.param(
        "   PANAMA CITY, 3 MAR 90 (ACAN) -- [TEXT] SALVADORAN FOREIGN MINISTER JOSE MARIO\n"
        "ORELLANA TODAY TOLD REPORTERS IN PANAMA THAT HIS GOVERNMENT WILL ATTEND THE\n"
        "TALKS.  \"WE HAVE NOTHING TO HIDE,\" ORELLANA SAID.\n",
        "NOTHING TO HIDE", "SLV", "ORELLANA", id="muc-minister-told-reporters-in"),
    pytest.param(
        "Vietnamese Prime Minister Tran Van Long arrived in Canberra on Sunday. The Australian"
        " government hosted a dinner for him. Australia's trade minister joined them. “The sea"
        " belongs to all of us,” Tran said.",
        "sea belongs", "VNMGOV", "Tran", id="visitor-among-the-host-s-officials"),
    pytest.param(
        "Foreign Minister Carlos Mejia told reporters in Lisbon that “Honduras will not"
        " allow the camps on its soil.”",
        "camps on its soil", "HNDGOV", "Mejia", id="reporters-in-a-venue-set-no-story",
        marks=pytest.mark.xfail(strict=True, reason="'reporters' placed by the venue vote for the"
                                " story's setting; leaving them out of the vote fixes this but"
                                " sets a Quito wire story in the US (its only Ecuadorian votes)")),
    # 2. a country stated once, then implied for the people of its story
    pytest.param(
        "Ghana's opposition leader, Yaw Ofori, accused the government of rigging the vote."
        " President Kojo Asante dismissed the charge during a visit to Nigeria. “The election"
        " was free and fair,” Asante told reporters in Abuja.",
        "free and fair", "GHAGOV", "Asante", id="country-once-then-president-abroad"),
    pytest.param(
        "Peru's Congress voted to remove the interior minister on Friday. Speaker Rosa Quispe"
        " told reporters in Lima: “The chamber has spoken.”",
        "chamber has spoken", "PER", "Quispe", id="country-once-speaker-of-congress"),
    # 3. offices of international bodies
    pytest.param(
        "Commission President Helga Brandt told the European Parliament in Strasbourg that the"
        " tariffs were illegal. “We will answer in kind,” Brandt said.",
        "answer in kind", "EEC", "Brandt", id="commission-president"),
    pytest.param(
        "“Our doors stay open to Serbia,” European Commission President Helga Brandt said"
        " during a visit to Belgrade.",
        "doors stay open", "EEC", "Brandt", id="european-commission-president-in-a-capital"),
    pytest.param(
        "EU foreign policy chief Marco Ferri said during a visit to Kyiv: “Europe will not look"
        " away.”",
        "not look away", "EEC", "Ferri", id="eu-foreign-policy-chief-visiting"),
    pytest.param(
        "UN Secretary-General Amara Diallo told reporters in Geneva that the ceasefire was"
        " holding. “Both sides have kept their word,” Diallo said.",
        "kept their word", "UNO", "Diallo", id="un-secretary-general-in-geneva"),
    pytest.param(
        "NATO Secretary General Lars Holm, speaking at a summit in Vilnius, warned Moscow."
        " “Every inch of allied territory will be defended,” Holm said.",
        "Every inch", "NAT", "Holm", id="nato-chief-at-a-summit-in"),
    pytest.param(
        "Moussa Diop, chairman of the African Union Commission, arrived in Khartoum on Monday."
        " “The guns must fall silent,” Diop said.",
        "guns must fall silent", "AFU", "Diop", id="au-commission-chairman-in-a-capital"),
    pytest.param(
        "“Argentina has made real progress,” IMF Managing Director Clara Weiss told reporters in"
        " Buenos Aires.",
        "real progress", "IMF", "Weiss", id="imf-director-told-reporters-in"),
    # 4. offices abroad
    pytest.param(
        "Britain's ambassador to Egypt, Helen Marsh, visited the port on Sunday. “British"
        " firms are ready to invest,” the ambassador said in Cairo.",
        "ready to invest", "GBR", "Marsh", id="ambassador-to-speaking-in-the-capital"),
    pytest.param(
        "Egypt's ambassador in London, Hany Saleh, rejected the report. “It is full of lies,”"
        " Saleh told the BBC.",
        "full of lies", "EGY", "Saleh", id="ambassador-in-a-capital"),
    pytest.param(
        "The Chinese embassy in Canberra said in a statement: “Australia should stop"
        " interfering.”",
        "stop interfering", "CHN", "embassy", id="embassy-in-a-capital"),
    pytest.param(
        "Kenya's envoy to Somalia, Peter Ochieng, spoke in Mogadishu on Tuesday. “Our troops"
        " will stay until the job is done,” Ochieng said.",
        "job is done", "KEN", "Ochieng", id="envoy-to-speaking-in-the-host"),
    # 5. unions, parties and companies
    pytest.param(
        "Zambia's miners have been on strike for a week. Union leader Grace Phiri told a rally"
        " in Lusaka: “We will not go back underground for these wages.”",
        "go back underground", "ZMB", "Phiri", id="union-leader-at-a-rally"),
    pytest.param(
        "Emeka Obi, general secretary of the Nigeria Labour Congress, said in Lagos: “The"
        " minimum wage must double.”",
        "must double", "NGALAB", "Obi", id="secretary-of-a-labour-congress"),
    pytest.param(
        "Zimbabwe's main opposition leader, Tendai Moyo, told supporters in Johannesburg that"
        " the vote had been stolen. “We will take this to every court,” Moyo said.",
        "every court", "ZWE", "Moyo", id="opposition-leader-abroad"),
    pytest.param(
        "Toyota's chief executive, Hiro Sato, told reporters in Detroit that the plant would"
        " stay open. “We are not leaving Michigan,” Sato said.",
        "not leaving Michigan", "JPN", "Sato", id="company-chief-abroad",
        marks=pytest.mark.xfail(strict=True, reason="the knowledge base knows no companies, so a"
                                " company's chief is placed where they speak; a table of 82"
                                " companies was built and measured (branch xfl21, 8942601): after"
                                " a retrain it brings events into business stories (non-political"
                                " events per article: dev 0.03 -> 0.07, train 0.14 -> 0.19), so it"
                                " waits for the topic stage to treat companies' acts as business")),
    # 6. nationality adjectives
    pytest.param(
        "Colombian Defence Minister Luis Herrera said in Caracas on Friday: “Our border troops"
        " will stay where they are.”",
        "troops will stay", "COL", "Herrera", id="adjective-said-in-a-foreign-capital"),
    pytest.param(
        "A Polish diplomat in Minsk said the talks had failed. “They did not even read our"
        " proposal,” the diplomat said.",
        "read our proposal", "POL", "diplomat", id="adjective-diplomat-in-a-capital"),
    pytest.param(
        "The Turkish foreign minister, Kemal Aydin, met his Greek counterpart in Athens."
        " “We have more in common than we admit,” Aydin said.",
        "more in common", "TURGOV", "Aydin", id="adjective-beside-a-counterpart-in"),
    # 7. unnamed sources: the country the article gives them
    pytest.param(
        "Pakistani officials in Kabul said the border crossing would reopen on Monday. “Trucks"
        " will be allowed through,” one official said.",
        "Trucks will be allowed", "PAK", "official", id="national-officials-in-another-capital"),
    pytest.param(
        "Indian officials said the talks in Dhaka went well. “Both sides agreed on the river"
        " data,” an official said.",
        "river data", "IND", "official", id="officials-then-talks-in-another-capital"),
    pytest.param(
        "Diplomats in Kabul said the aid convoy had been stopped. “Nobody knows who gave the"
        " order,” one diplomat said.",
        "gave the order", "", "diplomat", id="diplomats-with-no-nationality"),
]


def _quote(text: str, words: str) -> Quote:
    found = [quote for quote in _coded(text)[0] if words.lower() in quote.text.lower()]
    assert found, f"no quote with {words!r}"
    return found[0]


@pytest.mark.parametrize(("text", "words", "code", "name"), CASES)
def test_speaker_code_from_office_and_nationality(text: str, words: str, code: str,
                                                  name: str) -> None:
    quote = _quote(text, words)
    speaker = quote.speaker
    named = f"{speaker.name if speaker else ''} {quote.speaker_text}"
    given = speaker.code if speaker else ""
    assert (given == code if len(code) != CODE_LENGTH else given[:CODE_LENGTH] == code), (
        given, named)
    assert name.lower() in named.lower(), (given, named)


# (text, a word of the event's trigger or sentence, the source's country or body)
EVENT_CASES = [
    pytest.param(
        "Hungary's foreign minister, Zoltan Bodnar, accused Slovakia of spying on Monday while"
        " on a visit to Vienna.",
        "accused", "HUN", id="event-source-not-the-venue"),
    pytest.param(
        "Commission President Helga Brandt, speaking in Rome, threatened Italy with fines over"
        " the deficit.",
        "threatened", "EEC", id="event-commission-president-source"),
    pytest.param(
        "Kenya's envoy to Somalia, Peter Ochieng, met clan elders in Mogadishu on Tuesday.",
        "met", "KEN", id="event-envoy-meets-in-the-host"),
]


@pytest.mark.parametrize(("text", "trigger", "source"), EVENT_CASES)
def test_event_source_from_office_and_nationality(text: str, trigger: str, source: str) -> None:
    events = [event for event in _coded(text)[1] if trigger in event.trigger.lower()]
    assert events, f"no event triggered by {trigger!r}"
    given = events[0].source.code if events[0].source else ""
    assert given[:CODE_LENGTH] == source, given
