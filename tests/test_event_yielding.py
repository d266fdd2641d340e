"""Demands made with a subjunctive, demands given in to, captives handed back and forces leaving (session 56).

"Insisted that Syria hand over the names" asks Syria to act, as "insisted that Syria must" already did; "insisted
that the economy would grow" asserts. "Gave in to", "gave way to" and "gave up its claim" yield (CAMEO 08, CONCEDE);
soldiers "handed back" are released and forces that "left" a place withdraw (RETREAT), unless that is the condition
of another act; a fugitive "handed over" to a state is cooperation. Each test fails on the session's start build.
"""

from __future__ import annotations

from conftest import event_codes as coded


def test_insisting_that_another_act_in_the_bare_present_is_a_demand(nlp) -> None:
    assert coded(nlp, "Ethiopia insisted that Eritrea hand over the captured soldiers before any talks could begin.") \
        == {("REQUEST", "ETH", "ERI")}
    assert coded(nlp, "Ecuador insisted that Peru recognise the border agreement before any talks.") \
        == {("REQUEST", "ECU", "PER")}
    assert coded(nlp, "The minister insisted that the economy would grow this year.") == set()


def test_giving_in_giving_way_and_giving_up_a_claim_concede(nlp) -> None:
    assert coded(nlp, "Ghana gave in on Friday to Togolese demands that the border crossing be reopened.") \
        == {("CONCEDE", "GHA", "TGO")}
    assert coded(nlp, "Chile gave up its claim to the disputed islands under the treaty with Argentina.") \
        == {("CONCEDE", "CHL", "ARG")}
    assert coded(nlp, "The senator gave up smoking last year.") == set()


def test_captured_soldiers_handed_back_are_released_and_forces_leaving_a_place_withdraw(nlp) -> None:
    assert coded(nlp, "Thailand handed back six Cambodian soldiers captured in the border clashes on Friday.") \
        == {("RETREAT", "THA", "KHM")}
    assert coded(nlp, "The last Kenyan peacekeepers left Somalia on Sunday, ending a 15-year mission.") \
        == {("RETREAT", "KEN", "SOM")}
    # leaving as the condition of another act is no withdrawal made
    assert ("RETREAT", "GBR", "YEM") not in coded(
        nlp, "Egypt vowed to keep arming the rebels in South Arabia until the last British soldier had left Aden.")


def test_forces_leaving_a_city_the_tagger_takes_for_a_person_and_a_fugitive_handed_over(nlp) -> None:
    # the small tagger calls Luanda a person; the gazetteer knows it is Angola's capital
    assert coded(nlp, "The last contingent of Cuban troops left Luanda on Saturday.") == {("RETREAT", "CUB", "AGO")}
    assert coded(nlp, "Ghanaian police handed the fugitive colonel over to Togo on Monday.") \
        == {("COOPERATE", "GHA", "TGO")}
