"""Riots, minorities, officials of international bodies and Spanish surnames (session 62).

A crowd damaging property riots (PLOVER PROTEST, riot) unless it harms people; an "ethnic" minority is of the
state its story is told in; a person titled as an international body's official acts for it; a Spanish name's
father's surname names the person alone; unnamed people are of the one state their sentence names. Each positive
test fails on the session's start build (7f667ae).
"""

from __future__ import annotations

from conftest import event_codes as coded


def test_a_crowd_stoning_an_embassy_riots(nlp) -> None:
    assert coded(nlp, "Hundreds of students stoned the Danish embassy in Nairobi on Monday.") \
        == {("PROTEST", "KEN", "DNK")}


def test_rioters_burning_cars_protest(nlp) -> None:
    found = coded(nlp, "Youths looted and torched shops in central Dakar on Friday.")
    assert {c for c, _, _ in found} == {"PROTEST"}


def test_a_mob_killing_people_assaults(nlp) -> None:
    found = coded(nlp, "A mob armed with machetes attacked Ghanaian traders in Lome on Monday, killing six of them.")
    assert "PROTEST" not in {c for c, _, _ in found}
    assert "ASSAULT" in {c for c, _, _ in found}


def test_an_ethnic_minority_is_of_the_state_its_story_is_in(nlp) -> None:
    assert coded(nlp, "The European Union condemned the ethnic Albanian rebels on Monday for an attack aimed at "
                      "destabilising Macedonia.") == {("ACCUSE", "IGO", "MKD")}


def test_an_official_of_an_international_body_acts_for_it(nlp) -> None:
    found = coded(nlp, "Leaders of Albania's two main parties promised OSCE envoy Franz Vranitzky on Wednesday "
                       "that they would respect the vote.")
    assert {(c, t) for c, _, t in found} == {("AGREE", "IGO")}


def test_a_spanish_fathers_surname_names_the_person(nlp) -> None:
    # Raul Cubas Grau of Paraguay, not Honduras's Irving Guerrero Cubas
    found = coded(nlp, "Vice President Luis Maria Argana accused President Cubas on Monday of betraying the "
                       "Colorado Party.")
    assert ("ACCUSE", "PRY", "PRY") in found


def test_a_capital_taken_for_a_people_is_a_place(nlp) -> None:
    # (the small tagger takes "Asuncion" here for a people)
    assert {(s, t) for _, s, t in coded(nlp, "Soldiers occupied a radio station in Asuncion on Saturday night.")} \
        == {("PRY", "PRY")}


def test_unnamed_people_are_of_the_one_state_their_sentence_names(nlp) -> None:
    found = coded(nlp, "Oil workers went on strike on Monday to press for the release of Moshood Abiola.")
    assert {(c, s) for c, s, _ in found} == {("PROTEST", "NGA")}


def test_a_strike_called_by_a_party_is_its_protest(nlp) -> None:
    found = coded(nlp, "A general strike called by Togo's opposition parties and the main trade unions paralysed "
                       "Lome for a third week on Monday.")
    assert {(c, s) for c, s, _ in found} == {("PROTEST", "TGO")}


def test_saint_abbreviated_names_the_state(nlp) -> None:
    assert coded(nlp, "Banana farmers in St Lucia went on strike on Monday.") == {("PROTEST", "LCA", "LCA")}


def test_a_strike_keeping_shops_shut_is_its_callers_protest(nlp) -> None:
    found = coded(nlp, "ANTANANARIVO - A general strike called by the Forces Vives opposition kept ministries and "
                       "banks shut for a fourth week on Monday.")
    assert {(c, s) for c, s, _ in found} == {("PROTEST", "MDG")}


def test_a_sit_in_outside_a_building_is_a_protest(nlp) -> None:
    # the small parser hangs "sit-in" on "parliament"
    found = coded(nlp, "Relatives of missing men staged a sit-in outside parliament in Beirut on Monday.")
    assert {(c, s) for c, s, _ in found} == {("PROTEST", "LBN")}


def test_a_crowd_occupying_a_building_obstructs(nlp) -> None:
    (event,) = nlp("Climate activists occupied a bank branch in Lausanne on Friday.")._.saywho_events
    assert (event.category, event.mode, event.source.country) == ("PROTEST", "obstruct", "CHE")


def test_whom_talks_were_held_with_is_no_venue(nlp) -> None:
    assert coded(nlp, "A Thai delegation held talks with Chinese officials in Beijing on Tuesday, the official "
                      "Xinhua news agency reported.") == {("CONSULT", "THA", "CHN")}


def test_a_government_freeing_someone_is_their_countrys(nlp) -> None:
    assert coded(nlp, "The government released Raila Odinga on Friday.") == {("RETREAT", "KEN", "KEN")}
    # whose government, unsaid: the act stands, its doer of no state (session 66's unplaced events)
    assert coded(nlp, "The government released two American hostages.") == {("RETREAT", None, "USA")}
