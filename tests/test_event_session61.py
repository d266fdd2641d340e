"""Acts done in yielding, attacks someone is blamed for, and places inside towns (session 61).

What a government does "bowing to pressure" is a concession (CAMEO 08), whatever the act alone would be; so is a
resignation pressure drove. An attack no one is named for is the group a sentence blames for it. A town's streets,
churches and cinemas are in the town. Each positive test fails on the session's start build (84e2309).
"""

from __future__ import annotations

from conftest import event_codes as coded


def test_an_agreement_made_bowing_to_pressure_is_a_concession(nlp) -> None:
    assert coded(nlp, "Bowing to pressure from the unions, Zambia's government agreed on Friday to raise the minimum "
                      "wage.") == {("CONCEDE", "ZMB", "ZMB")}


def test_an_act_beside_bowing_is_the_concession(nlp) -> None:
    assert {c for c, _, _ in coded(nlp, "Thailand's prime minister bowed to pressure from students on Monday and "
                                         "dissolved parliament.")} == {"CONCEDE"}
    assert {c for c, _, _ in coded(nlp, "Peru's government relented on Tuesday, agreeing to suspend the mining "
                                         "project.")} == {"CONCEDE"}


def test_refusing_to_bow_is_no_concession(nlp) -> None:
    assert "CONCEDE" not in {c for c, _, _ in coded(nlp, "Iran refused to bow to pressure from the United States.")}


def test_a_resignation_under_pressure_is_a_concession(nlp) -> None:
    assert coded(nlp, "Ecuador's interior minister resigned on Monday under pressure from striking teachers.") \
        == {("CONCEDE", "ECU", "ECU")}
    assert {c for c, _, _ in coded(nlp, "Ecuador's interior minister resigned on Monday.")} == {"RETREAT"}


def test_an_attack_blamed_on_a_group_is_that_groups(nlp) -> None:
    found = coded(nlp, "A bomb exploded in a crowded market in Quetta on Monday, killing nine people, and police "
                       "blamed Baloch separatists for the attack.")
    assert ("ASSAULT", "PAK", "PAK") in found
    assert ("ACCUSE", "PAK", "PAK") in found


def test_the_streets_of_a_town_are_in_it(nlp) -> None:
    assert ("ASSAULT", "UZB", "UZB") in coded(nlp, "Government troops fought rebels in the streets of Andijan on Friday.")


def test_a_building_named_after_a_capital_is_in_it(nlp) -> None:
    assert coded(nlp, "Relatives of jailed men began a hunger strike in a Managua church on Wednesday.") \
        == {("PROTEST", "NIC", "NIC")}
    assert ("ASSAULT", "CAN", "CAN") in coded(nlp, "A gunman opened fire outside a Montreal concert hall, killing a "
                                                   "stage technician.")


def test_a_street_named_after_a_town_places_no_one_there(nlp) -> None:
    # "Tarata street" is in Lima, not Bolivia's Tarata
    found = coded(nlp, "A car bomb tore through Tarata street in Lima on Thursday night, killing 18 residents.")
    assert all(side != "BOL" for _, source, target in found for side in (source, target))


def test_shops_shut_to_protest_are_a_protest(nlp) -> None:
    assert ("PROTEST", "IND", "IND") in coded(nlp, "Indian traders closed their shops to protest against the killing "
                                                   "of a businessman.")


def test_pressing_an_offensive_asks_no_one(nlp) -> None:
    assert "REQUEST" not in {c for c, _, _ in coded(nlp, "Indian troops pressed an offensive to seize the town from "
                                                         "the Tamil rebels.")}


def test_a_states_old_name_is_the_state_not_a_province() -> None:
    from saywho.actors import geo

    assert geo.place_country("Zaire") == "COD"  # not Angola's Zaire province


def test_a_denial_answers_whoever_made_the_charge(nlp) -> None:
    assert coded(nlp, "Kenya's foreign ministry on Friday denied charges by Somalia that Kenyan troops had crossed the "
                      "border.") == {("REJECT", "KEN", "SOM")}
    assert ("REJECT", "GHA", "TGO") in coded(nlp, "Ghana denied on Monday that its soldiers had fired across the "
                                                  "frontier, calling the Togolese charges a fabrication.")


def test_a_refusal_despite_demands_is_aimed_at_who_made_them(nlp) -> None:
    assert ("REJECT", "MAR", "DZA") in coded(nlp, "Morocco refused on Monday to withdraw its troops from the border "
                                                  "despite Algerian demands.")


def test_turning_down_a_request_refuses_it(nlp) -> None:
    assert coded(nlp, "Malaysia turned down a request from Bangkok to send back the refugees.") \
        == {("REJECT", "MYS", "THA")}
    assert ("REJECT", "TUR", "GRC") in coded(nlp, "Turkey brushed aside Greek calls for a ceasefire.")
    assert coded(nlp, "The chairman turned down the volume.") == set()


def test_an_act_done_on_stated_grounds_is_kept_beside_the_charge(nlp) -> None:
    found = coded(nlp, "Bahrain deported three clerics to Dubai on Monday, accusing them of inciting the riots.")
    assert {c for c, _, _ in found} == {"COERCE", "ACCUSE"}


def test_a_state_named_with_and_is_one_state(nlp) -> None:
    assert ("SANCTION", "TTO", "LBY") in coded(nlp, "Trinidad and Tobago ordered two Libyan diplomats to leave within "
                                                    "48 hours.")


def test_an_offer_of_a_concession_is_a_promise(nlp) -> None:
    assert coded(nlp, "The Greek government offered an amnesty to guerrillas who hand in their weapons within a "
                      "month.") == {("AGREE", "GRC", "GRC")}


def test_a_promise_to_disband_is_an_undertaking_not_a_threat(nlp) -> None:
    assert {c for c, _, _ in coded(nlp, "President Alvaro Arzu promised on Thursday to disband the civil defence "
                                        "patrols before the end of the year.")} == {"AGREE"}
    assert {c for c, _, _ in coded(nlp, "Hamas promised to strike Israel.")} == {"THREATEN"}


def test_a_minister_speaks_for_the_state_his_words_say_will_act(nlp) -> None:
    assert coded(nlp, "Foreign Minister Ilter Turkmen warned on Thursday that Ankara would regard any move by Greece "
                      "to extend its territorial waters as a cause for war.") == {("THREATEN", "TUR", "GRC")}


def test_a_commanders_men_are_his_states_forces(nlp) -> None:
    assert coded(nlp, "A Honduran army commander said his men would open fire on any Salvadoran patrol that crossed "
                      "the river.") == {("THREATEN", "HND", "SLV")}


def test_a_claim_given_up_is_conceded(nlp) -> None:
    assert ("CONCEDE", "SEN", "MRT") in coded(nlp, "Senegal dropped its insistence on a review of the border on Friday, "
                                                   "clearing the way for direct talks with Mauritania.")


def test_a_curfew_on_a_town_places_those_who_impose_it(nlp) -> None:
    assert ("COERCE", "COD", "COD") in coded(nlp, "The authorities imposed a dusk-to-dawn curfew on Lubumbashi on "
                                                  "Friday.")


def test_an_act_told_beside_a_meeting_is_kept(nlp) -> None:
    found = coded(nlp, "Belgium committed to supplying 30 F-16 jets to Ukraine by 2028, Prime Minister Alexander De "
                       "Croo said on Tuesday after hosting President Volodymyr Zelensky in Brussels.")
    assert ("AGREE", "BEL", "UKR") in found


def test_telling_someone_to_act_asks_them(nlp) -> None:
    assert coded(nlp, "Washington told Kabul to release the prisoners.") == {("REQUEST", "USA", "AFG")}
    assert coded(nlp, "The International Monetary Fund wants Manila to devalue the peso.") \
        == {("REQUEST", "IGO", "PHL")}
    assert coded(nlp, "The minister told reporters to expect a statement.") == set()


def test_a_failed_act_is_unmade_and_takes_no_ones_place(nlp) -> None:
    found = nlp("Mongolia failed to arrest the Russian leader on Tuesday.")._.saywho_events
    assert [(e.category, e.hypothetical) for e in found] == [("COERCE", True)]  # unmade, as "failed to agree" is
    assert ("THREATEN", "RUS", "GEO") in coded(nlp, "Russian Defence Minister Igor Sergeyev warned Georgia that Russian "
                                                    "aircraft could strike rebel bases if Tbilisi failed to seal its "
                                                    "border.")
