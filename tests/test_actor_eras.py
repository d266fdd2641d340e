"""The Soviet Union's seats by the era a text is of, and people's names in other romanisations (session 58).

Until 26 December 1991 "Moscow", "the Kremlin" and TASS spoke for the Soviet Union, which CAMEO codes SUN; a text
that speaks of the Soviet state or the Cold War's order as present is of that era, one that speaks of it as gone
("the former Soviet Union", "post-Soviet") is not, and a dated article goes by its date. A name written in another
romanisation than the dictionary's ("Boumediene", "Boumedienne") is the one person it can be; a body whose name runs
on past a known one with a head noun ("the Revolutionary Left Movement") is not the known one; East Pakistan was
Pakistan's. The bodies of political history (data/bodies.csv) are known by their names and coded by the state they
belong to or fight in, and a body Phoenix typed a person lends no short form ("National Council"). Each positive test fails on the session's start build (bda2677).
"""

from __future__ import annotations

import pytest
from conftest import event_codes as coded

from saywho.actors import countries
from saywho.actors.dictionary import builtin, code_of, on_date, skeleton


def test_moscow_of_a_soviet_era_text_is_the_soviet_union(nlp) -> None:
    assert coded(nlp, "Moscow agreed on Thursday to sell Egypt twenty MiG fighters, Soviet officials said.") \
        == {("AGREE", "SUN", "EGY")}
    assert coded(nlp, "Peking accused the Kremlin on Monday of massing troops along the Ussuri.") \
        == {("ACCUSE", "CHN", "SUN")}


def test_moscow_of_a_text_that_speaks_of_the_soviet_union_as_gone_is_russia(nlp) -> None:
    assert coded(nlp, "Moscow accused Georgia on Monday of shelling Tskhinvali, saying the former Soviet "
                      "republic had broken the truce.") == {("ACCUSE", "RUS", "GEO")}
    assert coded(nlp, "Moscow warned Kyiv on Tuesday against joining NATO.") == {("THREATEN", "RUS", "UKR")}


@pytest.mark.parametrize(("text", "era"), [
    ("Soviet troops crossed the border.", True),
    ("Brezhnev met Nixon in the Crimea.", True),
    ("West German officials flew to Moscow.", True),
    ("The Soviet-era tanks rolled in.", False),
    ("Former West German chancellor Helmut Schmidt died.", False),
    ("Since the collapse of the Soviet Union, Moscow has sold arms to India.", False),
    ("Peking University students marched.", False),
])
def test_the_era_a_text_is_of(text: str, era: bool) -> None:
    with countries.reading(text):
        assert countries.SOVIET_ERA.get() is era


def test_a_dated_article_goes_by_its_date() -> None:
    dictionary = builtin()
    text = "The Kremlin said on Friday it would respond, TASS reported."
    with on_date("1985-03-12"), countries.reading(text):
        assert (dictionary.lookup("the Kremlin").country, dictionary.lookup("TASS").country) == ("SUN", "SUN")
    with on_date("2015-03-12"), countries.reading(text + " Soviet troops"):
        assert (dictionary.lookup("the Kremlin").country, dictionary.lookup("TASS").country) == ("RUS", "RUS")


@pytest.mark.parametrize(("written", "known"), [("Houari Boumediene", "Houari Boumedienne"),
                                                ("Pascal Affi N'Guessan", "Pascal Affi Nguessan"),
                                                ("Joice Mujuru", "Joyce Mujuru")])
def test_a_name_in_another_romanisation_is_the_person_the_dictionary_knows(written: str, known: str) -> None:
    assert skeleton(written) == skeleton(known)
    assert builtin().lookup(written).name == known


def test_a_skeleton_shared_by_no_one_known_or_by_many_names_no_one() -> None:
    dictionary = builtin()
    assert dictionary.lookup("Ahmed Hassan") is None and dictionary.lookup("John Smith") is None


def test_an_event_of_a_person_in_another_romanisation_is_coded(nlp) -> None:
    assert coded(nlp, "Houari Boumediene accused Morocco on Monday of massing troops on the border.") \
        == {("ACCUSE", "DZA", "MAR")}


def test_a_body_named_longer_than_a_known_one_is_not_the_known_one(nlp) -> None:
    found = coded(nlp, "Bolivian troops clashed with guerrillas of the Revolutionary Left Movement near Santa Cruz.")
    assert found and all("TUR" not in codes for codes in found)
    assert code_of("East Pakistan") == "PAK"


@pytest.mark.parametrize(("name", "country"), [("Viet Cong", "VNM"), ("Mau Mau", "KEN"), ("Stasi", "DDR"),
                                               ("Eritrean People's Liberation Front", "ERI"), ("Tudeh", "IRN"),
                                               ("Tupamaros", "URY"), ("Pattani United Liberation Organization", "THA")])
def test_bodies_of_political_history_are_known_by_their_state(name: str, country: str) -> None:
    assert builtin().lookup(name).country == country


def test_a_body_named_by_a_generic_part_of_a_known_name_is_no_one() -> None:
    dictionary = builtin()
    assert dictionary.lookup("National Council") is None and dictionary.lookup("Democratic Party") is None


def test_an_event_of_a_body_of_political_history_is_coded(nlp) -> None:
    assert coded(nlp, "Mau Mau fighters attacked a police post on Thursday, killing two constables.") \
        == {("ASSAULT", "KEN", "KEN")}
    assert coded(nlp, "The Viet Cong shelled an American air base on Tuesday.") == {("ASSAULT", "VNM", "USA")}
    assert coded(nlp, "The Tupamaros kidnapped the British ambassador on Friday.") == {("ASSAULT", "URY", "GBR")}
