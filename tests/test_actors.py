"""Actor coding, dictionaries (CSV and PETRARCH) and linking actors across articles in a real store."""

from __future__ import annotations

from pathlib import Path

from saywho.actors.dictionary import builtin, read_dictionary, read_petrarch, split_code
from saywho.actors.phrases import code_phrase
from saywho.attribution.speakers import Register
from saywho.model import Article
from saywho.pipeline import process
from saywho.store import Store

PETRARCH = """\
# A small PETRARCH/Phoenix actor dictionary written for this test
VLADIMIR_PUTIN_
+PUTIN
+VLADIMIR_VLADIMIROVICH_PUTIN
[RUSGOV 000507-080507]
[RUSELI 080508-120506]
[RUSGOV >120507]

SERGEI_LAVROV_  # foreign minister
+LAVROV
[RUSGOV]

ANTONIO_GUTERRES_ [IGOUNO]
+GUTERRES
"""


def test_petrarch_dictionary_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "actors.txt"
    path.write_text(PETRARCH, encoding="utf-8")
    actors = {a.id: a for a in read_petrarch(path)}
    assert set(actors) == {"vladimir-putin", "sergei-lavrov", "antonio-guterres"}
    putin = actors["vladimir-putin"]
    assert (putin.name, putin.country, putin.sector) == ("Vladimir Putin", "RUS", "GOV")  # the last code is current
    assert putin.aliases == ["Putin", "Vladimir Vladimirovich Putin"]
    assert (actors["antonio-guterres"].country, actors["antonio-guterres"].sector) == ("IGO", "UNO")
    assert read_dictionary(path)[1].aliases == ["Lavrov"]


def test_csv_dictionary_and_cameo_codes(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("name,aliases,country,sector,type,title\nKaja Kallas,Kallas,IGO,IGO,person,EU foreign policy chief\n",
                    encoding="utf-8")
    (kallas,) = read_dictionary(path)
    assert (kallas.id, kallas.country, kallas.type, kallas.aliases) == ("kaja-kallas", "IGO", "person", ["Kallas"])
    assert split_code("USAGOV") == ("USA", "GOV")


def test_builtin_dictionary_knows_seats_of_government_and_igos() -> None:
    kremlin = builtin().lookup("the Kremlin")
    assert (kremlin.name, kremlin.country, kremlin.sector) == ("Russian government", "RUS", "GOV")
    assert builtin().lookup("U.N.").country == "IGO"
    assert builtin().lookup("Coalition of the Willing").type == "group"


def code(nlp, text: str, word: str):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    return code_phrase(token, Register(doc))


def test_phrases_are_coded_as_cameo_actors(nlp) -> None:
    putin = code(nlp, "Russian President Vladimir Putin spoke.", "Putin")
    assert (putin.id, putin.country) == ("vladimir-putin", "RUS")
    police = code(nlp, "Turkish police prevented the demonstration.", "police")
    assert (police.name, police.country, police.sector) == ("Turkish police", "TUR", "COP")
    europe = code(nlp, "He criticised European countries.", "countries")
    assert (europe.name, europe.country, europe.type) == ("European countries", "EUR", "group")
    norway = code(nlp, "NATO-member Norway is willing to send material.", "Norway")
    assert norway.country == "NOR"
    allies = code(nlp, "26 of Ukraine's allies had committed to deploying troops.", "26")
    assert (allies.type, allies.title) == ("group", "allies")
    un = code(nlp, "The U.N. demanded a ceasefire.", "U.N.")
    assert un.country == "IGO"


def test_actors_link_up_across_articles(nlp, sqlite_url: str, tmp_path: Path) -> None:
    store = Store(sqlite_url)
    first = Article(id="one", text="Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday.")
    second = Article(id="two", text="Putin praised the talks, the Kremlin said on Tuesday.")
    for article in process([first, second], nlp=nlp):
        store.save(article)
    one, two = store.article("one"), store.article("two")
    assert "vladimir-putin" in {a.id for a in one.actors}
    assert "vladimir-putin" in {a.id for a in two.actors}  # the bare surname links to the full name
    assert "russian-government" in {a.id for a in two.actors}  # the Kremlin
    putin = store.actor("vladimir-putin")
    assert putin.country == "RUS" and "Putin" in putin.aliases


def test_imported_dictionary_links_later_articles(nlp, sqlite_url: str, tmp_path: Path) -> None:
    from saywho.actors.canonical import import_dictionary

    path = tmp_path / "actors.txt"
    path.write_text(PETRARCH, encoding="utf-8")
    store = Store(sqlite_url)
    assert import_dictionary(store, path) == 3
    (article,) = process([Article(id="a", text="Lavrov told reporters that the talks had failed.")], nlp=nlp)
    store.save(article)
    speakers = {a.speaker.id for a in store.article("a").attributions if a.speaker}
    assert speakers == {"sergei-lavrov"}


def test_builtin_dictionary_knows_heads_of_state_and_government() -> None:
    assert builtin().lookup("Akayev").country == "KGZ"
    assert builtin().lookup("Francois Mitterand").country == "FRA"  # a common misspelling
    assert builtin().lookup("Kofi Annan").country == "IGO"


def test_an_administration_named_for_a_president_is_the_government(nlp) -> None:
    doc = nlp("The Bush administration declared Tuesday that China must drop barriers to U.S. exports.")
    actor = code_phrase(doc[2])
    assert (actor.country, actor.type) == ("USA", "organisation")


def test_a_quantity_is_the_group_it_counts(nlp) -> None:
    crowd = code(nlp, "Hundreds of thousands of Nigerians rallied in Lagos.", "thousands")
    assert crowd.country == "NGA"
    settlers = code(nlp, "Jewish settlers set fire to a mosque.", "settlers")
    assert (settlers.country, settlers.sector) == ("ISR", "CVL")


def test_acronym_aliases_match_only_in_capitals(nlp) -> None:
    ira = code(nlp, "The IRA declared a ceasefire on Wednesday.", "IRA")
    assert (ira.name, ira.country, ira.sector) == ("Irish Republican Army", "GBR", "REB")
    # the first name Ira is no armed group
    adviser = code(nlp, "White House adviser Ira Magaziner said the plan was ready.", "Magaziner")
    assert adviser is None or adviser.country != "GBR"
    assert builtin().lookup("Ira") is None and builtin().lookup("ira") is None
    # a canonical name matches in any case, as newspapers write it ("Unita")
    assert builtin().lookup("Unita") is builtin().lookup("UNITA")


def test_builtin_dictionary_knows_armed_groups_parties_and_agencies() -> None:
    expected = {"FARC": ("COL", "REB"), "African National Congress": ("ZAF", "PTY"), "OAS": ("IGO", "IGO"),
                "Greenpeace": ("NGO", "NGO"), "Xinhua": ("CHN", "MED"), "al-Qaeda": ("IMG", "REB")}
    for alias, codes in expected.items():
        actor = builtin().lookup(alias)
        assert actor is not None and (actor.country, actor.sector) == codes, alias


def test_every_state_has_a_demonym() -> None:
    from saywho.actors.dictionary import code_of

    # demonyms session 1 lacked: "The Nicaraguan government accused Honduras" was coded HND → HND
    expected = {"Nicaraguan": "NIC", "Honduran": "HND", "Tanzanian": "TZA", "Mozambican": "MOZ",
                "Sierra Leonean": "SLE", "Guatemalan": "GTM", "Omani": "OMN", "Maltese": "MLT", "Togolese": "TGO"}
    assert {word: code_of(word) for word in expected} == expected


def test_first_level_divisions_place_groups_in_their_country(nlp) -> None:
    from saywho.actors import geo

    # GeoNames' admin1 names and the US states, when only one country uses the name
    assert (geo.region_country("Jonglei"), geo.region_country("Jonglei state")) == ("SSD", "SSD")
    assert (geo.region_country("Sonora"), geo.region_country("Arizona")) == ("MEX", "USA")
    assert geo.region_country("Punjab") is None  # Indian and Pakistani
    assert geo.region_country("North East") is None  # a direction, in many countries
    police = code(nlp, "Sonora police arrested 12 migrants.", "police")
    assert police.country == "MEX"
    raiders = code(nlp, "Cattle raiders from Jonglei attacked a village on Sunday.", "raiders")
    assert raiders.country == "SSD"


def test_a_two_word_nationality_before_a_name_is_read_whole(nlp) -> None:
    doc = nlp("North Korean leader Kim Jong Un travelled to Beijing for talks with Chinese President Xi Jinping.")
    register = Register(doc)
    assert {entry.name: entry.country for entry in register.people.values()} == {
        "Kim Jong Un": "PRK", "Xi Jinping": "CHN"}


def test_juba_is_south_sudan_s_capital_since_its_independence() -> None:
    from saywho.actors.countries import place_code
    from saywho.actors.dictionary import on_date

    assert place_code("Juba") == "SSD"
    with on_date("2005-03-01"):
        assert place_code("Juba") == "SDN"
    with on_date("2013-12-16"):
        assert place_code("Juba") == "SSD"
