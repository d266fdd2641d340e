"""Speakers read on session 64's Lee draw (issue 10), each on sentences written for these tests.

A person named after a body's possessive is the speaker, not the body the parse made the subject; an unnamed
role no title word names ("the owner of a winery") is the one named next as holding it, whatever place the
description gives. Each test fails on the session's start build (d3d4c8d).
"""

from __future__ import annotations

from conftest import statement_speakers as speakers


def test_a_person_after_a_bodys_possessive_speaks(nlp):
    found = speakers(nlp, "Heavy rain fell across the coast overnight. But the Institute of Marine Science's Karen "
                          "Walsh says the reef has escaped serious damage.")
    assert found == ["Karen Walsh"]


def test_a_role_is_the_one_named_next_as_holding_it(nlp):
    found = speakers(nlp, "The owner of a small winery in South Australia's Riverland says thousands of visitors "
                          "are coming to his harvest festival. Following the lead of larger wineries in France, "
                          "Sevenhill Winery owner, Tom Harding, wants to double the event next year. Mr Harding "
                          "says the interest has been overwhelming.")
    assert found == ["Tom Harding", "Tom Harding"]


def test_a_new_office_holder_is_the_one_elected_to_it(nlp):
    found = speakers(nlp, "The new Fijian Prime Minister has told his people that there are hard times ahead. Laisenia "
                          "Qarase, the leader of the United Fiji Party, was elected Prime Minister on the first ballot. "
                          "\"These will be times of sacrifice,\" he said.")
    assert found == ["Laisenia Qarase", "Laisenia Qarase"]
