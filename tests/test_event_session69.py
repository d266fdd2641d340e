"""Acts and places a reader knows (session 69, issue 9).

A fight both sides wage ("protesters clashed with police", "traded gunfire") stays a fight whoever wages it, and the
stones thrown in it are how it was fought, not a second event; setting up a commission to look into something opens
an inquiry, and commissions and committees are a state's bodies; loads are what they hold ("two shiploads of
flour" is aid); a sum provided is aid; people released are freed, not aided, and a release or a truce stays a retreat
(PLOVER RETREAT) when the learned check would call it a concession; readiness to do anything is an offer (AGREE), its
absence a refusal; what one is asked to do is asked for though a phrase comes between ("asked France in August 2023
to pull its troops out"); a state or person warned that something will follow is threatened; a strike one takes
part in ("stayed home in a general strike", "entered the 30th day of a hunger strike") is a protest, and a protest
"staged" stays one (the small model's lemma is "stag"); a town the small tagger takes for a person is a town after
"in", "at" or "out of".
Each test fails on the session's start build (9c5f386) unless it says it holds there too.
"""

from __future__ import annotations

import pytest
from conftest import event_codes as coded

# (what the test says, a sentence written for it, the events it gives as (category, source state, target state))
SENTENCES = [
    ("protesters clashing with police fight",
     "Student protesters clashed with riot police outside the governor's office in Karachi on Monday.",
     {("ASSAULT", "PAK", "PAK")}),
    ("stones hurled in a fight are how it was fought",
     "Police and protesters fought running battles in Cochabamba overnight, with demonstrators hurling stones.",
     {("ASSAULT", "BOL", "BOL")}),
    ("fire exchanged is a fight the check keeps",
     "Thai and Cambodian soldiers exchanged fire near the Preah Vihear temple, a day after Phnom Penh accused Bangkok "
     "of moving troops into the area.", {("ASSAULT", "THA", "KHM"), ("ACCUSE", "KHM", "THA")}),
    ("a commission set up to investigate opens an inquiry",
     "Ghana's government set up a commission to investigate the killing of two protesters in Ejura.",
     {("ACCUSE", "GHA", "GHA")}),
    ("a parliamentary commission opening an inquiry is a state's",
     "A parliamentary commission opened an inquiry on Monday into the shootings in Kaunas.",
     {("ACCUSE", "LTU", "LTU")}),
    ("a load of relief is aid",
     "Poland sent convoys of food and medicine to Lviv on Sunday.", {("AID", "POL", "UKR")}),
    ("a sum provided is aid",
     "Britain provided Kenya with 40 million pounds in aid on Tuesday.", {("AID", "GBR", "KEN")}),
    ("people released are freed, not aid",
     "Russia released the four crew members of a Japanese fishing boat on Saturday.", {("RETREAT", "RUS", "JPN")}),
    ("a release stays a retreat when the check would make it a concession",
     "The government released 60 opposition supporters who had been detained during the May riots.",
     {("RETREAT", None, None)}),
    ("readiness to act is an offer whatever the act",
     "Hungary is ready to take part in rebuilding Ukraine's power grid, its foreign minister said.",
     {("AGREE", "HUN", "UKR")}),
    ("unreadiness to act refuses",
     "Iran is not ready to settle the dispute with Azerbaijan, its foreign minister said.", {("REJECT", "IRN", "AZE")}),
    ("what one is asked to do after a phrase between is still asked for",
     "Niger's junta asked France in August 2023 to pull its troops out of the country within a month.",
     {("REQUEST", "NER", "FRA")}),
    ("a state warned of what will follow is threatened",
     "Lukashenko warned Poland that there would now be trouble on the border.", {("THREATEN", "BLR", "POL")}),
    ("a day of a hunger strike entered is a protest",
     "Jailed blogger Nabeel Rajab entered the 30th day of a hunger strike in Bahrain on Monday.",
     {("PROTEST", "BHR", "BHR")}),
    ("a protest staged stays one beside its demand",
     "Hundreds of Syrian migrants staged a protest at the Pazarkule crossing on Monday, chanting and demanding to be "
     "let into Greece.", {("PROTEST", "SYR", "SYR"), ("REQUEST", "SYR", "GRC")}),
    ("a town tagged as a person is a town after out of",
     "The army pulled two battalions out of Yala on Thursday.", {("RETREAT", "THA", "THA")}),
]


@pytest.mark.parametrize(("text", "found"), [r[1:] for r in SENTENCES], ids=[r[0] for r in SENTENCES])
def test_acts_and_places_a_reader_knows(nlp, text: str, found: set) -> None:
    assert coded(nlp, text) == found


def test_a_convoy_of_trucks_is_no_aid(nlp) -> None:
    """Only what a load holds that is relief makes it aid (holds on the start build too)."""
    assert "AID" not in {c for c, _, _ in coded(nlp, "Turkey sent a convoy of trucks and tanks to the Syrian border.")}


def test_a_fight_in_a_participle_is_no_second_event(nlp) -> None:
    """"troops fighting in the north": a fight named in passing is no event of the sentence; the aid sent is (the
    start build kept the fight and missed the aid)."""
    assert coded(nlp, "Chad sent food to its troops fighting in northern Mali.") <= {("AID", "TCD", "TCD"),
                                                                                    ("AID", "TCD", "MLI")}
