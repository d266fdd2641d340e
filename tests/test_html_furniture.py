"""The HTML reader keeps the article and leaves the page's furniture out (teasers, captions, calls to action).

Every page here is written for these tests; none is a publisher's.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from saywho import ingest
from saywho.ingest import from_html
from saywho.ingest.furniture import drop_furniture, is_furniture
from saywho.pipeline import process

ARTICLE = [
    "The harbour council voted on Tuesday to rebuild the old northern pier before the winter storms arrive.",
    "\u201cWe cannot wait another season,\u201d said Mara Lindqvist, who chairs the council's works committee.",
    "Engineers told the meeting that the timber piles had rotted faster than expected after two wet summers.",
    "Fishing crews, who land most of their catch at the pier, said they would move to the southern quay meanwhile.",
    "The work is expected to cost about four million crowns and to last until the middle of next year.",
]


def page(body: str, title: str = "Council votes to rebuild the northern pier") -> bytes:
    return f"""<!doctype html>
<html><head><title>{title}</title><meta property="og:title" content="{title}"></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>{title}</h1>
{body}
</article>
<footer>About us. Contact.</footer>
</body></html>""".encode()


def paragraphs(lines: list[str]) -> str:
    return "\n".join(f"<p>{line}</p>" for line in lines)


def test_teasers_calls_to_action_and_captions_are_left_out() -> None:
    body = "\n".join([
        paragraphs(ARTICLE[:2]),
        "<figure><img src='pier.jpg'><figcaption>\u201cIt is falling apart,\u201d a fisherman said of the pier "
        "last spring.</figcaption></figure>",
        paragraphs(ARTICLE[2:3]),
        "<p>DON'T MISS</p>",
        "<p>Mayor says ferry timetable will change [INSIGHT]</p>",
        "<p>Storm closes coastal road for a second day [VIDEO]</p>",
        paragraphs(ARTICLE[3:4]),
        "<p>MAYOR 'FURIOUS' AT HARBOUR BUDGET, SAYS AIDE</p>",
        "<p>Related: Ferry company says new boats will arrive in spring</p>",
        paragraphs(ARTICLE[4:]),
        "<p>Sign up for our free morning newsletter and get the news in your inbox.</p>",
        "<p>Follow us on Twitter and Facebook.</p>",
    ])
    article = from_html(page(body), "pier.html")
    for sentence in ARTICLE:
        assert sentence in article.text
    for furniture in ("fisherman", "DON'T MISS", "ferry timetable", "coastal road", "FURIOUS", "Related:",
                      "newsletter", "Follow us"):
        assert furniture not in article.text, furniture


def test_the_headline_is_the_title_not_the_first_line() -> None:
    article = from_html(page(paragraphs(ARTICLE)), "pier.html")
    assert article.title == "Council votes to rebuild the northern pier"
    assert article.text.startswith(ARTICLE[0])


def test_hover_card_goes_and_the_name_in_the_sentence_stays() -> None:
    card = ("<span class='rollover-people'><a class='rollover-people-link' href='/people/lindqvist'>Mara Lindqvist</a>"
            "<span class='rollover-people-block'><a href='/other'>Lindqvist backs tram plan | Budget talks stall"
            "</a></span></span>")
    body = paragraphs([f"The committee is chaired by {card}, who called the vote a relief."] + ARTICLE[2:])
    article = from_html(page(body), "pier.html")
    assert "The committee is chaired by Mara Lindqvist, who called the vote a relief." in article.text
    assert "tram plan" not in article.text


def test_an_article_that_talks_about_newsletters_keeps_its_sentences() -> None:
    lines = ARTICLE[:2] + [
        "Residents who sign up for the council's newsletter were told of the vote a day before anyone else.",
        "\u201cFollow the money,\u201d said one councillor, who asked how the pier would be paid for.",
        "More than forty people attended the meeting, the council said.",
    ] + ARTICLE[2:]
    article = from_html(page(paragraphs(lines)), "pier.html")
    for sentence in lines:
        assert sentence in article.text


@pytest.mark.parametrize("line", [
    "DON'T MISS", "You may also like...", "Most read in world news", "More:", "Explore further",
    "Related: Ferry company says new boats will arrive in spring",
    "SEE MORE: Harbour protests: crews block the quay",
    "Sign up for our free morning newsletter and get the news in your inbox.",
    "Follow the Harbour Gazette on Facebook, Twitter and Instagram.",
    "Click here to subscribe to our weekly briefing",
    "Photo credit: Jane Doe / Harbour Gazette",
    "Storm closes coastal road for a second day [VIDEO]",
    "MAYOR 'FURIOUS' AT HARBOUR BUDGET, SAYS AIDE",
    "CLICK HERE TO GET THE HARBOUR GAZETTE APP",
    "Disclaimer: The views expressed by contributors are their own and not those of the Harbour Gazette.",
])
def test_furniture_lines(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "WHAT HAPPENS NEXT",  # an all-capitals subheading of the article itself
    "\u201cWE WILL NOT GIVE UP THE PIER!\u201d",  # shouting, but a quote that closes
    "Follow the money, she said, and you will find who wants the pier closed.",
    "More than forty people attended the meeting, the council said.",
    "The mayor said readers could sign up for the consultation online.",
    "Related work on the southern quay will start in March, the engineers said.",
    "| PIER | NORTHERN HARBOUR CO'S | 4.2 | 1.1 |",  # a table row
    "",
])
def test_article_lines(line: str) -> None:
    assert not is_furniture(line)


def test_a_teaser_label_takes_only_the_headlines_under_it() -> None:
    text = "\n".join([ARTICLE[0], "You may also like", "Ferry timetable to change", "Storm closes coastal road",
                      ARTICLE[1], ARTICLE[2]])
    assert drop_furniture(text) == "\n".join(ARTICLE[:3])


def test_first_line_goes_only_when_it_repeats_the_title() -> None:
    text = "\n".join(["Council votes to rebuild the pier", ARTICLE[0]])
    assert drop_furniture(text, "Council votes to rebuild the pier - Harbour Gazette") == ARTICLE[0]
    assert drop_furniture(text, "Pier to be rebuilt") == text
    assert drop_furniture(text) == text


def test_the_headline_worded_apart_from_the_page_title_is_the_title() -> None:
    # sites word the page's <title> and the headline apart; a kicker line may come first
    text = "\n".join(["Harbour council votes to rebuild northern pier before winter", ARTICLE[0]])
    assert drop_furniture(text, "Northern pier to be rebuilt before winter, council votes") == ARTICLE[0]
    kicker = "\n".join(["Local news", "Harbour council votes to rebuild northern pier before winter", ARTICLE[0]])
    assert drop_furniture(kicker, "Council votes to rebuild northern pier before winter") == "\n".join(
        ["Local news", ARTICLE[0]])
    # a sentence is no headline, and a line sharing a few words with the title is another line
    assert drop_furniture("\n".join([ARTICLE[0], ARTICLE[1]]), "Council votes to rebuild the old northern pier") \
        == "\n".join(ARTICLE[:2])
    assert drop_furniture("\n".join(["Northern pier timetable", ARTICLE[0]]),
                          "Harbour council votes to rebuild the old northern pier before winter storms") \
        == "\n".join(["Northern pier timetable", ARTICLE[0]])


def test_plain_text_keeps_its_furniture_lines_marked_not_dropped() -> None:
    text = "\n".join([ARTICLE[0], "You may also like", "Ferry timetable to change", ARTICLE[1], "Advertisement"])
    assert [span.text for span in ingest.find_chrome(text)] == ["You may also like", "Ferry timetable to change",
                                                               "Advertisement"]
    article = ingest.make_article(text, "test")
    assert article.text == text and [span.text for span in article.chrome][-1] == "Advertisement"


def test_a_page_of_furniture_only_has_no_article_text() -> None:
    body = "\n".join(["<p>DON'T MISS</p>"] + [f"<p>Harbour headline number {i} of the day</p>" for i in range(8)])
    with pytest.raises(ingest.InputError):
        from_html(page(body), "teasers.html")


# --- saywho eval extraction: the frozen test pages stay out -------------------------------------------------


def test_extraction_eval_leaves_the_frozen_test_pages_out(tmp_path: Path) -> None:
    from saywho.eval import split_of
    from saywho.eval.extraction import evaluate, test_pages

    body = " ".join(ARTICLE * 2)
    frozen, dev = "0" * 64, "0" * 7 + "5" + "0" * 56
    assert split_of(frozen) == "test" and split_of(dev) == "dev"
    truth = {h: {"url": f"https://example.org/{h[:4]}", "articleBody": body} for h in (frozen, dev)}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / f"{dev}.html.gz").write_bytes(gzip.compress(page(paragraphs(ARTICLE * 2))))
    # the frozen page's HTML is absent: reading it would be an error row
    assert test_pages(tmp_path) == {frozen}
    score = evaluate(tmp_path)
    assert [row["hash"] for row in score.rows] == [dev]
    assert score.rows[0]["error"] is None and score.rows[0]["r"] > 0.9
    assert [row["hash"] for row in evaluate(tmp_path, exclude_test=False).rows] == [frozen, dev]


def test_a_one_column_table_is_read_as_lines_and_its_quotations_stand_alone(nlp) -> None:
    # pull quotes and a caption set in a one-column layout table, as older magazine pages do
    body = "\n".join([
        paragraphs(ARTICLE),
        "<table><tr><td>The old northern pier at low tide. (credit: Harbour Council)</td></tr>"
        "<tr><td>\u201cIf the piles give way in a storm, the whole quay goes with them,\u201d Petra Holm said.</td></tr>"
        "<tr><td></td></tr></table>",
        "<table><tr><td>Pier</td><td>Built</td></tr><tr><td>North</td><td>1911</td></tr></table>",
    ])
    article = from_html(page(body), "pier.html")
    assert "\u201cIf the piles give way in a storm, the whole quay goes with them,\u201d Petra Holm said." \
        in article.text.split("\n")
    assert "| North | 1911 |" in article.text  # a table of data keeps its cells
    (processed,) = process([article], nlp=nlp)
    (statement,) = [s for s in processed.statements if "give way" in s.content[0].text]
    assert statement.content[0].text == "\u201cIf the piles give way in a storm, the whole quay goes with them,\u201d"
    assert statement.speaker is not None and statement.speaker.name == "Petra Holm"
