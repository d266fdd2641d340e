"""Whom an attack's victims, a warning and a treaty belong to, peoples named by their region, and verbs from
PETRARCH2's dictionary (session 65).

The people an attack's participle kills are of the side it struck; a warning given to no one named is put to
whom its participle tells it, else to whom its condition names; a treaty named after a city makes no one of
that city's state a party; "Iraqi Kurdish" leaders are Iraq's; "Regional party leaders" are a province's rulers,
no bloc; a people named after a region ("Oaxacans") is of the region's state; a surname that opens with a
particle ("Le Breton") is not the word alone ("Breton farmers"); a prefect is an official; "ethnic" names no kin
state. Each test fails on the session's start build (0ad098d).
"""

from __future__ import annotations

import pytest
from conftest import event_codes as coded

# (what the test says, a sentence written for it, the events it gives as (category, source state, target state))
READINGS = [
    ("the people an attack kills are of the side it struck",
     "Eritrean patrol boats opened fire on Yemeni fishing boats off the coast, killing two fishermen and wounding four.",
     {("ASSAULT", "ERI", "YEM")}),
    ("a warning is put to whom its participle tells it",
     "Iran's foreign ministry warned on Sunday that it was easier to empty the sea than to defeat Iran, telling Israel "
     "not to test its patience.", {("THREATEN", "IRN", "ISR")}),
    ("a warning is put to whom its condition names",
     "Norway warned that it would take the fishing dispute to the International Court of Justice unless Iceland "
     "withdrew its gunboats.", {("THREATEN", "NOR", "ISL")}),
    ("a people's phrase that names its state is that state's",
     "Turkey warned Iraqi Kurdish leaders on Monday that a vote on independence would bring sanctions.",
     {("THREATEN", "TUR", "IRQ")}),
    ("a people named after a region is of the region's state",
     "Oaxacans blocked roads into the city on Monday.", {("PROTEST", "MEX", "MEX")}),
    ("a particle surname is not its last word alone",
     "Prime Minister Lionel Jospin promised Breton farmers compensation for the drought.", {("AGREE", "FRA", "FRA")}),
    ("a prefect is an official of the state",
     "The prefect of Lyon banned all demonstrations in the city centre on Saturday.", {("COERCE", "FRA", "FRA")}),
    ("interrogating suspects is an investigation",
     "Kenyan police interrogated three suspects in Mombasa on Tuesday.", {("ACCUSE", "KEN", "KEN")}),
    ("an ethnic minority is not of its kin state",
     "Kyrgyz authorities agreed to let the family of jailed ethnic Uzbek activist Azimjan Askarov visit him in prison.",
     {("AGREE", "KGZ", "KGZ")}),
]


@pytest.mark.parametrize(("text", "events"), [r[1:] for r in READINGS], ids=[r[0] for r in READINGS])
def test_the_sentence_gives_its_events(nlp, text: str, events: set[tuple[str, str, str]]) -> None:
    assert coded(nlp, text) == events


def test_a_treaty_named_after_a_city_makes_no_party_of_its_state(nlp) -> None:
    found = coded(nlp, "Armenia requested the opening of talks under the 1921 Moscow treaty.")
    assert found and all("RUS" not in (source, target) for _, source, target in found)


def test_regional_party_leaders_are_no_bloc(nlp) -> None:
    found = coded(nlp, "URUMQI - Regional party leaders warned on Tuesday that the students would face expulsion.")
    assert found and all(source == "CHN" for _, source, _ in found)
