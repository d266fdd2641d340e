"""Actors of the world's political history, promises about one's own forces, and places named in several words
(session 57).

A state's promise about its own troops or goods is made to the state it concerns ("Kenya promised to pull its
troops out of Somalia" is Kenya's to Somalia), not to a rebel group's talks venue; Cold War states by their names
of the time (Malaya, South Vietnam, Tanganyika) and their heads by theirs; a person named without a maternal
surname or a first given name ("Omar Torrijos", "Sekou Toure") is the one the dictionary knows, but not a common
name ("Jose Garcia", "John Smith") nor a family name first ("Chin Peng"); "Port of Spain" is Trinidad's. Each
test fails on the session's start build (e4371b5).
"""

from __future__ import annotations

import pytest
from conftest import event_codes as coded

from saywho.actors.dictionary import builtin, code_of


def test_a_states_promise_about_its_own_forces_is_made_to_the_state_they_are_in(nlp) -> None:
    assert coded(nlp, "Kenya promised on Monday to pull its troops out of Somalia by the end of the year.") \
        == {("AGREE", "KEN", "SOM")}
    assert coded(nlp, "Norway offered to send two frigates to help Estonia patrol the Baltic.") \
        == {("AGREE", "NOR", "EST")}
    # a rebel group agreeing to talks in a third state: the venue is no one it promises
    assert ("AGREE", "LKA", "CHE") not in coded(
        nlp, "The Tamil Tigers agreed on Friday to attend a fresh round of peace talks with the Sri Lankan "
             "government in Geneva.")


def test_places_named_in_several_words_are_of_their_own_state(nlp) -> None:
    assert coded(nlp, "Venezuela shipped food and medicine to Port of Spain on Monday after the riots.") \
        == {("AID", "VEN", "TTO")}
    assert coded(nlp, "Soldiers fired on protesters in the centre of San Cristobal de las Casas on Tuesday.") \
        == {("ASSAULT", "MEX", "MEX")}


@pytest.mark.parametrize(("name", "code"), [("Malaya", "MYS"), ("South Vietnam", "VNM"), ("North Yemen", "YEM"),
                                            ("Tanganyika", "TZA"), ("Macau", "MAC"), ("Malayan", "MYS"),
                                            ("Persian", None)])
def test_states_by_their_names_of_the_time(name: str, code: str | None) -> None:
    assert code_of(name) == code  # "the Persian Gulf" names no state


def test_heads_of_state_of_the_cold_war_are_known(nlp) -> None:
    assert coded(nlp, "President Milton Obote urged Britain to send troops to Jinja.") == {("REQUEST", "UGA", "GBR")}
    assert coded(nlp, "Haile Selassie held talks with Somali President Aden Abdullah Osman in Khartoum.") \
        == {("CONSULT", "ETH", "SOM")}


@pytest.mark.parametrize(("text", "name"), [("Omar Torrijos", "Omar Torrijos Herrera"),
                                            ("Patricio Aylwin", "Patricio Aylwin Azocar"),
                                            ("Sekou Toure", "Ahmed Sekou Toure"),
                                            ("Jose Garcia", None), ("John Smith", None),
                                            ("Chin Peng", "Chin Peng"),  # the MCP's leader (people.csv), no "Chu Chin Peng"
                                            ("Juan Carlos", None), ("Ahmed Hassan", None)])
def test_a_known_person_by_a_shorter_name_and_not_a_common_one(text: str, name: str | None) -> None:
    found = builtin().lookup(text)
    assert (found.name if found is not None else None) == name
