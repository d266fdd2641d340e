"""Speakers read on session 66's Lee draw (issue 10), each on sentences written for these tests.

"The man who calls himself Abu Hassan" is Abu Hassan; a paragraph of quotation left open after a sentence in which
someone else spoke ("…, saying …") is theirs, not the speaker quoted before; "he" opening what a person's own verb
of saying reports ("Richard Bolton told ABC Radio he believes") is that person, whatever the antecedent ranker
prefers. Each test fails on the session's start build (707382e).
"""

from __future__ import annotations

from conftest import statement_speakers as speakers
from conftest import statements


def test_a_person_who_calls_himself_a_name_is_that_name(nlp):
    found = speakers(nlp, "A Syrian refugee says he saw the attack. The man who calls himself Abu Hassan told "
                          "reporters he had fled Aleppo in March. He says he can name the officers.")
    assert found[1:] == ["Abu Hassan", "Abu Hassan"]


def test_a_name_given_as_is_the_persons(nlp):
    assert speakers(nlp, "A man who gave his name as Ahmed told reporters he had fled the town.") == ["Ahmed"]


def test_an_open_quotation_after_another_speakers_saying_is_theirs(nlp):
    text = ('Coach Mark Ellery says he was bitterly disappointed to lose. "I am just unbelievably disappointed we '
            'did not get the job done," he said. Team captain John Ferris has defended the decision to play Dean in '
            'the doubles, saying he was always in doubt for the final. "There was no guarantee he could have played. '
            '"There was no guarantee he could play the singles either."')
    found = [(s.speaker.name if s.speaker else None, [c.text[:20] for c in s.content])
             for s in statements(nlp, text)]
    ferris = [content for name, content in found if name == "John Ferris"]
    assert any('"There was no guaran' in content for content in ferris)
    assert not any('"There was no guaran' in content for name, content in found if name == "Mark Ellery")


def test_he_opening_what_a_persons_own_verb_reports_is_that_person(nlp):
    text = ('The man who calls himself Abu Hassan told ABC Radio he worked as a chemical engineer. "New factories are '
            'built in place of old ones," he said. The former chief weapons inspector for the UN, Richard Bolton, told '
            'ABC Radio he believes the claims could be true. "I have read a lot of such reports from defectors," he '
            'said.')
    assert speakers(nlp, text) == ["Abu Hassan", "Abu Hassan", "Richard Bolton", "Richard Bolton"]
