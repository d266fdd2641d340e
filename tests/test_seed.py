"""End to end on the canonical seed article: every statement, its speaker and content."""

from __future__ import annotations

import pytest

from saywho.ingest import make_article
from saywho.pipeline import process

# (speaker, cue, a phrase the content must contain)
EXPECTED = [
    ("Emmanuel Macron", "stated", "26 of Ukraine’s allies had formally committed"),
    ("Vladimir Putin", "warning", "would be considered “legitimate targets,”"),
    ("Dmitry Peskov", "telling", "foreign troops in Ukraine would be “considered a danger to Russia.”"),
    ("Vladimir Putin", "said", "he was open to contact with the Ukrainian leader"),
    ("Donald Trump", "posted", "“looks like we’ve lost India and Russia to deepest, darkest China,”"),
    ("Dmitry Peskov", "praised", "Trump’s “very constructive efforts”"),
    ("Dmitry Peskov", "criticised", "the outrageous efforts of European countries"),
    ("Emmanuel Macron", "stressed", "the troops would be deployed to prevent “any new major aggression,”"),
    ("Emmanuel Macron", "adding", "the force “does not have the will or the objective of waging war"),
    ("Volodymyr Zelensky", "described", "the decisions made in Paris as the first concrete step"),
    ("Volodymyr Zelensky", "confirming", "thousands of foreign troops would be deployed"),
    ("Volodymyr Zelensky", "said", "it was premature to discuss details"),
    ("Emmanuel Macron", "said", "would be finalised in the coming days"),
    ("Donald Trump", "indicated", "US support could “probably” take the form of air support"),
    ("Volodymyr Zelensky", "said", "he had spoken to the US leader about “maximum protection"),
    ("Donald Trump", "confirmed", "he was “having a very good dialogue” with Putin"),
]


@pytest.fixture(scope="module")
def seed(nlp, seed_text):
    (article,) = process([make_article(seed_text, "seed", id="seed")], nlp=nlp)
    return article


def _find(article, speaker: str, cue: str, phrase: str):
    for item in article.attributions:
        content = " ".join(span.text for span in item.content)
        if item.cue and item.cue.text == cue and phrase in content:
            return item
    return None


@pytest.mark.parametrize(("speaker", "cue", "phrase"), EXPECTED)
def test_every_statement_has_the_right_speaker_and_content(seed, speaker, cue, phrase):
    item = _find(seed, speaker, cue, phrase)
    assert item is not None, f"no attribution with cue {cue!r} whose content holds {phrase!r}"
    assert item.speaker is not None and item.speaker.name == speaker


def test_no_extra_statements_and_none_from_page_chrome(seed, seed_text):
    assert len(seed.attributions) == len(EXPECTED)
    chrome_start = seed_text.index("Add Comment")
    for item in seed.attributions:
        spans = [s for s in (item.source, item.cue, *item.content) if s is not None]
        assert all(span.end <= chrome_start for span in spans)


def test_offsets_point_into_the_text(seed, seed_text):
    for item in seed.attributions:
        for span in (item.source, item.cue, *item.content):
            if span is not None:
                assert seed_text[span.start:span.end] == span.text


def test_speakers_have_titles_and_countries(seed):
    speakers = {a.speaker.name: a.speaker for a in seed.attributions}
    assert speakers["Vladimir Putin"].country == "RUS"
    assert speakers["Emmanuel Macron"].country == "FRA"
    assert speakers["Donald Trump"].country == "USA"
    assert speakers["Volodymyr Zelensky"].country == "UKR"
    assert speakers["Dmitry Peskov"].country == "RUS"
    assert speakers["Dmitry Peskov"].title == "Kremlin spokesman"
    assert speakers["Emmanuel Macron"].title == "President"


def test_pronoun_speaker_and_addressee_and_medium(seed):
    he_said = _find(seed, "Volodymyr Zelensky", "said", "premature")
    assert he_said.source.text == "he"
    telling = _find(seed, "Dmitry Peskov", "telling", "danger")
    assert telling.addressee == "the BBC"
    assert telling.source.text == "The Kremlin’s spokesman, Dmitry Peskov"
    posted = _find(seed, "Donald Trump", "posted", "India")
    assert posted.medium == "social media"


def test_kinds(seed):
    assert _find(seed, "Dmitry Peskov", "criticised", "outrageous").kind == "direct"
    assert _find(seed, "Emmanuel Macron", "stated", "26 of").kind == "mixed"
    assert _find(seed, "Volodymyr Zelensky", "described", "Paris").kind == "indirect"


def test_the_chrome_line_is_marked_not_removed(seed, seed_text):
    assert [c.text for c in seed.chrome] == ["Add Comment"]
    assert seed.text == seed_text
