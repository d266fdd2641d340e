"""Phrases the parse tore apart, threats put to whom their condition names, and acts the verb tables lacked
(session 64).

A phrase is the unbroken run of words around its head, not an apposition the parse hung on it across the
clause; a threat whose act the parse made an adverbial is still put to the one its "unless" clause names; what
will follow "once" a condition is met has not happened; a state's envoy to the UN is the state's; PETRARCH2's
verbs of bodily harm are attacks; driving fighters out of a town is fighting, and pulling a station off the air
censors it, unless a condition holds it; Taliban fighters in Pakistan are Pakistan's; a minority is of the town
its sentence names; a warning of what could follow is put to whom it warned; a state does not act on itself; a
body of a state that was is its successor's; "anti-" states are taken sides on. Each test fails on the session's
start build (d3d4c8d) but the one that guards the new reading of "off the air" inside a condition.
"""

from __future__ import annotations

import pytest
from conftest import event_codes as coded

# (what the test says, a sentence written for it, the events it gives as (category, source state, target state))
READINGS = [
    ("an apposition across the clause is not the subject's",
     "Niger's junta on Saturday turned down an ECOWAS proposal to deploy troops in Niamey to guard the transition, a "
     "junta spokesman saying foreign soldiers were \"not needed\" in the capital.", {("REJECT", "NER", "IGO")}),
    ("a threat is put to whom its condition names",
     "Kenya threatened on Thursday to pull its 4,000 soldiers out of the African Union mission in Somalia unless the "
     "European Union resumed paying their allowances.", {("THREATEN", "KEN", "IGO")}),
    ("what follows once a condition is met has not happened",
     "Japan pledged on Monday to lend $2 billion to Ecuador once Quito signs a deal with the IMF.",
     {("AGREE", "JPN", "ECU")}),
    ("a state's envoy to the UN is the state's",
     "The French ambassador to the United Nations met President Paul Kagame in Kigali on Monday.",
     {("CONSULT", "FRA", "RWA")}),
    ("driving fighters out of a town is fighting",
     "Chadian troops drove the rebels out of Abeche on Sunday.", {("ASSAULT", "TCD", "TCD")}),
    ("a person handed over to a tribunal is judicial cooperation",
     "Croatian authorities handed Ante Gotovina over to the U.N. war crimes tribunal on Thursday.",
     {("COOPERATE", "HRV", "IGO")}),
    ("pulling a station off the air censors it",
     "Venezuelan authorities pulled a private television station off the air on Sunday.", {("COERCE", "VEN", "VEN")}),
    ("Taliban fighters facing Pakistan's forces are Pakistan's",
     "Pakistani troops and Taliban fighters clashed for a third day in the Kurram tribal district near the Afghan "
     "border on Monday.", {("ASSAULT", "PAK", "PAK")}),
    ("Taliban fighters in Afghanistan stay Afghan",
     "Taliban fighters attacked a police post in Kandahar on Monday.", {("ASSAULT", "AFG", "AFG")}),
    ("a minority is of the town its sentence names",
     "Police in Osh detained dozens of ethnic Uzbek men on Monday, community leaders said.", {("COERCE", "KGZ", "KGZ")}),
    ("a warning of what could follow is put to whom it warned",
     "WASHINGTON - The State Department warned Cuba on Monday that it could widen sanctions on state-run companies, a "
     "spokesman said.", {("THREATEN", "USA", "CUB")}),
    ("a threat is put to the other side of its state's politics",
     "Opposition protesters in Tarija threatened on Friday to shut off natural gas exports to Brazil and Argentina "
     "unless the government restored the region's share of energy tax revenues.", {("THREATEN", "BOL", "BOL")}),
    ("a body of a state that was is its successor's",
     "Belarus's KGB has opened criminal cases against seven former presidential candidates for organising mass riots.",
     {("ACCUSE", "BLR", "BLR")}),
    ("criticism of a seizure is aimed at whose seizure it was",
     "Brazil criticized Bolivia's seizure of Petrobras installations on Tuesday.", {("ACCUSE", "BRA", "BOL")}),
    ("a state does not act on itself",
     "Indian Prime Minister Narendra Modi arrived in Colombo on Friday on the first visit by an Indian prime minister "
     "in 28 years.", {("CONSULT", "IND", "LKA")}),
    ("a name inside a hyphenated name is not known",
     "Bangladeshi troops exchanged heavy gunfire with fighters of the Kuki-Chin National Front in the hills of "
     "Bandarban on Monday.", {("ASSAULT", "BGD", "BGD")}),
    ("a capital the parser read as an adverb is the subject",
     "Luanda on Friday rejected a U.S. proposal to link the withdrawal of Cuban troops to a Namibia settlement.",
     {("REJECT", "AGO", "USA")}),
    ("an investigation is the event",
     "Kenyan police are investigating the killing of three students in Kisumu.", {("ACCUSE", "KEN", "KEN")}),
    ("workers who struck went on strike",
     "Kenyan doctors struck on Monday over unpaid salaries.", {("PROTEST", "KEN", "KEN")}),
    ("a protest broken up is still reported",
     "Students at the national university staged a sit-in in Port-au-Prince on Friday to protest the army's takeover, "
     "before soldiers dispersed them with tear gas.", {("PROTEST", "HTI", "HTI"), ("COERCE", "HTI", "HTI")}),
]


@pytest.mark.parametrize(("text", "events"), [r[1:] for r in READINGS], ids=[r[0] for r in READINGS])
def test_the_sentence_gives_its_events(nlp, text: str, events: set[tuple[str, str, str]]) -> None:
    assert coded(nlp, text) == events


@pytest.mark.parametrize("verb", ["flogged", "caned", "slaughtered"])
def test_verbs_of_bodily_harm_are_attacks(nlp, verb: str) -> None:
    assert ("ASSAULT", "SDN", "SDN") in coded(nlp, f"Sudanese police {verb} two women in Khartoum on Tuesday.")


def test_what_a_condition_holds_has_not_happened(nlp) -> None:
    found = coded(nlp, "The European Union could suspend talks with Armenia if the authorities in Yerevan go ahead "
                       "with taking opposition radio stations off the air, an EU official said.")
    assert ("COERCE", "ARM", "ARM") not in found


def test_a_state_taken_sides_on_is_not_the_actors(nlp) -> None:
    found = coded(nlp, "The anti-Syrian majority warned that it would elect a president by a simple majority of "
                       "parliament if the opposition kept blocking the quorum.")
    assert all(source != "SYR" for _, source, _ in found)


def test_an_act_looked_into_is_not_reported(nlp) -> None:
    found = coded(nlp, "A judicial commission set up by the Kano State government is investigating the killing of "
                       "traders at Sabon Gari by mobile police.")
    assert all(category != "ASSAULT" for category, _, _ in found)
