"""Shared fixtures: the real spaCy pipeline, the seed article, real databases."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
SEED = ROOT / "saywho" / "data" / "example.txt"


def statements(nlp, text: str) -> list:
    """The statements saywho lists for one text, as an article of its own."""
    from saywho.ingest import make_article
    from saywho.pipeline import process

    (article,) = process([make_article(text, "t", id="t")], nlp=nlp)
    return article.statements


def statement_speakers(nlp, text: str) -> list[str | None]:
    """The resolved speaker of each statement listed for one text (None where unresolved)."""
    return [s.speaker.name if s.speaker is not None else None for s in statements(nlp, text)]


def event_codes(nlp, text: str) -> set[tuple[str, str | None, str | None]]:
    """Each event of one text as (category, source country, target country)."""
    return {(e.category, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in nlp(text)._.saywho_events}


@pytest.fixture(scope="session")
def nlp():
    from saywho.pipeline import load_nlp

    return load_nlp("fast")


@pytest.fixture(scope="session")
def rules_nlp():
    """The pipeline with the event rules alone (``SAYWHO_EVENTS_MODEL=none``, no learned roles): what tests of
    the rules read."""
    from saywho.pipeline import load_nlp

    pipeline = load_nlp.__wrapped__("fast")  # a pipeline of its own: the shared one keeps the learned check
    component = pipeline.get_pipe("saywho_events")
    component.model = component.targets = component.sources = None
    return pipeline


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def polnear_dev() -> Path:
    path = SHARED_DATA / "polnear" / "dev.jsonl"
    if not path.exists():
        pytest.skip(f"PolNeAR dev data not found at {path} (it lives in ../shared/data, outside the project)")
    return path


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'saywho.db'}"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _postgres_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return found[-1].parent if found else None


@pytest.fixture(scope="session")
def postgres_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real PostgreSQL: $SAYWHO_TEST_POSTGRES_URL, else a throwaway cluster started here."""
    given = os.environ.get("SAYWHO_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    bindir = _postgres_bin()
    if bindir is None:
        pytest.skip("no PostgreSQL server: install Debian's postgresql or set SAYWHO_TEST_POSTGRES_URL")
    # Not under pytest's tmp folder: that is private to root, and the server
    # runs as the postgres user.
    data = Path(tempfile.mkdtemp(prefix="saywho-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        # PostgreSQL refuses to run as root: run the cluster as the postgres user.
        if shutil.which("runuser") is None:
            pytest.skip("running as root without runuser: cannot start PostgreSQL")
        shutil.chown(data, "postgres", "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    _run([*run_as, str(bindir / "initdb"), "-D", str(data), "-U", "saywho", "--auth=trust", "-E", "UTF8"])
    _run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(data / "log"), "-w", "-o",
          f"-p {port} -k {data} -c listen_addresses=127.0.0.1", "start"])
    try:
        _wait_for(port)
        _run([*run_as, str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "saywho", "saywho_test"])
        yield f"postgresql+psycopg://saywho@127.0.0.1:{port}/saywho_test"
    finally:
        subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"], capture_output=True)
        shutil.rmtree(data, ignore_errors=True)


@contextmanager
def postgres_databases(server: str) -> Iterator[Callable[[], str]]:
    """Makes new, empty databases on the test server and drops them afterwards: a test that counts or
    searches what it stored must not see what other tests left in the shared one."""
    from sqlalchemy import create_engine, make_url, text
    from sqlalchemy.exc import ProgrammingError

    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    made: list[str] = []

    def make() -> str:
        name = f"saywho_t_{secrets.token_hex(6)}"
        try:
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        except ProgrammingError as error:  # a given server whose user may not create databases
            pytest.skip(f"needs a fresh database, and CREATE DATABASE was refused: {error.orig}")
        made.append(name)
        return make_url(server).set(database=name).render_as_string(hide_password=False)

    try:
        yield make
    finally:
        with admin.connect() as conn:
            for name in made:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def fresh_postgres(postgres_url: str) -> Iterator[Callable[[], str]]:
    """``fresh_postgres()`` is the URL of a new, empty PostgreSQL database."""
    with postgres_databases(postgres_url) as make:
        yield make


DATABASES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def fresh_database(request: pytest.FixtureRequest, folder: Path) -> Iterator[str]:
    """For fixtures parametrized over DATABASES: a new SQLite file in ``folder``, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{folder / f'saywho-{secrets.token_hex(4)}.db'}"
        return
    with postgres_databases(request.getfixturevalue("postgres_url")) as make:
        yield make()


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {result.stderr.strip() or result.stdout.strip()}")


def _wait_for(port: int, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"PostgreSQL did not start on port {port}")


@pytest.fixture(scope="module")
def live_server() -> Iterator:
    """Start ASGI apps under uvicorn on free loopback ports, in threads; call it with an app, get its base URL."""
    import threading

    import uvicorn

    servers: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(app) -> str:
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        servers.append((server, thread))
        return f"http://127.0.0.1:{port}"

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def wire_story(nlp):
    """tests/data/stories/wire.jsonl extracted: one wire story and its copies by other outlets."""
    from saywho.ingest import read_inputs
    from saywho.model import Article
    from saywho.pipeline import process

    items = list(process(read_inputs([str(Path(__file__).parent / "data" / "stories" / "wire.jsonl")]), nlp=nlp))
    assert all(isinstance(i, Article) for i in items)
    return items
