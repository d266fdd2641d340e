"""Opening a store while another process writes to a new SQLite file must wait, not fail.

Switching a file to WAL needs it to itself, and SQLite answers "database is locked" at once, without calling
the busy handler, while another connection holds a write lock (two ingests started together on a new file:
the clean-checkout CI run of session 4 caught one ingest dying this way).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from saywho.store import Store


def test_a_store_opens_while_another_connection_writes_to_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    writer = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    writer.execute("CREATE TABLE other (x)")
    writer.execute("BEGIN IMMEDIATE")  # a write lock, in the file's first (rollback journal) mode
    writer.execute("INSERT INTO other VALUES (1)")
    releases = threading.Timer(1.0, lambda: writer.execute("COMMIT"))
    releases.start()
    started = time.monotonic()
    store = Store(f"sqlite:///{path}")
    waited = time.monotonic() - started
    releases.join()
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("SELECT count(*) FROM articles").scalar() == 0  # migrated
    assert waited >= 0.9  # it waited for the writer rather than failing at once
    writer.close()
