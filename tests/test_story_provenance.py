"""Per-statement provenance (issue 11): a statement that other articles of its story also reported says so on the
article page — "Also reported by N outlets; first by OUTLET on DATE", with links to the same statement in the
other articles — and the API's statement JSON carries the same as data. Fixture: the wire story copied by three
outlets (and updated by one) of tests/test_stories.py, tests/data/stories/wire.jsonl (texts written for the tests)."""

from __future__ import annotations

import copy
import html
import re
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from saywho.model import Article
from saywho.store import stories
from saywho.web.app import create_app

WIRE = Path(__file__).parent / "data" / "stories" / "wire.jsonl"
QUOTE = "“We will not stand by while our farmers lose their harvests,”"
TITLES = {"daily-nation": "Ruto threatens Uganda with sanctions over Lake Victoria canal",
          "daily-nation-update": "UPDATE: Ruto threatens Uganda with sanctions over Lake Victoria canal",
          "the-citizen": "Kenya, Uganda in water row as Ruto warns of sanctions"}


from test_stories import saved  # a store of the wire story's copies  # noqa: E402


def quote_id(article: Article) -> str:
    """The statement id of the wire quote in one copy."""
    [found] = [a.id for a in article.statements if " ".join(s.text for s in a.content) == QUOTE]
    return found


def statement_item(page: str, statement_id: str) -> str:
    """The article page's list item of one statement, whitespace collapsed."""
    item = page.split(f'id="s-{statement_id}"', 1)[1].split("</li>", 1)[0]
    return " ".join(item.split())


def provenance_line(page: str, statement_id: str) -> str | None:
    item = statement_item(page, statement_id)
    if 'class="provenance">' not in item:
        return None
    return item.split('class="provenance">', 1)[1].split("</p>", 1)[0]


@pytest.fixture(scope="module")
def site(wire_story, tmp_path_factory, live_server):
    url = f"sqlite:///{tmp_path_factory.mktemp('provenance') / 'wire.db'}"
    store = saved(url, wire_story)
    return live_server(create_app(url, secret="test-secret")), store, {a.id: a for a in wire_story}


def test_the_article_page_tells_who_else_reported_each_statement(site):
    base, _store, by_id = site
    ids = {name: quote_id(by_id[name]) for name in ("daily-nation", "daily-nation-update", "the-citizen", "monitor")}
    page = httpx.get(f"{base}/articles/monitor").text
    line = provenance_line(page, ids["monitor"])

    def link(name: str, label: str) -> str:
        return f'<a href="/articles/{name}#s-{ids[name]}" title="{html.escape(TITLES[name])}">{label}</a>'

    assert line == (
        f'Also reported by 2 outlets in 3 articles; first by <a href="/articles/daily-nation#s-{ids["daily-nation"]}">'
        'Daily Nation</a> on 2026-03-02. <span class="also">'
        + " · ".join([link("daily-nation", "Daily Nation (2026-03-02 09:10)"),
                      link("daily-nation-update", "Daily Nation (2026-03-02 11:05)"),
                      link("the-citizen", "The Citizen (2026-03-02 11:45)")]) + "</span>")
    # each link leads to the same statement on the other page
    for name in ("daily-nation", "daily-nation-update", "the-citizen"):
        other = httpx.get(f"{base}/articles/{name}").text
        assert QUOTE in statement_item(other, ids[name])

    # the first report says it was first, and counts the other outlets, not its own update
    first = provenance_line(httpx.get(f"{base}/articles/daily-nation").text, ids["daily-nation"])
    assert first.startswith("Also reported by 2 outlets in 3 articles; first by this article on 2026-03-02. ")
    assert first.count("<a ") == 3 and 'href="/articles/daily-nation#' not in first
    update = provenance_line(httpx.get(f"{base}/articles/daily-nation-update").text, ids["daily-nation-update"])
    assert update.startswith('Also reported by 2 outlets in 3 articles; first by <a href="/articles/daily-nation#s-')

    # a story of one article has no provenance at all
    assert 'class="provenance"' not in httpx.get(f"{base}/articles/other-story").text


def test_the_api_gives_the_same_as_data(site):
    base, store, by_id = site
    ids = {name: quote_id(by_id[name]) for name in ("daily-nation", "daily-nation-update", "the-citizen", "monitor")}
    got = httpx.get(f"{base}/api/articles/monitor").json()
    [statement] = [a for a in got["attributions"] if a["id"] == ids["monitor"]]
    provenance = statement["provenance"]
    assert {k: v for k, v in provenance.items() if k not in ("first", "others")} == {
        "outlets": 3, "articles": 4, "other_outlets": 2}
    assert provenance["first"] == {
        "article_id": "daily-nation", "statement_id": ids["daily-nation"], "outlet": "Daily Nation",
        "published": "2026-03-02T09:10:00+03:00", "title": TITLES["daily-nation"],
        "page": f"/articles/daily-nation#s-{ids['daily-nation']}"}
    assert [(o["article_id"], o["statement_id"], o["outlet"]) for o in provenance["others"]] == [
        ("daily-nation", ids["daily-nation"], "Daily Nation"),
        ("daily-nation-update", ids["daily-nation-update"], "Daily Nation"),
        ("the-citizen", ids["the-citizen"], "The Citizen")]
    # the article JSON is otherwise the CLI's, unchanged
    for attribution in got["attributions"]:
        attribution.pop("provenance", None)
    assert got == store.article("monitor").to_dict()
    other = httpx.get(f"{base}/api/articles/other-story").json()
    assert all("provenance" not in a for a in other["attributions"])

    # the statements list: the same data on each report of the quote
    rows = httpx.get(f"{base}/api/statements", params={"about": "will not stand by"}).json()
    assert sorted(r["article_id"] for r in rows) == sorted(ids)
    by_article = {r["article_id"]: r["provenance"] for r in rows}
    assert by_article["monitor"] == provenance
    assert by_article["daily-nation"]["first"]["article_id"] == "daily-nation"
    assert [o["article_id"] for o in by_article["daily-nation"]["others"]] == [
        "daily-nation-update", "the-citizen", "monitor"]
    assert all("provenance" not in r for r in httpx.get(f"{base}/api/statements", params={"about": "referee"}).json())


def test_the_actor_api_and_a_long_list_of_reports(site, monkeypatch: pytest.MonkeyPatch):
    base, _store, by_id = site
    ids = {name: quote_id(by_id[name]) for name in ("daily-nation", "monitor")}
    actor = httpx.get(f"{base}/api/actors/william-ruto").json()
    quoted = {s["article_id"]: s for s in actor["statements"] if s["id"] in ids.values() and
              " ".join(c["text"] for c in s["content"]) == QUOTE}
    assert quoted["monitor"]["provenance"]["first"]["article_id"] == "daily-nation"
    assert quoted["daily-nation"]["provenance"]["other_outlets"] == 2

    # a statement copied by many articles lists the oldest few and counts the rest
    monkeypatch.setattr(stories, "LISTED_REPORTS", 1)
    line = provenance_line(httpx.get(f"{base}/articles/monitor").text, ids["monitor"])
    assert line.startswith("Also reported by 2 outlets in 3 articles; ")
    assert line.count("<a ") == 2 and line.endswith("Daily Nation (2026-03-02 09:10)</a> and 2 more</span>")
    [statement] = [a for a in httpx.get(f"{base}/api/articles/monitor").json()["attributions"]
                   if a["id"] == ids["monitor"]]
    assert len(statement["provenance"]["others"]) == 1 and statement["provenance"]["articles"] == 4


def test_everything_from_the_store_is_escaped(wire_story, tmp_path, live_server):
    """A copy whose id, publisher and title hold markup: shown as text, linked by an encoded path."""
    by_id = {a.id: a for a in wire_story}
    hostile = copy.deepcopy(by_id["monitor"])
    hostile.id = 'copy"><b>x</b>&'
    hostile.url = "https://evil.example/copy"
    hostile.publisher = '<script>alert("outlet")</script>'
    hostile.title = '"><img src=x onerror=alert(1)>'
    hostile.published = "2026-03-03T08:00:00+03:00"
    hostile.text += "\n\nThis copy was republished."
    url = f"sqlite:///{tmp_path / 'hostile.db'}"
    saved(url, [by_id["daily-nation"], by_id["monitor"], hostile])
    base = live_server(create_app(url, secret="test-secret"))
    page = httpx.get(f"{base}/articles/monitor").text
    line = provenance_line(page, quote_id(by_id["monitor"]))
    assert "<script" not in page.split('class="statements"', 1)[1] and "<img" not in line
    assert "&lt;script&gt;alert(&#34;outlet&#34;)&lt;/script&gt; (2026-03-03 08:00)" in line
    assert f'href="/articles/{quote(hostile.id, safe="")}#s-{quote_id(hostile)}"' in line
    assert 'title="&#34;&gt;&lt;img src=x onerror=alert(1)&gt;"' in line
    assert line.startswith("Also reported by 2 outlets; first by ")
    data = httpx.get(f"{base}/api/articles/monitor").json()
    [statement] = [a for a in data["attributions"] if a["id"] == quote_id(by_id["monitor"])]
    assert statement["provenance"]["others"][-1]["outlet"] == '<script>alert("outlet")</script>'  # data, as stored


def test_provenance_is_a_few_queries_whatever_the_statements(wire_story, tmp_path):
    """Three queries for a whole article (not one per statement), and one for an article alone in its story."""
    from sqlalchemy import event

    store = saved(f"sqlite:///{tmp_path / 'count.db'}", wire_story)
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    with store.engine.connect() as conn:
        found = stories.article_provenance(conn, "monitor")
        assert len(found) >= 5 and len(statements) == 4  # the story's size, then the three
        statements.clear()
        assert stories.article_provenance(conn, "other-story") == {}
        assert len(statements) == 1
    assert not any(re.search(r"\bIN \(\?(, \?){500,}", s) for s in statements)
