"""Acts and names a reader knows (session 68, issue 9).

Medics who treat the hurt give aid (CAMEO 073), and so does relief trucked or flown in; power handed over is
ceded; looking into reports inquires; a magistrate is a court, and a court annulling an election sanctions; readiness to help a named party is an offer of aid; standing by or
rallying behind a party backs it; a declared hunger strike is a protest; scuffles and traded blows are a fight. A lone
surname the tagger calls an organisation or a place is still the person the dictionary knows ("Borisov",
"Mutharika"; an acronym is no surname), a blacklisting is a sanction, and an Arabic surname
is found without its article ("Sisi"). A police force named after its county or province is that country's
("Lancashire Police"); "St. Petersburg" is the Russian city and "Federal" no Argentine town; a one-word name GeoNames
has only as another city's other name is no place ("Khan" is no Haan); a division is found with its accents
("Manabí").
Each test fails on the session's start build (7ee1c9a) unless it says it holds there too.
"""

from __future__ import annotations

import pytest
from conftest import event_codes as coded

from saywho.actors import geo
from saywho.actors.dictionary import builtin

# (what the test says, a sentence written for it, the events it gives as (category, source state, target state))
SENTENCES = [
    ("medics treating the wounded give aid",
     "Bulgarian paramedics treated forty wounded miners at the scene.", {("AID", "BGR", "BGR")}),
    ("a declared hunger strike is a protest",
     "Jailed Belarusian activist Maria Kolesnikova declared a hunger strike on Monday.", {("PROTEST", "BLR", "BLR")}),
    ("scuffles between two sides are a fight",
     "Scuffles broke out between Armenian protesters and police in Yerevan on Friday.", {("ASSAULT", "ARM", "ARM")}),
    ("traded blows are a fight",
     "Georgian opposition supporters and riot police traded blows outside parliament in Tbilisi.",
     {("ASSAULT", "GEO", "GEO")}),
    ("a surname the tagger takes for a body is the known person",
     "Borisov rejected calls to resign on Monday.", {("REJECT", "BGR", "BGR")}),
    ("readiness to help a named state is an offer",
     "Norway said it stood ready to help Sri Lanka's government rebuild the coast.", {("AGREE", "NOR", "LKA")}),
    ("standing by a leader backs him",
     "Washington stood by the Saudi crown prince despite the outcry.", {("SUPPORT", "USA", "SAU")}),
    ("rallying behind a state backs it", "Egypt rallied behind Saudi Arabia on Sunday.", {("SUPPORT", "EGY", "SAU")}),
    ("a force named after its county is that country's",
     "Lancashire Police arrested twelve pickets at the colliery gates.", {("COERCE", "GBR", "GBR")}),
    ("a surname the tagger takes for a place is the known person",
     "Mutharika conceded defeat on Sunday.", {("CONCEDE", "MWI", "MWI")}),
    ("a blacklisting is a sanction",
     "The U.S. Treasury blacklisted an Iraqi militia commander, accusing him of ordering the killings of protesters.",
     {("SANCTION", "USA", "IRQ"), ("ACCUSE", "USA", "IRQ")}),
    ("relief trucked to people is aid",
     "The World Food Programme trucked food and tents to 20,000 Sudanese refugees in eastern Chad.",
     {("AID", "IGO", "SDN")}),
    ("power handed over is ceded", "Yahya Jammeh handed over the presidency to Adama Barrow in Banjul.",
     {("RETREAT", "GMB", "GMB")}),
    ("looking into reports is an inquiry",
     "Nigerian police looked into reports of killings in Zamfara.", {("ACCUSE", "NGA", "NGA")}),
    ("a magistrate is a court", "A magistrate in Mzuzu jailed nine protesters on Tuesday.", {("COERCE", "MWI", "MWI")}),
    ("a court annulling an election sanctions", "Kenya's Supreme Court annulled the re-election of President Uhuru "
     "Kenyatta.", {("SANCTION", "KEN", "KEN")}),
    ("St. Petersburg is Russian",
     "Riot police in St. Petersburg detained dozens of students on Saturday.", {("COERCE", "RUS", "RUS")}),
]


@pytest.mark.parametrize(("text", "found"), [r[1:] for r in SENTENCES], ids=[r[0] for r in SENTENCES])
def test_acts_and_names_a_reader_knows(nlp, text: str, found: set) -> None:
    assert coded(nlp, text) == found


def test_standing_by_words_backs_no_one(nlp) -> None:
    """Keeping to one's remarks is no support (holds on the start build too)."""
    assert not {c for c, _, _ in coded(nlp, "The Iranian minister stood by his remarks about Israel.")} & {"SUPPORT"}


def test_treating_is_aid_only_for_the_hurt(nlp) -> None:
    """Treated as criminals, or harshly, is no aid (holds on the start build too)."""
    assert not {c for c, _, _ in coded(nlp, "Turkish police treated the detained students as criminals.")} & {"AID"}
    assert not {c for c, _, _ in coded(nlp, "Chinese guards treated the Uighur detainees harshly.")} & {"AID"}


def test_a_surname_without_its_article() -> None:
    people = builtin()
    assert people.by_surname_alone("SIM") is None  # an acronym is no Chea Sim
    assert people.by_surname_alone("Sisi").country == "EGY"
    assert people.by_surname_alone("Sadr") is None  # Iraqi clerics and Iran's Bani Sadr: no one state


def test_places_by_their_own_name() -> None:
    assert geo.place_country("St. Petersburg") == "RUS"
    assert geo.place_country("St. Louis") == "USA"  # holds on the start build too
    assert not geo.own_name("Khan") and geo.own_name("Kherson")
    assert geo.region_country("Manabí province") == "ECU"  # the division table's names are ASCII
    assert geo.region_country("Manabi") == "ECU"  # holds on the start build too
    assert geo.city_country("Federal") is None  # "Federal Police" is no force of Federal, Entre Ríos


def test_congo_undated_is_the_drc(nlp) -> None:
    """A text that says nothing of which Congo is read as news reads it now; its date or the other Congo's names
    still decide."""
    from saywho.actors.dictionary import code_of, on_date

    assert code_of("Congo") == "COD"
    with on_date("1985-06-01"):
        assert code_of("Congo") == "COG"  # Zaire was the other (holds on the start build too)
    assert ("SANCTION", "IGO", "COD") in coded(nlp, "The European Union suspended aid to Congo on Wednesday.")
    assert ("ASSAULT", "COG", "COG") in coded(nlp, "Ninja militiamen attacked a train near Mindouli, killing Congolese "
                                                   "soldiers.")
