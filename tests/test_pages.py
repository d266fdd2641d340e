"""Paged lists (saywho.store.paging): every page and API list walks all its rows exactly once, forwards and back,
on SQLite and PostgreSQL; bad cursors are a 4xx; the actor page's query count does not grow with its articles.

Stores are filled with rows inserted straight into the tables (as benchmarks/pages.py does at scale), so a
list of 60 articles costs no NLP; the app runs under uvicorn on a loopback port.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from html import unescape

import httpx
import pytest
from conftest import DATABASES, fresh_database
from sqlalchemy import event, insert

from saywho.store import Store, schema
from saywho.web.app import create_app

ARTICLES = 61  # with pages of 7: eight full pages and a short one
ACTORS = 23
START = datetime(2025, 3, 1, tzinfo=UTC)


def fill(store: Store, first: int, count: int, speaker: str | None = None) -> None:
    """``count`` articles from number ``first``, each with 2 statements, 1 event and 2 actors.

    Three articles share each ``ingested_at``, so paging must break ties on the id. ``speaker``: who
    speaks in every one (else speakers rotate through the actors).
    """
    with store.engine.begin() as conn:
        articles, cast, said, events = [], [], [], []
        for n in range(first, first + count):
            article_id = f"art-{n:03d}"
            who = [speaker or f"actor-{n % ACTORS:02d}", f"actor-{(n + 5) % ACTORS:02d}"]
            body = f"Story {n}. “The harbour will reopen,” {who[0]} said. “Not yet,” {who[1]} warned."
            articles.append({"id": article_id, "title": f"Story {n}", "url": f"https://example.org/{n}", "text": body,
                             "text_hash": f"{n:064d}", "chrome": [], "published": f"2025-03-{1 + n % 28:02d}",
                             "ingested_at": START + timedelta(seconds=n // 3)})
            cast += [{"article_id": article_id, "actor_id": a} for a in dict.fromkeys(who)]
            for k, actor in enumerate(who):
                said.append({"article_id": article_id, "local_id": f"A{k + 1}", "cue": {"start": 0, "end": 4, "text": "said"},
                             "content": [{"start": 0, "end": 5, "text": "Story"}], "content_text": "harbour",
                             "kind": "direct", "speaker_id": actor, "confidence": 0.9, "start": k, "statement": True})
            events.append({"article_id": article_id, "local_id": "E1", "category": "ACCUSE" if n % 2 else "CONSULT",
                           "quad_class": 3 if n % 2 else 1, "source_id": who[0], "target_id": who[1],
                           "evidence": {"start": 0, "end": 5, "text": "Story"}})
        conn.execute(insert(schema.articles), articles)
        conn.execute(insert(schema.article_actors), cast)
        conn.execute(insert(schema.attributions), said)
        conn.execute(insert(schema.events), events)


def new_store(url: str) -> Store:
    store = Store(url)
    with store.engine.begin() as conn:
        conn.execute(insert(schema.actors), [{"id": f"actor-{n:02d}", "name": f"Person {chr(65 + n % 5)} {n:02d}",
                                              "aliases": []} for n in range(ACTORS)])
    return store


@pytest.fixture(scope="module", params=DATABASES)
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from fresh_database(request, tmp_path_factory.mktemp("pages"))


@pytest.fixture(params=DATABASES)
def other_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from fresh_database(request, tmp_path_factory.mktemp("pages"))


@pytest.fixture(scope="module")
def site(db_url: str, live_server) -> tuple[str, Store]:
    store = new_store(db_url)
    fill(store, 0, ARTICLES)
    return live_server(create_app(db_url, secret="pages")), store


def _link(response: httpx.Response, rel: str) -> str | None:
    if response.headers.get("content-type", "").startswith("application/json"):
        found = re.search(rf'<([^>]+)>; rel="{rel}"', response.headers.get("link", ""))
    else:
        found = re.search(rf'rel="{rel}" href="([^"]+)"', response.text)
    return unescape(found[1]) if found else None


def walk(base: str, path: str, ids: re.Pattern[str] | None = None) -> tuple[list[list[str]], list[list[str]]]:
    """The ids on each page following rel="next" from ``path``, then following rel="prev" back."""
    def ids_of(response: httpx.Response) -> list[str]:
        assert response.status_code == 200, (response.url, response.status_code, response.text[:300])
        if ids is not None:
            return ids.findall(response.text)
        body = response.json()
        if isinstance(body, dict):  # an actor: its statements
            return [f'{row["article_id"]}/{row["id"]}' for row in body["statements"]]
        return [row["id"] if "id" in row else f'{row["article_id"]}/{row["local_id"]}' for row in body]

    forwards, backwards, url = [], [], path
    with httpx.Client(base_url=base) as client:
        while url:
            response = client.get(url)
            forwards.append(ids_of(response))
            url = _link(response, "next")
            assert len(forwards) < 100
        url = _link(response, "prev")
        while url:
            response = client.get(url)
            backwards.append(ids_of(response))
            url = _link(response, "prev")
    return forwards, backwards


ARTICLE = re.compile(r'<h3><a href="/articles/([^"]+)"')
EVENT = re.compile(r'<td><a href="/articles/([^"#]+)#ev-E1"')
ACTOR_LINK = re.compile(r'<li><a href="/actors/([^"]+)">')
QUOTE = re.compile(r'href="/articles/([^"#]+)#st-')
NEWEST_ARTICLES = [f"art-{n:03d}" for n in sorted(range(ARTICLES), key=lambda n: (-(n // 3), n))]


def newest(store: Store, table, speaker: str | None = None) -> list[str]:
    """"article/local id" of a table's rows, newest stored first (optionally one speaker's)."""
    query = table.select().order_by(table.c.pk.desc())
    if speaker:
        query = query.where(table.c.speaker_id == speaker)
    with store.engine.connect() as conn:
        return [f'{r["article_id"]}/{r["local_id"]}' for r in conn.execute(query).mappings()]


BY_NAME = [f"actor-{n:02d}" for n in sorted(range(ACTORS), key=lambda n: (n % 5, n))]
PERSON_B = [i for i in NEWEST_ARTICLES if {int(i[4:]) % ACTORS, (int(i[4:]) + 5) % ACTORS} & {1, 6, 11, 16, 21}]


@pytest.mark.parametrize(("path", "pattern", "expected"), [
    ("/api/articles?limit=7", None, NEWEST_ARTICLES),
    ("/?limit=7", ARTICLE, NEWEST_ARTICLES),
    ("/api/articles?limit=7&event=accuse", None, [i for i in NEWEST_ARTICLES if int(i[4:]) % 2]),
    ("/?limit=7&actor=Person+B", ARTICLE, PERSON_B),
    ("/api/actors?limit=7", None, BY_NAME),
    ("/actors?limit=7", ACTOR_LINK, BY_NAME),
    ("/api/events?limit=7", None, "events"),
    ("/events?limit=7", EVENT, [f"art-{n:03d}" for n in reversed(range(ARTICLES))]),
    ("/api/statements?limit=7", None, "statements"),
    ("/api/actors/actor-03?limit=2", None, "actor"),
    ("/actors/actor-03?limit=2", QUOTE, "actor"),
])
def test_paging_walks_every_row_once_both_ways(site, path, pattern, expected):
    base, store = site
    forwards, backwards = walk(base, path, pattern)
    if expected == "events":
        expected = newest(store, schema.events)
    elif expected == "statements":
        expected = newest(store, schema.attributions)
    elif expected == "actor":
        expected = newest(store, schema.attributions, "actor-03")
        if pattern is not None:  # the page links each statement to its article
            expected = [i.split("/")[0] for i in expected]
    assert [i for page in forwards for i in page] == expected  # every row, once, in the list's order
    assert len(forwards) > 2 and all(forwards)
    # Back from the last page by rel="prev": the same pages in reverse, up to the first.
    assert backwards == forwards[-2::-1]


def test_totals_and_page_size(site):
    base, store = site
    from saywho.store.search import event_categories

    assert event_categories(store) == ["ACCUSE", "CONSULT"]
    first = httpx.get(f"{base}/api/articles", params={"limit": 10})
    assert first.headers["x-total-count"] == str(ARTICLES) and len(first.json()) == 10
    assert 'rel="prev"' not in first.headers["link"]
    assert len(httpx.get(f"{base}/api/articles").json()) == 50  # the default size
    assert httpx.get(f"{base}/api/articles", params={"limit": 501}).status_code == 422  # the largest is 500
    assert httpx.get(f"{base}/api/events", params={"category": "accuse"}).headers["x-total-count"] == str(ARTICLES // 2)
    assert httpx.get(f"{base}/api/actors", params={"q": "person b"}).headers["x-total-count"] == "5"
    home = httpx.get(f"{base}/", params={"event": "CONSULT"}).text
    assert f"{ARTICLES - ARTICLES // 2} matching articles" in home
    # An old client's offset still works (and the pages after it have cursors).
    skipped = httpx.get(f"{base}/api/articles", params={"offset": 5, "limit": 3})
    assert [a["id"] for a in skipped.json()] == NEWEST_ARTICLES[5:8]


def test_full_text_search_pages(site):
    base, _ = site
    forwards, backwards = walk(base, "/api/articles?q=harbour&limit=9")
    seen = [i for page in forwards for i in page]
    assert sorted(seen) == sorted(NEWEST_ARTICLES) and len(seen) == len(set(seen))
    assert backwards == forwards[-2::-1]
    assert httpx.get(f"{base}/api/articles", params={"q": "harbour"}).headers["x-total-count"] == str(ARTICLES)


def _cursor(*values: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(values)).encode()).decode().rstrip("=")


@pytest.mark.parametrize("path", ["/", "/api/articles", "/api/articles?q=harbour", "/actors", "/api/actors", "/events",
                                  "/api/events", "/api/statements", "/actors/actor-03", "/api/actors/actor-03"])
def test_garbage_cursors_are_4xx(site, path):
    base, _ = site
    joiner = "&" if "?" in path else "?"
    for cursor in ("garbage", "%%%", "e30", _cursor("articles"), _cursor("nope", "next", 1, "x"),
                   _cursor("articles", "sideways", "2025-01-01T00:00:00", "a"), _cursor("articles", "next", 5, 6),
                   _cursor("articles", "next", "not a time", "x"), _cursor("events", "next", 2**70),
                   _cursor("events", "next", True), _cursor("actors", "next", "a\x00", "b"),
                   _cursor("search", "next", "x", "y"), _cursor("statements", "next", None), "A" * 3000, "\u00e9"):
        response = httpx.get(f"{base}{path}{joiner}cursor={cursor}")
        assert 400 <= response.status_code < 500, (path, cursor[:40], response.status_code, response.text[:200])


def test_actor_page_queries_do_not_grow_with_its_articles(other_url, live_server):
    store = new_store(other_url)
    fill(store, 1000, 3, speaker="actor-04")
    app = create_app(store.url, secret="count")
    base = live_server(app)
    statements: list[str] = []
    event.listen(app.state.store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))

    def queries(path: str) -> int:
        statements.clear()
        assert httpx.get(base + path).status_code == 200
        return len(statements)

    paths = ["/actors/actor-04", "/api/actors/actor-04", "/", "/actors", "/events", "/api/articles", "/api/events",
             "/api/statements", "/api/actors"]
    few = {path: queries(path) for path in paths}
    fill(store, 2000, 40, speaker="actor-04")  # 40 more articles quoting the actor, with events naming it
    many = {path: queries(path) for path in paths}
    assert many == few
    assert few["/actors/actor-04"] <= 10


def test_filtered_totals_stop_at_the_cap_and_the_actor_filter_suggests_a_few(site, monkeypatch):
    base, _ = site
    from saywho.store import search
    from saywho.web import explore, pages

    monkeypatch.setattr(search, "COUNT_CAP", 5)
    monkeypatch.setattr(explore, "COUNT_CAP", 5)
    monkeypatch.setattr(pages, "TYPEAHEAD", 3)
    capped = httpx.get(f"{base}/api/articles", params={"event": "accuse", "limit": 2})
    assert capped.headers["x-total-count"] == "5" and capped.headers["x-total-count-capped"] == "true"
    assert httpx.get(f"{base}/api/events", params={"quad": 1}).headers["x-total-count-capped"] == "true"
    exact = httpx.get(f"{base}/api/articles", params={"limit": 2})  # unfiltered: counted exactly
    assert exact.headers["x-total-count"] == str(ARTICLES) and "x-total-count-capped" not in exact.headers
    assert "5+ matching articles" in httpx.get(f"{base}/", params={"event": "ACCUSE"}).text
    datalist = re.search(r'<datalist id="actor-names">(.*?)</datalist>', httpx.get(f"{base}/").text, re.S)
    assert datalist and datalist[1].count("<option") == 3  # the most quoted, not all 23 actors


def test_list_indexes_migrate_up_and_down(other_url):
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import inspect

    from saywho.store import MIGRATIONS

    store = Store(other_url, upgrade=False)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))

    def indexes() -> set[str]:
        found = inspect(store.engine)
        return {i["name"] for table in ("articles", "actors", "article_actors", "attributions", "events")
                for i in found.get_indexes(table)}

    def to(revision: str, step=command.upgrade) -> None:
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            step(config, revision)

    ours = {"ix_articles_ingested", "ix_actors_name", "ix_article_actors_actor", "ix_attributions_speaker_statements",
            "ix_events_quad", "ix_events_source_target"}
    to("0006")
    assert not ours & indexes()
    to("0007")
    assert ours <= indexes()
    to("0006", command.downgrade)
    assert not ours & indexes()
    store.close()
