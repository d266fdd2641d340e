"""Bad input at every boundary: readers, the store and the web, on SQLite and on a real PostgreSQL.

Every case that touches a database runs on both, and must give the same one-line error on both, store
every good article that comes after a bad one, and never answer a web request with a 5xx.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from saywho.ingest import MAX_BYTES, make_article, read_capped, read_inputs
from saywho.model import Article, IngestError
from saywho.store import Store, accounts, schema
from saywho.validate import InputError
from saywho.web.app import create_app

BACKENDS = ["sqlite", "postgresql"]
PASSWORD = "correct horse battery"
STORY = "The mayor said on Monday that the bridge would reopen before the winter, officials confirmed."


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest) -> str:
    """A real database of each kind: a fresh SQLite file, and the session's PostgreSQL server."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")


def read(paths: list[Path | str]) -> tuple[list[Article], dict[str, str]]:
    items = list(read_inputs([str(p) for p in paths]))
    return [a for a in items if isinstance(a, Article)], {e.origin: e.problem for e in items if isinstance(e, IngestError)}


def unique(text: str = STORY) -> str:
    """A text no other test stores: PostgreSQL's test database is shared by the whole session."""
    return f"{text} Reference {uuid.uuid4().hex}."


# -- readers -------------------------------------------------------------------------------------


@pytest.mark.parametrize("codec, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
                                        ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE)])
def test_utf16_and_utf32_with_a_byte_order_mark_are_decoded(tmp_path: Path, codec: str, bom: bytes):
    text = "Talks in Genève\n\n“We are close,” the envoy said, naïvely or not."
    (tmp_path / "story.txt").write_bytes(bom + text.encode(codec))
    page = f"<html><body><article><p>{text} {STORY}</p></article></body></html>"
    (tmp_path / "page").write_bytes(bom + page.encode(codec))  # no suffix: recognised as HTML once decoded
    articles, errors = read([tmp_path / "story.txt", tmp_path / "page"])
    assert errors == {}
    assert articles[0].text == text
    assert "the envoy said" in articles[1].text and "<p>" not in articles[1].text


def test_utf16_without_a_byte_order_mark_is_still_refused_as_binary(tmp_path: Path):
    (tmp_path / "story.txt").write_bytes(STORY.encode("utf-16-le"))
    assert read([tmp_path / "story.txt"])[1] == {str(tmp_path / "story.txt"): "binary data, not text"}


def test_a_nul_anywhere_is_refused_not_only_in_the_first_8_kb(tmp_path: Path):
    late = tmp_path / "late.txt"
    late.write_bytes(b"word " * 2000 + b"\x00" + b" more words")
    line = tmp_path / "lines.jsonl"
    line.write_text(json.dumps({"id": "n", "text": "x" * 9000 + "\u0000"}) + "\n", encoding="utf-8")
    assert read([late, line])[1] == {
        str(late): "binary data, not text (a NUL character at offset 10000)",
        f"{line}:1": "text contains a NUL character at offset 9000: not text",
    }


def test_an_oversized_file_is_reported_with_its_true_size(tmp_path: Path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 12_600_000)
    expected = "too large (12.6 MB, 12,600,000 bytes; the limit is 10.5 MB, 10,485,760 bytes)"
    assert read([big])[1] == {str(big): expected}
    with pytest.raises(InputError, match=re.escape(expected)):  # standard input and uploads
        read_capped(io.BytesIO(b"a" * 12_600_000))
    assert read_capped(io.BytesIO(b"a" * MAX_BYTES)) == b"a" * MAX_BYTES


def _nested(depth: int) -> bytes:
    paragraph = f"<p>{STORY} The council said the repairs had cost more than planned.</p>"
    return ("<html><body>" + "<div>" * depth + f"<article>{paragraph * 3}</article>" + "</div>" * depth
            + "</body></html>").encode()


def test_deep_html_is_extracted_or_named_as_too_deep(tmp_path: Path):
    (tmp_path / "deep.html").write_bytes(_nested(1000))  # past libxml2's default 256 levels
    (tmp_path / "deeper.html").write_bytes(_nested(3000))  # past the 2,048 it allows at most
    articles, errors = read([tmp_path / "deep.html", tmp_path / "deeper.html"])
    assert [a.id for a in articles] == ["deep"] and "bridge would reopen" in articles[0].text
    assert errors == {str(tmp_path / "deeper.html"): "HTML nested too deeply to extract (over 2048 levels)"}


def test_folders_are_read_recursively_and_every_skipped_entry_is_reported(tmp_path: Path):
    root = tmp_path / "news"
    for relative in ("a.txt", "world/b.txt", "world/europe/c.txt", "world/europe/east/d.txt", "sport/e.txt"):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{relative}: {STORY}", encoding="utf-8")
    (root / ".hidden.txt").write_text(STORY, encoding="utf-8")  # dot-files are left out, as ls leaves them
    os.mkfifo(root / "pipe")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(root / "world" / "sock"))
    (root / "world" / "europe" / "up").symlink_to(root / "world")  # a folder inside itself
    (root / "sport" / "x").symlink_to(root / "sport" / "y")
    (root / "sport" / "y").symlink_to(root / "sport" / "x")
    (root / "sport" / "gone").symlink_to(root / "nowhere.txt")
    try:
        articles, errors = read([root])
    finally:
        sock.close()
    assert sorted(a.id for a in articles) == ["a", "b", "c", "d", "e"]
    assert errors == {
        str(root / "pipe"): "a named pipe (FIFO), not a regular file: skipped",
        str(root / "world" / "sock"): "a socket, not a regular file: skipped",
        str(root / "world" / "europe" / "up"): "symbolic link loop (a folder inside itself): skipped",
        str(root / "sport" / "x"): "symbolic link loop",
        str(root / "sport" / "y"): "symbolic link loop",
        str(root / "sport" / "gone"): "broken symbolic link",
    }


def test_special_files_named_directly_are_refused_without_blocking(tmp_path: Path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    # In a child process, so that a reader that opened the FIFO (and waited for a writer) fails the test.
    code = ("import sys; from saywho.ingest import read_inputs\n"
            "for item in read_inputs(sys.argv[1:]): print(item)")
    result = subprocess.run([sys.executable, "-c", code, str(fifo), "/dev/null"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"{fifo}: a named pipe (FIFO), not a regular file: skipped",
                                          "/dev/null: a character device, not a regular file: skipped"]


def test_metadata_is_tidied_and_overlong_or_nul_fields_are_refused(tmp_path: Path):
    lines = [
        {"id": "ok", "text": STORY, "title": "Bridge\treopens\n\x07soon ", "author": "Jane\u0085Doe"},
        {"id": "x" * 201, "text": STORY},
        {"id": "bell\u0007", "text": STORY},
        {"id": "t", "text": STORY, "title": "a\u0000b"},
        {"id": "p", "text": STORY, "published": "2025-09-05" * 5},
        {"id": "s", "text": "lone \ud800 surrogate"},
    ]
    path = tmp_path / "meta.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    articles, errors = read([path])
    assert [(a.id, a.title, a.author) for a in articles] == [("ok", "Bridge reopens soon", "Jane Doe")]
    assert errors == {
        f"{path}:2": "id is 201 characters long; the limit is 200",
        f"{path}:3": "id contains a control character (U+0007 at offset 4)",
        f"{path}:4": "title contains a NUL character at offset 1",
        f"{path}:5": "published is 50 characters long; the limit is 40",
        f"{path}:6": "text contains invalid Unicode (a lone surrogate at offset 5): not text",
    }


# -- the store, on both databases ----------------------------------------------------------------


def _bad_lines(tag: str) -> list[tuple[dict, str | None]]:
    """JSON Lines, each with the one-line error it must give (None: a good article)."""
    return [
        ({"id": f"{tag}-good-1", "text": unique()}, None),
        ({"id": f"{tag}-nul", "text": "The minister said\u0000 no."}, "text contains a NUL character at offset 17: not text"),
        ({"id": "i" * 201, "text": unique()}, "id is 201 characters long; the limit is 200"),
        ({"id": f"{tag}-author", "text": unique(), "author": "A" * 301}, "author is 301 characters long; the limit is 300"),
        ({"id": f"{tag}-pub", "text": unique(), "publisher": "P" * 301}, "publisher is 301 characters long; the limit is 300"),
        ({"id": f"{tag}-url", "text": unique(), "url": "https://x.example/" + "u" * 1990},
         "url is 2,008 characters long; the limit is 2,000"),
        ({"id": f"{tag}-good-2", "text": unique(), "url": f"https://x.example/{tag}", "author": "B" * 300}, None),
        ({"id": f"{tag}-sur", "text": "lone \ud800"}, "text contains invalid Unicode (a lone surrogate at offset 5): not text"),
        ({"id": f"{tag}-good-3", "text": unique(), "publisher": "P" * 300}, None),
    ]


def test_ingest_reports_each_bad_record_and_stores_every_good_one(db_url, tmp_path: Path):
    from saywho.cli import app as cli_app

    tag = uuid.uuid4().hex[:8]
    cases = _bad_lines(tag)
    path = tmp_path / f"{tag}.jsonl"
    path.write_text("\n".join(json.dumps(record) for record, _ in cases) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli_app, ["ingest", str(path), "--db", db_url, "-q"])
    assert result.exit_code == 1, result.output
    flat = " ".join(result.output.split())  # Rich wraps long lines for the terminal
    assert "3 article(s) added, 0 already stored, 6 failed" in flat
    store = Store(db_url)
    try:
        for number, (record, problem) in enumerate(cases, start=1):
            if problem is None:
                assert store.article(record["id"]) is not None, record["id"]
            else:
                assert f"error: {path}:{number}: {problem}" in flat
        recorded = {(e["origin"], e["problem"]) for e in store.errors() if e["origin"].startswith(str(path))}
        assert recorded == {(f"{path}:{n}", p) for n, (_, p) in enumerate(cases, start=1) if p}
    finally:
        for record, problem in cases:
            if problem is None:
                store.delete_article(record["id"])
        store.close()


@pytest.mark.parametrize("field, value, problem", [
    ("text", "He said\u0000.", "text contains a NUL character at offset 7: not text"),
    ("id", "z" * 201, "id is 201 characters long; the limit is 200"),
    ("id", "a\u0000b", "id contains a NUL character at offset 1"),
    ("author", "A" * 301, "author is 301 characters long; the limit is 300"),
    ("publisher", "P" * 301, "publisher is 301 characters long; the limit is 300"),
    ("url", "https://x.example/" + "u" * 1983, "url is 2,001 characters long; the limit is 2,000"),
    ("title", "T\ud800", "title contains invalid Unicode (a lone surrogate at offset 1)"),
])
def test_the_store_refuses_what_no_database_may_hold_with_the_same_error(db_url, field, value, problem):
    """An Article built by hand, past every reader: the store checks it before the database sees it."""
    store = Store(db_url)
    tag = uuid.uuid4().hex[:8]
    bad = Article(id=f"{tag}-bad", text=unique(), origin=f"hand:{tag}")
    setattr(bad, field, value)
    good = Article(id=f"{tag}-good", text=unique(), origin=f"hand:{tag}")
    try:
        with pytest.raises(InputError) as raised:
            store.save(bad)
        assert str(raised.value) == problem
        failure = store.save_or_report(bad)
        assert failure == IngestError(f"hand:{tag}", problem)
        assert store.save_or_report(good).added  # the next article is stored, on the same connection pool
        assert [e["problem"] for e in store.errors() if e["origin"] == f"hand:{tag}"] == [problem]
    finally:
        store.delete_article(good.id)
        store.close()


def test_a_second_article_with_a_200_character_id_gets_a_suffix_that_still_fits(db_url):
    store = Store(db_url)
    wanted = uuid.uuid4().hex + "x" * 168
    assert len(wanted) == 200
    try:
        first = store.save(Article(id=wanted, text=unique(), origin="a"))
        second = store.save(Article(id=wanted, text=unique(), origin="b"))
        assert first.article_id == wanted
        assert second.added and second.article_id == wanted[:198] + "-2"
    finally:
        for article_id in (wanted, wanted[:198] + "-2"):
            store.delete_article(article_id)
        store.close()


def test_error_origins_that_are_not_utf8_are_recorded(db_url, tmp_path: Path):
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"  # a Latin-1 file name: a lone surrogate in Python
    with open(name, "wb") as file:
        file.write(b"")
    (error,) = read_inputs([os.fsdecode(name)])
    assert isinstance(error, IngestError) and error.origin.endswith("caf\\udce9.txt")
    store = Store(db_url)
    store.record_error(error)
    with store.engine.connect() as conn:
        origins = [r[0] for r in conn.execute(select(schema.errors.c.origin).where(schema.errors.c.origin == error.origin))]
    assert origins == [error.origin]
    store.close()


# -- the web, on both databases ------------------------------------------------------------------

SLASH_ID = "https://news.example.org/world/2025/talks-resume"


@pytest.fixture(scope="module", params=BACKENDS)
def site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, live_server):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('boundary') / 'web.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    store = Store(url)
    tag = uuid.uuid4().hex[:8]
    plain, slashed = f"plain-{tag}", f"{SLASH_ID}/{tag}"
    store.save(make_article(unique(), "boundary", id=plain, title="Bridge to reopen"))
    store.save(make_article(unique(), "boundary", id=slashed, title="Talks resume in Geneva"))
    for name, role in (("boundaryreader", "reader"), ("boundaryanalyst", "analyst")):
        if accounts.user_by_name(store, name) is None:
            accounts.add_user(store, name, PASSWORD, role)
    token = accounts.create_token(store, accounts.user_by_name(store, "boundaryanalyst"), "boundary")
    base = live_server(create_app(url, secret="boundary-secret", rate_limit=1000, rate_window=60))
    yield {"base": base, "plain": plain, "slashed": slashed, "headers": {"Authorization": f"Bearer {token}"}}
    store.delete_article(plain)
    store.delete_article(slashed)
    store.close()


def _path(article_id: str) -> str:
    from urllib.parse import quote

    return quote(article_id, safe="")


def test_nul_in_a_search_a_path_or_a_filter_is_400(site):
    base, plain = site["base"], site["plain"]
    for path in ("/?q=a%00b", "/?actor=%00", "/api/articles?q=%00", "/api/articles?actor=Put%00in",
                 "/api/articles?date_from=%00", "/api/statements?speaker=%00", "/api/statements?about=a%00",
                 f"/articles/{plain}%00", f"/api/articles/{plain}%00", "/api/actors/%00", "/actors/%00x",
                 f"/api/articles/{plain}%00/comments", "/api/events?category=%00"):
        response = httpx.get(base + path)
        assert response.status_code == 400, (path, response.status_code, response.text[:200])
        assert "NUL character" in response.text


def test_huge_or_negative_integers_in_a_query_are_422(site):
    base = site["base"]
    for path in (f"/api/articles?offset={2**63}", f"/api/articles?offset={10**30}", "/api/articles?offset=-1",
                 f"/api/articles?limit={10**30}", f"/api/statements?limit={2**63}", f"/events?quad={10**30}"):
        response = httpx.get(base + path)
        assert response.status_code == 422, (path, response.status_code, response.text[:200])
    assert httpx.get(base + f"/api/articles?offset={2**31 - 1}").json() == []


def test_bad_json_values_are_422_and_good_ones_still_post(site):
    base, plain, headers = site["base"], site["plain"], site["headers"]
    url = f"{base}/api/articles/{plain}/comments"
    for body in ({"body": "a reply", "parent_id": 10**30}, {"body": "a reply", "parent_id": 2**63},
                 {"body": "a reply", "parent_id": 0}, {"body": "nul \u0000 here"}, {"body": "lone \ud800"},
                 {"body": "ok", "attribution_id": "A\u00001"}, {"body": "ok", "attribution_id": "A" * 21}):
        # sent as json.dumps writes it: a lone surrogate as the escape \\ud800, valid JSON text
        response = httpx.post(url, content=json.dumps(body), headers={**headers, "Content-Type": "application/json"})
        assert response.status_code == 422, (body, response.status_code, response.text[:200])
    reviews = f"{base}/api/articles/{plain}/reviews"
    for review in ({"verdict": "missed", "content": "0-10", "speaker": "S" * 301},
                   {"verdict": "missed", "content": "0-10", "note": "n\u0000"}):
        assert httpx.post(reviews, json=review, headers=headers).status_code == 422
    posted = httpx.post(url, json={"body": "Which bridge?\nThe old one."}, headers=headers)
    assert posted.status_code == 201
    article = {"text": unique("The envoy said\u0000 talks would resume.")}
    refused = httpx.post(f"{base}/api/articles", json=article, headers=headers)
    assert refused.status_code == 422 and "NUL character" in refused.text


def _signed_in(base: str) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=base, follow_redirects=False)
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text)[1]
    response = client.post("/login", data={"name": "boundaryreader", "password": PASSWORD, "csrf": csrf, "next": "/"})
    assert response.status_code == 303, response.text
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/").text)[1]
    return client, csrf


def test_bad_form_values_are_4xx(site):
    client, csrf = _signed_in(site["base"])
    plain = site["plain"]
    try:
        nul = client.post(f"/articles/{plain}/comments", data={"body": "a\u0000b", "csrf": csrf})
        assert nul.status_code == 400 and "NUL character" in nul.text
        for comment_id in (10**30, 2**63, 0):
            response = client.post(f"/comments/{comment_id}/report", data={"reason": "spam", "csrf": csrf})
            assert response.status_code == 422, (comment_id, response.status_code)
        # A parent id out of range is no parent: the comment is posted at the top level.
        reply = client.post(f"/articles/{plain}/comments", data={"body": "top", "parent_id": str(10**30), "csrf": csrf})
        assert reply.status_code == 303
        superscript = client.post(f"/articles/{plain}/comments", data={"body": "digits", "parent_id": "²", "csrf": csrf})
        assert superscript.status_code == 303  # "²".isdigit() is true, but it is no comment id
    finally:
        client.close()


def test_ids_with_a_slash_open_on_the_page_and_the_api(site):
    base, slashed, headers = site["base"], site["slashed"], site["headers"]
    home = httpx.get(base + "/").text
    assert f'href="/articles/{_path(slashed)}"' in home  # the link the home page gives is the one that works
    page = httpx.get(f"{base}/articles/{_path(slashed)}")
    assert page.status_code == 200 and "Talks resume in Geneva" in page.text
    api = httpx.get(f"{base}/api/articles/{_path(slashed)}")
    assert api.status_code == 200 and api.json()["id"] == slashed
    posted = httpx.post(f"{base}/api/articles/{_path(slashed)}/comments", json={"body": "Which talks?"}, headers=headers)
    assert posted.status_code == 201, posted.text
    thread = httpx.get(f"{base}/api/articles/{_path(slashed)}/comments").json()
    assert [c["body"] for c in thread] == ["Which talks?"]
    assert httpx.get(f"{base}/api/articles/{_path(slashed)}/reviews").json() == []
    assert httpx.get(f"{base}/api/articles/{_path(slashed + '/more')}").status_code == 404


@pytest.mark.postgres
def test_a_refusal_validation_did_not_foresee_is_recorded_and_the_batch_goes_on(postgres_url, monkeypatch):
    """The store's last line: with the checks switched off, PostgreSQL's own refusals become error rows."""
    from saywho import validate

    monkeypatch.setattr(validate, "for_store", lambda article: article)
    store = Store(postgres_url)
    tag = uuid.uuid4().hex[:8]
    too_long = store.save_or_report(Article(id="x" * 201, text=unique(), origin=f"{tag}:1"))
    nul = store.save_or_report(Article(id=f"{tag}-nul", text=unique("He said\u0000 no."), origin=f"{tag}:2"))
    good = store.save_or_report(Article(id=f"{tag}-good", text=unique(), origin=f"{tag}:3"))
    try:
        assert too_long == IngestError(f"{tag}:1", "the database refused it: value too long for type character varying(200)")
        assert isinstance(nul, IngestError) and "NUL" in nul.problem
        assert not isinstance(good, IngestError) and good.added
        assert [e["origin"] for e in store.errors() if e["origin"].startswith(tag)] == [f"{tag}:1", f"{tag}:2"]
    finally:
        store.delete_article(f"{tag}-good")
        store.close()


@pytest.mark.postgres
def test_a_database_data_error_in_a_request_is_a_400_not_a_500(postgres_url, live_server):
    """Behind the checks, a DataError from PostgreSQL itself (a NUL it was given) is answered as the request's fault."""
    from sqlalchemy import text

    app = create_app(postgres_url, secret="boundary-secret")

    @app.get("/api/echo")
    def echo(value: str) -> dict[str, str]:  # decoded from base 16, so the NUL gets past refuse_nul
        with app.state.store.engine.connect() as conn:
            return {"value": conn.execute(text("SELECT CAST(:v AS text)"), {"v": bytes.fromhex(value).decode()}).scalar()}

    base = live_server(app)
    assert httpx.get(f"{base}/api/echo", params={"value": b"ok".hex()}).json() == {"value": "ok"}
    refused = httpx.get(f"{base}/api/echo", params={"value": b"a\x00b".hex()})
    assert refused.status_code == 400, refused.text
    assert refused.json()["detail"].startswith("a value in the request cannot be used:")
