"""Generic actors: role nouns with no name, and where their country comes from."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.actors import ActorResolver, make_actor_resolver
from tacitus.actors.knowledge import load_knowledge_base
from tacitus.actors.shared_seats import shared_seats
from tacitus.model import ActorMention


@pytest.fixture(scope="module")
def resolve() -> ActorResolver:
    return make_actor_resolver()


def found(nlp: Language, resolve: ActorResolver, text: str) -> list[tuple[str, str]]:
    mentions: tuple[ActorMention, ...] = resolve(nlp(text), None)
    return [(mention.text, mention.actor.code) for mention in mentions]


@pytest.mark.parametrize(("text", "expected"), [
    # the one country named as where it happened
    ("A suicide bomber killed four people at a bus station in Chad on Friday.",
     [("suicide bomber", "TCDUAF"), ("people", "TCDCVL")]),
    ("Gunmen abducted three teachers in northern Mali.",
     [("Gunmen", "MLIUAF"), ("teachers", "MLIEDU")]),
    # a seat named as a place locates too
    ("Protesters clashed with riot police in Nairobi.",
     [("Protesters", "KENOPP"), ("riot police", "KENCOP")]),
    # the noun's own phrase says where its people are
    ("Rebels in Chad rejected the offer.", [("Rebels", "TCDREB")]),
    # the only country the sentence names
    ("Kenyan police arrested two men.", [("Kenyan police", "KENCOP"), ("men", "KENCVL")]),
    # a demonym before a place noun locates the sector actors of the sentence
    ("Troops shelled the Syrian town overnight, killing five civilians.",
     [("Troops", "SYRMIL"), ("Syrian", "SYR"), ("civilians", "SYRCVL")]),
    # a private person placed in a country
    ("A woman was shot by police in Abuja.", [("woman", "NGACVL"), ("police", "NGACOP")]),
    # the dateline
    ("LAGOS, Nigeria (AP) - Kidnappers released the pupils on Sunday.",
     [("Kidnappers", "NGACRM"), ("pupils", "NGAEDU")]),
])
def test_generic_actors_take_a_clear_country(nlp: Language, resolve: ActorResolver, text: str,
                                             expected: list[tuple[str, str]]) -> None:
    assert found(nlp, resolve, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no country anywhere: the type alone, for states' organs as for sectors, but a private
    # person with no country is no actor
    ("A woman was shot by police after the chase.", [("police", "COP")]),
    ("Residents said soldiers opened fire.", [("Residents", "CVL"), ("soldiers", "MIL")]),
    # two countries and no place: ambiguous
    ("Chinese and Indian officials said that villagers fled.",
     [("Chinese", "CHN"), ("Indian officials", "INDGOV"), ("villagers", "CVL")]),
    # a news agency reports from anywhere: its country places no one
    ("The company cut jobs, a spokesperson told Reuters.",
     [("company", "BUS"), ("spokesperson", "GOV"), ("Reuters", "GBRMED")]),
    ("Reuters reported the cuts. A spokesperson said the company would hire again.",
     [("Reuters", "GBRMED"), ("spokesperson", "GOV"), ("company", "BUS")]),
    # ... but a newspaper is the paper named before it
    ("The Wall Street Journal denies the allegations, the newspaper said.",
     [("The Wall Street Journal", "USAMED"), ("newspaper", "USAMED")]),
    # the latest country named is context only a sentence or two back
    ("A seller in Kenya listed the lamp. The buyer paid for it. The lamp caught fire. The buyer"
     " sued. The seller did not answer. The court ruled against the seller.",
     [("court", "JUD")]),
    # "foreign" people are not the context country's
    ("The Taliban detained two foreign journalists in Kabul.",
     [("Taliban", "TAL"), ("journalists", "MED")]),
    # destination is not where people are
    ("Refugees crossed into Pakistan.", [("Refugees", "REF")]),
])
def test_generic_actors_without_a_clear_country(nlp: Language, resolve: ActorResolver,
                                                text: str,
                                                expected: list[tuple[str, str]]) -> None:
    assert found(nlp, resolve, text) == expected


@pytest.mark.parametrize("text", [
    "People familiar with the talks said the deal was close.",
    "He was taken to hospital after the crash.",
    "The fighter jets flew over the student union building.",
    "The ministry pressed ahead with the plan.",
])
def test_role_words_that_name_no_actor(nlp: Language, resolve: ActorResolver,
                                       text: str) -> None:
    assert [code for _, code in found(nlp, resolve, text)
            if code.endswith(("CVL", "EDU", "MED", "HLH", "REB"))] == []


def test_a_state_actor_acting_on_people_does_not_lend_them_its_country(
        nlp: Language, resolve: ActorResolver) -> None:
    assert ("militants", "REB") in found(
        nlp, resolve, "French air raids hit two militants hiding near a river.")


def test_a_dateline_read_as_a_subject_does_not_hide_the_striker(
        nlp: Language, resolve: ActorResolver) -> None:
    # the parser makes the dateline a second subject of "killed": the people the US forces
    # killed take the dateline's country, not the strikers'
    assert ("militiamen", "AFGREB") in found(
        nlp, resolve, "KABUL (Reuters) - U.S. forces killed more than 30 Sunni militiamen on "
                      "Tuesday in a major push into a Kabul suburb.")


def test_ethnic_demonyms_name_a_people_placed_by_context(nlp: Language,
                                                         resolve: ActorResolver) -> None:
    assert found(nlp, resolve, "Ethnic Albanians protested in Serbia on Sunday.") == [
        ("Ethnic Albanians", "SRBCVL")]


@pytest.mark.parametrize(("text", "expected"), [
    ("An outspoken pro-Kurdish reporter was shot dead in Baghdad.", [("reporter", "IRQMED")]),
    ("He was paid US$ 50,000 in cash.", []),
    ("They fired Russian-made rockets.", []),
    ("Fighting raged in Western Cambodia.", []),
])
def test_a_country_that_only_qualifies_is_no_actor(nlp: Language, resolve: ActorResolver,
                                                   text: str,
                                                   expected: list[tuple[str, str]]) -> None:
    assert found(nlp, resolve, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Opposition groups in Zimbabwe demanded reforms.", [("Opposition groups", "ZWEOPP")]),
    ("Egyptian police dispersed fundamentalist demonstrators.",
     [("Egyptian police", "EGYCOP"), ("fundamentalist demonstrators", "EGYOPP")]),
    ("The Ceasefire Monitoring Committee met in Monrovia.", []),
])
def test_role_phrases(nlp: Language, resolve: ActorResolver, text: str,
                      expected: list[tuple[str, str]]) -> None:
    assert found(nlp, resolve, text) == expected


def test_apposition_with_qualifiers(nlp: Language, resolve: ActorResolver) -> None:
    text = "Nadia Ouali, Morocco's foremost rights activist, began a sit-in."
    assert found(nlp, resolve, text)[0] == ("Nadia Ouali", "MARHRI")


def test_abbreviated_military_titles(nlp: Language, resolve: ActorResolver) -> None:
    text = "Maj. Gen. Pierre Dorval stepped down ahead of Haiti's vote."
    assert found(nlp, resolve, text)[0] == ("Maj. Gen. Pierre Dorval", "HTIMIL")


@pytest.mark.parametrize(("text", "expected"), [
    ("The Liberation Tigers of Tamil Eelam attacked a base.",
     [("Liberation Tigers of Tamil Eelam", "LTT")]),
    ("UNITA rebels shelled the town.", [("UNITA rebels", "UNT")]),
    ("The MILF signed the accord.", [("MILF", "MLF")]),
])
def test_added_groups(nlp: Language, resolve: ActorResolver, text: str,
                      expected: list[tuple[str, str]]) -> None:
    assert found(nlp, resolve, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no antecedent: a government whose country the text does not say
    ("The government outlawed the party.", [("The government", "GOV"), ("party", "PTY")]),
    # its own phrase names the country: that mention is the actor
    ("The government of Chad said so.", [("Chad", "TCDGOV")]),
])
def test_a_government_without_antecedent(nlp: Language, resolve: ActorResolver, text: str,
                                         expected: list[tuple[str, str]]) -> None:
    assert found(nlp, resolve, text) == expected


def test_blogger_is_a_title(nlp: Language, resolve: ActorResolver) -> None:
    text = "Syrian forces arrested the blogger Hassan Karimi."
    assert found(nlp, resolve, text)[-1] == ("blogger Hassan Karimi", "SYRMED")


@pytest.mark.parametrize(("text", "expected"), [
    # a story set in a country with a Congress of its own means that one
    ("MANILA, Philippines (AP) - Congress approved the budget on Monday.", "PHLLEG"),
    ("Philippine President Ferdinand Marcos Jr. and Philippine senators met on Monday, and"
     " Philippine officials said Congress approved the budget.", "PHLLEG"),
    # India's Congress is a party
    ("Indian officials said on Monday that Indian ministers met Congress leaders.", "INDPTY"),
    # elsewhere, or with no country to set the story in, it is the US Congress
    ("Congress approved the budget on Monday.", "USALEG"),
    ("British officials said on Monday that British ministers would ask Congress for help.",
     "USALEG"),
])
def test_a_seat_name_other_countries_share_is_the_story_s_own_body(
        nlp: Language, resolve: ActorResolver, text: str, expected: str) -> None:
    codes = [code for mention, code in found(nlp, resolve, text) if mention == "Congress"]
    assert codes == [expected]


def test_every_shared_seat_is_a_known_seat_of_known_countries_and_types() -> None:
    kb = load_knowledge_base()
    seats = {seat.lower() for country in kb.countries.values() for seat, _ in country.seats}
    for seat, countries in shared_seats().items():
        assert seat in seats
        for code, organ in countries.items():
            assert code in kb.countries and organ in kb.types


@pytest.mark.parametrize(("text", "expected"), [
    # religious figures are CAMEO's REL sector, by title or as a role noun
    ("The cleric Omar Haddad urged calm in Amman.", ("cleric Omar Haddad", "JORREL")),
    ("Jordanian police arrested a mufti on Friday.", ("mufti", "JORREL")),
    # a security corps is the police
    ("In Lima, the security corps arrested two students.", ("security corps", "PERCOP")),
])
def test_religious_figures_and_security_corps(nlp: Language, resolve: ActorResolver, text: str,
                                              expected: tuple[str, str]) -> None:
    assert expected in found(nlp, resolve, text)
