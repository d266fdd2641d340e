"""Companies as speakers in business wire, read on session 67's Reuters-21578 draw (issue 10), each on sentences
written for these tests.

A run of capitalised names ending in a company's legal suffix ("Halvern Corp", "Harwell and Co") is a company's
name whatever the small tagger made of it, so "the company said" after it is that company, not the next firm or
place named; the wire's angle brackets around an unlisted company ("<Tarrant Mills Corp> said") are no part of the
name, even where the parser made the closing bracket the subject. Two people first named at one place no longer
crash the reading of an unnamed office's holder. Each test fails on the session's start build (a916b83).
"""

from __future__ import annotations

from types import SimpleNamespace

from conftest import statement_speakers as speakers

from saywho.attribution.mentions import Cluster
from saywho.attribution.resolve import Resolver


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
