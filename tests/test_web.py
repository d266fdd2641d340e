"""The web app and JSON API against a real server on a loopback port, on real SQLite."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from saywho.cli import app as cli_app
from saywho.ingest import make_article
from saywho.pipeline import process
from saywho.store import Store, accounts, comments, reviews
from saywho.store.search import Filters, search
from saywho.web.app import create_app

PASSWORD = "correct horse battery"


def seeded(url: str, nlp, seed_text: str) -> Store:
    store = Store(url)
    [article] = process([make_article(seed_text, "example.txt", id="example")], nlp=nlp)
    store.save(article)
    for name, role in (("rita", "reader"), ("ana", "analyst"), ("ada", "admin"), ("bob", "reader")):
        accounts.add_user(store, name, PASSWORD, role)
    return store


@pytest.fixture(scope="module")
def site(tmp_path_factory, nlp, seed_text, live_server):
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.db'}"
    store = seeded(url, nlp, seed_text)
    base = live_server(create_app(url, secret="test-secret", rate_limit=3, rate_window=60))
    return base, store


def csrf_of(client: httpx.Client, path: str = "/login") -> str:
    page = client.get(path)
    match = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert match, f"no CSRF field on {path}"
    return match[1]


def signed_in(base: str, name: str) -> httpx.Client:
    client = httpx.Client(base_url=base, follow_redirects=False)
    token = csrf_of(client)
    response = client.post("/login", data={"name": name, "password": PASSWORD, "csrf": token, "next": "/"})
    assert response.status_code == 303, response.text
    return client


def test_api_article_is_the_cli_json_contract(site):
    base, store = site
    got = httpx.get(f"{base}/api/articles/example").json()
    assert got == store.article("example").to_dict()
    assert len(got["attributions"]) >= 10
    listed = httpx.get(f"{base}/api/articles").json()
    assert [a["id"] for a in listed] == ["example"]
    assert httpx.get(f"{base}/api/articles/nope").status_code == 404
    spec = httpx.get(f"{base}/openapi.json").json()
    assert "/api/articles/{article_id}/comments" in spec["paths"]


def test_full_text_search_finds_articles_and_statements(site):
    base, store = site
    assert [r["id"] for r in httpx.get(f"{base}/api/articles", params={"q": "legitimate targets"}).json()] == ["example"]
    assert httpx.get(f"{base}/api/articles", params={"q": "kangaroo"}).json() == []
    # Query syntax typed by people never reaches FTS5 as syntax.
    assert httpx.get(f"{base}/api/articles", params={"q": 'troops" OR NEAR(*'}).status_code == 200
    assert search(store, Filters(actor="Putin"))[0]["id"] == "example"
    assert search(store, Filters(actor="Nobody Atall")) == []
    assert search(store, Filters(date_to="1999-01-01")) == []
    page = httpx.get(f"{base}/", params={"q": "reassurance"}).text
    assert '<mark class="hit">' in page


def test_unauthenticated_writes_are_refused(site):
    base, _ = site
    body = {"body": "hello"}
    assert httpx.post(f"{base}/api/articles/example/comments", json=body).status_code == 401
    assert httpx.post(f"{base}/api/articles", json={"text": "Someone said something."}).status_code == 401
    assert httpx.post(f"{base}/api/articles/example/comments", json=body,
                      headers={"Authorization": "Bearer sw_not-a-real-token"}).status_code == 401
    with httpx.Client(base_url=base) as anonymous:
        token = csrf_of(anonymous)
        assert anonymous.post("/articles/example/comments", data={"body": "hi", "csrf": token}).status_code == 401


def test_csrf_is_required_on_every_form_and_cookie_write(site):
    base, _ = site
    with httpx.Client(base_url=base) as client:
        # No token, a wrong token: refused even for the login form.
        assert client.post("/login", data={"name": "bob", "password": PASSWORD}).status_code == 403
        csrf_of(client)
        assert client.post("/login", data={"name": "bob", "password": PASSWORD, "csrf": "forged"}).status_code == 403
    client = signed_in(base, "bob")
    assert client.post("/articles/example/comments", data={"body": "no token"}).status_code == 403
    assert client.post("/logout").status_code == 403
    # The session cookie alone does not authorise an API write: a cross-site form could send it.
    assert client.post("/api/articles/example/comments", json={"body": "x"}).status_code == 403
    token = csrf_of(client, "/articles/example")
    ok = client.post("/api/articles/example/comments", json={"body": "with header"}, headers={"X-CSRF-Token": token})
    assert ok.status_code == 201
    client.close()


def test_token_writes_and_rate_limit(site):
    base, store = site
    token = accounts.create_token(store, accounts.user_by_name(store, "rita"), "test")
    headers = {"Authorization": f"Bearer {token}"}
    url = f"{base}/api/articles/example/comments"
    codes = [httpx.post(url, json={"body": f"comment {n}"}, headers=headers).status_code for n in range(4)]
    assert codes == [201, 201, 201, 429]
    # The limit is per user: another user can still post, by form as well.
    client = signed_in(base, "ada")
    token_field = csrf_of(client, "/articles/example")
    posted = client.post("/articles/example/comments", data={"body": "by form", "csrf": token_field})
    assert posted.status_code == 303
    thread = httpx.get(url).json()
    assert {"comment 0", "by form"} <= {c["body"] for c in thread}
    client.close()


def test_form_rate_limit_answers_429(tmp_path, nlp, seed_text, live_server):
    url = f"sqlite:///{tmp_path / 'rate.db'}"
    seeded(url, nlp, seed_text)
    base = live_server(create_app(url, secret="s", rate_limit=2, rate_window=60))
    client = signed_in(base, "rita")
    token = csrf_of(client, "/articles/example")
    codes = [client.post("/articles/example/comments", data={"body": f"n{n}", "csrf": token}).status_code for n in range(3)]
    assert codes == [303, 303, 429]
    client.close()


def test_comment_threads_edits_and_moderation(tmp_path, nlp, seed_text):
    store = seeded(f"sqlite:///{tmp_path / 'c.db'}", nlp, seed_text)
    rita, bob, ada = (accounts.user_by_name(store, n) for n in ("rita", "bob", "ada"))
    top = comments.add(store, "example", rita, "On Putin's warning", attribution_id="A2")
    reply = comments.add(store, "example", bob, "A reply", parent_id=top)
    with pytest.raises(comments.CommentError):
        comments.edit(store, top, bob, "not mine")
    with pytest.raises(comments.CommentError):
        comments.add(store, "example", rita, "   ")
    with pytest.raises(comments.CommentError):
        comments.add(store, "example", rita, "x", attribution_id="A999")
    comments.edit(store, top, rita, "On Putin's warning (edited)")
    comments.report(store, reply, rita, "rude")
    assert [r["id"] for r in comments.open_reports(store)] == [reply]
    with pytest.raises(comments.CommentError):
        comments.hide(store, reply, bob)
    comments.hide(store, reply, ada)
    assert comments.open_reports(store) == []
    [thread] = comments.thread(store, "example", rita)
    assert thread["body"] == "On Putin's warning (edited)" and thread["attribution_id"] == "A2"
    [hidden] = thread["replies"]
    assert hidden["attribution_id"] == "A2" and not hidden["shown"]
    assert comments.thread(store, "example", ada)[0]["replies"][0]["shown"]
    comments.delete(store, top, rita)
    assert not comments.thread(store, "example", ada)[0]["shown"]


def test_reviews_become_polnear_gold(site, tmp_path, nlp, seed_text):
    store = seeded(f"sqlite:///{tmp_path / 'r.db'}", nlp, seed_text)
    article = store.article("example")
    ana, rita = accounts.user_by_name(store, "ana"), accounts.user_by_name(store, "rita")
    first, second, third = article.attributions[:3]
    with pytest.raises(reviews.ReviewError):
        reviews.add(store, article, rita, "correct", first.id)
    reviews.add(store, article, ana, "correct", first.id)
    reviews.add(store, article, ana, "wrong", second.id, note="not a statement")
    start = third.content[0].start
    reviews.add(store, article, ana, "fixed", third.id, content=f"{start}-{start + 10}")
    missed_at = article.text.index("He did not name")
    reviews.add(store, article, ana, "missed", content=f"{missed_at}-{missed_at + 47}", speaker="Emmanuel Macron")
    with pytest.raises(reviews.ReviewError):
        reviews.add(store, article, ana, "fixed", third.id, content="5-999999")
    [record] = list(reviews.reviews_as_polnear(store))
    ids = [a["id"] for a in record["attributions"]]
    assert record["id"] == "example" and record["text"] == article.text
    assert first.id in ids and second.id not in ids and ids[-1].startswith("M")
    fixed = next(a for a in record["attributions"] if a["id"] == third.id)
    assert fixed["content"] == [[start, start + 10]]
    assert fixed["source"] == [[third.source.start, third.source.end]]
    assert record["attributions"][-1]["content"] == [[missed_at, missed_at + 47]]
    assert len(ids) == len(article.attributions)  # one dropped, one added


def test_analyst_reviews_and_ingests_over_http(site):
    base, store = site
    reader = signed_in(base, "rita")
    token = csrf_of(reader, "/articles/example")
    assert 'class="review"' not in reader.get("/articles/example").text
    refused = reader.post("/articles/example/reviews", data={"verdict": "wrong", "attribution_id": "A1", "csrf": token})
    assert refused.status_code == 403
    analyst = signed_in(base, "ana")
    token = csrf_of(analyst, "/articles/example")
    saved = analyst.post("/articles/example/reviews", data={"verdict": "wrong", "attribution_id": "A1", "csrf": token,
                                                            "note": "a test verdict"})
    assert saved.status_code == 303
    page = analyst.get("/articles/example").text
    assert "a test verdict" in page and "rev-wrong" in page
    text = "Mayor Jane Doe said the bridge would reopen in May.\n\nAdd Comment"
    made = analyst.post("/ingest", data={"text": text, "title": "Bridge", "csrf": token})
    assert made.status_code == 303
    article = analyst.get(made.headers["location"]).text
    assert "Bridge" in article and 'class="hl source' in article
    upload = analyst.post("/ingest", data={"csrf": token}, files={
        "file": ("ferry.txt", b"The harbour master said the ferry would sail at dawn.\n", "text/plain")})
    assert upload.status_code == 303
    assert "harbour master" in analyst.get(upload.headers["location"]).text
    bad = analyst.post("/ingest", data={"csrf": token, "url": "javascript:alert(1)", "text": "Ann said it was fine."})
    assert 'href="javascript:' not in analyst.get(bad.headers["location"]).text
    reader.close()
    analyst.close()


def test_pages_render(site):
    base, _ = site
    for path in ("/", "/articles/example", "/actors", "/actors/vladimir-putin", "/events", "/login", "/static/saywho.js"):
        response = httpx.get(base + path)
        assert response.status_code == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"]
    assert httpx.get(f"{base}/actors/nobody-at-all").status_code == 404
    assert httpx.get(f"{base}/moderation").status_code == 401
    page = httpx.get(f"{base}/articles/example").text
    assert ">Add Comment<" not in page  # page chrome of the source, not article text
    assert 'id="comments"' in page
    assert "<svg" in httpx.get(f"{base}/actors/vladimir-putin").text


def test_cli_user_and_token(tmp_path: Path):
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    added = runner.invoke(cli_app, ["user", "add", "carol", "--role", "analyst", "--db", db], input="s3cret-pass\n")
    assert added.exit_code == 0, added.output
    again = runner.invoke(cli_app, ["user", "add", "carol", "--db", db], input="s3cret-pass\n")
    assert again.exit_code == 1
    made = runner.invoke(cli_app, ["token", "create", "carol", "--db", db])
    assert made.exit_code == 0
    store = Store(db)
    assert accounts.user_for_token(store, made.stdout.strip()).name == "carol"  # its id and scope go to stderr
    assert accounts.authenticate(store, "carol", "s3cret-pass").role == "analyst"
    assert accounts.authenticate(store, "carol", "wrong") is None


@pytest.mark.postgres
def test_postgres_full_text_search(fresh_postgres, nlp, seed_text):
    store = Store(fresh_postgres())
    [article] = process([make_article(seed_text, "example.txt", id="example-pg")], nlp=nlp)
    store.save(article)
    found = search(store, Filters(q="legitimate targets"))
    assert [r["id"] for r in found] == ["example-pg"]
    assert "<mark" in found[0]["snippet"]
    assert search(store, Filters(q="kangaroo")) == []


def test_search_index_follows_saves_and_deletes(tmp_path, nlp, seed_text):
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    [article] = process([make_article(seed_text, "example.txt", id="seed")], nlp=nlp)
    store.save(article)
    other = make_article("The harbour master said the ferry would sail at dawn.", "ferry.txt", id="ferry")
    store.save(next(iter(process([other], nlp=nlp))))
    assert [r["id"] for r in search(store, Filters(q="ferry"))] == ["ferry"]
    assert [r["id"] for r in search(store, Filters(q="Kremlin spokesman"))] == ["seed"]
    store.delete_article("seed")
    assert search(store, Filters(q="Kremlin spokesman")) == []
    assert [r["id"] for r in search(store, Filters(q="dawn"))] == ["ferry"]


def test_reviews_export_and_score(tmp_path, nlp, seed_text):
    db = tmp_path / "gold.db"
    store = seeded(f"sqlite:///{db}", nlp, seed_text)
    article = store.article("example")
    ana = accounts.user_by_name(store, "ana")
    reviews.add(store, article, ana, "wrong", article.attributions[0].id)
    out = tmp_path / "gold.jsonl"
    runner = CliRunner()
    exported = runner.invoke(cli_app, ["export", "--what", "reviews", "--db", str(db), "--out", str(out)])
    assert exported.exit_code == 0, exported.output
    [line] = out.read_text(encoding="utf-8").splitlines()
    assert '"id": "example"' in line or '"id":"example"' in line
    scored = runner.invoke(cli_app, ["eval", "polnear", str(out), "--format", "json"])
    assert scored.exit_code == 0, scored.output
    rows = {(r["match"], r["role"]): r for r in json.loads(scored.output)}
    source = rows[("exact", "source")]
    # The statement marked wrong is gone from the gold, so the extractor's one is now a false positive.
    assert source["gold"] == source["predicted"] - 1
    assert source["precision"] < 100 and source["recall"] == 100
