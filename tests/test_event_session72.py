"""Places, names and offices a reader knows (session 72, issue 9).

A name before "district", "province" or "region" is a place's, looked up among divisions and towns ("in Kohlu
district"); Portuguese names whose particle the tagger reads as a verb ("President dos Santos threatened") stay
names; "strikers" are workers on strike, not a football team's forwards; rangers and raiders are armed men; a man
who throws a bottle attacks, where a crowd's stones are a riot; supporters of a state's party are its people, not its
allies; the holder of an international body's office acts for the body ("U.N. High Commissioner for Human Rights
Michelle Bachelet"); "Acting" before a body's name is the holder's word; "the University of New Mexico" is in the
United States; "Robert Kennedy" is the Robert F. Kennedy the dictionary knows; "South Africa" after a dateline,
whose first word the tagger left out, is the state; and a truce or pact two parties agree on with a third is aimed at
the third.
Each test fails on the session's start build (e6cf02f) unless it says it holds there too.
"""

from __future__ import annotations

import pytest
from conftest import event_codes as coded

# (what the test says, a sentence written for it, the events it gives as (category, source state, target state))
SENTENCES = [
    ("a district's name is a place",
     "Soldiers killed four rebels in Kohlu district on Monday.", {("ASSAULT", "PAK", "PAK")}),
    ("a province's name places rangers",
     "Rangers clashed with gunmen in Yala province on Tuesday.", {("ASSAULT", "THA", "THA")}),
    ("raiders are armed men",
     "Raiders stole 300 cattle and killed two herders in Moroto district on Sunday.", {("ASSAULT", "UGA", "UGA")}),
    ("a Portuguese particle is part of the name",
     "President dos Santos threatened on Friday to expel the UNITA ministers from the government.",
     {("THREATEN", "AGO", "AGO")}),
    ("a whole name with its particle travels",
     "Angolan President Jose Eduardo dos Santos flew to Lisbon on Monday for talks with the Portuguese prime minister.",
     {("CONSULT", "AGO", "PRT")}),
    ("strikers are workers on strike",
     "Police clashed with strikers at the Marikana mine on Monday.", {("ASSAULT", "ZAF", "ZAF")}),
    ("a lone thrower attacks",
     "A man threw a bottle at the prime minister's car in Bratislava on Saturday.", {("ASSAULT", "SVK", "SVK")}),
    ("supporters of a state's party are its people",
     "Supporters of Spain's far-right Vox party rallied in Madrid on Sunday.", {("PROTEST", "ESP", "ESP")}),
    ("a U.N. office before the name is the body's",
     "U.N. High Commissioner for Human Rights Michelle Bachelet urged Venezuela on Friday to free detained "
     "protesters.", {("REQUEST", "IGO", "VEN")}),
    ("a U.N. office in apposition is the body's",
     "The U.N. High Commissioner for Human Rights, Michelle Bachelet, urged Nicaragua on Tuesday to release political "
     "prisoners.", {("REQUEST", "IGO", "NIC")}),
    ("an acting holder's body is still known",
     "Acting Metropolitan Police Commissioner Tim Godwin urged Londoners to stay at home on Tuesday.",
     {("REQUEST", "GBR", "GBR")}),
    ("a name without its middle initial is still known",
     "Attorney General Robert Kennedy met Soviet Ambassador Anatoly Dobrynin at the Justice Department on Saturday.",
     {("CONSULT", "USA", "SUN")}),
    ("a state's name the tagger cut after a dateline is whole",
     "MASERU - South Africa demanded on Tuesday that Lesotho expel the guerrillas.", {("REQUEST", "ZAF", "LSO")}),
    ("New Mexico is no Mexico",
     "Faculty at the University of New Mexico rejected a demand from the Board of Regents on Monday.",
     {("REJECT", "USA", "USA")}),
]


@pytest.mark.parametrize(("text", "found"), [r[1:] for r in SENTENCES], ids=[r[0] for r in SENTENCES])
def test_places_names_and_offices(nlp, text: str, found: set) -> None:
    assert coded(nlp, text) == found


def test_a_truce_with_a_third_party_is_aimed_at_it(nlp) -> None:
    """"A and B agreed to extend a truce with C": C is the target, not B (holds on the start build too, through the
    learned target ranker; the reader now reads it itself)."""
    assert coded(nlp, "Hamas and Islamic Jihad agreed on Sunday to extend a truce with Israel.") \
        == {("AGREE", "PSE", "ISR")}


# Each holds on the start build too: the readings this session added must leave these alone.
def test_a_match_report_is_still_sport(nlp) -> None:
    assert coded(nlp, "The striker was sent off after he clashed with the referee in the second half.") == set()


def test_a_crowds_stones_are_still_a_riot(nlp) -> None:
    assert coded(nlp, "Protesters hurled stones at police in Athens on Sunday.") == {("PROTEST", "GRC", "GRC")}


def test_a_states_own_supporters_are_still_its_allies(nlp) -> None:
    assert coded(nlp, "Allies of Ukraine pledged more air defence systems on Friday.") == {("AGREE", "UKR", "UKR")}


def test_a_national_office_keeps_its_state(nlp) -> None:
    assert coded(nlp, "Chilean President Michelle Bachelet urged Peru on Tuesday to free the fishermen.") \
        == {("REQUEST", "CHL", "PER")}


@pytest.mark.parametrize("text", ["Why do Democrats oppose the bill?", "What do Americans think of the deal?"])
def test_do_between_words_stays_a_verb_in_questions(nlp, text: str) -> None:
    """The particle repair leaves the auxiliary of a question alone (holds on the start build too)."""
    doc = nlp(text)
    assert next(t for t in doc if t.lower_ == "do").pos_ == "AUX"


def test_a_states_envoy_to_a_body_keeps_the_state(nlp) -> None:
    """An ambassador to the United Nations speaks for the state that sent him, not for the body (holds on the start
    build too)."""
    assert coded(nlp, "Guatemala's ambassador to the United Nations, Eduardo Castillo Arriola, accused Honduras on "
                      "Sunday of arming the invaders.") == {("ACCUSE", "GTM", "HND")}
