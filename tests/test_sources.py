"""Sources against a real HTTP server on 127.0.0.1: feeds, sitemaps, URL lists, WARC, robots, retries, 304s.

The server (http.server in a thread) serves pages and feeds written here; it
logs every request, so the tests can say exactly what was fetched and with
which headers. Nothing talks to the internet.
"""

from __future__ import annotations

import gzip
import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import SHARED_DATA
from sqlalchemy import func, select
from typer.testing import CliRunner

from saywho.ingest.sources.commands import parse_every
from saywho.ingest.sources.detect import kind_of_file
from saywho.ingest.sources.fetch import USER_AGENT, Fetcher, FetchError, Validators, retry_after
from saywho.ingest.sources.reader import Sources
from saywho.model import Article, IngestError
from saywho.store import Store, schema

STORY = """<!doctype html><html><head><title>{title} | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">{meta}</head>
<body><nav>Home | World | Sport</nav><article><h1>{title}</h1>
<p>{lead}</p>
<p>The council met on Tuesday evening and voted by seven votes to two to approve the plan, which had been
debated for more than a year. “We have listened to every objection,” the council leader, Maria Lund, said.</p>
<p>Opponents said they would keep campaigning. The work is expected to begin in the spring and to take two
years, during which the old crossing will stay open to pedestrians and cyclists.</p>
</article><footer>© 2026 Harbour Gazette</footer></body></html>"""


def story(title: str, lead: str, date: str | None = None) -> bytes:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    return STORY.format(title=title, lead=lead, meta=meta).encode()


PAGES = {
    "/news/bridge.html": story("Council approves new bridge", "The harbour council approved a new bridge.",
                               "2026-11-20T08:00:00Z"),
    "/news/ferry.html": story("Ferry timetable changes", "The ferry company will change its winter timetable.",
                              "2026-11-21"),
    "/news/undated.html": story("Market hall reopens", "The old market hall reopened after two years of repairs."),
    "/private/memo.html": story("Internal memo", "This page is behind a robots.txt rule and must not be fetched."),
    "/news/sitemap-only.html": story("Harbour dredging starts", "Dredging of the inner harbour started today."),
}

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Gazette: News</title><link>{base}/</link>
<item><title>Council approves new bridge</title><link>{base}/news/bridge.html</link>
  <guid>bridge-1</guid><pubDate>Tue, 24 Nov 2026 09:30:00 GMT</pubDate></item>
<item><title>Ferry timetable changes</title><link>/news/ferry.html</link><guid>ferry-1</guid></item>
<item><title>Internal memo</title><link>{base}/private/memo.html</link></item>
</channel></rss>"""

RSS_FLAKY = """<?xml version="1.0"?><rss version="2.0"><channel><title>Flaky</title>
<item><title>Bridge</title><link>{base}/news/bridge.html</link></item>
<item><title>Busy today</title><link>{base}/flaky.html</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Gazette (Atom)</title><id>urn:hg</id>
<updated>2026-11-25T12:00:00Z</updated>
<entry><title>Market hall reopens</title><id>urn:hg:market</id><link href="{base}/news/undated.html"/>
  <updated>2026-11-25T12:00:00Z</updated></entry>
<entry><title>Ferry timetable changes</title><id>urn:hg:ferry</id><link href="{base}/news/ferry.html"/>
  <published>2026-11-22T06:00:00+01:00</published><updated>2026-11-23T10:00:00Z</updated></entry>
</feed>"""

SITEMAP_INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{base}/sitemap-news.xml.gz</loc></sitemap>
<sitemap><loc>{base}/sitemap-pages.xml</loc></sitemap>
</sitemapindex>"""

SITEMAP_NEWS = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{base}/news/sitemap-only.html</loc>
  <news:news><news:publication_date>2026-11-26T07:00:00Z</news:publication_date>
  <news:title>Harbour dredging starts</news:title></news:news></url>
</urlset>"""

SITEMAP_PAGES = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{base}/news/bridge.html</loc><lastmod>2026-11-24</lastmod></url>
</urlset>"""


@dataclass
class Server:
    base: str
    log: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # (path, request headers)
    hits: dict[str, int] = field(default_factory=dict)
    routes: dict[str, Callable[[BaseHTTPRequestHandler], None]] = field(default_factory=dict)

    def paths(self) -> list[str]:
        return [path for path, _ in self.log]


def _routes(server: Server) -> dict[str, Callable[[BaseHTTPRequestHandler], None]]:
    def send(body: bytes, content_type: str = "text/html; charset=utf-8", headers: dict[str, str] | None = None,
             status: int = 200) -> Callable[[BaseHTTPRequestHandler], None]:
        def handle(request: BaseHTTPRequestHandler) -> None:
            request.send_response(status)
            request.send_header("Content-Type", content_type)
            request.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                request.send_header(key, value)
            request.end_headers()
            request.wfile.write(body)
        return handle

    def with_etag(body: bytes, etag: str, content_type: str) -> Callable[[BaseHTTPRequestHandler], None]:
        def handle(request: BaseHTTPRequestHandler) -> None:
            if request.headers.get("If-None-Match") == etag:
                request.send_response(304)
                request.send_header("ETag", etag)
                request.end_headers()
                return
            send(body, content_type, {"ETag": etag})(request)
        return handle

    def last_modified(body: bytes, stamp: str) -> Callable[[BaseHTTPRequestHandler], None]:
        def handle(request: BaseHTTPRequestHandler) -> None:
            if request.headers.get("If-Modified-Since") == stamp:
                request.send_response(304)
                request.end_headers()
                return
            send(body, headers={"Last-Modified": stamp})(request)
        return handle

    def flaky(request: BaseHTTPRequestHandler) -> None:  # 503 (retry after 1 s), then the page
        if server.hits.get("/flaky.html", 0) == 1:
            send(b"busy", "text/plain", {"Retry-After": "1"}, status=503)(request)
        else:
            send(PAGES["/news/bridge.html"])(request)

    def endless(request: BaseHTTPRequestHandler) -> None:  # no Content-Length: only the size cap stops it
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.end_headers()
        request.wfile.write(b"<html><body><p>" + b"word " * 40_000 + b"</p></body></html>")

    def declared_huge(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.send_header("Content-Length", str(11 * 2**20))
        request.end_headers()

    base = server.base
    routes = {path: send(body) for path, body in PAGES.items()}
    routes.update({
        "/robots.txt": send(b"User-agent: *\nDisallow: /private/\n", "text/plain"),
        "/feed.rss": with_etag(RSS.format(base=base).encode(), '"rss-v1"', "application/rss+xml"),
        "/atom.xml": send(ATOM.format(base=base).encode(), "application/atom+xml"),
        "/sitemap_index.xml": send(SITEMAP_INDEX.format(base=base).encode(), "application/xml"),
        "/sitemap-news.xml.gz": send(gzip.compress(SITEMAP_NEWS.format(base=base).encode()), "application/gzip"),
        "/sitemap-pages.xml": send(SITEMAP_PAGES.format(base=base).encode(), "application/xml"),
        "/urls.txt": send(f"# two pages\n{base}/news/bridge.html\n\n{base}/news/ferry.html\n".encode(), "text/plain"),
        "/flaky.html": flaky,
        "/endless.html": endless,
        "/huge.html": declared_huge,
        "/etag.html": with_etag(PAGES["/news/bridge.html"], '"page-v7"', "text/html"),
        "/modified.html": last_modified(PAGES["/news/ferry.html"], "Tue, 24 Nov 2026 09:30:00 GMT"),
        "/busy.html": send(b"slow down", "text/plain", status=429),
        "/go/bridge": send(b"", headers={"Location": "/news/bridge.html"}, status=301),
        "/go/memo": send(b"", headers={"Location": f"{base}/private/memo.html"}, status=302),
        "/go/loop": send(b"", headers={"Location": "/go/loop"}, status=302),
        "/flaky-feed.rss": with_etag(RSS_FLAKY.format(base=base).encode(), '"flaky-v1"', "application/rss+xml"),
        "/closed.html": send(b"closed for the night", "text/plain", {"Retry-After": "3600"}, status=503),
        "/menu.html": send(b"<html><body><nav><a href='/'>Home</a></nav></body></html>"),
        "/photo.jpg": send(b"\xff\xd8\xff\xe0 not really a jpeg", "image/jpeg"),
    })
    return routes


@pytest.fixture
def server() -> Iterator[Server]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    state = Server(f"http://127.0.0.1:{httpd.server_address[1]}")
    routes = state.routes = _routes(state)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            path = self.path.split("?", 1)[0]
            state.log.append((path, dict(self.headers)))
            state.hits[path] = state.hits.get(path, 0) + 1
            handler = routes.get(path)
            try:
                if handler is None:
                    self.send_error(404)
                else:
                    handler(self)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading (the size cap): that is the point

        def log_message(self, *args: object) -> None:
            pass

    httpd.RequestHandlerClass = Handler
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


def read_all(sources: Sources, inputs: list[str], kind: str | None = None) -> tuple[list[Article], list[IngestError]]:
    items = list(sources.read(inputs, kind))  # type: ignore[arg-type]
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, IngestError)]


def fast_fetcher(**options: object) -> Fetcher:
    return Fetcher(backoff=0.01, **options)  # type: ignore[arg-type]


# -- feeds ---------------------------------------------------------------------


def test_rss_feed_pages_become_articles_with_url_title_site_and_date(server: Server, sqlite_url: str):
    sources = Sources(Store(sqlite_url).engine, fast_fetcher())
    articles, errors = read_all(sources, [f"{server.base}/feed.rss"])
    found = [(a.url, a.title, a.publisher, a.published) for a in articles]
    assert found == [
        # the feed's date wins; the relative link is resolved against the feed's address
        (f"{server.base}/news/bridge.html", "Council approves new bridge", "Harbour Gazette", "2026-11-24T09:30:00+00:00"),
        # no date in the feed: the page's own (htmldate)
        (f"{server.base}/news/ferry.html", "Ferry timetable changes", "Harbour Gazette", "2026-11-21"),
    ]
    assert "The harbour council approved a new bridge." in articles[0].text
    assert "Home | World" not in articles[0].text
    assert [(e.origin, e.problem) for e in errors] == [(f"{server.base}/private/memo.html", "disallowed by robots.txt")]
    assert "/private/memo.html" not in server.paths()
    assert server.paths()[:2] == ["/robots.txt", "/feed.rss"]  # robots.txt first, once per site
    assert server.paths().count("/robots.txt") == 1
    assert all(headers["User-Agent"] == USER_AGENT for _, headers in server.log)
    assert USER_AGENT.startswith("saywho/") and "(+http" in USER_AGENT


def test_atom_feed_file_dates_published_then_page_then_updated(server: Server, tmp_path: Path):
    feed = tmp_path / "harbour.atom"
    feed.write_text(ATOM.format(base=server.base), encoding="utf-8")
    assert kind_of_file(feed) == "feed"
    articles, errors = read_all(Sources(None, fast_fetcher()), [str(feed)])
    assert errors == []
    assert [(a.url, a.title, a.published) for a in articles] == [
        # no <published>, no date on the page: the entry's <updated>
        (f"{server.base}/news/undated.html", "Market hall reopens", "2026-11-25T12:00:00+00:00"),
        # <published> (feedparser gives it in UTC) wins over the page's date and <updated>
        (f"{server.base}/news/ferry.html", "Ferry timetable changes", "2026-11-22T05:00:00+00:00"),
    ]
    assert {a.publisher for a in articles} == {"Harbour Gazette"}


# -- sitemaps and URL lists ------------------------------------------------------


def test_sitemap_index_with_gzipped_child(server: Server):
    articles, errors = read_all(Sources(None, fast_fetcher()), [f"{server.base}/sitemap_index.xml"])
    assert errors == []
    assert [(a.url, a.title, a.published) for a in articles] == [
        (f"{server.base}/news/sitemap-only.html", "Harbour dredging starts", "2026-11-26T07:00:00Z"),  # news: tags
        (f"{server.base}/news/bridge.html", "Council approves new bridge", "2026-11-20"),  # the page's date
    ]


def test_url_list_file_and_url(server: Server, tmp_path: Path):
    listing = tmp_path / "today.txt"
    listing.write_text(f"# morning\n{server.base}/news/ferry.html\n\n{server.base}/menu.html\n", encoding="utf-8")
    assert kind_of_file(listing) == "urls"
    articles, errors = read_all(Sources(None, fast_fetcher()), [str(listing), f"{server.base}/urls.txt"])
    assert [a.url for a in articles] == [f"{server.base}/news/{name}.html" for name in ("ferry", "bridge", "ferry")]
    assert [(e.origin, e.problem) for e in errors] == [(f"{server.base}/menu.html", "HTML with no article text")]

    bad = tmp_path / "bad.txt"
    bad.write_text(f"{server.base}/news/ferry.html\nnot a url\n", encoding="utf-8")
    _, errors = read_all(Sources(None, fast_fetcher()), [str(bad)], kind="urls")
    assert [str(e) for e in errors] == [f"{bad}: line 2 is not an http(s) URL: 'not a url'"]


# -- fetching: retries, size cap, robots, conditional GET ------------------------


def test_503_then_200_is_retried_after_what_retry_after_asks(server: Server):
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)

    fetcher = Fetcher(sleep=sleep)
    response = fetcher.get(f"{server.base}/flaky.html")
    assert response.status == 200 and b"Council approves new bridge" in response.content
    assert server.paths() == ["/robots.txt", "/flaky.html", "/flaky.html"]
    assert waits == [1.0]


def test_429_backs_off_exponentially_then_gives_up(server: Server):
    waits: list[float] = []
    fetcher = Fetcher(backoff=0.01, retries=3, sleep=waits.append)
    with pytest.raises(FetchError) as raised:
        fetcher.get(f"{server.base}/busy.html")
    assert str(raised.value) == "HTTP 429 Too Many Requests, 4 tries" and raised.value.retryable
    assert waits == [0.01, 0.02, 0.04]
    assert server.paths().count("/busy.html") == 4


def test_a_retry_after_longer_than_we_wait_is_reported_at_once(server: Server):
    waits: list[float] = []
    with pytest.raises(FetchError) as raised:
        Fetcher(sleep=waits.append).get(f"{server.base}/closed.html")
    assert str(raised.value) == "HTTP 503 Service Unavailable, asks to retry after 3600 s" and raised.value.retryable
    assert waits == [] and server.paths().count("/closed.html") == 1


def test_connection_refused_is_retried_then_reported(tmp_path: Path):
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    waits: list[float] = []
    fetcher = Fetcher(backoff=0.01, retries=2, sleep=waits.append, obey_robots=False)
    with pytest.raises(FetchError) as raised:
        fetcher.get(f"http://127.0.0.1:{port}/news.html")
    assert str(raised.value).startswith("connection failed (ConnectError") and str(raised.value).endswith("3 tries")
    assert waits == [0.01, 0.02]


def test_retry_after_as_date_and_seconds():
    assert retry_after("120") == 120.0
    now = datetime(2026, 11, 25, 10, 0, 0, tzinfo=UTC).timestamp()
    assert retry_after("Wed, 25 Nov 2026 10:00:30 GMT", now=now) == 30.0
    assert retry_after("soon") is None and retry_after(None) is None


def test_oversize_pages_are_refused_with_a_clear_error(server: Server):
    fetcher = fast_fetcher(max_bytes=64 * 1024)
    with pytest.raises(FetchError, match=r"^too large \(more than the 0.0625 MB limit\)$"):
        fetcher.get(f"{server.base}/endless.html")
    # a page is held to the page limit (10 MB) even where a sitemap could be larger: refused before its body
    _, errors = read_all(Sources(None, fast_fetcher()), [f"{server.base}/huge.html"])
    assert [str(e) for e in errors] == [f"{server.base}/huge.html: too large (11.5 MB; the limit is 10 MB)"]


def test_robots_txt_is_obeyed_for_direct_urls_too(server: Server):
    _, errors = read_all(Sources(None, fast_fetcher()), [f"{server.base}/private/memo.html"])
    assert [str(e) for e in errors] == [f"{server.base}/private/memo.html: disallowed by robots.txt"]
    assert server.paths() == ["/robots.txt"]


def test_crawl_delay_spaces_requests_to_a_site(server: Server):
    server.routes["/robots.txt"] = reply(200, b"User-agent: saywho\nCrawl-delay: 30\nDisallow: /private/\n")
    waits: list[float] = []
    fetcher = Fetcher(sleep=waits.append)  # records the waits instead of making them
    for path in ("/news/bridge.html", "/news/ferry.html", "/private/memo.html"):
        try:
            fetcher.get(server.base + path)
        except FetchError as error:
            assert str(error) == "disallowed by robots.txt"
    assert len(waits) == 1 and 0 < waits[0] <= 30  # before the second page; the refused one is never asked
    assert server.paths() == ["/robots.txt", "/news/bridge.html", "/news/ferry.html"]


def reply(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Callable[[BaseHTTPRequestHandler], None]:
    def handle(request: BaseHTTPRequestHandler) -> None:
        request.send_response(status)
        for key, value in {"Content-Type": "text/plain", "Content-Length": str(len(body)), **(headers or {})}.items():
            request.send_header(key, value)
        request.end_headers()
        request.wfile.write(body)
    return handle


def test_no_robots_txt_allows_everything(server: Server):
    del server.routes["/robots.txt"]  # a 404
    assert fast_fetcher().get(f"{server.base}/news/bridge.html").status == 200


def test_a_moved_robots_txt_is_followed(server: Server):
    server.routes["/robots.txt"] = reply(301, headers={"Location": "/real-robots.txt"})
    server.routes["/real-robots.txt"] = reply(200, b"User-agent: *\nDisallow: /news/\n")
    with pytest.raises(FetchError, match="^disallowed by robots.txt$"):
        fast_fetcher().get(f"{server.base}/news/bridge.html")
    assert server.paths() == ["/robots.txt", "/real-robots.txt"]


def test_an_unreachable_robots_txt_allows_nothing(server: Server):
    server.routes["/robots.txt"] = reply(500, b"oops")
    with pytest.raises(FetchError) as raised:
        Fetcher(backoff=0.01, retries=1).get(f"{server.base}/news/bridge.html")
    assert str(raised.value) == ("robots.txt unreachable (HTTP 500 Internal Server Error, 2 tries), "
                                 f"so nothing on {server.base} is fetched")
    assert server.paths() == ["/robots.txt", "/robots.txt"]


def test_redirects_are_followed_and_each_hop_asks_robots_txt(server: Server):
    fetcher = fast_fetcher()
    response = fetcher.get(f"{server.base}/go/bridge")
    assert (response.url, response.final_url, response.status) == (
        f"{server.base}/go/bridge", f"{server.base}/news/bridge.html", 200)
    with pytest.raises(FetchError) as raised:
        fetcher.get(f"{server.base}/go/memo")
    assert str(raised.value) == f"redirected to {server.base}/private/memo.html: disallowed by robots.txt"
    with pytest.raises(FetchError, match="^more than 10 redirects$"):
        fetcher.get(f"{server.base}/go/loop")
    assert "/private/memo.html" not in server.paths()
    articles, _ = read_all(Sources(None, fast_fetcher()), [f"{server.base}/go/bridge"])
    assert [(a.url, a.origin) for a in articles] == [(f"{server.base}/news/bridge.html", f"{server.base}/go/bridge")]


def test_an_entry_that_failed_for_now_is_retried_by_the_next_poll(server: Server, sqlite_url: str):
    engine = Store(sqlite_url).engine
    feed = f"{server.base}/flaky-feed.rss"

    def poll() -> tuple[list[str], list[str], Sources]:
        sources = Sources(engine, Fetcher(retries=0), remember_seen=True)
        articles, errors = read_all(sources, [feed])
        sources.commit()
        return [a.url for a in articles], [str(e) for e in errors], sources

    assert poll()[:2] == ([f"{server.base}/news/bridge.html"],
                          [f"{server.base}/flaky.html: HTTP 503 Service Unavailable, 1 try"])
    urls, errors, second = poll()  # the feed's ETag was not kept: fetched in full, the failed entry again
    assert (urls, errors) == ([f"{server.base}/flaky.html"], []) and second.counts["seen before"] == 1
    assert server.hits["/flaky.html"] == 2 and server.hits["/news/bridge.html"] == 1
    urls, errors, third = poll()  # everything handled: the feed answers 304
    assert (urls, errors) == ([], []) and third.counts["unchanged (304)"] == 1
    feed_requests = [headers for path, headers in server.log if path == "/flaky-feed.rss"]
    assert ["If-None-Match" in headers for headers in feed_requests] == [False, False, True]


def test_etag_and_last_modified_make_a_refetch_a_304(server: Server, sqlite_url: str):
    store = Store(sqlite_url)
    urls = [f"{server.base}/etag.html", f"{server.base}/modified.html"]
    first = Sources(store.engine, fast_fetcher())
    articles, errors = read_all(first, urls)
    assert errors == [] and [a.url for a in articles] == urls
    again = Sources(store.engine, fast_fetcher())
    articles, errors = read_all(again, urls)  # nothing committed yet: fetched again in full
    assert len(articles) == 2 and again.counts["fetched"] == 2
    again.commit()

    third = Sources(store.engine, fast_fetcher())
    assert read_all(third, urls) == ([], [])
    assert third.counts["unchanged (304)"] == 2 and third.counts["fetched"] == 0

    store.save(articles[0])  # once a page's article is stored, its URL is not even asked for
    fourth = Sources(store.engine, fast_fetcher())
    requests = len(server.log)
    assert read_all(fourth, urls[:1]) == ([], []) and fourth.counts["skipped (URL stored)"] == 1
    assert len(server.log) == requests
    etag_requests = [headers for path, headers in server.log if path == "/etag.html"]
    modified_requests = [headers for path, headers in server.log if path == "/modified.html"]
    assert "If-None-Match" not in etag_requests[0] and etag_requests[-1]["If-None-Match"] == '"page-v7"'
    assert modified_requests[-1]["If-Modified-Since"] == "Tue, 24 Nov 2026 09:30:00 GMT"
    assert third.state.validators(urls[0]) == Validators('"page-v7"', None)


def test_not_a_page(server: Server):
    _, errors = read_all(Sources(None, fast_fetcher()), [f"{server.base}/photo.jpg", f"{server.base}/gone.html"])
    assert [e.problem for e in errors] == ["not a web page (image/jpeg)", "HTTP 404 Not Found"]


# -- WARC -----------------------------------------------------------------------


def warc_record(headers: dict[str, str], block: bytes) -> bytes:
    """One WARC/1.0 record, gzipped on its own (as CC-NEWS files are: one gzip member per record)."""
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    head += f"Content-Length: {len(block)}\r\n\r\n"
    return gzip.compress(head.encode() + block + b"\r\n\r\n")


def http_response(body: bytes, status: str = "200 OK", content_type: str = "text/html; charset=UTF-8") -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
            f"X-Crawler-Content-Encoding: gzip\r\n\r\n").encode() + body


def chunked(body: bytes) -> bytes:
    """HTTP/1.1 chunked transfer encoding, in two chunks."""
    half = len(body) // 2
    return b"".join(f"{len(part):x}\r\n".encode() + part + b"\r\n" for part in (body[:half], body[half:])) + b"0\r\n\r\n"


def response_record(uri: str, date: str, payload: bytes, number: int) -> bytes:
    return warc_record({
        "WARC-Type": "response", "WARC-Date": date, "WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{number:012d}>",
        "WARC-Target-URI": uri, "Content-Type": "application/http; msgtype=response",
    }, payload)


def write_cc_news(path: Path) -> None:
    records = [
        warc_record({"WARC-Type": "warcinfo", "WARC-Date": "2026-11-28T07:00:00Z",
                     "WARC-Record-ID": "<urn:uuid:00000000-0000-0000-0000-000000000000>",
                     "Content-Type": "application/warc-fields"}, b"software: saywho tests\r\nformat: WARC/1.0\r\n"),
        warc_record({"WARC-Type": "request", "WARC-Date": "2026-11-28T07:15:01Z",
                     "WARC-Record-ID": "<urn:uuid:00000000-0000-0000-0000-000000000009>",
                     "WARC-Target-URI": "https://gazette.example/news/bridge",
                     "Content-Type": "application/http; msgtype=request"},
                    b"GET /news/bridge HTTP/1.1\r\nHost: gazette.example\r\n\r\n"),
        response_record("https://gazette.example/news/bridge", "2026-11-28T07:15:02Z",
                        http_response(PAGES["/news/bridge.html"]), 1),
        response_record("https://gazette.example/old", "2026-11-28T07:15:03Z",
                        http_response(b"", "301 Moved Permanently"), 2),
        response_record("https://gazette.example/logo.jpg", "2026-11-28T07:15:04Z",
                        http_response(b"\xff\xd8\xff", content_type="image/jpeg"), 3),
        response_record("https://tidings.example/market", "2026-11-28T07:16:00Z",
                        http_response(PAGES["/news/undated.html"]), 4),
        response_record("https://tidings.example/menu", "2026-11-28T07:16:30Z",
                        http_response(b"<html><body><nav>Home</nav></body></html>"), 5),
        response_record("https://tidings.example/dredging", "2026-11-28T07:17:00Z",  # sent gzipped, chunked
                        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
                        b"Transfer-Encoding: chunked\r\n\r\n" + chunked(gzip.compress(PAGES["/news/sitemap-only.html"])),
                        6),
        warc_record({"WARC-Type": "resource", "WARC-Date": "2026-11-28T07:18:00Z",  # as archiving tools save a page
                     "WARC-Record-ID": "<urn:uuid:00000000-0000-0000-0000-000000000007>",
                     "WARC-Target-URI": "https://tidings.example/ferry", "Content-Type": "text/html"},
                    PAGES["/news/ferry.html"]),
    ]
    path.write_bytes(b"".join(records))


def test_warc_gz_in_the_cc_news_layout(tmp_path: Path):
    path = tmp_path / "CC-NEWS-20261128071500-00001.warc.gz"
    write_cc_news(path)
    assert kind_of_file(path) == "warc"
    sources = Sources()
    articles, errors = read_all(sources, [str(path)])
    assert [(a.url, a.title, a.publisher, a.published) for a in articles] == [
        ("https://gazette.example/news/bridge", "Council approves new bridge", "Harbour Gazette",
         "2026-11-20"),  # the page's own date
        ("https://tidings.example/market", "Market hall reopens", "Harbour Gazette",
         "2026-11-28T07:16:00Z"),  # no date on the page: when it was archived
        ("https://tidings.example/dredging", "Harbour dredging starts", "Harbour Gazette", "2026-11-28T07:17:00Z"),
        ("https://tidings.example/ferry", "Ferry timetable changes", "Harbour Gazette", "2026-11-21"),
    ]
    assert "Dredging of the inner harbour started today." in articles[2].text
    assert all(a.origin.startswith(f"{path}@") for a in articles)
    assert [e.problem for e in errors] == ["HTML with no article text"]
    assert errors[0].origin.endswith(" https://tidings.example/menu")
    assert sources.counts["not articles"] == 2  # the redirect and the image (requests and warcinfo are not read at all)

    plain = tmp_path / "plain.warc"
    plain.write_bytes(gzip.decompress(path.read_bytes()))
    assert [a.url for a in read_all(Sources(), [str(plain)])[0]] == [a.url for a in articles]


def test_broken_warc_is_one_line(tmp_path: Path):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a web archive\r\n\r\n"))
    _, errors = read_all(Sources(), [str(path)])
    assert len(errors) == 1 and errors[0].origin == str(path) and errors[0].problem.startswith("not a WARC file")


# -- real pages (../shared/data/news-html, never committed) ------------------------


def test_real_pages_read_alike_from_a_warc_a_sitemap_and_a_file(server: Server, tmp_path: Path):
    """25 real news pages: through a WARC.gz (their real URLs) and over HTTP (gzip-encoded, listed in a
    sitemap), each gives the article text that reading the page as a local file gives."""
    import json

    from saywho.ingest import read_inputs

    folder = SHARED_DATA / "news-html"
    if not (folder / "ground-truth.json").exists():
        pytest.skip(f"real news pages not found at {folder} (they live in ../shared/data, outside the project)")
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    names = sorted(truth)[:25]
    pages = {name: gzip.decompress((folder / "html" / f"{name}.html.gz").read_bytes()) for name in names}

    records = [response_record(truth[name]["url"], "2026-11-28T07:00:00Z", http_response(pages[name], content_type="text/html"), n)
               for n, name in enumerate(names)]
    (tmp_path / "real.warc.gz").write_bytes(b"".join(records))
    for name in names:
        server.routes[f"/p/{name}.html"] = _gzip_encoded(pages[name])
    locs = "".join(f"<url><loc>{server.base}/p/{name}.html</loc></url>" for name in names)
    sitemap = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'.encode()
    server.routes["/real-sitemap.xml"] = _gzip_encoded(sitemap, "application/xml")

    from_warc = {a.url: a for a in read_all(Sources(), [str(tmp_path / "real.warc.gz")])[0]}
    from_http = {a.url: a for a in read_all(Sources(None, fast_fetcher()), [f"{server.base}/real-sitemap.xml"])[0]}
    same = 0
    for name in names:
        (tmp_path / f"{name}.html").write_bytes(pages[name])
        (local,) = read_inputs([str(tmp_path / f"{name}.html")])
        archived, fetched = from_warc.get(truth[name]["url"]), from_http.get(f"{server.base}/p/{name}.html")
        assert (archived is None) == (fetched is None), name
        if archived is not None:
            assert archived.text == fetched.text, name
            assert archived.published is None or re.fullmatch(r"\d{4}-\d\d-\d\d.*", archived.published), name
        if isinstance(local, Article):  # a UTF-8 page: exactly the text the file gives
            assert archived is not None and archived.text == local.text, name
            same += 1
    assert same >= 20 and len(from_warc) >= same


def _gzip_encoded(body: bytes, content_type: str = "text/html") -> Callable[[BaseHTTPRequestHandler], None]:
    packed = gzip.compress(body)

    def handle(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", content_type)
        request.send_header("Content-Encoding", "gzip")
        request.send_header("Content-Length", str(len(packed)))
        request.end_headers()
        request.wfile.write(packed)
    return handle


# -- detection -------------------------------------------------------------------


def test_detection_by_name_and_content(tmp_path: Path):
    cases = {
        "a.xml": (RSS.format(base="http://x"), "feed"),
        "b.rss": ("\ufeff<?xml version='1.0'?>\n<!-- c -->\n<rdf:RDF xmlns:rdf='x'></rdf:RDF>", "feed"),
        "c.xml": (SITEMAP_PAGES.format(base="http://x"), "sitemap"),
        "story.txt": ("The mayor said the bridge would reopen.\nhttp://x/1\n", None),
        "page.html": ("<!doctype html><html><body><p>Hi</p></body></html>", None),
        "batch.jsonl": ('{"text": "The mayor said so."}\n', None),
    }
    for name, (text, kind) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert kind_of_file(tmp_path / name) == kind, name
    (tmp_path / "sitemap.xml.gz").write_bytes(gzip.compress(SITEMAP_PAGES.encode()))
    assert kind_of_file(tmp_path / "sitemap.xml.gz") == "sitemap"


def test_parse_every():
    assert [parse_every(t) for t in ("15m", "1h30m", "90s", "2d", "600")] == [900, 5400, 90, 172800, 600]
    for bad in ("", "15 minutes", "0m", "-5"):
        with pytest.raises(ValueError):
            parse_every(bad)


# -- the commands -------------------------------------------------------------------


def stored(url: str) -> list[tuple]:
    store = Store(url)
    a = schema.articles.c
    with store.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(select(a.url, a.title, a.publisher, a.published).order_by(a.url))]


def test_ingest_feed_url_then_again_costs_nothing(server: Server, sqlite_url: str, nlp, tmp_path: Path):
    from saywho.cli import app

    runner = CliRunner()
    first = runner.invoke(app, ["ingest", f"{server.base}/feed.rss", "--db", sqlite_url, "-q"])
    assert first.exit_code == 1, first.output  # the robots.txt refusal is a failure, reported
    assert "2 article(s) added, 0 already stored, 1 failed; 3 fetched" in first.output
    assert f"{server.base}/private/memo.html: disallowed by robots.txt" in first.output
    assert stored(sqlite_url) == [
        (f"{server.base}/news/bridge.html", "Council approves new bridge", "Harbour Gazette", "2026-11-24T09:30:00+00:00"),
        (f"{server.base}/news/ferry.html", "Ferry timetable changes", "Harbour Gazette", "2026-11-21"),
    ]
    before = len(server.log)
    second = runner.invoke(app, ["ingest", f"{server.base}/feed.rss", "--db", sqlite_url, "-q"])
    assert second.exit_code == 0, second.output
    assert "0 article(s) added, 0 already stored, 0 failed; 1 unchanged (304)" in second.output
    assert server.paths()[before:] == ["/robots.txt", "/feed.rss"]  # no page fetched

    warc = tmp_path / "news.warc.gz"
    write_cc_news(warc)
    third = runner.invoke(app, ["ingest", str(warc), "--db", sqlite_url, "-q"])
    assert third.exit_code == 1  # the menu page is no article
    # the bridge and ferry stories are the texts the feed brought (stored by text); market and dredging are new
    assert "2 article(s) added, 2 already stored, 1 failed" in third.output  # + dredging; ferry is stored too
    assert ("https://tidings.example/market", "Market hall reopens", "Harbour Gazette",
            "2026-11-28T07:16:00Z") in stored(sqlite_url)


def test_watch_once_twice_second_poll_fetches_nothing(server: Server, sqlite_url: str, nlp, tmp_path: Path):
    from saywho.cli import app

    feed = tmp_path / "harbour.atom"  # a file: no ETag to help, only the seen entries
    feed.write_text(ATOM.format(base=server.base), encoding="utf-8")
    runner = CliRunner()
    first = runner.invoke(app, ["watch", str(feed), "--once", "--db", sqlite_url])
    assert first.exit_code == 0, first.output
    assert "poll 1 at" in first.output and "2 article(s) added, 0 already stored, 0 failed" in first.output
    before = len(server.log)
    second = runner.invoke(app, ["watch", str(feed), "--once", "--db", sqlite_url])
    assert second.exit_code == 0, second.output
    assert "0 article(s) added, 0 already stored, 0 failed; 2 seen before" in second.output
    assert server.paths()[before:] == []
    with Store(sqlite_url).engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.seen_entries)).scalar() == 2
        assert conn.execute(select(func.count()).select_from(schema.articles)).scalar() == 2


def test_watch_stops_cleanly_on_ctrl_c(server: Server, tmp_path: Path):
    db = tmp_path / "watch.db"
    env = {**os.environ, "COLUMNS": "200"}
    # a process started while SIGINT is ignored keeps ignoring it (POSIX), as a shell's background job does:
    # the watcher is started the way a terminal starts it, whatever the test run did to its own SIGINT before
    process = subprocess.Popen(
        [sys.executable, "-m", "saywho.cli", "watch", f"{server.base}/feed.rss", "--every", "1h", "--db", str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        lines = []
        for line in process.stdout:  # type: ignore[union-attr]
            lines.append(line)
            if line.startswith("next poll at"):
                break
        process.send_signal(signal.SIGINT)
        rest, stderr = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, stderr
    assert "2 article(s) added" in "".join(lines)
    assert "stopped after 1 poll(s): 2 article(s) added" in rest
    assert "Traceback" not in stderr
    assert len(stored(f"sqlite:///{db}")) == 2


def test_folder_mixes_sources_and_articles(server: Server, tmp_path: Path):
    (tmp_path / "a-story.txt").write_text("“It is over,” the coach said after the final whistle.\n", encoding="utf-8")
    write_cc_news(tmp_path / "b-crawl.warc.gz")
    (tmp_path / "c-feed.xml").write_text(ATOM.format(base=server.base), encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Not read: hidden files are left out.", encoding="utf-8")
    os.mkfifo(tmp_path / "d-pipe")  # reported, never opened (opening would wait for a writer)
    articles, errors = read_all(Sources(None, fast_fetcher()), [str(tmp_path)])
    assert [a.url or a.origin for a in articles] == [
        str(tmp_path / "a-story.txt"), "https://gazette.example/news/bridge", "https://tidings.example/market",
        "https://tidings.example/dredging", "https://tidings.example/ferry",
        f"{server.base}/news/undated.html", f"{server.base}/news/ferry.html",
    ]
    assert [e.problem for e in errors] == ["HTML with no article text", "a named pipe (FIFO), not a regular file: skipped"]


@pytest.mark.postgres
def test_validators_and_seen_entries_on_postgresql(server: Server, postgres_url: str):
    store = Store(postgres_url)
    feed = f"{server.base}/feed.rss"
    for _ in range(2):  # the second run writes the same rows again: an upsert, not a crash
        sources = Sources(store.engine, fast_fetcher(), remember_seen=True)
        sources.state.remember_validators(feed, Validators('"rss-v1"', None))
        sources.state.mark_seen(feed, "bridge-1")
        sources.commit()
    assert sources.state.validators(feed) == Validators('"rss-v1"', None)
    assert sources.state.seen(feed, ["bridge-1", "ferry-1"]) == {"bridge-1"}
