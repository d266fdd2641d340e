"""Parquet shards of extracted articles, and bulk-loading them into the store.

``saywho extract --shards DIR`` (either engine) writes what it extracted as
``DIR/part-00000.parquet``, ``part-00001.parquet``, …: one row per input item,
in input order, everything an :class:`Article` holds, losslessly, so a batch
can be parsed on a cluster with no database in reach and stored later with
``saywho load DIR``. The schema (docs/scaling.md, "Ray") is stable and
versioned in each file's metadata (``saywho.shard``):

    seq          int64   position in the batch (shards and rows are read back in this order)
    id, title, url, publisher, published, author, origin, text, text_hash   string
    chrome, attributions, events, actors   string: JSON lists (Span, Attribution.to_data,
                                           Event.to_data, Actor.to_dict)
    problem      string  null for an article; for an input that failed, its one-line error
                         (with ``origin``; the other columns null)

Loading gives the store exactly what ``saywho ingest`` gives for the same
input: the same existence check (same URL or text: skipped, so re-loading is
safe), the same actor linking and id choice, article by article in input
order; only the rows are written in bulk, ``BATCH`` articles per transaction
(COPY on PostgreSQL, executemany elsewhere). A batch the database refuses is
rolled back and saved again article by article, so a bad record costs only
itself.
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from saywho.model import Actor, Article, Attribution, Event, IngestError, Span

if TYPE_CHECKING:
    import pyarrow as pa
    from sqlalchemy.engine import Connection

    from saywho.store import Store

VERSION = "1"
ROWS_PER_SHARD = 1000
BATCH = 100  # articles per load transaction: large enough for COPY to pay, small enough to redo one by one
STRINGS = ("id", "title", "url", "publisher", "published", "author", "origin", "text", "text_hash",
           "chrome", "attributions", "events", "actors", "problem")


class ShardError(ValueError):
    """A folder or file that is not a set of saywho shards (one line, for the command to print)."""


def arrow_schema() -> pa.Schema:
    import pyarrow as pa

    fields = [pa.field("seq", pa.int64(), nullable=False)] + [pa.field(name, pa.string()) for name in STRINGS]
    return pa.schema(fields, metadata={"saywho.shard": VERSION})


def to_row(item: Article | IngestError, seq: int) -> dict[str, Any]:
    """One shard row: an article with everything extracted from it, or an input's error."""
    row: dict[str, Any] = dict.fromkeys(STRINGS)
    row["seq"] = seq
    if isinstance(item, IngestError):
        row.update(origin=item.origin, problem=item.problem)
        return row
    row.update(
        id=item.id, title=item.title, url=item.url, publisher=item.publisher, published=item.published,
        author=item.author, origin=item.origin, text=item.text, text_hash=item.text_hash,
        chrome=_json([s.to_dict() for s in item.chrome]),
        attributions=_json([a.to_data() for a in item.attributions]),
        events=_json([e.to_data() for e in item.events]),
        actors=_json([a.to_dict() for a in item.actors]),
    )
    return row


def from_row(row: dict[str, Any]) -> Article | IngestError:
    """The inverse of :func:`to_row`."""
    if row.get("problem") is not None:
        return IngestError(row["origin"] or "?", row["problem"])
    return Article(
        id=row["id"], text=row["text"], title=row["title"], url=row["url"], publisher=row["publisher"],
        published=row["published"], author=row["author"], origin=row["origin"],
        chrome=[Span(int(s["start"]), int(s["end"]), str(s["text"])) for s in json.loads(row["chrome"] or "[]")],
        attributions=[Attribution.from_data(a) for a in json.loads(row["attributions"] or "[]")],
        events=[Event.from_data(e) for e in json.loads(row["events"] or "[]")],
        actors=[Actor.from_dict(a) for a in json.loads(row["actors"] or "[]")],
    )


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# -- writing ------------------------------------------------------------------------------------------

class ShardWriter:
    """Writes items to ``folder`` as numbered shards of ``rows`` rows; each file appears whole (written
    under a temporary name, then renamed), so a reader never sees half a shard."""

    def __init__(self, folder: Path, rows: int = ROWS_PER_SHARD) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if any(folder.glob("part-*.parquet")):
            raise ShardError(f"{folder} already holds shards: write a new batch to a new folder")
        self.folder = folder
        self.rows = rows
        self.seq = 0
        self.files = 0
        self._pending: list[dict[str, Any]] = []

    def __enter__(self) -> ShardWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write(self, item: Article | IngestError) -> None:
        self._pending.append(to_row(item, self.seq))
        self.seq += 1
        if len(self._pending) >= self.rows:
            self._flush()

    def close(self) -> None:
        if self._pending:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist(self._pending, schema=arrow_schema())
        final = self.folder / f"part-{self.files:05d}.parquet"
        temporary = self.folder / f".{final.name}.tmp"
        pq.write_table(table, temporary, compression="zstd")
        os.replace(temporary, final)
        self.files += 1
        self._pending = []


# -- reading ------------------------------------------------------------------------------------------

def shard_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise ShardError(f"{folder}: no such folder")
    files = sorted(folder.glob("part-*.parquet"))
    if not files:
        raise ShardError(f"{folder}: no shards (part-*.parquet) in it")
    return files


def row_count(files: list[Path]) -> int | None:
    """Rows in these shards, from their footers (for the progress bar); None when one cannot be read."""
    import pyarrow.parquet as pq

    try:
        return sum(pq.ParquetFile(path).metadata.num_rows for path in files)
    except Exception:  # noqa: BLE001 - read_shards reports the bad file
        return None


def read_shards(folder: Path) -> Iterator[Article | IngestError]:
    """Every item of every shard, in batch order; an unreadable shard is one error, not the end."""
    import pyarrow.parquet as pq

    for path in shard_files(folder):
        try:
            file = pq.ParquetFile(path)
            version = (file.schema_arrow.metadata or {}).get(b"saywho.shard", b"").decode()
            if version != VERSION:
                raise ShardError(f"not a saywho shard of version {VERSION} (found {version or 'none'!r})")
            for group in range(file.num_row_groups):
                for row in file.read_row_group(group).to_pylist():
                    yield from_row(row)
        except Exception as error:  # noqa: BLE001 - a corrupt or foreign file costs itself, not the batch
            yield IngestError(str(path), f"unreadable shard: {type(error).__name__}: {error}".splitlines()[0])


# -- loading ------------------------------------------------------------------------------------------

@dataclass
class LoadResult:
    added: int = 0
    unchanged: int = 0
    errors: list[IngestError] | None = None


def load(store: Store, items: Iterable[Article | IngestError], batch: int = BATCH,
         on_item: Any = None) -> LoadResult:
    """Store articles read from shards; ``on_item(item, outcome)`` is told of each ("added", "stored",
    or the IngestError)."""
    result = LoadResult(errors=[])
    pending: list[Article] = []

    def report(item: Article | IngestError, outcome: str | IngestError) -> None:
        if isinstance(outcome, IngestError):
            result.errors.append(outcome)  # type: ignore[union-attr]
        elif outcome == "added":
            result.added += 1
        else:
            result.unchanged += 1
        if on_item is not None:
            on_item(item, outcome)

    for item in items:
        if isinstance(item, IngestError):
            store.record_error(item)
            report(item, item)
            continue
        pending.append(item)
        if len(pending) >= batch:
            _load_batch(store, pending, report)
            pending = []
    if pending:
        _load_batch(store, pending, report)
    return result


def _load_batch(store: Store, articles: list[Article], report: Any) -> None:
    from sqlalchemy.exc import DBAPIError

    from saywho import validate

    valid: list[Article] = []
    for article in articles:  # what the store refuses anyway: one line each, before the transaction
        try:
            valid.append(validate.for_store(article))
        except validate.InputError as error:
            failure = IngestError(validate.printable(article.origin or article.id), validate.printable(str(error)))
            store.record_error(failure)
            report(article, failure)
    untouched = copy.deepcopy(valid)  # _bulk links actors and chooses ids in place
    try:
        with store.engine.begin() as conn:
            outcomes = _bulk(store, conn, valid)
    except (DBAPIError, store.engine.dialect.dbapi.Error):  # rolled back (COPY raises the driver's own errors)
        store.actors_changed()  # the actor dictionary may hold actors of the rolled-back batch
        for article in untouched:  # one by one, so only the bad record fails
            saved = store.save_or_report(article)
            report(article, saved if isinstance(saved, IngestError) else "added" if saved.added else "stored")
        return
    for article, outcome in zip(valid, outcomes, strict=True):
        report(article, outcome)


def _bulk(store: Store, conn: Connection, articles: list[Article]) -> list[str]:
    """What ``Store.save`` does for each article, in order, with the rows written together at the end."""
    from saywho.actors.canonical import link_actors
    from saywho.store import actors_of, article_row, attribution_row, event_row, schema

    rows: dict[str, list[dict[str, Any]]] = {"articles": [], "article_actors": [], "attributions": [], "events": []}
    outcomes: list[str] = []
    added: list[tuple[str, Article]] = []
    ids: set[str] = set()
    urls: set[str] = set()
    hashes: set[str] = set()
    for article in articles:
        if (store._find_existing(conn, article) is not None or article.text_hash in hashes
                or (article.url and article.url in urls)):
            outcomes.append("stored")
            continue
        link_actors(conn, article, store._actors)
        article_id = store._free_id(conn, article.id, ids)
        ids.add(article_id)
        hashes.add(article.text_hash)
        if article.url:
            urls.add(article.url)
        rows["articles"].append(article_row(article_id, article))
        saved = actors_of(article)
        ordered = sorted(saved, key=lambda a: a.id)  # one lock order for all writers, as in save
        store._upsert_actors(conn, ordered)  # the actors table now: the other rows point at it
        rows["article_actors"] += [dict(article_id=article_id, actor_id=a.id, title=a.title) for a in ordered]
        store._actors.saved(conn, saved)
        rows["attributions"] += [attribution_row(article_id, item) for item in article.attributions]
        rows["events"] += [event_row(article_id, event) for event in article.events]
        added.append((article_id, article))
        article.id = article_id
        outcomes.append("added")
    for name in ("articles", "article_actors", "attributions", "events"):  # parents before children
        _write(conn, getattr(schema, name), rows[name])
    from saywho.store import stories

    for article_id, article in added:  # in order, as each save does: a later copy joins an earlier one's story
        stories.assign(conn, article_id, article)
    return outcomes


def _write(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """COPY on PostgreSQL (JSON columns as text the server parses), executemany elsewhere."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        from sqlalchemy import insert

        conn.execute(insert(table), rows)
        return
    from sqlalchemy import JSON

    columns = list(rows[0])
    json_columns = {name for name in columns if isinstance(table.c[name].type, JSON)}
    quoted = ", ".join(f'"{name}"' for name in columns)
    cursor = conn.connection.driver_connection.cursor()  # psycopg, in the transaction SQLAlchemy began
    with cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([_json(row[c]) if c in json_columns and row[c] is not None else row[c] for c in columns])
