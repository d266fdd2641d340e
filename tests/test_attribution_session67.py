"""Companies as speakers in business wire, read on session 67's Reuters-21578 draw (issue 10), each on sentences
written for these tests.

A run of capitalised names ending in a company's legal suffix ("Halvern Corp", "Harwell and Co") is a company's
name whatever the small tagger made of it, so "the company said" after it is that company, not the next firm or
place named; the wire's angle brackets around an unlisted company ("<Tarrant Mills Corp> said") are no part of the
name, even where the parser made the closing bracket the subject. Two people first named at one place no longer
crash the reading of an unnamed office's holder. A story hard-wrapped at a fixed width is parsed as running text
(its line breaks inside a paragraph as spaces, one character for one); "Halvern" is "Halvern Corp" again. Each test fails on the session's start build
(a916b83).
"""

from __future__ import annotations

from types import SimpleNamespace

from conftest import statement_speakers as speakers
from conftest import statements

from saywho.attribution.mentions import Cluster
from saywho.attribution.resolve import Resolver
from saywho.ingest.wrapping import hard_wrapped, unwrapped


def test_the_company_is_the_untagged_company_that_spoke(nlp):
    text = ("DENVER, May 4 - Halvern Corp said it will sell its Dorrit Instrument Corp subsidiary in Lakeview, Oregon.\n"
            "    The company also said it is weighing a plan to repay its notes.")
    assert speakers(nlp, text) == ["Halvern Corp", "Halvern Corp"]


def test_a_company_named_with_and_co(nlp):
    text = ("LONDON, May 4 - <Harwell and Co> said it has bought 9.4 pct of Dunmore Foods Co.\n"
            "    The company said Dunmore is expected to hold a meeting later this month.")
    assert speakers(nlp, text) == ["Harwell and Co", "Harwell and Co"]


def test_the_wires_angle_brackets_are_no_part_of_a_name(nlp):
    text = ("CHICAGO, May 4 - <Tarrant Mills Corp> said it agreed to buy a textile plant in Georgia for 12 mln dlrs.\n"
            "    The company said the sale should close in June.")
    assert speakers(nlp, text) == ["Tarrant Mills Corp", "Tarrant Mills Corp"]


def test_two_people_first_named_at_one_place_do_not_crash_the_office_reading():
    # "E.F. Hutton LBO Inc" gave two clusters first named at one character; their tuples were compared whole
    first = Cluster(key="hutton", name="E.F. Hutton", type="person", mentions=[(10, 21, False)])
    second = Cluster(key="acquisition", name="Acquisition Inc", type="person", mentions=[(10, 29, False)])
    described = Cluster(key="spokesman", name="a spokesman", type="nominal", mentions=[(0, 11, True)])
    resolver = SimpleNamespace(people=[first, second], said=[], text="x" * 40)
    assert Resolver._speaking_next(resolver, 0, None, described, []) == []


WRAPPED = """HALVERN TO SELL INSTRUMENT UNIT

DENVER, May 4 - Halvern Corp said it agreed in principle to
sell its Oregon-based Dorrit Instrument Co division to Lakeview
Partners Inc for about 12 mln dlrs in cash and notes.
    The company said the sale, which is subject to approval by
its lenders, should be completed by the end of June, and that
it would use the proceeds to reduce its bank debt.
"""


def test_a_hard_wrapped_story_is_read_as_running_text(nlp):
    # the wire's line breaks inside a paragraph split sentences mid-clause: "The company said" lost its company
    found = statements(nlp, WRAPPED)
    assert [s.speaker.name for s in found] == ["Halvern Corp", "Halvern Corp"]
    assert WRAPPED[found[1].content[0].start:found[1].content[-1].end].startswith("the sale, which is subject")


def test_a_company_by_its_name_without_the_legal_suffix_is_the_same_company(nlp):
    # (and the headline's name in capitals is no mention the body's "it" goes back to)
    text = WRAPPED + "    Following the sale, Halvern will concentrate on its three\nprofitable divisions, it said.\n"
    assert speakers(nlp, text) == ["Halvern Corp"] * 3


def test_unwrapping_keeps_every_offset_and_every_paragraph():
    text = unwrapped(WRAPPED)
    assert len(text) == len(WRAPPED) and "Lakeview\nPartners" in WRAPPED and "Lakeview Partners Inc" in text
    assert "\n    The company said" in text and text.startswith("HALVERN TO SELL INSTRUMENT UNIT\n\n")
    lines = "The minister spoke first.\nThe premier spoke next, at length.\nThen they left.\nNo one else spoke."
    assert not hard_wrapped(lines) and unwrapped(lines) == lines  # short lines, one sentence each: not wrapped
    page = ("A paragraph of a page runs to its end on one line, as extracted pages give it, " * 3 + "\n") * 5
    assert unwrapped(page) == page
    turns = ("PRESENTER: Funding for the rowing squad has been cut again this year.\n"
             "COACH: It is a shame, but it is not the end of the world for the sport.\n"
             "We have produced great crews with far less money than this in the past.\n"
             "PRESENTER: Do you think this is a punishment for the poor results?\n")
    assert not hard_wrapped(turns)  # lines of the width, but a sentence a line: a transcript, not wrapped text
