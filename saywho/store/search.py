"""Find stored articles: full-text search plus filters by actor, event type and date.

SQLite uses the FTS5 table from migration 0002, PostgreSQL its ``tsvector``
columns; any other database falls back to a LIKE scan. Search words come from
people, so they are never passed to FTS5 as query syntax: each word becomes a
quoted phrase, and all must match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape
from sqlalchemy import Double, Text, and_, bindparam, exists, func, literal_column, or_, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select

from saywho.store import Store, _escape_like, schema
from saywho.store.paging import COUNT_CAP, DEFAULT_SIZE, Key, Page, fetch, page_of_list

# Private-use characters mark the hit in a snippet; escaping happens around them.
HIT_START, HIT_END = "\ue000", "\ue001"
MOST_HITS = 2000  # FTS5 rows ranked per text query: the newest this many that match
MATCHED_ACTORS = 20  # actors a name filter may stand for
# "Most quoted" counts the newest this many statements: a count over all of them reads the whole table.
QUOTED_WINDOW = 10_000


@dataclass
class Filters:
    q: str = ""
    actor: str = ""
    event: str = ""
    date_from: str = ""
    date_to: str = ""

    def active(self) -> bool:
        return any((self.q, self.actor, self.event, self.date_from, self.date_to))


def fts5_query(q: str) -> str:
    """Each word as a quoted FTS5 phrase; the last one also matches as a prefix."""
    words = re.findall(r"\w+", q)
    if not words:
        return ""
    phrases = [f'"{w}"' for w in words]
    phrases[-1] += "*"
    return " ".join(phrases)


def search(store: Store, filters: Filters, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Articles matching the filters, best match first when there is a query, else newest first."""
    return search_page(store, filters, None, limit, offset).rows


def search_page(store: Store, filters: Filters, cursor: str | None = None, size: int = DEFAULT_SIZE,
                offset: int = 0) -> Page:
    """One page of :func:`search`, with its total; ``cursor`` comes from the previous page's ``next``/``prev``.

    Newest first is a keyset on (ingested_at, id), an index walk; a text query pages on (rank, id) over the
    newest :data:`MOST_HITS` matches (FTS5 rows on SQLite, articles on PostgreSQL), ranked.
    A filtered total is counted up to :data:`saywho.store.paging.COUNT_CAP`.
    """
    a, at = schema.articles.c, schema.attributions.c
    with store.engine.connect() as conn:
        actors = matching_actors(conn, filters.actor) if filters.actor else None
        broad = _broad(conn, actors, filters.event)
    count = select(func.count()).where(at.article_id == a.id, at.statement.is_(True)).scalar_subquery()
    columns = select(a.id, a.title, a.url, a.publisher, a.published, a.ingested_at, count.label("statements"),
                     func.substr(a.text, 1, 300).label("opening"))
    query = _filter(columns, filters, actors, broad)
    matching = _filter(select(a.id), filters, actors, broad)
    cap = COUNT_CAP if filters.active() else None
    if not filters.q.strip():
        # The page's keys first, then its columns: the statement counts and openings of 50 rows, not of
        # every row a broad filter matches before the sort.
        keys = [Key("ingested_at", a.ingested_at, "time", descending=True), Key("id", a.id, "str")]
        page = _fetch(store, "articles", matching.add_columns(a.ingested_at), keys, cursor, size, matching, offset, cap)
        with store.engine.connect() as conn:
            found = {r["id"]: dict(r) for r in conn.execute(columns.where(a.id.in_([r["id"] for r in page.rows]))).mappings()}
        page.rows = [{**found[r["id"]], "snippet": r["snippet"]} for r in page.rows if r["id"] in found]
        return page
    if store.dialect == "sqlite":
        return _fts5_page(store, filters, actors, query, cursor, size, offset)
    if store.dialect == "postgresql":
        tsq = func.websearch_to_tsquery("english", filters.q)
        # The article's text holds every statement's words, so its own tsvector finds them (GIN-indexed).
        matched = literal_column("articles.search").op("@@")(tsq)
        headline = func.ts_headline("english", a.text, tsq, f"StartSel={HIT_START}, StopSel={HIT_END}, MaxWords=30")
        # float4 shown as text is rounded: as float8 the cursor carries the exact value the next page compares.
        rank = func.ts_rank(literal_column("articles.search"), tsq).cast(Double)
        # As on SQLite, rank the newest MOST_HITS matches (ts_rank reads each one's tsvector), then make the
        # headlines of the page's rows only.
        with store.engine.connect() as conn:  # the ids first: as a subquery the planner ranks every article
            newest = list(conn.scalars(matching.where(matched).order_by(a.ingested_at.desc()).limit(MOST_HITS)))
        ranked = select(a.id, rank.label("rank")).where(a.id.in_(newest))
        keys = [Key("rank", rank, "float", descending=True), Key("id", a.id, "str")]
        page = _fetch(store, "search", ranked, keys, cursor, size, matching.where(matched), offset, cap)
        with store.engine.connect() as conn:
            found = {r["id"]: dict(r) for r in conn.execute(columns.add_columns(headline.label("snippet"))
                                                            .where(a.id.in_([r["id"] for r in page.rows]))).mappings()}
        page.rows = [{**found[r["id"]], "snippet": highlight_snippet(found[r["id"]]["snippet"])}
                     for r in page.rows if r["id"] in found]
        return page
    pattern = f"%{_escape_like(filters.q.lower())}%"
    matched = or_(func.lower(a.text).like(pattern, escape="\\"), func.lower(a.title).like(pattern, escape="\\"))
    return _fetch(store, "search", query.where(matched), [Key("id", a.id, "str")], cursor, size,
                  matching.where(matched), offset, cap)


def matching_actors(conn: Connection, name: str, most: int = MATCHED_ACTORS) -> list[str]:
    """The actors a filter means: the one whose id or whole name it is, else up to ``most`` whose names
    contain it (shortest names first), so that "Synth1" never expands to a thousand actors."""
    ac = schema.actors.c
    exact = or_(ac.id == name, func.lower(ac.name) == name.lower())
    contains = func.lower(ac.name).like(f"%{_escape_like(name.lower())}%", escape="\\")
    rows = conn.execute(select(ac.id, exact.label("exact")).where(or_(exact, contains))
                        .order_by(exact.desc(), func.length(ac.name), ac.id).limit(most)).all()
    return [r.id for r in rows if r.exact] if rows and rows[0].exact else [r.id for r in rows]


def _fetch(store: Store, name: str, query: Select, keys: list[Key], cursor: str | None, size: int, matching: Select,
           offset: int, cap: int | None) -> Page:
    with store.engine.connect() as conn:
        page = fetch(conn, name, query, keys, cursor, size, matching, offset, cap)
    for row in page.rows:
        row.pop("rank", None)
        row["snippet"] = highlight_snippet(row.get("snippet"))
    return page


def _fts5_page(store: Store, filters: Filters, actors: list[str] | None, query: Select, cursor: str | None, size: int,
               offset: int) -> Page:
    a = schema.articles.c
    hits, more = _fts5_hits(store, filters.q)
    ids = list(hits)
    if ids and (filters.actor or filters.event or filters.date_from or filters.date_to):
        with store.engine.connect() as conn:
            ids = list(conn.scalars(_filter(select(a.id).where(a.id.in_(ids)), filters, actors, (False, False))))
    ranked = sorted((hits[i][0], i) for i in ids)[offset:]
    chosen, after, before = page_of_list("search", ranked, cursor, size, ["float", "str"])
    # Snippets for the page's rows only, cut here from the rows' text: FTS5's snippet() under MATCH
    # reloads a common word's whole posting list for each row (10 ms a row at 100,000 articles).
    bodies = text("SELECT rowid, body FROM search_fts WHERE rowid IN :rowids").bindparams(
        bindparam("rowids", expanding=True))
    with store.engine.connect() as conn:
        rows = {r["id"]: dict(r) for r in conn.execute(query.where(a.id.in_([i for _, i in chosen]))).mappings()}
        found = dict(conn.execute(bodies, {"rowids": [hits[i][1] for _, i in chosen] or [-1]}).all())
    page = Page(rows=[rows[i] for _, i in chosen if i in rows], total=len(ranked) + offset, size=size,
                next=after, prev=before, capped=more)
    for row in page.rows:
        row["snippet"] = highlight_snippet(cut_snippet(found.get(hits[row["id"]][1]) or "", filters.q))
    return page


def cut_snippet(body: str, q: str, words: int = 24) -> str:
    """About ``words`` words of ``body`` from just before the first query word, the query's words marked
    (as FTS5 matches them: whole words, the last one also as a prefix; case ignored)."""
    wanted = [w.casefold() for w in re.findall(r"\w+", q)]
    if not wanted:
        return ""
    tokens = list(re.finditer(r"\w+", body))

    def hit(token: str) -> bool:
        token = token.casefold()
        return token in wanted[:-1] or token.startswith(wanted[-1])

    first = next((n for n, t in enumerate(tokens) if hit(t[0])), 0)
    shown = tokens[max(0, first - 4):max(0, first - 4) + words]
    if not shown:
        return ""
    out, at = [], shown[0].start()
    for token in shown:
        out.append(body[at:token.start()])
        out.append(f"{HIT_START}{token[0]}{HIT_END}" if hit(token[0]) else token[0])
        at = token.end()
    return "".join(out)


def _fts5_hits(store: Store, q: str, most: int = MOST_HITS) -> tuple[dict[str, tuple[float, int]], bool]:
    """Article id → (rank, rowid) of its best-ranked row (title, text or one statement), best first, among
    the newest ``most`` matching rows; and whether older rows match too.

    FTS5 finds the newest matches by rowid at once, but ranks a query only by scoring every row it
    matches: hundreds of thousands for a common word. Ranking a window of the newest keeps it bounded.
    """
    match = fts5_query(q)
    if not match:
        return {}, False
    window = text("SELECT rowid FROM search_fts WHERE search_fts MATCH :match ORDER BY rowid DESC LIMIT 1 OFFSET :last")
    hits = text("SELECT article_id, rank, rowid FROM search_fts WHERE search_fts MATCH :match AND rowid >= :oldest "
                "ORDER BY rank")
    best: dict[str, tuple[float, int]] = {}
    with store.engine.connect() as conn:
        oldest = conn.execute(window, {"match": match, "last": most - 1}).scalar()
        for article_id, rank, rowid in conn.execute(hits, {"match": match, "oldest": oldest or 0}):
            best.setdefault(article_id, (rank, rowid))  # the best row per article: the first seen
    return best, oldest is not None


BROAD = 2000  # rows an actor or event filter matches past which articles are walked newest first


def _broad(conn: Connection, actors: list[str] | None, event: str) -> tuple[bool, bool]:
    """Whether the actor and the event filters each match at least :data:`BROAD` rows (two index range counts).

    A narrow filter is fastest as ``id IN (its articles)``; a broad one as ``EXISTS`` beside a walk of the
    articles newest first, which stops at the page's last row instead of gathering and sorting thousands.
    """
    if not actors and not event:
        return False, False
    aa, ev = schema.article_actors.c, schema.events.c
    counts = []
    for rows in (select(aa.article_id).where(aa.actor_id.in_(actors)) if actors else None,
                 select(ev.pk).where(ev.category == event.upper()) if event else None):
        counts.append(select(func.count()).select_from(rows.limit(BROAD).subquery()).scalar_subquery()
                      if rows is not None else literal_column("0"))
    found = conn.execute(select(*counts)).one()
    return found[0] >= BROAD, found[1] >= BROAD


def _filter(query: Select, filters: Filters, actors: list[str] | None, broad: tuple[bool, bool]) -> Select:
    """The filters in SQL: the actor (resolved to ids by :func:`matching_actors`) and event ones over
    indexed columns, as ``IN`` when narrow and ``EXISTS`` when ``broad`` (see :func:`_broad`)."""
    a = schema.articles.c
    if actors is not None:
        aa = schema.article_actors.c
        query = query.where(exists(select(1).where(aa.article_id == a.id, aa.actor_id.in_(actors))) if broad[0]
                            else a.id.in_(select(aa.article_id).where(aa.actor_id.in_(actors))))
    if filters.event:
        ev = schema.events.c
        category = filters.event.upper()
        query = query.where(exists(select(1).where(ev.article_id == a.id, ev.category == category)) if broad[1]
                            else a.id.in_(select(ev.article_id).where(ev.category == category)))
    # ``published`` is ISO 8601 text, so string order is date order; undated
    # articles fall back to the day they were ingested.
    day = func.coalesce(func.substr(a.published, 1, 10), func.substr(func.cast(a.ingested_at, Text), 1, 10))
    if filters.date_from:
        query = query.where(day >= filters.date_from)
    if filters.date_to:
        query = query.where(day <= filters.date_to)
    return query


def highlight_snippet(snippet: str | None) -> Markup:
    """Escape a snippet, then turn the hit markers into <mark>."""
    if not snippet:
        return Markup("")
    html = str(escape(snippet))
    return Markup(html.replace(HIT_START, '<mark class="hit">').replace(HIT_END, "</mark>"))


def event_categories(store: Store) -> list[str]:
    """The event categories stored, in order: a loose index scan of ix_events_category, one seek per category
    (PostgreSQL's DISTINCT reads every event)."""
    query = text("WITH RECURSIVE c(category) AS (SELECT min(category) FROM events UNION ALL "
                 "SELECT (SELECT min(category) FROM events WHERE category > c.category) FROM c "
                 "WHERE c.category IS NOT NULL) SELECT category FROM c WHERE category IS NOT NULL")
    with store.engine.connect() as conn:
        return list(conn.scalars(query))


def speakers_of(store: Store, article_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Who speaks in each article, most statements first (for result lists)."""
    if not article_ids:
        return {}
    at, ac = schema.attributions.c, schema.actors.c
    query = (
        select(at.article_id, ac.id, ac.name, func.count().label("n"))
        .join(schema.actors, ac.id == at.speaker_id)
        .where(and_(at.article_id.in_(article_ids)))
        .group_by(at.article_id, ac.id, ac.name)
        .order_by(func.count().desc(), ac.name)
    )
    result: dict[str, list[dict[str, Any]]] = {}
    with store.engine.connect() as conn:
        for row in conn.execute(query).mappings():
            result.setdefault(row["article_id"], []).append({"id": row["id"], "name": row["name"], "n": row["n"]})
    return result


def top_speakers(store: Store, limit: int = 8, window: int = QUOTED_WINDOW) -> list[dict[str, Any]]:
    """Who is quoted most in the newest ``window`` statements (attributions with a speaker)."""
    at, ac = schema.attributions.c, schema.actors.c
    with store.engine.connect() as conn:
        newest = conn.execute(select(func.max(at.pk))).scalar() or 0
        query = (select(ac.id, ac.name, ac.title, func.count().label("n")).select_from(schema.attributions)
                 .join(schema.actors, ac.id == at.speaker_id).where(at.pk > newest - window)
                 .group_by(ac.id, ac.name, ac.title).order_by(func.count().desc(), ac.name).limit(limit))
        return [dict(r) for r in conn.execute(query).mappings()]
