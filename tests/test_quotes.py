"""Quotation marks, paired on characters: balanced, unbalanced, continued."""

from saywho.attribution.quotes import find_quotes


def texts(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


def test_curly_and_straight_quotes():
    text = 'He said “yes, now” and she said "never again" at 5\'10" tall.'
    assert texts(text) == ["“yes, now”", '"never again"']


def test_unbalanced_quote_runs_to_the_paragraph_end():
    text = "She said “this is not over\n\nNext paragraph."
    quotes = find_quotes(text)
    assert [(q.closed, text[q.start:q.end]) for q in quotes] == [(False, "“this is not over")]


def test_continuation_paragraph():
    text = "“First part.\n\n“Second part,” he said."
    first, second = find_quotes(text)
    assert not first.closed and second.continues and second.closed


def test_guillemets_and_words():
    text = "Le Monde wrote « une victoire nette » on Monday."
    (quote,) = find_quotes(text)
    assert quote.words(text) == 3
