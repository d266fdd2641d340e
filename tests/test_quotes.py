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


def test_a_quotation_re_opened_in_its_paragraph_left_the_one_before_open():
    """Paragraphs run together (one story per line): a straight mark after a sentence's end and a space, before
    a word, opens; it does not close the quotation before it, which was left open as a paragraph is."""
    text = ('Mr Ross says sales fell. "We are getting back to every buyer, saying \'put your best offer in\'. '
            '"We have contracts going out today," Mr Ross said. He called it "a fire sale". "No," he said.')
    quotes = find_quotes(text)
    assert [(text[q.start:q.end][:12], q.closed, q.continues) for q in quotes] == [
        ('"We are gett', False, False), ('"We have con', True, True), ('"a fire sale', True, False),
        ('"No,"', True, False)]
