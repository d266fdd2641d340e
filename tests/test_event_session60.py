"""Threats told as warnings, and places the gazetteer's big cities lack (session 60).

A warning is a threat when it says what will be done to whom it is given ("that anyone who marched would be
arrested", "that there would be consequences"), even when it is given to the public; a warning of what will
befall people is not. Each positive test fails on the session's start build (6209fc7).
"""

from __future__ import annotations

from conftest import event_codes as coded


def test_a_warning_that_there_will_be_consequences_threatens(nlp) -> None:
    assert coded(nlp, "Ankara warned Athens on Tuesday that there would be consequences if the drilling went ahead.") \
        == {("THREATEN", "TUR", "GRC")}


def test_a_warning_to_the_public_of_what_will_be_done_to_them_threatens(nlp) -> None:
    assert ("THREATEN", "EST", "RUS") in coded(
        nlp, "Estonia's interior minister warned Russian citizens that their residence permits would be "
             "revoked.")


def test_a_warning_to_the_public_of_a_danger_stays_no_threat(nlp) -> None:
    assert coded(nlp, "Health officials in Brazil warned residents that there would be more dengue cases this "
                      "summer.") == set()
    assert coded(nlp, "Kenya's health ministry warned travellers not to drink untreated water.") == set()


def test_a_site_named_after_its_town_places_those_at_it(nlp) -> None:
    assert coded(nlp, "Miners at the Obuasi gold mine walked off the job on Tuesday over unpaid bonuses.") \
        == {("PROTEST", "GHA", "GHA")}


def test_a_site_named_after_a_company_places_no_one(nlp) -> None:
    # (the strike stands, its workers of no state: session 66's unplaced events)
    assert coded(nlp, "Workers at the Shell refinery went on strike on Monday.") == {("PROTEST", None, None)}


def test_a_small_town_named_as_a_place(nlp) -> None:
    # towns of 5,000 to 15,000 people (GeoNames' cities5000), read where the words say a place is named
    assert coded(nlp, "Riot police dispersed a crowd of farmers in Suchitoto with tear gas on Friday.") \
        == {("COERCE", "SLV", "SLV")}
    assert ("ASSAULT", "NIC", "NIC") in coded(nlp, "Soldiers clashed with gunmen near Waslala overnight.")


def test_a_small_towns_name_said_of_a_person_is_no_place() -> None:
    from saywho.actors import geo

    assert geo.place_country("Suchitoto", towns=True) == "SLV"
    assert geo.place_country("Suchitoto") is None  # only where the words say a place is named
    assert geo.place_country("Viola", towns=False) is None


def test_capitals_by_their_old_names() -> None:
    from saywho.actors.dictionary import code_of

    assert [code_of(n) for n in ("Saigon", "Leopoldville", "Bombay", "Dar es Salaam", "Port of Spain")] \
        == ["VNM", "COD", "IND", "TZA", "TTO"]


def test_a_small_town_of_the_coded_country_has_gdelt_geography() -> None:
    from saywho.actors import geo

    place = geo.locate("Waslala", "NIC")
    assert place is not None and place.kind == "city" and place.full_name.endswith(", Nicaragua")
    assert place.feature_id == "3615745" and place.lat is not None
    assert geo.locate("Waslala", "HND") is not None and geo.locate("Waslala", "HND").kind == "country"


def test_a_person_named_by_surname_alone_whom_the_tagger_missed(nlp) -> None:
    # the dictionary's Danish people of that surname are of one state; the tagger gives the word no label
    assert coded(nlp, "Frederiksen criticised Germany on Monday.") == {("ACCUSE", "DNK", "DEU")}


def test_a_surname_the_tagger_calls_a_person_is_no_town_of_that_name(nlp) -> None:
    # GeoNames knows a Bogota district called Kennedy; a person's name here, as the tagger says
    assert coded(nlp, "Kennedy called on Khrushchev to halt the threat.") == {("REQUEST", "USA", "SUN")}


def test_an_irregular_verb_behind_a_prefix(nlp) -> None:
    assert coded(nlp, "Guyanese troops retook Lethem on Friday.") == {("ASSAULT", "GUY", "GUY")}


def test_a_surname_counts_with_its_spellings_without_accents() -> None:
    from saywho.actors.dictionary import builtin

    # one Colombian "Pérez" among many a Perez: the name alone is no one's
    assert builtin().by_surname_alone("Pérez") is None
    assert builtin().by_surname_alone("Perez") is None
    assert builtin().by_surname_alone("Arbenz").country == "GTM"


def test_the_shah_and_the_pope(nlp) -> None:
    # the Shah's, both; dismissing a prime minister expels him from office (SANCTION since session 71)
    assert coded(nlp, "The Shah dismissed Mossadegh on Sunday.") == {("SANCTION", "IRN", "IRN")}
    assert coded(nlp, "The Pope appealed for peace in Lebanon on Sunday.") == {("REQUEST", "VAT", "LBN")}


def test_an_accord_reached_or_struck_is_agreed(nlp) -> None:
    assert coded(nlp, "Lithuania reached an accord with Poland on Monday.") == {("AGREE", "LTU", "POL")}
    assert coded(nlp, "Kenya struck a pact with Somalia on Monday.") == {("AGREE", "KEN", "SOM")}


def test_what_happened_as_the_act_did_happened_where_it_did(nlp) -> None:
    assert ("ASSAULT", "EST", "EST") in coded(
        nlp, "Youths attacked the ambassador as she arrived for a news conference in Tallinn.")


def test_a_contested_policy_dropped_is_conceded(nlp) -> None:
    assert coded(nlp, "Nicaragua revoked the social security reform on Sunday.") == {("CONCEDE", "NIC", "NIC")}
    assert coded(nlp, "Peru shelved its plan to privatise the water utility.") == {("CONCEDE", "PER", "PER")}
    assert coded(nlp, "Kenya revoked the licence of a radio station.") == {("COERCE", "KEN", "KEN")}


def test_a_person_named_by_initials() -> None:
    from saywho.actors.dictionary import builtin

    found = builtin().lookup("J.R. Jayewardene")
    assert found is not None and found.country == "LKA"
    assert builtin().lookup("J. R. Jayewardene") == found
    assert builtin().lookup("Q.X. Jayewardene") is None  # initials no known person of the surname has


def test_a_warning_is_aimed_at_the_state_it_says_will_suffer(nlp) -> None:
    assert coded(nlp, "Russia warned that Finland would face retaliation if it joined NATO.") \
        == {("THREATEN", "RUS", "FIN")}
    assert coded(nlp, "George Shultz warned that New Zealand could no longer count on American protection.") \
        == {("THREATEN", "USA", "NZL")}


def test_a_states_unnamed_body_acting_on_its_own_people_is_theirs(nlp) -> None:
    assert coded(nlp, "Army commanders threatened to arrest Aristide if he set foot in the country.") \
        == {("THREATEN", "HTI", "HTI")}
    # foreigners a state hosts say nothing of whose state acts; nor does a state blamed
    assert all(source is None for _, source, _ in coded(nlp, "The government blamed Iran for the bombings."))



def test_a_family_name_put_first_and_a_surname_of_one_state_only() -> None:
    from saywho.actors.dictionary import builtin

    # East Asian names put the family name first: "Park" is Park Chung Hee's (and other Koreans'); "Jimmy Lai" is
    # no "Jimmy"
    assert builtin().by_surname_alone("Park").country == "KOR"
    assert builtin().by_surname_alone("Jimmy") is None
    # a surname all of whose dozen people are of one state is that state's
    assert builtin().by_surname_alone("Barzani").country == "IRQ"
    assert builtin().by_surname_alone("Brown") is None
