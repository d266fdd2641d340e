"""Speakers read on session 65's Lee draw (issue 10), each on sentences written for these tests.

"The Queen" is the monarch the story named with that style, not a new speaker called "Queen"; "the spokeswoman"
is the one who spoke for the minister, not the minister her title named. Each test fails on the session's start
build (0ad098d).
"""

from __future__ import annotations

from conftest import statement_speakers as speakers


def test_the_queen_is_the_monarch_named_before(nlp):
    found = speakers(nlp, "Denmark's Queen Margrethe opened the new bridge on Friday. The Queen said it linked two "
                          "peoples.")
    assert found == ["Queen Margrethe II"]


def test_the_spokeswoman_is_not_the_minister_she_speaks_for(nlp):
    found = speakers(nlp, "A spokeswoman for Health Minister Greg Hunt said the vaccines had arrived. The spokeswoman "
                          "said more would come next week.")
    assert found == ["spokeswoman for Health Minister Greg Hunt"] * 2
