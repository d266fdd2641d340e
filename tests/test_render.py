"""Article rendering on articles an attacker could ingest: many chrome lines, one huge paragraph.

Functional checks only (speed is measured by benchmarks/render.py): every chrome
line is recognised once and left out exactly once, every other line is shown once
at its own offset, the side list is bounded, and the HTML grows in proportion to
the text, with one element per piece between span boundaries, never one per character.
"""

from __future__ import annotations

import re

import httpx

from saywho.ingest import find_chrome
from saywho.model import Actor, Article, Attribution, Event, Span
from saywho.store import Store
from saywho.web.app import create_app
from saywho.web.highlight import article_html
from saywho.web.pages import LISTED

LINES = 20_000
QUOTE = "“We will not back down,” Speaker Number{n} said on Tuesday."


def statement(text: str, at: int, number: int) -> Attribution:
    """The QUOTE written at ``at``: content, source and cue spans as extraction records them."""
    close = text.index("”", at) + 1
    cue = text.index(" said", close) + 1
    return Attribution(id=f"A{number}", source=Span.of(text, close + 1, cue - 1), cue=Span.of(text, cue, cue + 4),
                       content=[Span.of(text, at, close)], kind="direct",
                       speaker=Actor(id=f"speaker-{number % 7}", name=f"Speaker Number{number % 7}", type="person"))


def chrome_article(lines: int) -> tuple[Article, list[tuple[int, str]]]:
    """``lines`` "Advertisement" lines, each followed by a story line (a quote every tenth); and the story lines."""
    parts, story, offset = [], [], 0
    for n in range(lines):
        parts.append("Advertisement\n")
        offset += len(parts[-1])
        line = QUOTE.format(n=n % 7) if n % 10 == 0 else f"Story line {n}."  # short: the article stays under the text limit
        story.append((offset, line))
        parts.append(line + "\n")
        offset += len(parts[-1])
    text = "".join(parts)
    quotes = [at for n, (at, _) in enumerate(story) if n % 10 == 0]
    attributions = [statement(text, at, n + 1) for n, at in enumerate(quotes)]
    return Article(id="chrome-flood", text=text, chrome=find_chrome(text), attributions=attributions), story


def paragraph_article(sentences: int) -> Article:
    """One paragraph of ``sentences`` quotes, every other one also an event."""
    text = " ".join(QUOTE.format(n=n % 7) for n in range(sentences))
    starts = [m.start() for m in re.finditer("“", text)]
    attributions = [statement(text, at, n + 1) for n, at in enumerate(starts)]
    events = [Event(id=f"E{n}", category="REJECT", evidence=Span.of(text, a.content[0].start, a.cue.end),
                    attribution_id=a.id, quad_class=3)
              for n, a in enumerate(attributions) if n % 2 == 0 and a.cue is not None]
    return Article(id=f"paragraph-{sentences}", text=text, attributions=attributions, events=events)


def test_twenty_thousand_chrome_lines_are_each_left_out_once_and_the_story_kept(sqlite_url, live_server):
    article, story = chrome_article(LINES)
    # Each chrome line is recognised exactly once, as exactly its own characters.
    assert len(article.chrome) == LINES
    assert len({(s.start, s.end) for s in article.chrome}) == LINES
    assert all(s.text == "Advertisement" for s in article.chrome)

    store = Store(sqlite_url)
    store.save(article)
    stored = store.article(article.id)
    assert stored is not None and len(stored.chrome) == LINES
    store.close()
    base = live_server(create_app(sqlite_url))
    page = httpx.get(f"{base}/articles/{article.id}", timeout=120)
    assert page.status_code == 200
    body = page.text.split('id="story-text">', 1)[1].split("</div>", 1)[0]

    # No chrome line reaches the page; every story line is one paragraph, in order, at its offset.
    assert "Advertisement" not in body
    paragraphs = re.findall(r"<p>(.*?)</p>", body)
    assert len(paragraphs) == LINES
    for (offset, line), html in zip(story, paragraphs, strict=True):
        assert f'data-o="{offset}"' in html
        assert re.sub(r"<[^>]+>", "", html).replace("&#34;", '"') == line
    # Every statement is highlighted, and anchored exactly once.
    anchors = re.findall(r'id="st-(A\d+)"', body)
    assert anchors == [a.id for a in article.attributions]
    assert body == str(article_html(stored))
    # The side list stops at LISTED statements and says so; the text above still marks all 2,000.
    assert len(article.attributions) == 2_000
    assert page.text.count('<li class="statement ') == LISTED
    assert f"The first {LISTED} are listed here; all 2000 are marked in the text" in page.text


def test_one_long_paragraph_renders_one_element_per_piece_and_grows_in_proportion():
    small, large = paragraph_article(2_000), paragraph_article(8_000)
    html_small, html_large = str(article_html(small)), str(article_html(large))
    for article, html in ((small, html_small), (large, html_large)):
        assert html.count("<p>") == 1
        # Per sentence: content, gap, source, gap, cue, and the plain rest: six pieces, never one per character.
        elements = html.count("<mark ") + html.count("<span ")
        assert elements == 6 * len(article.attributions)
        assert re.sub(r"<[^>]+>", "", html).replace("&#34;", '"') == article.text
    # Four times the text, four times the HTML (give or take the longer offsets and ids).
    ratio = len(html_large) / len(html_small)
    assert 3.9 < ratio < 4.3, ratio
