"""Peoples, eras and street fights a reader knows (session 73, issue 9).

"Indians" of the Americas are a native people of the one state of the Americas their sentence names, not India's
(but "Indian diplomats in Ottawa" stay India's); a text of divided Germany ("West Berlin", "East German") puts a
town of the eastern Länder in East Germany, and "East Berlin" names it; "PLA" is China's army; a river's or lake's
bank is a shore, no lender, "the North" no American town and "Lincoln Park" no Korean's name; Gorbachev in office
(not "former") makes Moscow Soviet; two sides that clash or fight with no one else named fought each other, both of
where they fought, and riot police and protesters who clash "over a bill" fight, where lawmakers only quarrel;
"opposition figures" released are people, not statistics.
Each test fails on the session's start build (8f3c014) unless it says it holds there too.
"""

from __future__ import annotations

import pytest
from conftest import event_codes as coded

from saywho.actors import geo

# (what the test says, a sentence written for it, the events it gives as (category, source state, target state))
SENTENCES = [
    ("Indians of the United States",
     "About 200 Indians marched on the county courthouse in Gallup, New Mexico, on Saturday.",
     {("PROTEST", "USA", "USA")}),
    ("Indian villagers of Peru",
     "Indian villagers blocked the road to the mine in Cajamarca, Peru, on Monday.", {("PROTEST", "PER", "PER")}),
    ("the Pan-American Highway is no American place",
     "Indian protesters blocked the Pan-American Highway in Ecuador on Tuesday.", {("PROTEST", "ECU", "ECU")}),
    ("a town of divided Germany's east",
     "Police arrested strike leaders in Leipzig on Thursday, refugees arriving in West Berlin said.",
     {("COERCE", "DDR", "DDR")}),
    ("East Berlin is East Germany's",
     "The Supreme Court in East Berlin sentenced four strike leaders to prison on Friday.",
     {("SANCTION", "DDR", "DDR")}),
    ("the PLA is China's army",
     "Indian soldiers clashed with PLA troops near the Line of Actual Control on Monday.",
     {("ASSAULT", "IND", "CHN")}),
    ("a lake's bank is a shore",
     "Indian and Chinese soldiers scuffled on the northern bank of the lake, the Indian army said.",
     {("ASSAULT", "IND", "CHN")}),
    ("two sides clashing outside a parliament",
     "Riot police and several thousand protesters clashed outside the Serbian parliament on Wednesday.",
     {("ASSAULT", "SRB", "SRB")}),
    ("riot police and students clash over a bill",
     "Riot police and students clashed over the tuition bill outside the Chilean Congress on Thursday.",
     {("ASSAULT", "CHL", "CHL")}),
    ("opposition figures are people",
     "Police in Nairobi released 40 opposition figures on Friday.", {("RETREAT", "KEN", "KEN")}),
    ("the North is no American town",
     "PORT HARCOURT, Nigeria - Dockworkers went on strike on Monday over the killing of Easterners in the North.",
     {("PROTEST", "NGA", "NGA")}),
    ("Gorbachev in office makes Moscow Soviet",
     "Lithuanian leaders urged Moscow on Friday to withdraw its troops, a day after Gorbachev rejected their "
     "declaration.", {("REQUEST", "LTU", "SUN")}),
    ("a park is no Korean's surname",
     "Police beat several photographers in Lincoln Park early Monday.", {("ASSAULT", None, None)}),
]


@pytest.mark.parametrize(("text", "found"), [r[1:] for r in SENTENCES], ids=[r[0] for r in SENTENCES])
def test_peoples_eras_and_street_fights(nlp, text: str, found: set) -> None:
    assert coded(nlp, text) == found


def test_a_town_of_a_former_state_is_located() -> None:
    """GDELT's geography finds "Leipzig" of the DDR in Germany and a Soviet town in Russia."""
    leipzig, novocherkassk = geo.locate("Leipzig", "DDR"), geo.locate("Novocherkassk", "SUN")
    assert leipzig is not None and leipzig.full_name == "Leipzig, Saxony, Germany"
    assert novocherkassk is not None and novocherkassk.country == "RUS"


# Each holds on the start build too: the readings this session added must leave these alone.
def test_indian_diplomats_abroad_stay_indias(nlp) -> None:
    assert coded(nlp, "Indian diplomats in Ottawa rejected the Canadian accusation on Tuesday.") \
        == {("REJECT", "IND", "CAN")}


def test_leipzig_today_is_germanys(nlp) -> None:
    assert coded(nlp, "Police arrested strike leaders in Leipzig on Thursday.") == {("COERCE", "DEU", "DEU")}


def test_gorbachev_gone_leaves_moscow_russian(nlp) -> None:
    assert coded(nlp, "Lithuanian leaders urged Moscow on Friday to withdraw its troops, former Soviet leader Mikhail "
                      "Gorbachev said.") == {("REQUEST", "LTU", "RUS")}


def test_lawmakers_still_only_quarrel(nlp) -> None:
    assert coded(nlp, "Lawmakers clashed over the budget on Tuesday.") == set()


def test_a_clash_with_a_named_foe_is_with_the_foe(nlp) -> None:
    assert coded(nlp, "Army units and police clashed with rebels near Kohlu in Pakistan on Friday.") \
        == {("ASSAULT", "PAK", "PAK")}


def test_released_statistics_free_no_one(nlp) -> None:
    assert coded(nlp, "The statistics office released figures on Tuesday.") == set()
