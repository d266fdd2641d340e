"""Accounts under attack: sign-in throttling, revocation of sessions and tokens, moderation locks,
name rules, security headers and the API's documentation.

Everything runs against the real app under uvicorn on a loopback port and a real database: SQLite,
and PostgreSQL (a fresh database per test) wherever the database is involved. Time is never waited
for: a test that needs a lock to have run out moves the stored timestamps back instead.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
import typer
from alembic import command
from alembic.config import Config
from conftest import DATABASES, fresh_database
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from typer.testing import CliRunner

from saywho.ingest import make_article
from saywho.store import MIGRATIONS, Store, accounts, comments, logins, migrate, now, schema
from saywho.store.logins import LoginPolicy, LoginThrottled
from saywho.web.app import create_app
from saywho.web.cli import register

PASSWORD = "correct horse battery"
TEXT = "Mayor Jane Doe said the bridge would reopen in May.\n\nShe added that the ferry would keep running."
NO_BACKOFF = LoginPolicy(free_failures=1000, free_failures_address=1000, lock_after=1000, lock_after_address=1000)


# -- fixtures and helpers --------------------------------------------------------------


@pytest.fixture(params=DATABASES)
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """A fresh, empty database: a SQLite file, or a new database on the test PostgreSQL server."""
    yield from fresh_database(request, tmp_path)


def seeded(url: str) -> Store:
    store = Store(url)
    store.save(make_article(TEXT, "bridge.txt", id="bridge"))
    for name, role in (("rita", "reader"), ("bob", "reader"), ("ada", "admin")):
        accounts.add_user(store, name, PASSWORD, role)
    return store


def csrf_of(client: httpx.Client, path: str = "/login") -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', client.get(path).text)
    assert match, f"no CSRF field on {path}"
    return match[1]


def login(client: httpx.Client, name: str, password: str = PASSWORD) -> httpx.Response:
    return client.post("/login", data={"name": name, "password": password, "csrf": csrf_of(client), "next": "/"})


def signed_in(base: str, name: str, password: str = PASSWORD) -> httpx.Client:
    client = httpx.Client(base_url=base, follow_redirects=False)
    response = login(client, name, password)
    assert response.status_code == 303, response.text
    return client


def shows_signed_in(client: httpx.Client, name: str) -> bool:
    page = client.get("/articles/bridge").text
    return '<span class="user"' in page and f"{name} <small>" in page


def cli(url: str, *args: str, input: str | None = None):
    app = typer.Typer()
    register(app)
    return CliRunner().invoke(app, [*args, "--db", url], input=input)


def rewind(store: Store, minutes: float) -> None:
    """Move every throttling timestamp back, as if that much time had passed."""
    t = schema.login_failures.c
    with store.engine.begin() as conn:
        for row in conn.execute(select(schema.login_failures)).mappings().all():
            values = {"last_failure": row["last_failure"] - timedelta(minutes=minutes)}
            if row["locked_until"] is not None:
                values["locked_until"] = row["locked_until"] - timedelta(minutes=minutes)
            conn.execute(update(schema.login_failures).where(t.key == row["key"]).values(**values))


# -- throttling ------------------------------------------------------------------------


def test_backoff_then_lock_per_account(db_url):
    store = seeded(db_url)
    # Waits of minutes, so that a slow machine between two lines never changes what they see.
    policy = LoginPolicy(free_failures=2, base_delay=300, max_delay=600, lock_after=4, free_failures_address=1000,
                         lock_after_address=1000, lock_minutes=15)
    for _ in range(2):
        assert logins.attempt(store, "rita", "wrong password", "10.0.0.1", policy) is None
    # Past the free failures: even the right password must wait, and the wait doubles.
    with pytest.raises(LoginThrottled, match=r"for this account\. Wait \d+ seconds and try again") as waited:
        logins.attempt(store, "rita", PASSWORD, "10.0.0.2", policy)
    assert 290 < waited.value.retry_after <= 300
    rewind(store, 6)
    assert logins.attempt(store, "Rita", "wrong password", "10.0.0.3", policy) is None  # the name is compared casefolded
    with pytest.raises(LoginThrottled, match="Wait") as waited:
        logins.attempt(store, "rita", PASSWORD, "10.0.0.4", policy)
    assert 590 < waited.value.retry_after <= 600
    rewind(store, 11)
    assert logins.attempt(store, "rita", "wrong password", "10.0.0.5", policy) is None  # the 4th: locked
    with pytest.raises(LoginThrottled, match="locked for now. Try again in 15 minutes") as locked:
        logins.attempt(store, "rita", PASSWORD, "10.0.0.6", policy)
    assert 14 * 60 < locked.value.retry_after <= 15 * 60
    rewind(store, 10)
    with pytest.raises(LoginThrottled, match="Try again in 5 minutes"):
        logins.attempt(store, "rita", PASSWORD, "10.0.0.7", policy)
    # Other accounts are not affected.
    assert logins.attempt(store, "bob", PASSWORD, "10.0.0.1", policy).name == "bob"
    rewind(store, 6)
    # After the lock one failure locks it again at once …
    assert logins.attempt(store, "rita", "wrong again", "10.0.0.8", policy) is None
    with pytest.raises(LoginThrottled, match="locked"):
        logins.attempt(store, "rita", PASSWORD, "10.0.0.8", policy)
    rewind(store, 16)
    # … and a right password clears the account's count.
    assert logins.attempt(store, "rita", PASSWORD, "10.0.0.9", policy).name == "rita"
    with store.engine.connect() as conn:
        keys = set(conn.execute(select(schema.login_failures.c.key)).scalars())
    assert "name:rita" not in keys and "addr:10.0.0.1" in keys


def test_backoff_and_lock_per_address(db_url):
    store = seeded(db_url)
    policy = LoginPolicy(free_failures=1000, free_failures_address=2, base_delay=300, lock_after=1000,
                         lock_after_address=3, lock_minutes=15)
    # One failure for each of two names, from one address: the address has had two.
    assert logins.attempt(store, "rita", "nope nope", "192.0.2.7", policy) is None
    assert logins.attempt(store, "nobody-at-all", "nope nope", "192.0.2.7", policy) is None
    with pytest.raises(LoginThrottled, match=r"from your address\. Wait \d+ seconds"):
        logins.attempt(store, "bob", PASSWORD, "192.0.2.7", policy)
    assert logins.attempt(store, "bob", PASSWORD, "192.0.2.8", policy).name == "bob"  # another address is fine
    rewind(store, 6)
    assert logins.attempt(store, "ada", "nope nope", "192.0.2.7", policy) is None
    with pytest.raises(LoginThrottled, match="from your address: it is locked"):
        logins.attempt(store, "ada", PASSWORD, "192.0.2.7", policy)
    # A success on some account from that address does not reset the address.
    assert logins.attempt(store, "bob", PASSWORD, "192.0.2.9", policy).name == "bob"
    with pytest.raises(LoginThrottled):
        logins.attempt(store, "bob", PASSWORD, "192.0.2.7", policy)


def test_parallel_failures_are_all_counted(db_url):
    """Workers share the counts: 32 failures from 16 threads at once are 32, none lost to a race."""
    store = seeded(db_url)
    policy = LoginPolicy(lock_after=10_000, lock_after_address=10_000)
    start = threading.Barrier(16)

    def fail_twice(n: int) -> None:
        start.wait()
        for _ in range(2):
            logins.record_failure(store, "Rita", f"10.1.0.{n % 2}", policy)

    threads = [threading.Thread(target=fail_twice, args=(n,)) for n in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with store.engine.connect() as conn:
        counts = dict(conn.execute(select(schema.login_failures.c.key, schema.login_failures.c.failures)).all())
    assert counts == {"name:rita": 32, "addr:10.1.0.0": 16, "addr:10.1.0.1": 16}
    # A count in the hundred thousands (a long attack) still gives the longest wait, not an overflow.
    with store.engine.begin() as conn:
        conn.execute(update(schema.login_failures).values(failures=100_000, last_failure=now()))
    with pytest.raises(LoginThrottled, match="Wait") as waited:
        logins.check(store, "rita", None, LoginPolicy(max_delay=3600, lock_after=10**9))
    assert 3000 < waited.value.retry_after <= 3600


def test_login_page_answers_429_with_retry_after(db_url, live_server):
    store = seeded(db_url)
    policy = LoginPolicy(free_failures=2, base_delay=600, max_delay=600, lock_after=3, free_failures_address=1000,
                         lock_after_address=1000, lock_minutes=15)
    base = live_server(create_app(db_url, secret="s", login_policy=policy))
    with httpx.Client(base_url=base) as client:
        assert [login(client, "rita", "bad password").status_code for _ in range(2)] == [401, 401]
        throttled = login(client, "rita", PASSWORD)
        assert throttled.status_code == 429 and 590 < int(throttled.headers["retry-after"]) <= 600
        assert re.search(r"Too many failed sign-ins for this account\. Wait \d+ seconds and try again", throttled.text)
        rewind(store, 11)
        assert login(client, "rita", "bad password").status_code == 401  # the third failure locks
        locked = login(client, "rita", PASSWORD)
        assert locked.status_code == 429 and "Try again in 15 minutes" in locked.text
        assert 14 * 60 < int(locked.headers["retry-after"]) <= 15 * 60
        assert "no-store" not in locked.headers.get("cache-control", "")
        rewind(store, 16)
        assert login(client, "rita", PASSWORD).status_code == 303


def test_password_checks_never_hold_the_page_threads(tmp_path, live_server):
    """With every argon2 worker busy a sign-in waits in that pool, and pages are still served meanwhile."""
    url = f"sqlite:///{tmp_path / 'pool.db'}"
    seeded(url)
    base = live_server(create_app(url, secret="s", login_policy=NO_BACKOFF))
    release = threading.Event()
    blockers = [logins.hash_pool.submit(release.wait) for _ in range(logins.HASH_WORKERS)]
    outcome: Future[int] = Future()
    client = httpx.Client(base_url=base, timeout=60)
    token = csrf_of(client)

    def sign_in() -> None:
        response = client.post("/login", data={"name": "rita", "password": PASSWORD, "csrf": token, "next": "/"})
        outcome.set_result(response.status_code)

    waiting = threading.Thread(target=sign_in)
    try:
        waiting.start()
        # If argon2 ran on the event loop, or on the page threads, these could not be answered.
        with httpx.Client(base_url=base, timeout=60) as other:
            assert other.get("/articles/bridge").status_code == 200
            assert other.get("/api/articles/bridge").status_code == 200
        assert not outcome.done()  # the sign-in is still queued behind the busy workers
    finally:
        release.set()
    waiting.join(timeout=60)
    assert outcome.result(timeout=1) == 303
    assert all(b.done() for b in blockers)
    client.close()


# -- revocation --------------------------------------------------------------------------


def test_logout_ends_a_copied_cookie(db_url, live_server):
    seeded(db_url)
    base = live_server(create_app(db_url, secret="s", login_policy=NO_BACKOFF))
    client = signed_in(base, "rita")
    token = csrf_of(client, "/articles/bridge")
    copied = client.cookies["saywho_session"]
    copy = httpx.Client(base_url=base, cookies={"saywho_session": copied})
    assert shows_signed_in(copy, "rita")
    assert copy.post("/articles/bridge/comments", data={"body": "from the copy", "csrf": token}).status_code == 303
    assert client.post("/logout", data={"csrf": token}).status_code == 303
    assert not shows_signed_in(copy, "rita")
    assert copy.post("/articles/bridge/comments", data={"body": "after logout", "csrf": token}).status_code == 401
    api = httpx.post(f"{base}/api/articles/bridge/comments", json={"body": "after logout"},
                     cookies={"saywho_session": copied}, headers={"X-CSRF-Token": token})
    assert api.status_code == 401
    bodies = [c["body"] for c in httpx.get(f"{base}/api/articles/bridge/comments").json()]
    assert bodies == ["from the copy"]
    copy.close()
    client.close()
    # A session past its expiry ends too, whatever the cookie says.
    later = signed_in(base, "bob")
    assert shows_signed_in(later, "bob")
    with Store(db_url).engine.begin() as conn:
        conn.execute(update(schema.sessions).values(expires_at=now() - timedelta(seconds=1)))
    assert not shows_signed_in(later, "bob")
    later.close()


def test_passwd_and_disable_end_every_session(db_url, live_server):
    store = seeded(db_url)
    base = live_server(create_app(db_url, secret="s", login_policy=NO_BACKOFF))
    laptop, phone = signed_in(base, "rita"), signed_in(base, "rita")
    assert shows_signed_in(laptop, "rita") and shows_signed_in(phone, "rita")
    changed = cli(db_url, "user", "passwd", "RITA", input="a brand new password\n")
    assert changed.exit_code == 0, changed.output
    assert not shows_signed_in(laptop, "rita") and not shows_signed_in(phone, "rita")
    with httpx.Client(base_url=base) as client:
        assert login(client, "rita").status_code == 401
    laptop = signed_in(base, "rita", "a brand new password")
    assert cli(db_url, "user", "passwd", "rita", input="short\n").exit_code == 1  # too short: nothing changes
    assert shows_signed_in(laptop, "rita")

    token = accounts.create_token(store, accounts.user_by_name(store, "rita"), "ci")
    post = lambda: httpx.post(f"{base}/api/articles/bridge/comments", json={"body": "by token"},  # noqa: E731
                              headers={"Authorization": f"Bearer {token}"})
    assert post().status_code == 201
    disabled = cli(db_url, "user", "disable", "rita")
    assert disabled.exit_code == 0, disabled.output
    assert not shows_signed_in(laptop, "rita")
    refused = post()
    assert refused.status_code == 401 and "disabled" in refused.json()["detail"]
    with httpx.Client(base_url=base) as client:
        answer = login(client, "rita", "a brand new password")
        assert answer.status_code == 403 and "This account is disabled" in answer.text
        assert login(client, "rita", "a wrong password").status_code == 401  # says nothing more without the password
    listed = cli(db_url, "user", "list")
    assert re.search(r"\trita\treader\tdisabled", listed.stdout)
    assert cli(db_url, "user", "enable", "rita").exit_code == 0
    assert post().status_code == 201
    signed_in(base, "rita", "a brand new password").close()
    assert cli(db_url, "user", "disable", "nobody").exit_code == 1
    laptop.close()
    phone.close()


def test_tokens_scope_expiry_list_and_revoke(db_url, live_server):
    store = seeded(db_url)
    base = live_server(create_app(db_url, secret="s"))
    url = f"{base}/api/articles/bridge/comments"

    def post(token: str) -> httpx.Response:
        return httpx.post(url, json={"body": "hello"}, headers={"Authorization": f"Bearer {token}"})

    made = cli(db_url, "token", "create", "rita", "--label", "reader-bot", "--scope", "read")
    assert made.exit_code == 0, made.output
    read_token = made.stdout.strip()
    refused = post(read_token)
    assert refused.status_code == 403 and "read-only" in refused.json()["detail"]
    write_token = cli(db_url, "token", "create", "bob", "--label", "ci", "--expires", "30d").stdout.strip()
    assert post(write_token).status_code == 201
    short = cli(db_url, "token", "create", "bob", "--label", "short", "--expires", "1h").stdout.strip()
    assert post(short).status_code == 201
    with store.engine.begin() as conn:  # an hour and a minute later
        conn.execute(update(schema.api_tokens).where(schema.api_tokens.c.name == "short")
                     .values(expires_at=now() - timedelta(minutes=1)))
    expired = post(short)
    assert expired.status_code == 401 and "expired" in expired.json()["detail"]
    assert expired.headers["www-authenticate"] == "Bearer"
    assert cli(db_url, "token", "create", "bob", "--expires", "soon").exit_code == 1

    listing = cli(db_url, "token", "list").stdout.splitlines()
    assert listing[0].split("\t") == ["id", "user", "label", "scope", "created", "expires"]
    rows = {line.split("\t")[2]: line.split("\t") for line in listing[1:]}
    assert rows["reader-bot"][1:4] == ["rita", "reader-bot", "read"] and rows["reader-bot"][5] == "never"
    assert rows["ci"][3] == "write" and rows["ci"][5].endswith("Z")
    assert rows["short"][5].endswith("(expired)")
    only_bob = cli(db_url, "token", "list", "--user", "bob").stdout.splitlines()[1:]
    assert {line.split("\t")[1] for line in only_bob} == {"bob"} and len(only_bob) == 2
    # Only hashes are stored: no token appears in the table.
    with store.engine.connect() as conn:
        stored = " ".join(str(v) for row in conn.execute(select(schema.api_tokens)) for v in row)
    assert all(token not in stored for token in (read_token, write_token, short))

    revoked = cli(db_url, "token", "revoke", rows["ci"][0])
    assert revoked.exit_code == 0, revoked.output
    gone = post(write_token)
    assert gone.status_code == 401 and gone.json()["detail"] == "unknown API token"
    assert cli(db_url, "token", "revoke", rows["ci"][0]).exit_code == 1
    assert accounts.user_for_token(store, read_token).name == "rita"


# -- moderation ----------------------------------------------------------------------------


def test_hidden_comments_are_locked_and_reports_counted_once(db_url):
    store = seeded(db_url)
    rita, bob, ada = (accounts.user_by_name(store, n) for n in ("rita", "bob", "ada"))
    top = comments.add(store, "bridge", rita, "The bridge is late again")
    comments.hide(store, top, ada)
    with pytest.raises(comments.CommentError, match="can no longer be edited"):
        comments.edit(store, top, rita, "edited after hiding")
    with pytest.raises(comments.CommentError, match="cannot be replied to"):
        comments.add(store, "bridge", bob, "a reply", parent_id=top)
    with pytest.raises(comments.CommentError, match="cannot be replied to"):
        comments.add(store, "bridge", ada, "an admin reply", parent_id=top)
    assert comments.get(store, top)["body"] == "The bridge is late again"
    comments.hide(store, top, ada, hidden=False)
    comments.edit(store, top, rita, "The bridge is late")
    reply = comments.add(store, "bridge", bob, "a reply", parent_id=top)
    with pytest.raises(comments.CommentError, match="only its author"):
        comments.edit(store, reply, rita, "not mine")

    comments.report(store, reply, rita, "rude")
    with pytest.raises(comments.AlreadyReported, match="already reported"):
        comments.report(store, reply, rita, "still rude")
    with pytest.raises(comments.CommentError, match="your own"):
        comments.report(store, reply, bob)
    comments.report(store, reply, ada, "")
    with store.engine.connect() as conn:
        count = conn.execute(select(func.count()).select_from(schema.comment_reports)).scalar_one()
    assert count == 2
    # The database itself refuses a second report, whatever the code path.
    with pytest.raises(IntegrityError), store.engine.begin() as conn:
        conn.execute(insert(schema.comment_reports).values(comment_id=reply, user_id=rita.id, created_at=now(),
                                                           resolved=False))


def test_moderation_over_http(db_url, live_server):
    store = seeded(db_url)
    base = live_server(create_app(db_url, secret="s"))
    rita, bob = signed_in(base, "rita"), signed_in(base, "bob")
    token = csrf_of(rita, "/articles/bridge")
    posted = rita.post("/articles/bridge/comments", data={"body": "first!", "csrf": token})
    comment_id = int(posted.headers["location"].rsplit("#c", 1)[1])
    bob_token = csrf_of(bob, "/articles/bridge")
    for _ in range(2):
        answer = bob.post(f"/comments/{comment_id}/report", data={"csrf": bob_token, "reason": "spam"})
        assert answer.status_code == 303
    assert "You have already reported this comment" in bob.get("/articles/bridge").text
    assert len(comments.open_reports(store)[0]["reports"]) == 1

    admin = signed_in(base, "ada")
    assert admin.post(f"/comments/{comment_id}/hide", data={"csrf": csrf_of(admin, "/articles/bridge")}).status_code == 303
    page = rita.get("/articles/bridge").text
    assert f'action="/comments/{comment_id}/edit"' not in page and 'name="parent_id"' not in page
    refused = rita.post(f"/comments/{comment_id}/edit", data={"csrf": token, "body": "sneaky edit"})
    assert refused.status_code == 403 and "can no longer be edited" in refused.text
    reply = bob.post("/api/articles/bridge/comments", json={"body": "reply", "parent_id": comment_id},
                     headers={"X-CSRF-Token": bob_token})
    assert reply.status_code == 422 and "cannot be replied to" in reply.json()["detail"]
    for client in (rita, bob, admin):
        client.close()


# -- names ---------------------------------------------------------------------------------


def test_names_are_unique_ignoring_case_and_clean(db_url):
    store = Store(db_url)
    reader = accounts.add_user(store, "Reader", PASSWORD)
    for clash in ("reader", "READER", " reader ", "ＲＥＡＤＥＲ"):
        with pytest.raises(accounts.AccountError, match="already a user"):
            accounts.add_user(store, clash, PASSWORD)
    assert accounts.authenticate(store, "reader", PASSWORD) == reader
    assert accounts.user_by_name(store, "rEaDeR") == reader
    for bad in ("a<b>", "Tom & Jerry", 'say "hi"', "it's", "evil\u202egnp.exe", "iso\u2066late\u2069", "tab\there",
                "new\nline", "nul\x00", "zero\u200bwidth", "two  spaces", "", "x" * 101):
        with pytest.raises(accounts.AccountError):
            accounts.add_user(store, bad, PASSWORD)
    assert accounts.add_user(store, "José Álvarez-Núñez", PASSWORD).name == "José Álvarez-Núñez"
    assert accounts.add_user(store, "李明", PASSWORD).name == "李明"
    with store.engine.connect() as conn:
        names = list(conn.execute(select(schema.users.c.name).order_by(schema.users.c.id)).scalars())
    assert names == ["Reader", "José Álvarez-Núñez", "李明"]
    added = cli(db_url, "user", "add", "bad<name>", input=f"{PASSWORD}\n")
    assert added.exit_code == 1 and "cannot contain" in added.output


def test_migration_keeps_old_accounts_working(db_url):
    """0004 on a database that has accounts differing only in case, tokens and duplicate reports."""
    store = Store(db_url, upgrade=False)
    migrate(store.engine, "0003")
    # The tables as revision 0003 had them (schema.py describes the newest).
    at = sa.column("created_at", sa.DateTime(timezone=True))
    users = sa.table("users", sa.column("name"), sa.column("password_hash"), sa.column("role"), at)
    articles = sa.table("articles", sa.column("id"), sa.column("text"), sa.column("text_hash"),
                        sa.column("chrome", sa.JSON), sa.column("ingested_at", sa.DateTime(timezone=True)))
    posts = sa.table("comments", sa.column("article_id"), sa.column("user_id"), sa.column("body"),
                     sa.column("hidden"), sa.column("deleted"), sa.column("created_at", sa.DateTime(timezone=True)))
    reports = sa.table("comment_reports", sa.column("comment_id"), sa.column("user_id"), sa.column("resolved"),
                       sa.column("created_at", sa.DateTime(timezone=True)))
    tokens = sa.table("api_tokens", sa.column("user_id"), sa.column("name"), sa.column("token_hash"),
                      sa.column("created_at", sa.DateTime(timezone=True)))
    moment = now()
    with store.engine.begin() as conn:
        for name in ("Reader", "reader"):
            conn.execute(insert(users).values(name=name, password_hash=accounts.hash_password(name + " password"),
                                              role="reader", created_at=moment))
        conn.execute(insert(articles).values(id="a", text="Text.", text_hash="h", chrome=[], ingested_at=moment))
        conn.execute(insert(posts).values(article_id="a", user_id=2, body="hi", hidden=False, deleted=False,
                                          created_at=moment))
        for _ in range(3):
            conn.execute(insert(reports).values(comment_id=1, user_id=1, resolved=False, created_at=moment))
        conn.execute(insert(tokens).values(user_id=1, name="old", token_hash=accounts._sha256("sw_old-token"),
                                           created_at=moment))
    migrate(store.engine, "0004")
    assert accounts.authenticate(store, "Reader", "Reader password").name == "Reader"
    assert accounts.authenticate(store, "reader", "reader password").name == "reader"
    grant = accounts.token_grant(store, "sw_old-token")
    assert grant.user.name == "Reader" and grant.can_write
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.comment_reports)).scalar_one() == 1
    with pytest.raises(accounts.AccountError, match="already a user"):
        accounts.add_user(store, "READER", PASSWORD)
    downgrade(store, "0003")  # and back: the accounts and the token survive the round trip
    with store.engine.connect() as conn:
        assert "sessions" not in sa.inspect(conn).get_table_names()
        assert conn.execute(select(func.count()).select_from(tokens)).scalar_one() == 1
    migrate(store.engine)  # then on to the newest revision
    assert accounts.authenticate(store, "reader", "reader password").name == "reader"
    assert accounts.token_grant(store, "sw_old-token").user.name == "Reader"


def downgrade(store: Store, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


# -- headers and the API's documentation ------------------------------------------------


def test_cache_control_hsts_and_secure_cookie(tmp_path, live_server):
    url = f"sqlite:///{tmp_path / 'headers.db'}"
    store = seeded(url)
    base = live_server(create_app(url, secret="s"))
    anonymous = httpx.get(f"{base}/articles/bridge")
    assert "no-store" not in anonymous.headers.get("cache-control", "")
    assert "strict-transport-security" not in anonymous.headers
    client = httpx.Client(base_url=base)
    signing_in = login(client, "rita")
    assert signing_in.status_code == 303 and "secure" not in signing_in.headers["set-cookie"].lower()
    for path in ("/", "/articles/bridge", "/api/articles/bridge", "/static/saywho.css", "/nope"):
        assert client.get(path).headers["cache-control"] == "no-store", path
    token = accounts.create_token(store, accounts.user_by_name(store, "bob"))
    by_token = httpx.get(f"{base}/api/articles", headers={"Authorization": f"Bearer {token}"})
    assert by_token.headers["cache-control"] == "no-store"
    client.close()

    secure = live_server(create_app(url, secret="s", secure_cookies=True, hsts=True))
    page = httpx.get(f"{secure}/login")
    assert page.headers["strict-transport-security"] == "max-age=31536000; includeSubDomains"
    cookie = page.headers["set-cookie"].lower()
    assert "saywho_session=" in cookie and "; secure" in cookie and "httponly" in cookie and "samesite=lax" in cookie


def test_openapi_declares_bearer_and_docs_are_served_locally(tmp_path, live_server):
    url = f"sqlite:///{tmp_path / 'docs.db'}"
    seeded(url)
    base = live_server(create_app(url, secret="s"))
    spec = httpx.get(f"{base}/openapi.json").json()
    assert spec["components"]["securitySchemes"]["bearer"] == {
        "type": "http", "scheme": "bearer", "description": "An API token from `saywho token create NAME --scope write`."}
    assert spec["paths"]["/api/articles/{article_id}/comments"]["post"]["security"] == [{"bearer": []}]
    assert spec["paths"]["/api/articles"]["post"]["security"] == [{"bearer": []}]
    assert "security" not in spec["paths"]["/api/articles"]["get"]
    docs = httpx.get(f"{base}/docs")
    assert docs.status_code == 200 and 'id="swagger-ui"' in docs.text
    sources = re.findall(r'(?:src|href)="([^"]+)"', docs.text)
    assert sources and all(s.startswith("/") and not s.startswith("//") for s in sources)
    assert "script-src 'self';" in docs.headers["content-security-policy"]
    assert "<script>" not in docs.text  # no inline script: the CSP would block it
    for path in sources:
        assert httpx.get(base + path).status_code == 200, path
    bundle = httpx.get(f"{base}/docs/assets/swagger-ui-bundle.js")
    assert "SwaggerUIBundle" in bundle.text and "javascript" in bundle.headers["content-type"]
    assert "/openapi.json" in httpx.get(f"{base}/static/swagger-init.js").text


@pytest.mark.browser
def test_swagger_ui_renders_the_api_in_a_browser(tmp_path, live_server):
    """Swagger UI must read FastAPI's OpenAPI 3.1 and run under the CSP, loading nothing from elsewhere."""
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    url = f"sqlite:///{tmp_path / 'browser.db'}"
    seeded(url)
    base = live_server(create_app(url, secret="s"))
    requested: list[str] = []
    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.on("request", lambda r: requested.append(r.url))
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.goto(f"{base}/docs")
        page.wait_for_selector(".opblock", timeout=30000)
        operations = page.locator(".opblock").count()
        locks = page.locator(".opblock-post .authorization__btn").count()
        browser.close()
    assert operations >= 10 and locks == 3  # the three writes show the bearer lock
    assert problems == []
    assert requested and all(r.startswith(base + "/") or r.startswith("data:") for r in requested)


def test_serve_flags_reach_the_app(tmp_path):
    """``saywho serve --secure-cookies --hsts --forwarded-allow-ips``, as a real process."""
    import socket
    import subprocess
    import sys
    import time

    db = tmp_path / "serve.db"
    seeded(f"sqlite:///{db}")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-m", "saywho.cli", "serve", "--db", str(db), "--port", str(port),
               "--secure-cookies", "--hsts", "--forwarded-allow-ips", "127.0.0.1"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):  # until it listens (importing spaCy takes a while), or has exited
            try:
                page = httpx.get(f"{base}/login")
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                time.sleep(0.2)
        else:
            pytest.fail("saywho serve did not start")
        assert page.headers["strict-transport-security"].startswith("max-age=")
        assert "; secure" in page.headers["set-cookie"].lower()
        # Behind the trusted proxy the throttle counts the forwarded client address.
        with httpx.Client(base_url=base, headers={"X-Forwarded-For": "203.0.113.5"}) as client:
            token = re.search(r'name="csrf" value="([^"]+)"', page.text)[1]
            client.cookies.set("saywho_session", page.cookies["saywho_session"])
            wrong = client.post("/login", data={"name": "rita", "password": "wrong password", "csrf": token})
            assert wrong.status_code == 401
    finally:
        server.terminate()
        server.wait(timeout=30)
    with Store(f"sqlite:///{db}").engine.connect() as conn:
        keys = set(conn.execute(select(schema.login_failures.c.key)).scalars())
    assert keys == {"name:rita", "addr:203.0.113.5"}
