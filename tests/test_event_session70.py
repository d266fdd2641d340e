"""Acts a reader knows (session 70, issue 9).

Whatever one seeks is asked of someone ("sought assurances from Britain", "prosecutors sought a 15-year sentence"),
except an office, a way or a shelter, which no one is asked for; working with another, together or side by side
is cooperation; a bomb that someone planted or threw attacks as that someone; a town owning the place an attack
happened in places it though an "of" comes between ("in the lobby of Kampala's Sheraton hotel"); a mission that
travels somewhere to investigate, or an envoy sent there to, investigates.
Each test fails on the session's start build (12b8bd6) unless it says it holds there too.
"""

from __future__ import annotations

import pytest
from conftest import event_codes as coded

# (what the test says, a sentence written for it, the events it gives as (category, source state, target state))
SENTENCES = [
    ("assurances sought of a state are asked of it",
     "Ecuador sought assurances from Britain on Tuesday that the journalist would not be extradited.",
     {("REQUEST", "ECU", "GBR")}),
    ("a sentence prosecutors seek is a demand",
     "Prosecutors in Ankara sought a 15-year sentence for the journalist Ahmet Altan on Monday.",
     {("REQUEST", "TUR", "TUR")}),
    ("working side by side is cooperation",
     "Kenyan and Ugandan doctors worked side by side at a field hospital in Lodwar.", {("COOPERATE", "KEN", "UGA")}),
    ("a bomb planted by a group attacks as that group",
     "A bomb planted by the Tamil Tigers exploded at a bus stop, killing nine passengers.",
     {("ASSAULT", "LKA", "LKA")}),
    ("a town owning a place past an of places an attack",
     "A bomb exploded in the lobby of Kampala's Sheraton hotel on Friday, killing six people.",
     {("ASSAULT", "UGA", "UGA")}),
    ("a mission arriving to investigate investigates",
     "An OAS delegation arrived in Tegucigalpa on Monday to investigate complaints of vote rigging.",
     {("ACCUSE", "IGO", "HND")}),
    ("an envoy sent to investigate opens an inquiry",
     "Kenya's Foreign Ministry sent an envoy to Juba to investigate the killing of two traders.",
     {("ACCUSE", "KEN", "SSD")}),
]


@pytest.mark.parametrize(("text", "found"), [r[1:] for r in SENTENCES], ids=[r[0] for r in SENTENCES])
def test_acts_a_reader_knows(nlp, text: str, found: set) -> None:
    assert coded(nlp, text) == found


@pytest.mark.parametrize("text", [
    "The senator will seek a second term in next year's election.",
    "Dozens of dissidents sought refuge in the Dutch embassy in Caracas.",
    "Both sides said they would seek a negotiated solution to the dispute over Abyei.",
])
def test_what_one_seeks_of_no_one_is_no_request(nlp, text: str) -> None:
    """An office, a shelter or a way out is sought of no one (holds on the start build too)."""
    assert "REQUEST" not in {c for c, _, _ in coded(nlp, text)}


def test_working_for_someone_is_no_cooperation(nlp) -> None:
    """Only working with another actor cooperates: "worked with children" helps no state (holds on the start build)."""
    assert "COOPERATE" not in {c for c, _, _ in coded(nlp, "She worked with orphaned children in Nairobi for ten years.")}
