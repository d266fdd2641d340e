"""The store: articles and everything extracted from them, in any SQLAlchemy database.

SQLite by default (a file, no server); PostgreSQL for servers. Every write is
one transaction. Saving an article that is already stored (same URL, else the
same text) changes nothing, so re-running a batch is safe.
"""

from __future__ import annotations

import gc
import json
import os
import time
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Engine, Table, Text, and_, cast, create_engine, delete, event, func, insert, or_, select
from sqlalchemy import text as sql
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, OperationalError

from saywho import validate
from saywho.model import Actor, Article, Attribution, Event, IngestError, Place, Span
from saywho.store import schema

DEFAULT_DB = "sqlite:///saywho.db"
MIGRATIONS = Path(__file__).parent / "migrations"


def database_url(url: str | None = None) -> str:
    """``--db`` wins, then ``SAYWHO_DB``, then ``saywho.db`` in the working directory.

    A bare path is taken as a SQLite file.
    """
    url = url or os.environ.get("SAYWHO_DB") or DEFAULT_DB
    return url if "://" in url else f"sqlite:///{url}"


def _engine(url: str) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA busy_timeout=5000")  # first: the statements below may wait for a lock
            cursor.execute("PRAGMA foreign_keys=ON")
            _write_ahead_log(cursor)
            cursor.close()
    return engine


def _write_ahead_log(cursor: Any, patience: float = 60.0) -> None:
    """Put a SQLite file in WAL mode (once per file: the mode is stored in it). Switching needs the file to
    itself, and SQLite answers "database is locked" at once, without waiting, while another process writes
    to a new file (two ingests started together): wait and try again rather than fail the command."""
    deadline = time.monotonic() + patience
    delay = 0.05
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except Exception as error:  # sqlite3.OperationalError, whichever sqlite3 module the dialect loaded
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


MIGRATION_LOCK = 0x5A7_0011  # the PostgreSQL advisory lock key every saywho migration takes


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to an Alembic revision, the newest by default.

    Safe to race: processes started together on a new database (``--workers``, two ingests, a web
    server's workers) take a lock first — a PostgreSQL advisory lock, or on SQLite an exclusive lock on
    a file beside the database, since SQLite runs DDL outside transactions — and Alembic re-reads the
    revision inside it, so the second finds the schema made and does nothing.
    """
    from alembic import command  # here: half a second of imports that commands not touching a store skip
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    if revision == "head" and _at_head(engine, config):
        return  # the common case: no lock, no write
    with _sqlite_lock(engine), engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(sql("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _at_head(engine: Engine, config: Any) -> bool:  # an alembic Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    with engine.connect() as connection:
        current = set(MigrationContext.configure(connection).get_current_heads())
    return current == set(ScriptDirectory.from_config(config).get_heads())


@contextmanager
def _sqlite_lock(engine: Engine) -> Iterator[None]:
    """An exclusive lock on ``<database>.migrate.lock`` (a file database only; waits as long as it takes)."""
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:" or database.startswith("file:"):
        yield
        return
    import fcntl

    with open(f"{database}.migrate.lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def insert_or_skip(conn: Connection, table: Table) -> Any:
    """``INSERT … ON CONFLICT DO NOTHING`` on SQLite and PostgreSQL: a row another writer stored first is
    skipped instead of raising IntegrityError and rolling back the whole save (see :func:`inserted`)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).on_conflict_do_nothing()
    if conn.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(table).on_conflict_do_nothing()
    return insert(table)  # other databases: a conflict raises, and save retries or reports it


def inserted(conn: Connection, table: Table, **values: Any) -> bool:
    """Insert-or-skip one row; True when it was inserted. Told by RETURNING, not rowcount: psycopg's
    rowcount for a skipped ``ON CONFLICT DO NOTHING`` is -1 here, which reads as true."""
    key = next(iter(table.primary_key.columns))
    return conn.execute(insert_or_skip(conn, table).values(**values).returning(key)).first() is not None


def now() -> datetime:
    return datetime.now(UTC)


@dataclass
class SaveResult:
    article_id: str
    added: bool


class Store:
    def __init__(self, url: str | None = None, upgrade: bool = True) -> None:
        self.url = database_url(url)
        self.engine = _engine(self.url)
        self._stored_actors: Any = None  # saywho.actors.StoredActors, made at the first save (see _actors)
        if upgrade:
            migrate(self.engine)

    @property
    def _actors(self) -> Any:
        """The actor dictionary saves link to; made on first use, since saywho.actors imports spaCy (and
        the store, so not at the top): a re-run that finds every article stored never loads either."""
        if self._stored_actors is None:
            from saywho.actors.canonical import StoredActors

            self._stored_actors = StoredActors()
        return self._stored_actors

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    # -- writing ---------------------------------------------------------------

    def save(self, article: Article) -> SaveResult:
        """Store an article with its attributions, events and actors, unless already stored.

        Raises :class:`saywho.validate.InputError` for a field no database may hold (checked here as
        well as at ingest, so an ``Article`` built by hand gets the same one-line error everywhere).
        """
        validate.for_store(article)
        for attempt in range(SAVE_ATTEMPTS):
            try:
                return self._save_once(article)
            except OperationalError as error:  # a deadlock, or a lock held past the busy timeout: try again
                if attempt == SAVE_ATTEMPTS - 1 or not _transient(error):
                    raise
                time.sleep(0.05 * 2 ** attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def stored_id(self, article: Article) -> str | None:
        """The id of the stored article with this URL or text, if any: asked before parsing, so a re-run
        of a stored batch costs a query per article instead of a parse."""
        with self.engine.connect() as conn:
            return self._find_existing(conn, article)

    def _save_once(self, article: Article) -> SaveResult:
        with self.engine.begin() as conn:
            existing = self._find_existing(conn, article)
            if existing is not None:
                return SaveResult(existing, added=False)
            from saywho.actors.canonical import link_actors  # here, not at the top: actors imports the store

            link_actors(conn, article, self._actors)  # "Putin" here is the "Vladimir Putin" stored before
            for _ in range(100):
                article_id = self._free_id(conn, article.id)
                if inserted(conn, schema.articles, **article_row(article_id, article)):
                    break
                # Another writer stored this article (or took this id) since we looked: the insert waited
                # for it and skipped, so look again; the same article is "already stored", not an error.
                existing = self._find_existing(conn, article)
                if existing is not None:
                    return SaveResult(existing, added=False)
            else:  # pragma: no cover - a hundred ids taken in between
                raise OperationalError("INSERT articles", {}, Exception("no free article id"))
            saved = self._save_actors(conn, article_id, article)
            # a rolled-back save leaves the row count changed back, and the next save re-reads the table
            self._actors.saved(conn, saved)
            self._save_attributions(conn, article_id, article.attributions)
            self._save_events(conn, article_id, article.events)
            from saywho.store import stories  # here: datasketch (and scipy) load only when an article is saved

            stories.assign(conn, article_id, article)  # wire copies and updates: one story across outlets
            article.id = article_id
            return SaveResult(article_id, added=True)

    def save_or_report(self, article: Article) -> SaveResult | IngestError:
        """Save, or record why not: one bad article is one line in the errors table, never the end of a batch."""
        try:
            return self.save(article)
        except validate.InputError as error:
            problem = str(error)
        except DBAPIError as error:  # what validation did not foresee; save's transaction was rolled back
            lines = str(error.orig or error).strip().splitlines()
            problem = f"the database refused it: {lines[0] if lines else type(error).__name__}"
        failure = IngestError(validate.printable(article.origin or str(article.id)), validate.printable(problem))
        self.record_error(failure)
        return failure

    def _find_existing(self, conn: Connection, article: Article) -> str | None:
        condition = schema.articles.c.text_hash == article.text_hash
        if article.url:
            condition = or_(schema.articles.c.url == article.url, condition)
        return conn.execute(select(schema.articles.c.id).where(condition)).scalar()

    def _free_id(self, conn: Connection, wanted: str, taken: Collection[str] = ()) -> str:
        # Two different articles may arrive with the same id (two "index.html"
        # files): keep both, the second with a numbered suffix. ``taken``: ids chosen but not yet written
        # (the bulk loader's batch, saywho/ingest/shards.py).
        candidate, n = wanted, 1
        while candidate in taken or conn.execute(select(schema.articles.c.id).where(schema.articles.c.id == candidate)).first():
            n += 1
            suffix = f"-{n}"
            candidate = wanted[:validate.MAX_ID - len(suffix)] + suffix  # still fits the id column
        return candidate

    def _save_actors(self, conn: Connection, article_id: str, article: Article) -> list[Actor]:
        every = actors_of(article)
        ordered = sorted(every, key=lambda a: a.id)  # one lock order for all writers: no deadlock
        self._upsert_actors(conn, ordered)
        if ordered:
            conn.execute(insert(schema.article_actors),
                         [{"article_id": article_id, "actor_id": a.id, "title": a.title} for a in ordered])
        return every

    def _upsert_actors(self, conn: Connection, actors: list[Actor]) -> None:
        """:meth:`upsert_actor` for an article's actors in a few statements — one read, one insert of the new
        ones, an update only for an actor that learned something — instead of two or three per actor: building
        a statement per row was most of a save's time."""
        if not actors:
            return
        table = schema.actors
        ids = [a.id for a in actors]
        found = {row["id"]: row for row in conn.execute(select(table).where(table.c.id.in_(ids))).mappings()}
        new = [a for a in actors if a.id not in found]
        if new:
            added = set(conn.execute(insert_or_skip(conn, table).returning(table.c.id), [a.to_dict() for a in new]).scalars())
            raced = [a.id for a in new if a.id not in added]  # stored by another writer since we looked
            if raced:
                found.update((row["id"], row) for row in conn.execute(select(table).where(table.c.id.in_(raced))).mappings())
        for actor in actors:
            row = found.get(actor.id)
            if row is None:
                continue  # just inserted as it is
            changes = _actor_changes(row, actor)
            if changes:
                conn.execute(table.update().where(table.c.id == actor.id).values(**changes))

    def actors_changed(self) -> None:
        """Actors were added or edited outside a save (an imported dictionary): re-read them next save."""
        self._stored_actors = None

    def upsert_actor(self, conn: Connection, actor: Actor) -> None:
        """Add an actor, or fill in what an earlier article did not know (title, country, aliases)."""
        row = conn.execute(select(schema.actors).where(schema.actors.c.id == actor.id)).mappings().first()
        if row is None:
            if inserted(conn, schema.actors, **actor.to_dict()):
                return
            row = conn.execute(select(schema.actors).where(schema.actors.c.id == actor.id)).mappings().one()
        changes = _actor_changes(row, actor)
        if changes:
            conn.execute(schema.actors.update().where(schema.actors.c.id == actor.id).values(**changes))

    def _save_attributions(self, conn: Connection, article_id: str, items: list[Attribution]) -> None:
        if items:  # one statement for all the rows (executemany): compiling one per row cost more than the write
            conn.execute(insert(schema.attributions), [attribution_row(article_id, item) for item in items])

    def _save_events(self, conn: Connection, article_id: str, items: list[Event]) -> None:
        if items:
            conn.execute(insert(schema.events), [event_row(article_id, item) for item in items])

    def record_error(self, error: IngestError) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(schema.errors).values(origin=validate.printable(error.origin),
                                                      problem=validate.printable(error.problem), at=now()))

    def delete_article(self, article_id: str) -> bool:
        with self.engine.begin() as conn:
            for table in (schema.comment_reports,):
                conn.execute(delete(table).where(table.c.comment_id.in_(
                    select(schema.comments.c.id).where(schema.comments.c.article_id == article_id))))
            for table in (schema.reviews, schema.events, schema.attributions, schema.article_actors):
                conn.execute(delete(table).where(table.c.article_id == article_id))
            conn.execute(delete(schema.comments).where(
                and_(schema.comments.c.article_id == article_id, schema.comments.c.parent_id.is_not(None))))
            conn.execute(delete(schema.comments).where(schema.comments.c.article_id == article_id))
            return conn.execute(delete(schema.articles).where(schema.articles.c.id == article_id)).rowcount > 0

    # -- reading ---------------------------------------------------------------

    def article(self, key: str) -> Article | None:
        """An article by id, URL or id prefix, with everything extracted from it."""
        with no_gc(), self.engine.connect() as conn:
            a = schema.articles.c
            row = conn.execute(select(schema.articles).where(or_(a.id == key, a.url == key))).mappings().first()
            if row is None:
                rows = conn.execute(select(schema.articles).where(a.id.startswith(key, autoescape=True)).limit(2)).mappings().all()
                row = rows[0] if len(rows) == 1 else None
            if row is None:
                return None
            actors = self._actors_by_id(conn, row["id"])
            return Article(
                id=row["id"], text=row["text"], title=row["title"], url=row["url"], publisher=row["publisher"],
                published=row["published"], author=row["author"], origin=row["origin"],
                chrome=[Span.from_dict(s) for s in row["chrome"] or []],  # type: ignore[misc]
                attributions=self._attributions_of(conn, row["id"], actors),
                events=self._events_of(conn, row["id"], actors),
                actors=list(actors.values()),
            )

    def _actors_by_id(self, conn: Connection, article_id: str) -> dict[str, Actor]:
        query = (
            select(schema.actors, schema.article_actors.c.title.label("local_title"))
            .join(schema.article_actors, schema.article_actors.c.actor_id == schema.actors.c.id)
            .where(schema.article_actors.c.article_id == article_id)
        )
        result = {}
        for row in conn.execute(query).mappings():
            actor = actor_from_row(row)
            actor.title = row["local_title"] or actor.title
            result[actor.id] = actor
        return result

    def _attributions_of(self, conn: Connection, article_id: str, actors: dict[str, Actor]) -> list[Attribution]:
        t = schema.attributions
        rows = _json_decoded(conn, t, t.c.article_id == article_id, (t.c.start, t.c.pk))
        return [attribution_from_row(row, actors) for row in rows]

    def _events_of(self, conn: Connection, article_id: str, actors: dict[str, Actor]) -> list[Event]:
        t = schema.events
        rows = _json_decoded(conn, t, t.c.article_id == article_id, (t.c.pk,))
        return [event_from_row(row, actors) for row in rows]

    def articles(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        a, at = schema.articles.c, schema.attributions.c
        count = select(func.count()).where(at.article_id == a.id, at.statement.is_(True)).scalar_subquery()
        query = (
            select(a.id, a.title, a.url, a.publisher, a.published, a.ingested_at, count.label("statements"))
            .order_by(a.ingested_at.desc(), a.id).limit(limit).offset(offset)
        )
        with self.engine.connect() as conn:
            return [dict(row) for row in conn.execute(query).mappings()]

    def statements(self, speaker: str | None = None, about: str | None = None, limit: int = 200,
                   everything: bool = False) -> list[dict[str, Any]]:
        """Statements, newest article first, optionally by a speaker (name or id) and about a word;
        ``everything`` adds the other attributions (thought, appearance, evidence, things as sources)."""
        t, a, ac = schema.attributions.c, schema.articles.c, schema.actors.c
        query = (
            select(t.article_id, t.local_id, t.kind, t.content_text, t.cue, t.source, t.confidence,
                   t.act, t.source_type, t.statement,
                   ac.id.label("speaker_id"), ac.name.label("speaker"), ac.title, ac.country,
                   a.title.label("article_title"), a.published)
            .join(schema.articles, a.id == t.article_id)
            .outerjoin(schema.actors, ac.id == t.speaker_id)
            .order_by(a.published.desc(), a.ingested_at.desc(), t.start)
            .limit(limit)
        )
        if speaker:
            pattern = f"%{_escape_like(speaker.lower())}%"
            query = query.where(or_(func.lower(ac.name).like(pattern, escape="\\"), ac.id == speaker))
        if about:
            query = query.where(func.lower(t.content_text).like(f"%{_escape_like(about.lower())}%", escape="\\"))
        if not everything:
            query = query.where(t.statement.is_(True))
        with self.engine.connect() as conn:
            return [dict(row) for row in conn.execute(query).mappings()]

    def actor(self, key: str) -> Actor | None:
        ac = schema.actors.c
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.actors).where(ac.id == key)).mappings().first()
            if row is None:
                row = conn.execute(
                    select(schema.actors).where(func.lower(ac.name).like(f"%{_escape_like(key.lower())}%", escape="\\"))
                    .order_by(func.length(ac.name))
                ).mappings().first()
            return actor_from_row(row) if row is not None else None

    def all_actors(self) -> list[Actor]:
        with self.engine.connect() as conn:
            return [actor_from_row(r) for r in conn.execute(select(schema.actors).order_by(schema.actors.c.name)).mappings()]

    def errors(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(select(schema.errors).order_by(schema.errors.c.id)).mappings()]

    def iter_articles(self) -> Iterator[Article]:
        with self.engine.connect() as conn:
            ids = [r[0] for r in conn.execute(select(schema.articles.c.id).order_by(schema.articles.c.id))]
        for article_id in ids:
            article = self.article(article_id)
            if article is not None:
                yield article


SAVE_ATTEMPTS = 5


def _actor_changes(row: Any, actor: Actor) -> dict[str, Any]:
    """What a stored actor learns from an article (a title, country or sector it lacked, new aliases)."""
    merged = {
        "title": row["title"] or actor.title,
        "country": row["country"] or actor.country,
        "sector": row["sector"] or actor.sector,
        "aliases": list(dict.fromkeys([*(row["aliases"] or []), *actor.aliases])),
    }
    return merged if any(merged[k] != (row[k] or ([] if k == "aliases" else None)) for k in merged) else {}


def _transient(error: OperationalError) -> bool:
    """A PostgreSQL deadlock or serialization failure, or SQLite's "database is locked": worth a retry."""
    code = getattr(error.orig, "sqlstate", None)
    return code in ("40P01", "40001") or "locked" in str(error.orig).lower()


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def article_row(article_id: str, article: Article) -> dict[str, Any]:
    """An article's row: one definition for ``save`` and the bulk loader (saywho/ingest/shards.py)."""
    return dict(
        id=article_id, title=article.title, url=article.url, publisher=article.publisher,
        published=article.published, author=article.author, origin=article.origin, text=article.text,
        text_hash=article.text_hash, chrome=[s.to_dict() for s in article.chrome], ingested_at=now(),
    )


def attribution_row(article_id: str, item: Attribution) -> dict[str, Any]:
    """An attribution's row: one definition for ``save`` and the bulk loader (saywho/ingest/shards.py)."""
    return dict(
        article_id=article_id, local_id=item.id,
        source=item.source.to_dict() if item.source else None,
        cue=item.cue.to_dict() if item.cue else None,
        content=[s.to_dict() for s in item.content],
        content_text=" … ".join(s.text for s in item.content),
        kind=item.kind, speaker_id=item.speaker.id if item.speaker else None,
        addressee=item.addressee, medium=item.medium, negated=item.negated,
        confidence=item.confidence, start=_first_offset(item),
        act=item.act, source_type=item.source_type, statement=item.statement,
        speaker_mention=item.speaker_mention.to_dict() if item.speaker_mention else None,
    )


def event_row(article_id: str, item: Event) -> dict[str, Any]:
    """An event's row: one definition for ``save`` and the bulk loader (saywho/ingest/shards.py)."""
    return dict(
        article_id=article_id, local_id=item.id, category=item.category, mode=item.mode,
        source_id=item.source.id if item.source else None,
        target_id=item.target.id if item.target else None,
        evidence=item.evidence.to_dict(), attribution_id=item.attribution_id,
        cameo=item.cameo, cameo_code=item.cameo_code, quad_class=item.quad_class, goldstein=item.goldstein,
        negated=item.negated, hypothetical=item.hypothetical, future=item.future,
        confidence=item.confidence, place=item.place.to_dict() if item.place else None,
    )


def _first_offset(item: Attribution) -> int:
    starts = [s.start for s in item.content] + [x.start for x in (item.source, item.cue) if x is not None]
    return min(starts) if starts else 0


def actor_from_row(row: Any) -> Actor:
    return Actor(
        id=row["id"], name=row["name"], title=row["title"], country=row["country"],
        type=row["type"], sector=row["sector"], aliases=list(row["aliases"] or []),
    )


@contextmanager
def no_gc() -> Iterator[None]:
    """Building tens of thousands of objects for a long article sets off the cyclic garbage collector again
    and again (half of the 900 KB article's load time); they are all kept, so there is nothing to collect."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def actors_of(article: Article) -> list[Actor]:
    """The actors an article is linked to in the store: its own, its speakers, its events' sides."""
    every = {a.id: a for a in article.actors}
    for item in article.attributions:
        if item.speaker is not None:
            every.setdefault(item.speaker.id, item.speaker)
    for item in article.events:
        for actor in (item.source, item.target):
            if actor is not None:
                every.setdefault(actor.id, actor)
    return list(every.values())


def _json_decoded(conn: Connection, table: Any, where: Any, order: tuple[Any, ...]) -> list[dict[str, Any]]:
    """Rows with their JSON columns decoded in one ``json.loads`` for all rows: an article with 15,000
    statements has 70,000 small JSON values, and decoding them one by one was most of its page's time."""
    names = [c.name for c in table.c if isinstance(c.type, JSON)]
    columns = [cast(c, Text).label(c.name) if c.name in names else c for c in table.c]
    rows = [dict(row) for row in conn.execute(select(*columns).where(where).order_by(*order)).mappings()]
    raw = [row[name] for row in rows for name in names]
    values = iter(json.loads("[" + ",".join("null" if v is None else v for v in raw) + "]"))
    for row in rows:
        for name in names:
            row[name] = next(values)
    return rows


def attribution_from_row(row: Any, actors: dict[str, Actor]) -> Attribution:
    return Attribution(
        id=row["local_id"], source=Span.from_dict(row["source"]), cue=Span.from_dict(row["cue"]),
        content=[Span.from_dict(s) for s in row["content"]],  # type: ignore[misc]
        kind=row["kind"], speaker=actors.get(row["speaker_id"]) if row["speaker_id"] else None,
        addressee=row["addressee"], medium=row["medium"], negated=row["negated"], confidence=row["confidence"],
        act=row["act"] or "speech", source_type=row["source_type"] or "person",  # NULL: stored before 0006
        speaker_mention=Span.from_dict(row.get("speaker_mention")),  # NULL before 0008; not in every listing
    )


def event_from_row(row: Any, actors: dict[str, Actor]) -> Event:
    return Event(
        id=row["local_id"], category=row["category"], mode=row["mode"],
        evidence=Span.from_dict(row["evidence"]),  # type: ignore[arg-type]
        source=actors.get(row["source_id"]) if row["source_id"] else None,
        target=actors.get(row["target_id"]) if row["target_id"] else None,
        attribution_id=row["attribution_id"], cameo=row["cameo"], cameo_code=row["cameo_code"],
        quad_class=row["quad_class"], goldstein=row["goldstein"], negated=row["negated"],
        hypothetical=row["hypothetical"], future=row["future"], confidence=row["confidence"],
        place=Place.from_dict(row["place"]),
    )
