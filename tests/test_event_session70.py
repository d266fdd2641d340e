"""Acts a reader knows (session 70, issue 9).

Whatever one seeks is asked of someone ("sought assurances from Britain", "prosecutors sought a 15-year sentence"),
except an office, a way or a shelter, which no one is asked for; working with another, together or side by side
is cooperation; a bomb that someone planted or threw attacks as that someone; a town owning the place an attack
happened in places it though an "of" comes between ("in the lobby of Kampala's Sheraton hotel"), and a bomb going
off places the killing it caused; a mission that travels somewhere to investigate, or an envoy sent there to,
investigates. Pleading not guilty denies the charges and pleading guilty admits them; undertaking to act promises; a
court ruling that an act was unlawful, or that a party breached a law, sanctions. Reprisals foretold unless a named state or person acts threaten them, and so does any act promised
in a statement on another's defiance ("would use force if protesters did not leave"). What is done in protest is the
protest; people no table knows ("taxi owners") who protest are people of the place they protest in; a crowd
massing protests, and a general strike observed or enforced is one. The small parser's participle on a root noun
("Hundreds of nurses protested in Tunis") is the sentence's verb when no other verb could be, and a town it tags
as a person after "in", "at" or "through" is a town of the one state the sentence names.
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
    ("reprisals on a state's condition threaten it",
     "Azerbaijan warned that grave consequences would follow unless Armenia withdrew its troops from Lachin.",
     {("THREATEN", "AZE", "ARM")}),
    ("a participle the parser hangs on the root noun is the sentence's verb",
     "Hundreds of nurses protested in Tunis on Tuesday.", {("PROTEST", "TUN", "TUN")}),
    ("what is done in protest is the protest",
     "Tuareg herders drove their camels into the centre of Agadez on Tuesday in protest at a uranium mine.",
     {("PROTEST", "NER", "NER")}),
    ("shops kept shut in protest are the keepers' protest",
     "Traders in Kano kept their shops shut on Monday in protest at new market levies.", {("PROTEST", "NGA", "NGA")}),
    ("people no table knows who strike are people",
     "Taxi owners went on strike in Accra on Monday.", {("PROTEST", "GHA", "GHA")}),
    ("a crowd massing protests",
     "Some 50,000 people massed outside parliament in Bucharest on Sunday.", {("PROTEST", "ROU", "ROU")}),
    ("a general strike observed is a protest",
     "Shopkeepers observed a general strike in Srinagar on Friday.", {("PROTEST", "IND", "IND")}),
    ("a town the tagger takes for a person places the sentence",
     "Hundreds of residents marched through Pattani on Sunday to call for better protection.",
     {("PROTEST", "THA", "THA")}),
    ("an act promised on another's defiance threatens",
     "Gendarmes told the crowd over loudspeakers that they would use force if protesters did not leave the area in "
     "front of the government building in Bishkek.", {("THREATEN", "KGZ", "KGZ")}),
    ("a boycott promised unless a demand is met threatens",
     "Several opposition parties in Georgia said they would boycott the repeat parliamentary election unless the "
     "leadership of the Central Election Commission was replaced.", {("THREATEN", "GEO", "GEO")}),
    ("pleading not guilty denies the charges",
     "Opposition leader Anwar Ibrahim pleaded not guilty on Monday to charges of sodomy at the High Court in Kuala "
     "Lumpur.", {("REJECT", "MYS", "MYS")}),
    ("pleading guilty admits them",
     "A former Peruvian police general pleaded guilty in Lima on Tuesday to ordering the killing of two students.",
     {("CONCEDE", "PER", "PER")}),
    ("undertaking to act promises it",
     "Togo's government undertook on Monday to release jailed protesters and suspend prosecutions of opposition "
     "activists.", {("AGREE", "TGO", "TGO")}),
    ("a court ruling an act unlawful sanctions",
     "Malawi's Constitutional Court ruled on Monday that the government's ban on opposition rallies was "
     "unconstitutional.", {("SANCTION", "MWI", "MWI")}),
    ("a bomb going off places the attack it killed in",
     "A provincial governor was killed on Sunday when a bomb went off outside his office in Kandahar.",
     {("ASSAULT", "AFG", "AFG")}),
]


@pytest.mark.parametrize(("text", "found"), [r[1:] for r in SENTENCES], ids=[r[0] for r in SENTENCES])
def test_acts_a_reader_knows(nlp, text: str, found: set) -> None:
    assert coded(nlp, text) == found


# (what the test says, a sentence written for it, a category it must not give); each holds on the start build too,
# and guards a reading this session added against the sense it must not take
NOT_EVENTS = [
    ("an office sought is asked of no one", "The senator will seek a second term in next year's election.", "REQUEST"),
    ("a shelter sought is asked of no one", "Dozens of dissidents sought refuge in the Dutch embassy in Caracas.",
     "REQUEST"),
    ("a way out sought is asked of no one",
     "Both sides said they would seek a negotiated solution to the dispute over Abyei.", "REQUEST"),
    ("words in a protest note are no demonstration",
     "The Danish government said in a protest note that the seizure was illegal.", "PROTEST"),
    ("a forecast on a condition threatens no one",
     "The IMF warned that the economy would shrink by 5 percent unless Greece received a new bailout.", "THREATEN"),
    ("a promise on a condition met is an offer, no threat",
     "Kenya said it would release the prisoners if the rebels laid down their arms.", "THREATEN"),
    ("a ruling that finds nothing unlawful sanctions no one",
     "Judges in Lusaka ruled that the election was valid.", "SANCTION"),
    ("working with children cooperates with no state",
     "She worked with orphaned children in Nairobi for ten years.", "COOPERATE"),
]


@pytest.mark.parametrize(("text", "category"), [r[1:] for r in NOT_EVENTS], ids=[r[0] for r in NOT_EVENTS])
def test_senses_a_reader_keeps_apart(nlp, text: str, category: str) -> None:
    assert category not in {c for c, _, _ in coded(nlp, text)}
