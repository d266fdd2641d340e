"""Acts whose doer the text places in no state (session 66, issue 9).

"Police fired tear gas", "Interior Minister Tomas Drucker resigned": a state's body, party, armed group or union
by its kind, or a person or body the text names, acts though no country is given; CAMEO codes such a doer by its
sector alone (GDELT's Actor1Code "COP" with no country). Read after every placed reading, in sentences where
nothing else was coded, so no placed event gives way to one; people at large and criminals make none (their
verbs are mostly in other senses). "Walked out of prison" is a release, not a walk-out. Two parse repairs: a
sentence with no finite verb has its predicate in the participle the parser hung on the root's "of" phrase
("Parents of the missing students threatened …"), and one "called on … to resign" promoted from a modifier calls
on the one named. Each test fails on the session's start build (707382e) unless it says it holds there too.
"""

from __future__ import annotations

import pytest
from conftest import event_codes as coded

from saywho.events.cameo import actor_code

# (what the test says, a sentence written for it, the events it gives as (category, source state, target state))
UNPLACED = [
    ("police of no stated country disperse a crowd",
     "Riot police fired tear gas on Tuesday to disperse hundreds of demonstrators outside the ministry.",
     {("COERCE", None, None)}),
    ("a minister of no stated country resigns",
     "Interior Minister Tomas Drucker resigned on Tuesday after barely a month in office.", {("RETREAT", None, None)}),
    ("a named businessman threatens a journalist",
     "Marian Kocner threatened on Monday to sue two news outlets for defamation.", {("THREATEN", None, None)}),
    ("opposition parties threaten a boycott",
     "The opposition parties threatened on Wednesday to boycott sessions of parliament until the vote was held.",
     {("THREATEN", None, None)}),
]


@pytest.mark.parametrize(("text", "found"), [r[1:] for r in UNPLACED], ids=[r[0] for r in UNPLACED])
def test_an_unplaced_doer_still_acts(nlp, text: str, found: set) -> None:
    assert coded(nlp, text) == found


@pytest.mark.parametrize("text", [
    "The students dissolved sugar in water.",
    "Smugglers had charged each migrant up to 3,000 euros, police said.",
    "The former minister walked out of prison on Tuesday.",
])
def test_people_at_large_criminals_and_borrowed_senses_make_none(nlp, text: str) -> None:
    # (holds on the start build too, where no doer without a country made an event)
    assert coded(nlp, text) == set()


def test_a_placed_reading_is_not_displaced(nlp) -> None:
    # (holds on the start build too: the unplaced reading comes last, in sentences with no other event)
    assert coded(nlp, "Kenyan police arrested opposition leader Raila Odinga in Nairobi.") == {("COERCE", "KEN", "KEN")}
    assert coded(nlp, "NAIROBI - Police fired tear gas to disperse hundreds of demonstrators.") \
        == {("ASSAULT", "KEN", "KEN")}


def test_an_unplaced_event_is_coded_by_its_sector_alone(nlp) -> None:
    (event,) = nlp("Riot police fired tear gas on Tuesday to disperse hundreds of demonstrators.")._.saywho_events
    assert event.source is not None and event.source.country is None
    assert actor_code(event.source.name, event.source.country, event.source.sector).code == "COP"
    assert event.confidence <= 0.5


def test_a_predicate_hung_on_an_of_phrase_is_the_sentences(nlp) -> None:
    assert coded(nlp, "Parents of the missing students threatened on Sunday to block the elections.") \
        == {("THREATEN", None, None)}


def test_one_called_on_to_resign_is_asked_not_resigned(nlp) -> None:
    found = coded(nlp, "Richard Sulik, leader of the liberal opposition party, called on Interior Minister Robert "
                       "Kalinak to resign, saying he had lost the public's trust.")
    assert found == {("REQUEST", "SVK", "SVK")}  # (Phoenix knows Kalinak; no resignation took place)
