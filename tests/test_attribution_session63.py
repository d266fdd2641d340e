"""Speakers read on session 63's Lee draw (issue 10), each on sentences written for these tests.

A leader the armed non-state dictionary lists is a person whom "he" continues; a quotation with no cue after a
new speaker's sentence is that speaker's; "the Fiji Prime Minister" is an office of Fiji, not Fiji; a person
noun the tagger took for an adverb is still a speaker; a person named in what an unnamed office said is not the
one who holds it.
"""

from __future__ import annotations

import pytest
from conftest import statement_speakers as speakers
from conftest import statements

from saywho.actors.dictionary import builtin


def test_a_leader_filed_with_an_armed_group_is_a_person():
    for name in ("Osama bin Laden", "Ayman al Zawahiri", "Mohammed Deif"):
        known = builtin().lookup(name)
        assert known is not None and known.type == "person", name
    assert builtin().lookup("Abu Nidal Organization").type != "person"


def test_he_continues_a_leader_of_an_armed_group(nlp):
    found = speakers(nlp, "Osama bin Laden appeared in a new videotape on Friday. In it bin Laden praises the "
                          "hijackers at length. He said the towers fell faster than anyone had expected.")
    assert found[-1] == "Osama bin Laden"


def test_a_quotation_after_a_new_speakers_sentence_is_theirs(nlp):
    text = ("Treasurer Helen Marsh says the budget will return to surplus next year. \"We have done the hard work,\" "
            "she said. Shadow treasurer Owen Pike says the surplus rests on a one-off sale of shares. "
            "\"This is a budget built on sand and it will not last the winter.\"")
    found = statements(nlp, text)
    sand = next(s for s in found if any("built on sand" in c.text for c in s.content))
    assert sand.speaker is not None and sand.speaker.name == "Owen Pike"
    hard = next(s for s in found if any("hard work" in c.text for c in s.content))
    assert hard.speaker is not None and hard.speaker.name == "Helen Marsh"


def test_a_quotation_after_a_saying_told_inside_another_act_stays_with_the_last_speaker(nlp):
    text = ("\"We managed it with one launch,\" Ruth Calder responded. She then referred to an earlier report that "
            "concluded there was only an even chance of success. \"I cannot argue with it.\"")
    found = statements(nlp, text)
    argued = next(s for s in found if any("cannot argue" in c.text for c in s.content))
    assert argued.speaker is not None and argued.speaker.name == "Ruth Calder"


def test_an_office_after_a_state_name_is_the_states_office_not_the_state(nlp):
    (item,) = statements(nlp, "The new Fiji Prime Minister has told his people that there are hard times ahead.")
    assert item.speaker is not None and item.speaker.name != "Fiji"
    assert "Prime Minister" in item.speaker.name


def test_a_person_noun_tagged_as_an_adverb_still_speaks(nlp):
    (item,) = statements(nlp, "\"We cannot confirm any of that yet,\" said a police dispatcher.")
    assert item.speaker is not None and "dispatcher" in item.speaker.name


def test_she_continues_an_unnamed_dispatcher(nlp):
    found = speakers(nlp, "Several people were hurt at a depot near Elkhart. \"We are hearing that two were shot,\" "
                          "said a county police dispatcher. She said the gunman was still inside the building.")
    assert found[-1] is not None and "dispatcher" in found[-1]


def test_a_person_named_in_what_an_office_said_is_not_its_holder(nlp):
    found = speakers(nlp, "Kenya's interior minister said Omar Haddad had smuggled arms across the border. "
                          "\"We have the proof and we will show it,\" Daniel Ruto said.")
    assert found == ["Daniel Ruto", "Daniel Ruto"]


def test_a_state_of_a_group_named_in_what_was_said_is_no_state_of_the_story(nlp):
    found = speakers(nlp, "A spokesman for Afghanistan's Defence Ministry claims Osama bin Laden has fled to Pakistan. "
                          "Defence Ministry spokesman Mohamad Rafiq says the dissident is hiding in the mountains.")
    assert found == ["Mohamad Rafiq", "Mohamad Rafiq"]


@pytest.mark.parametrize("described", ["The MP", "The Member for Westbury"])
def test_the_mp_or_a_seats_member_is_the_mp_in_focus(nlp, described):
    found = speakers(nlp, f"Independent MP Rhona Dalby says the bill goes too far. {described} says voters have "
                          "written to her in their hundreds.")
    assert found == ["Rhona Dalby", "Rhona Dalby"]
