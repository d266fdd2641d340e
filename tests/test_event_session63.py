"""Regional bodies, joined givers, where a statement was made, and cut communications (session 63).

A region's leaders, mediators or states acting together are an international body (IGO), as the records code
ECOWAS, SADC or the GCC when the text does not name it; "X and Y promised aid to Z" gives to Z; where a reporter
spoke, or the outlet that broadcast an interview, is no state of the story; unnamed people of more kinds are
civilians placed where they act; cutting internet services censors; "Congolese" is read as the Congo the text's
places and leaders point to. Each positive test fails on the session's start build (1edd48c).
"""

from __future__ import annotations

from conftest import event_codes as coded


def test_a_regions_leaders_are_an_international_body(nlp) -> None:
    assert coded(nlp, "West African leaders threatened on Sunday to impose sanctions on Guinea.") \
        == {("THREATEN", "IGO", "GIN")}


def test_a_proposal_by_regional_mediators_is_theirs(nlp) -> None:
    found = coded(nlp, "Tsvangirai rejected a proposal by regional mediators to share the interior ministry.")
    assert ("REJECT", "ZWE", "IGO") in found


def test_gulf_states_act_together(nlp) -> None:
    assert ("AGREE", "IGO", "YEM") in coded(nlp, "Gulf states pledged aid to Yemen on Tuesday.")


def test_central_african_troops_are_the_republics(nlp) -> None:
    found = coded(nlp, "Central African troops clashed with rebels near Bossangoa on Sunday.")
    assert all(source != "IGO" for _, source, _ in found)


def test_tribal_leaders_are_no_regional_body(nlp) -> None:
    found = coded(nlp, "Arab tribal leaders in Deir ez-Zor condemned the Kurdish-led administration on Monday.")
    assert all(source != "IGO" for _, source, _ in found)


def test_joined_givers_give_to_whom_the_dative_names(nlp) -> None:
    assert coded(nlp, "Saudi Arabia and Kuwait promised aid to Egypt.") == {("AGREE", "SAU", "EGY")}


def test_where_a_spokesman_spoke_is_not_whose_rebels_they_are(nlp) -> None:
    found = coded(nlp, "Bozize's rebels vowed to march on Bangui within weeks, a spokesman for the movement said "
                       "in N'Djamena.")
    assert found and all(source != "TCD" for _, source, _ in found)


def test_an_outlets_state_is_not_the_actors(nlp) -> None:
    found = coded(nlp, "Rebel soldiers threatened on Thursday to march on Dili unless the prime minister resigned, "
                       "in an interview broadcast by Portuguese television.")
    assert found and all(source != "PRT" for _, source, _ in found)


def test_a_given_name_alone_is_no_surname(nlp) -> None:
    found = coded(nlp, "Troops guarding the villa of Traore's brother Francois fired on marchers who tried to break "
                       "into the compound on Saturday, killing at least two of them, witnesses said.")
    assert all(source != "HTI" for _, source, _ in found)


def test_retirees_on_hunger_strike_protest_where_they_strike(nlp) -> None:
    found = coded(nlp, "More than 200 retirees went on hunger strike in Quito on Monday.")
    assert {(c, s) for c, s, _ in found} == {("PROTEST", "ECU")}


def test_cutting_internet_services_censors(nlp) -> None:
    found = coded(nlp, "Sudan's military rulers cut mobile internet services across the country on Monday.")
    assert {(c, s) for c, s, _ in found} == {("COERCE", "SDN")}


def test_cutting_a_budget_is_no_censorship(nlp) -> None:
    assert not any(c == "COERCE" for c, _, _ in coded(nlp, "The government cut the budget for schools."))


def test_the_congolese_of_a_brazzaville_story_are_of_the_republic_of_congo(nlp) -> None:
    found = coded(nlp, "The Congolese opposition demanded on Friday that President Lissouba dissolve parliament.")
    assert ("REQUEST", "COG", "COG") in found


def test_the_congolese_of_a_kinshasa_story_are_of_the_drc(nlp) -> None:
    found = coded(nlp, "Congolese troops clashed with rebels near Goma on Monday.")
    assert {s for _, s, _ in found} == {"COD"}


def test_pledging_money_is_an_intent_to_give(nlp) -> None:
    found = coded(nlp, "Norway pledged $40 million in aid to Malawi on Tuesday, its development minister said.")
    assert ("AGREE", "NOR", "MWI") in found and not any(c == "AID" for c, _, _ in found)


def test_delivering_aid_gives_it(nlp) -> None:
    assert ("AID", "NOR", "MWI") in coded(nlp, "Norway delivered $40 million in aid to Malawi on Tuesday.")


def test_states_after_an_opening_phrase_are_the_verbs_subject(nlp) -> None:
    found = coded(nlp, "Under an accord signed in Phnom Penh on Saturday, Thailand and Laos agreed to reopen their "
                       "common border.")
    assert ("AGREE", "THA", "LAO") in found


def test_a_movements_singular_name_before_its_members_is_the_movement(nlp) -> None:
    assert {(c, s) for c, s, _ in coded(nlp, "Zapatista guerrillas ambushed a patrol on Sunday.")} == {("ASSAULT", "MEX")}


def test_control_transferred_is_given_up(nlp) -> None:
    found = coded(nlp, "Britain formally transferred control of the Suez base to Egypt on Friday.")
    assert ("RETREAT", "GBR", "EGY") in found


def test_halting_military_operations_is_a_ceasefire(nlp) -> None:
    found = coded(nlp, "The Tamil Tigers announced on Thursday that they were halting military operations in Sri Lanka.")
    assert {c for c, _, _ in found} == {"RETREAT"}


def test_weapons_handed_in_are_disarming_not_aid(nlp) -> None:
    found = coded(nlp, "Kenyan rebels handed in their weapons in Nairobi on Monday.")
    assert {c for c, _, _ in found} == {"RETREAT"}
