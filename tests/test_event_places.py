"""Places the small tagger misreads, the nouns of peoples, old names of states, titled names (session 59).

Police, troops or crowds no one names are coded by the place they act in, as CAMEO does. The tagger often takes a
town for a people or a person ("in Andijan", "the town of Kandy"), and a town that owns the place ("at Manama's Pearl
Roundabout") was not read as a place at all. A people named by its noun rather than its adjective ("Britons",
"Frenchmen", "Swedes") is that people's state, read only with a capital ("power poles" are things); a colony or a
state by its Cold War name ("Nyasaland", "the United Arab Republic") is its successor, unless the colonial power's
adjective names it ("the Spanish Sahara"); a known person named with a
title the dictionary leaves out ("King Gyanendra", "Emperor Haile Selassie") is that person. Each positive
test fails on the session's start build (f3ec6bc).
"""

from __future__ import annotations

import pytest
from conftest import event_codes as coded

from saywho.actors.countries import country_code
from saywho.actors.dictionary import builtin, code_of


def test_a_town_the_tagger_takes_for_a_person_after_the_town_of(nlp) -> None:
    assert coded(nlp, "Police opened fire on protesters in the town of Kandy on Tuesday.") \
        == {("ASSAULT", "LKA", "LKA")}


def test_a_town_the_tagger_takes_for_a_people_after_in(nlp) -> None:
    assert coded(nlp, "Troops opened fire on crowds in Andijan on Friday.") == {("ASSAULT", "UZB", "UZB")}


def test_a_town_that_owns_the_place_of_the_act(nlp) -> None:
    assert coded(nlp, "A bomb exploded at a bus station in Harare's Mbare township on Monday.") \
        == {("ASSAULT", "ZWE", "ZWE")}
    assert ("COERCE", "BHR", "BHR") in coded(
        nlp, "Riot police stormed a protest camp at Manama's Pearl Roundabout before dawn.")


def test_an_embassy_or_a_company_owning_the_place_is_no_town(nlp) -> None:
    # the crowd outside a state's embassy is of the city the embassy is in; Goodyear is no Arizona town here
    assert coded(nlp, "Hundreds of demonstrators gathered outside Ecuador's embassy in Mexico City on Saturday.") \
        == {("PROTEST", "MEX", "ECU")}
    assert coded(nlp, "Workers at Goodyear's tyre plant in Amiens freed two managers on Tuesday.") \
        == {("RETREAT", "FRA", "FRA")}


def test_a_people_named_by_its_noun(nlp) -> None:
    assert coded(nlp, "Hundreds of Britons demonstrated outside the Indian embassy.") == {("PROTEST", "GBR", "IND")}
    assert ("PROTEST", "FRA", "MAR") in coded(
        nlp, "Frenchmen and Spaniards protested outside the Moroccan consulate in Brussels.")


@pytest.mark.parametrize(("text", "code"), [
    ("Britons", "GBR"), ("a Swede", "SWE"), ("Spaniards", "ESP"), ("Frenchmen", "FRA"), ("Icelanders", "ISL"),
    ("Danes", "DNK"), ("Azeris", "AZE"),
    # given names, things, and peoples the news names as other states' minorities are not states
    ("Finn", None), ("Dane", None), ("poles", None), ("swedes", None), ("Turks", None),
])
def test_nouns_of_peoples(text: str, code: str | None) -> None:
    assert code_of(text.removeprefix("a ")) == code
    assert country_code(text.removeprefix("a ")) == code


@pytest.mark.parametrize(("text", "code"), [
    ("Bechuanaland", "BWA"), ("Nyasaland", "MWI"), ("Northern Rhodesia", "ZMB"), ("South-West Africa", "NAM"),
    ("Belgian Congo", "BEL"), ("Dutch East Indies", "NLD"), ("Spanish Sahara", "ESP"), ("United Arab Republic", "EGY"),
    ("Communist China", "CHN"), ("Nationalist China", "TWN"), ("Byelorussia", "BLR"), ("Ubangi-Shari", "CAF"),
])
def test_colonies_and_old_names(text: str, code: str) -> None:
    # a state's old name is its successor; a colony its power's adjective names is that power's
    assert code_of(text) == code


def test_an_old_name_in_a_sentence(nlp) -> None:
    assert coded(nlp, "Secretary of State John Foster Dulles warned the United Arab Republic on Thursday that the "
                      "United States would not stand idle.") == {("THREATEN", "USA", "EGY")}


def test_a_known_person_named_with_a_title_the_dictionary_leaves_out(nlp) -> None:
    assert coded(nlp, "King Gyanendra has refused to reinstate the dissolved House of Representatives, a palace "
                      "statement said.") == {("REJECT", "NPL", "NPL")}
    dictionary = builtin()
    assert dictionary.lookup("Emperor Haile Selassie").country == "ETH"  # type: ignore[union-attr]
    assert dictionary.lookup("President Hotel") is None  # a title before no person's name names no one
    assert dictionary.lookup("General Motors").type == "organisation"  # type: ignore[union-attr]

