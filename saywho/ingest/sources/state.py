"""What the sources remember in the store: HTTP validators and the entries already handled.

Writes are collected while a batch runs and made in one transaction by
:meth:`SourceState.commit`, which the caller invokes once the batch's articles
are stored: a run that is interrupted remembers nothing of what it had not
finished, so the next run fetches those pages again instead of skipping them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.engine import Connection, Engine

from saywho.ingest.sources.fetch import Validators
from saywho.store import schema


def entry_key(source: str, entry: str) -> str:
    return hashlib.sha256(f"{source}\n{entry}".encode()).hexdigest()


class SourceState:
    """Validators and seen entries of one store (or of nothing, when ``engine`` is None)."""

    def __init__(self, engine: Engine | None) -> None:
        self.engine = engine
        self._validators: dict[str, Validators] = {}
        self._seen: dict[str, tuple[str, str]] = {}

    def validators(self, url: str) -> Validators | None:
        if self.engine is None:
            return None
        v = schema.http_validators.c
        with self.engine.connect() as conn:
            row = conn.execute(select(v.etag, v.last_modified).where(v.url == url)).first()
        return Validators(row.etag, row.last_modified) if row else None

    def stored_url(self, url: str) -> bool:
        """True when an article with this URL is already stored (so the page need not be fetched)."""
        if self.engine is None:
            return False
        a = schema.articles.c
        with self.engine.connect() as conn:
            return conn.execute(select(a.id).where(a.url == url).limit(1)).first() is not None

    def seen(self, source: str, entries: Iterable[str]) -> set[str]:
        """Those of ``entries`` of ``source`` handled by an earlier, finished run."""
        if self.engine is None:
            return set()
        keys = {entry_key(source, entry): entry for entry in entries}
        s = schema.seen_entries.c
        found: set[str] = set()
        with self.engine.connect() as conn:
            chunk = list(keys)
            for start in range(0, len(chunk), 500):
                rows = conn.execute(select(s.key).where(s.key.in_(chunk[start:start + 500])))
                found.update(keys[row.key] for row in rows)
        return found

    def remember_validators(self, url: str, validators: Validators) -> None:
        if validators:
            self._validators[url] = validators

    def mark_seen(self, source: str, entry: str) -> None:
        self._seen[entry_key(source, entry)] = (source, entry)

    @property
    def pending(self) -> int:
        return len(self._validators) + len(self._seen)

    def commit(self) -> None:
        """Write what this batch learned, in one transaction; safe against a concurrent run doing the same."""
        if self.engine is None or not self.pending:
            self._validators.clear()
            self._seen.clear()
            return
        at = datetime.now(UTC)
        with self.engine.begin() as conn:
            for url, found in self._validators.items():
                _upsert(conn, schema.http_validators, {"url": url},
                        {"etag": found.etag, "last_modified": found.last_modified, "checked_at": at})
            for key, (source, entry) in self._seen.items():
                _upsert(conn, schema.seen_entries, {"key": key}, {"source": source, "entry": entry, "seen_at": at})
        self._validators.clear()
        self._seen.clear()


def _upsert(conn: Connection, table: Table, key: dict[str, Any], values: dict[str, Any]) -> None:
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(table).values(**key, **values)
    conn.execute(statement.on_conflict_do_update(index_elements=list(key), set_=values))
