"""Resolving actor mentions in hand-written sentences."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver
from tacitus.model import ActorMention

DAY = date(2021, 9, 24)


@pytest.fixture(scope="module")
def resolve() -> ActorResolver:
    return make_actor_resolver()


def mentions(nlp: Language, resolve: ActorResolver, text: str,
             day: date | None = DAY) -> tuple[ActorMention, ...]:
    return resolve(nlp(text), day)


def codes(found: tuple[ActorMention, ...]) -> list[tuple[str, str]]:
    return [(mention.text, mention.actor.code) for mention in found]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chinese troops crossed the border.", [("Chinese troops", "CHNMIL")]),
    ("Afghan police arrested two men.", [("Afghan police", "AFGCOP"), ("men", "AFGCVL")]),
    ("The Pakistani foreign minister arrived on Monday.",
     [("Pakistani foreign minister", "PAKGOV")]),
    ("A statement issued by the US State Department said so.",
     [("US State Department", "USAGOV")]),
    ("He spoke to the Senate Foreign Affairs Committee.",
     [("Senate Foreign Affairs Committee", "USALEG")]),
    ("Washington would reassess the deal.", [("Washington", "USAGOV")]),
    ("It was a step opposed by Western nations.", [("Western nations", "WST")]),
    ("Earlier in an interview with The Associated Press, he spoke.",
     [("The Associated Press", "USAMED")]),
    ("The Kremlin and Downing Street said nothing, nor did the Elysee.",
     [("Kremlin", "RUSGOV"), ("Downing Street", "GBRGOV"), ("Elysee", "FRAGOV")]),
    ("The Élysée declined to comment.", [("Élysée", "FRAGOV")]),
    ("Officials at Foggy Bottom and the White House met.",
     [("Foggy Bottom", "USAGOV"), ("White House", "USAGOV")]),
    ("The Pentagon sent warplanes.", [("Pentagon", "USAMIL")]),
    ("Islamabad, Kabul, Tehran and Kyiv protested.",
     [("Islamabad", "PAKGOV"), ("Kabul", "AFGGOV"), ("Tehran", "IRNGOV"), ("Kyiv", "UKRGOV")]),
    ("The Taliban and al-Qaeda met the Haqqani network.",
     [("Taliban", "TAL"), ("al-Qaeda", "ALQ"), ("Haqqani network", "HQN")]),
    ("Daesh, ISIS and the Houthis fought Hamas and Hezbollah.",
     [("Daesh", "ISI"), ("ISIS", "ISI"), ("Houthis", "HTH"), ("Hamas", "HMS"),
      ("Hezbollah", "HEZ")]),
    ("The UN Security Council, the IAEA and NATO met the EU.",
     [("UN Security Council", "UNO"), ("IAEA", "IAE"), ("NATO", "NAT"),
      ("EU", "EEC")]),
    ("The European Commission and the African Union condemned the Wagner Group.",
     [("European Commission", "EEC"), ("African Union", "AFU"),
      ("Wagner Group", "WAG")]),
    ("The US and the U.S.A. are America.", [("US", "USA"), ("U.S.A.", "USA"), ("America", "USA")]),
    ("Let us go, and the US team will follow.", [("US", "USA")]),
    ("The UK and Britain are one.", [("UK", "GBR"), ("Britain", "GBR")]),
    ("Hundreds of people gathered in Kabul.", [("people", "AFGCVL")]),
    ("Refugees crossed into Pakistan.", [("Refugees", "REF")]),
    ("KABUL, Afghanistan (AP) - Afghan police said so.", [("Afghan police", "AFGCOP")]),
    ("TEHRAN (Reuters) - Iran said so.", [("Iran", "IRN")]),
    ("President Vladimir V. Putin spoke.", [("President Vladimir V. Putin", "RUSGOV")]),
    ("Taiwan President Chen Shui-bian spoke.", [("Taiwan President Chen Shui-bian", "TWNGOV")]),
    ("World leaders Tuesday met.", []),
    ("The world watched and the news spread.", []),
    ("Talks with ministers of the four other veto-wielding members including China and Russia.",
     [("China", "CHNGOV"), ("Russia", "RUSGOV")]),
    ("He met on the sidelines of the UN General Assembly.", []),
    ("The international community must act.", [("international community", "IGO")]),
    ("Indian External Affairs Minister Subrahmanyam Jaishankar spoke.",
     [("Indian External Affairs Minister Subrahmanyam Jaishankar", "INDGOV")]),
])
def test_codes(nlp: Language, resolve: ActorResolver, text: str,
               expected: list[tuple[str, str]]) -> None:
    assert codes(mentions(nlp, resolve, text)) == expected


def test_title_and_name_compose_one_person(nlp: Language, resolve: ActorResolver) -> None:
    text = "US Secretary of State Antony Blinken met reporters."
    mention = mentions(nlp, resolve, text)[0]
    assert mention.text == "US Secretary of State Antony Blinken"
    assert (mention.actor.code, mention.actor.name, mention.actor.kind) == (
        "USAGOV", "Antony Blinken", "person")
    assert mention.actor.country == "USA"
    assert mention.actor.roles == ("secretary of state",)
    assert (mention.token_start, mention.token_end) == (0, 6)
    assert (mention.start, mention.end) == (0, len(mention.text))
    assert mention.how == "office"


@pytest.mark.parametrize("text", [
    "Pakistan Foreign Minister Shah Mahmood Qureshi left.",
    "Qureshi, Pakistan's foreign minister, left.",
    "Qureshi, the Pakistani foreign minister, left.",
])
def test_qureshi_is_pakistan_government(nlp: Language, resolve: ActorResolver,
                                        text: str) -> None:
    first = mentions(nlp, resolve, text)[0]
    assert (first.actor.code, first.actor.name) == ("PAKGOV", "Shah Mahmood Qureshi")
    assert first.actor.kind == "person"


def test_surname_after_full_name(nlp: Language, resolve: ActorResolver) -> None:
    text = ("Antony Blinken met Shah Mahmood Qureshi. Later Blinken thanked Qureshi, "
            "and Secretary Blinken left.")
    found = mentions(nlp, resolve, text)
    assert [(m.text, m.actor.name) for m in found] == [
        ("Antony Blinken", "Antony Blinken"), ("Shah Mahmood Qureshi", "Shah Mahmood Qureshi"),
        ("Blinken", "Antony Blinken"), ("Qureshi", "Shah Mahmood Qureshi"),
        ("Secretary Blinken", "Antony Blinken")]
    assert {m.actor.code for m in found} == {"USAGOV", "PAKGOV"}


def test_a_bare_surname_needs_an_introduction(nlp: Language, resolve: ActorResolver) -> None:
    assert mentions(nlp, resolve, "Qureshi left early.") == ()


@pytest.mark.parametrize(("text", "code", "name"), [
    ("Iranian Foreign Minister Ali Rahimi said no. Later Rahimi left.", "IRNGOV", "Ali Rahimi"),
    ("Taliban spokesman Yusuf Karimi said no. Later Karimi left.", "TAL", "Yusuf Karimi"),
    ("Afghan army chief Omar Nazari said no. Later Nazari left.", "AFGMIL", "Omar Nazari"),
    # the abbreviated titles of US news
    ("American Rep. Ann Lee said no. Later Lee left.", "USALEG", "Ann Lee"),
    ("American Sen. Ann Lee said no. Later Lee left.", "USALEG", "Ann Lee"),
])
def test_unknown_titled_person_is_learnt(nlp: Language, resolve: ActorResolver, text: str,
                                         code: str, name: str) -> None:
    found = mentions(nlp, resolve, text)
    people = [m for m in found if m.actor.kind == "person"]
    assert len(people) == 2
    assert all((m.actor.code, m.actor.name, m.how) == (code, name, "title") for m in people)
    assert people[1].text == name.split()[-1]


def test_untitled_person_takes_country_from_context(nlp: Language,
                                                    resolve: ActorResolver) -> None:
    text = "In talks with Pakistan, Minister Ali Rahimi said no."
    people = [m for m in mentions(nlp, resolve, text) if m.actor.kind == "person"]
    assert [(m.actor.code, m.actor.name) for m in people] == [("PAKGOV", "Ali Rahimi")]


@pytest.mark.parametrize(("text", "code"), [
    # the country an envoy is sent to is not theirs
    ("Ali Rahimi, the special envoy to Pakistan, said no.", "GOV"),
    ("Minister Ali Rahimi met the ambassador to Pakistan and said no.", "GOV"),
    # a town where something else happened, a sentence before, places no one
    ("The fugitive is now thought to be in Beijing. Minister Ali Rahimi said no.", "GOV"),
    # a country named beside the person still does
    ("The fugitive is now thought to be in Beijing. Minister Ali Rahimi of Pakistan said no.",
     "PAKGOV"),
])
def test_a_titled_person_takes_no_country_they_are_sent_to(
        nlp: Language, resolve: ActorResolver, text: str, code: str) -> None:
    people = [m for m in mentions(nlp, resolve, text) if m.actor.kind == "person"]
    assert [(m.actor.code, m.actor.name) for m in people] == [(code, "Ali Rahimi")]


def test_offsets_and_sentences(nlp: Language, resolve: ActorResolver) -> None:
    text = "Rain fell. Chinese troops moved. The Kremlin said nothing."
    doc = nlp(text)
    found = resolve(doc, None)
    assert [m.sentence_index for m in found] == [1, 2]
    for mention in found:
        assert text[mention.start:mention.end] == mention.text
        assert doc[mention.token_start:mention.token_end].text == mention.text
    assert list(found) == sorted(found, key=lambda m: m.token_start)


@pytest.mark.parametrize(("text", "pronoun", "name", "how"), [
    ("Antony Blinken met Shah Mahmood Qureshi. He said the talks went well.",
     "He", "Antony Blinken", "pronoun"),
    ("Antony Blinken said after his meeting with Shah Mahmood Qureshi that all was well.",
     "his", "Antony Blinken", "pronoun"),
    ("The Taliban says that it seeks legitimacy.", "it", "Taliban", "pronoun"),
    ("The Taliban has not cut ties with al-Qaeda. However, it has been saying otherwise.",
     "it", "Taliban", "pronoun"),
    ("The Taliban has not cut ties with al-Qaeda. The group on Friday denied it.",
     "The group", "Taliban", "anaphor"),
])
def test_coreference(nlp: Language, resolve: ActorResolver, text: str, pronoun: str,
                     name: str, how: str) -> None:
    found = {m.text: m for m in mentions(nlp, resolve, text)}
    assert found[pronoun].actor.name == name
    assert found[pronoun].how == how


def test_anaphoric_country_and_government(nlp: Language, resolve: ActorResolver) -> None:
    text = "Afghan soil is at stake. Al-Qaeda is not present in the country, the government said."
    found = {m.text: m.actor.code for m in mentions(nlp, resolve, text)}
    assert found["the country"] == "AFG"
    assert found["the government"] == "AFGGOV"


def test_expletive_it_is_no_actor(nlp: Language, resolve: ActorResolver) -> None:
    text = "The Taliban met. It is important to note that talks continue."
    assert [m.text for m in mentions(nlp, resolve, text)] == ["Taliban"]


def test_resolution_takes_an_explicit_knowledge_base(nlp: Language) -> None:
    from tacitus.actors import load_knowledge_base

    resolve = make_actor_resolver(load_knowledge_base())
    assert codes(resolve(nlp("Chinese troops moved."), None)) == [("Chinese troops", "CHNMIL")]


def test_a_shared_surname_does_not_merge_two_people(nlp: Language,
                                                    resolve: ActorResolver) -> None:
    text = "Imran Khan met the mayor. Later, Mayor Sadiq Khan spoke."
    found = [(m.text, m.actor.name) for m in mentions(nlp, resolve, text, date(2020, 1, 1))]
    assert ("Imran Khan", "Imran Khan") in found
    assert ("Mayor Sadiq Khan", "Sadiq Khan") in found
    assert all(name != "Imran Khan" for text_, name in found if "Sadiq" in text_)


@pytest.mark.parametrize(("text", "expected"), [
    # a party of the knowledge base is its country's government while it governs and its
    # opposition otherwise, on the article's date (parties.tsv, governing_parties.tsv)
    ("The BJP and the Congress party traded charges in Lucknow.",
     [("BJP", "INDGOV"), ("Congress party", "INDOPP")]),
    ("Likud walked out of the coalition talks.", [("Likud", "ISROPP")]),
    ("The FMLN attacked an army post near the capital.", [("FMLN", "SLVREB"), ("army", "SLVMIL")]),
    # a party the knowledge base does not name is a party of its context
    ("Pakistani officials said the ruling party and a small party disagreed.",
     [("Pakistani officials", "PAKGOV"), ("ruling party", "PAKGOV"), ("party", "PAKPTY")]),
    # a minister of a department is a member of the government, as CAMEO codes it
    ("The Kenyan health minister visited the clinic.", [("Kenyan health minister", "KENGOV")]),
    ("Indonesia's education minister resigned.", [("Indonesia's education minister", "IDNGOV")]),
])
def test_parties_and_ministers(nlp: Language, resolve: ActorResolver, text: str,
                               expected: list[tuple[str, str]]) -> None:
    assert codes(mentions(nlp, resolve, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a region named like a capital is a place, not that capital's government
    ("Salvadoran troops clashed with rebels in La Paz department on Monday.",
     [("Salvadoran troops", "SLVMIL"), ("rebels", "SLVREB")]),
    ("La Paz said on Monday it would resume the talks.", [("La Paz", "BOLGOV"), ("it", "BOLGOV")]),
])
def test_a_region_named_like_a_capital(nlp: Language, resolve: ActorResolver, text: str,
                                       expected: list[tuple[str, str]]) -> None:
    assert codes(mentions(nlp, resolve, text)) == expected


@pytest.mark.parametrize(("text", "body", "code"), [
    ("Shareholders rejected the merger on Tuesday.", "Shareholders", "BUS"),
    ("The minister warned the business community about new taxes.", "business community",
     "BUS"),
    ("Kenyan employers rejected the wage rise.", "Kenyan employers", "KENBUS"),
    ("The managing director resigned on Friday.", "managing director", "BUS"),
])
def test_business_bodies_are_business(nlp: Language, resolve: ActorResolver, text: str,
                                      body: str, code: str) -> None:
    assert dict(codes(mentions(nlp, resolve, text)))[body] == code


@pytest.mark.parametrize(("text", "day", "expected"), [
    # India's Jamaat-e-Islami is a religious body, apart from Pakistan's party of that name
    ("Jamaat-e-Islami Hind held a meeting in Kolkata.", DAY,
     [("Jamaat-e-Islami Hind", "INDNGO")]),
    # the FRG is West Germany
    ("The FRG protested to Moscow.", date(1988, 5, 2), [("FRG", "DEU"), ("Moscow", "RUSGOV")]),
    # the office holders of the late Cold War hold their office on its dates, and only then
    ("Alfredo Cristiani met Carlos Menem.", date(1989, 9, 1),
     [("Alfredo Cristiani", "SLVGOV"), ("Carlos Menem", "ARGGOV")]),
    ("Alfredo Cristiani met Carlos Menem.", date(2005, 9, 1),
     [("Alfredo Cristiani", "SLV"), ("Carlos Menem", "ARG")]),
    ("Alan Garcia spoke in Lima.", date(1988, 3, 1), [("Alan Garcia", "PERGOV")]),
])
def test_knowledge_of_bodies_and_past_offices(nlp: Language, resolve: ActorResolver, text: str,
                                              day: date, expected: list[tuple[str, str]]) -> None:
    assert codes(mentions(nlp, resolve, text, day)) == expected
