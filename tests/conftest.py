"""Shared fixtures: the real spaCy pipeline, the seed article, real databases."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
SEED = ROOT / "saywho" / "data" / "example.txt"


@pytest.fixture(scope="session")
def nlp():
    from saywho.pipeline import load_nlp

    return load_nlp("fast")


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
    data = tmp_path_factory.mktemp("pgdata")
    run_as: list[str] = []
    if os.geteuid() == 0:
        # PostgreSQL refuses to run as root: run the cluster as the postgres user.
        if shutil.which("runuser") is None:
            pytest.skip("running as root without runuser: cannot start PostgreSQL")
        shutil.chown(data, "postgres", "postgres")
        data.parent.chmod(0o755)
        run_as = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    subprocess.run([*run_as, str(bindir / "initdb"), "-D", str(data), "-U", "saywho", "--auth=trust", "-E", "UTF8"],
                   check=True, capture_output=True)
    subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(data / "log"), "-w", "-o",
                    f"-p {port} -k {data} -c listen_addresses=127.0.0.1", "start"], check=True, capture_output=True)
    try:
        _wait_for(port)
        subprocess.run([*run_as, str(bindir.parent / "bin" / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U",
                        "saywho", "saywho_test"], check=True, capture_output=True)
        yield f"postgresql+psycopg://saywho@127.0.0.1:{port}/saywho_test"
    finally:
        subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"], capture_output=True)


def _wait_for(port: int, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"PostgreSQL did not start on port {port}")
