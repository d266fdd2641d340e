"""Places and people at large a reader knows (session 67, issue 9).

A county or district names its country as a city does ("clashed with police in Nottinghamshire": British), from
GeoNames' second-level divisions that one country alone names so, read only where the words say a place is named.
"Supporters" and "pickets" are people at large and protesters, as "residents" and "picketers" are. "Franco" alone
is a name (Francisco Franco, Federico Franco), never France: the combining form lives only in "Franco-German".
Each test fails on the session's start build (a916b83) unless it says it holds there too.
"""

from __future__ import annotations

import pytest
from conftest import event_codes as coded

from saywho.actors import geo

# (what the test says, a sentence written for it, the events it gives as (category, source state, target state))
SENTENCES = [
    ("a clash in an English county is British",
     "Striking miners clashed with police in Nottinghamshire on Monday.", {("ASSAULT", "GBR", "GBR")}),
    ("a walk-out in an English county is British",
     "Miners at a colliery in Lancashire walked out on Monday in protest at the closure.", {("PROTEST", "GBR", "GBR")}),
    ("supporters of an unnamed leader rally where they are",
     "Supporters of the president rallied outside Congress in Asuncion on Friday.", {("PROTEST", "PRY", "PRY")}),
    ("pickets protest where they are",
     "Hundreds of pickets blocked the gates of the steelworks in Sheffield on Monday.", {("PROTEST", "GBR", "GBR")}),
    ("Franco's government is no French one",
     "Franco's government in Madrid expelled two British diplomats on Tuesday.", {("COERCE", "ESP", "GBR")}),
]


@pytest.mark.parametrize(("text", "found"), [r[1:] for r in SENTENCES], ids=[r[0] for r in SENTENCES])
def test_places_and_people_a_reader_knows(nlp, text: str, found: set) -> None:
    assert coded(nlp, text) == found


def test_districts_one_country_names() -> None:
    assert geo.district_country("Nottinghamshire") == "GBR"
    assert geo.district_country("County Durham") == "GBR"
    assert geo.district_country("Sangrur district") == "IND"  # with the word that says what it is
    assert geo.district_country("Kent") is None  # also Kent, Ohio and Kent, Washington: no one country's
    assert geo.district_country("Paris") is None  # a city's name elsewhere is never a district's


def test_a_district_only_where_the_words_name_a_place() -> None:
    # (holds on the start build too, which had no districts at all)
    assert geo.place_country("Nottinghamshire") is None
    assert geo.place_country("Nottinghamshire", towns=True) == "GBR"
