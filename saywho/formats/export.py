"""Export stored records, and query actors and their relations.

``saywho export`` writes events, attributions, actors or reviews as JSON
Lines, CSV or Parquet; events as GDELT 2.0's 61 event columns (``--format
gdelt``, see ``saywho.formats.gdelt``) or PLOVER JSON records (``--format plover``, see
``saywho.formats.plover``); articles with their quotations as GKG 2.1's 27
columns (``--format gdelt --what attributions``). Negated, hypothetical and
future events stay in the store and in JSON/CSV, but GDELT and PLOVER files
hold what happened: they are left out there unless ``include_unreal``.
``saywho actor`` and ``saywho relations`` read the same rows.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from sqlalchemy import func, select

from saywho.events import cameo
from saywho.formats import gdelt
from saywho.formats import plover as plover_format
from saywho.formats.gdelt import GDELT_COLUMNS, GKG_COLUMNS
from saywho.store import Store, schema

COOPERATION = {1, 2}
UNREAL = ("negated", "hypothetical", "future")
__all__ = ["GDELT_COLUMNS", "GKG_COLUMNS", "export", "event_rows", "attribution_rows", "actor_profile", "relations"]


# -- rows -----------------------------------------------------------------------

def event_rows(store: Store) -> Iterator[dict[str, Any]]:
    """Every stored event with its article's date and URL and its actors' names and codes."""
    e, a = schema.events.c, schema.articles.c
    actors = {actor.id: actor for actor in store.all_actors()}
    codes = {key: _code(actor) for key, actor in actors.items()}
    query = (select(schema.events, a.published, a.url, a.origin, a.publisher, a.ingested_at,
                    func.substr(a.text, 1, LEAD_CHARS).label("lead_text"))
             .join(schema.articles, a.id == e.article_id).order_by(e.pk))
    with store.engine.connect() as conn:
        for row in conn.execute(query).mappings():
            source, target = actors.get(row["source_id"]), actors.get(row["target_id"])
            start = (row["evidence"] or {}).get("start")
            yield {
                "id": row["pk"], "article_id": row["article_id"], "event": row["local_id"],
                "category": row["category"], "mode": row["mode"],
                "source_id": row["source_id"], "source": source.name if source else None,
                "source_country": source.country if source else None, "source_sector": source.sector if source else None,
                "target_id": row["target_id"], "target": target.name if target else None,
                "target_country": target.country if target else None, "target_sector": target.sector if target else None,
                "source_code": codes.get(row["source_id"]), "target_code": codes.get(row["target_id"]),
                "evidence": (row["evidence"] or {}).get("text"), "start": start,
                "end": (row["evidence"] or {}).get("end"), "publisher": row["publisher"],
                "in_lead": start is not None and start < gdelt.lead_end(row["lead_text"] or ""),
                "attribution_id": row["attribution_id"], "cameo": row["cameo"], "cameo_code": row["cameo_code"],
                "quad_class": row["quad_class"], "place": row["place"],
                "goldstein": row["goldstein"], "negated": row["negated"], "hypothetical": row["hypothetical"],
                "future": row["future"], "confidence": row["confidence"], "published": row["published"],
                "url": row["url"] or row["origin"], "ingested_at": row["ingested_at"],
            }


LEAD_CHARS = 4000  # enough text to find where an article's lead paragraph ends


def mention_counts(store: Store) -> dict[int, dict[str, int]]:
    """GDELT's NumMentions, NumSources and NumArticles of each event (by pk), counted across a story
    (saywho.store.stories): the story's events with the same CAMEO code (else category) and the same actors are
    one event reported by several articles — mentions, distinct outlets, distinct articles."""
    from saywho.store.stories import outlet

    e, a, st = schema.events.c, schema.articles.c, schema.article_stories.c
    query = (select(e.pk, e.article_id, e.cameo_code, e.category, e.source_id, e.target_id, st.story_id,
                    a.publisher, a.url)
             .join(schema.article_stories, st.article_id == e.article_id)
             .join(schema.articles, a.id == e.article_id))
    groups: dict[tuple, list[Any]] = defaultdict(list)
    with store.engine.connect() as conn:
        for row in conn.execute(query):
            groups[(row.story_id, row.cameo_code or row.category, row.source_id, row.target_id)].append(row)
    counts: dict[int, dict[str, int]] = {}
    for rows in groups.values():
        numbers = {"NumMentions": len(rows),
                   "NumSources": len({outlet(r.publisher, r.url, r.article_id) for r in rows}),
                   "NumArticles": len({r.article_id for r in rows})}
        for row in rows:
            counts[row.pk] = numbers
    return counts


def _code(actor: Any) -> str:
    """The actor's full CAMEO code (IGOUNO, RUSGOV, EUR)."""
    return cameo.actor_code(actor.name, actor.country, actor.sector, tuple(actor.aliases)).code


def is_real(row: dict[str, Any]) -> bool:
    """An event that happened as told: not negated ("didn't apologize"), hypothetical or future."""
    return not any(row.get(flag) for flag in UNREAL)


def attribution_rows(store: Store, everything: bool = False) -> Iterator[dict[str, Any]]:
    """Stored statements (GKG quotations read these too); ``everything`` adds the other attributions."""
    t, a, ac = schema.attributions.c, schema.articles.c, schema.actors.c
    query = (select(t.pk, t.article_id, t.local_id, t.kind, t.cue, t.content, t.content_text, t.speaker_id,
                    t.addressee, t.medium, t.negated, t.confidence, t.act, t.source_type, t.statement,
                    ac.name.label("speaker"), ac.country, ac.type.label("speaker_type"), t.source, a.published, a.url, a.origin, a.publisher, a.ingested_at)
             .join(schema.articles, a.id == t.article_id).outerjoin(schema.actors, ac.id == t.speaker_id)
             .order_by(t.article_id, t.start, t.pk))
    if not everything:
        query = query.where(t.statement.is_(True))
    with store.engine.connect() as conn:
        for row in conn.execute(query).mappings():
            yield {**dict(row), "cue": (row["cue"] or {}).get("text"), "cue_start": (row["cue"] or {}).get("start"),
                   "source": (row["source"] or {}).get("text"), "source_start": (row["source"] or {}).get("start"),
                   "url": row["url"] or row["origin"]}


def actor_rows(store: Store) -> Iterator[dict[str, Any]]:
    for actor in store.all_actors():
        yield actor.to_dict()


def review_rows(store: Store) -> Iterator[dict[str, Any]]:
    try:
        from saywho.store.reviews import reviews_as_polnear  # written by the web side; optional here
    except ImportError as error:
        raise RuntimeError(f"reviews cannot be exported: saywho.store.reviews is not available ({error})") from None
    yield from reviews_as_polnear(store)


ROWS = {"events": event_rows, "attributions": attribution_rows, "actors": actor_rows, "reviews": review_rows}


# -- formats --------------------------------------------------------------------

def _plain(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


_LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def json_line(item: Any) -> str:
    """One JSON Lines record: non-ASCII text kept, but the characters line readers split on (U+2028,
    U+2029, NEL; JSON leaves them raw) escaped, so each record is exactly one line."""
    text = json.dumps(item, ensure_ascii=False, default=str)
    for raw, escaped in _LINE_BREAKS.items():
        text = text.replace(raw, escaped)
    return text + "\n"


def write_jsonl(rows: Iterator[dict[str, Any]], handle: io.TextIOBase) -> int:
    count = 0
    for row in rows:
        handle.write(json_line(row))
        count += 1
    return count


def write_csv(rows: Iterator[dict[str, Any]], handle: io.TextIOBase) -> int:
    writer = None
    count = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(handle, fieldnames=list(row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: _plain(v) for k, v in row.items()})
        count += 1
    return count


def write_parquet(rows: Iterator[dict[str, Any]], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    items = [{k: _plain(v) for k, v in row.items()} for row in rows]
    pq.write_table(pa.Table.from_pylist(items), path)
    return len(items)


def write_gdelt(what: str, store: Store, handle: io.TextIOBase, include_unreal: bool = False) -> int:
    """GDELT 2.0 event rows for events, GKG 2.1 rows (one per article) for attributions."""
    if what == "events":
        count = 0
        mentions = mention_counts(store)
        for row in event_rows(store):
            if include_unreal or is_real(row):
                handle.write("\t".join(gdelt.event_record({**row, **mentions.get(row["id"], {})})) + "\n")
                count += 1
        return count
    if what == "attributions":
        by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in attribution_rows(store):
            by_article[row["article_id"]].append(row)
        places: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in event_rows(store):
            if row.get("place"):
                places[row["article_id"]].append(row)
        a = schema.articles.c
        query = select(a.id, a.url, a.publisher, a.origin, a.ingested_at).order_by(a.ingested_at, a.id)
        numbers: Counter = Counter()
        with store.engine.connect() as conn:
            articles = [dict(row) for row in conn.execute(query).mappings()]
        for article in articles:
            when = gdelt.stamp(article["ingested_at"])
            record = gdelt.gkg_record(article, by_article.get(article["id"], []), numbers[when],
                                      places.get(article["id"], []))
            handle.write("\t".join(record) + "\n")
            numbers[when] += 1
        return len(articles)
    raise ValueError("the gdelt format holds events (event table) or attributions (GKG 2.1, one row per article)")


def write_plover(what: str, store: Store, handle: io.TextIOBase, include_unreal: bool = False) -> int:
    """PLOVER JSON records, one per line, with the sentence each was coded from as ``text``."""
    if what != "events":
        raise ValueError("the plover format holds events")
    texts: dict[str, str] = {}
    count = 0
    for row in event_rows(store):
        if not (include_unreal or is_real(row)):
            continue
        item = plover_format.record(row)
        if row["article_id"] not in texts:
            texts = {row["article_id"]: store_text(store, row["article_id"])}  # rows come article by article
        item["text"] = sentence_at(texts[row["article_id"]], row.get("start"), row.get("end"))
        handle.write(json_line(item))
        count += 1
    return count


def store_text(store: Store, article_id: str) -> str:
    a = schema.articles.c
    with store.engine.connect() as conn:
        return conn.execute(select(a.text).where(a.id == article_id)).scalar_one_or_none() or ""


def sentence_at(text: str, start: int | None, end: int | None) -> str | None:
    """The sentence around an event's evidence: from the end of the sentence before to the next full stop."""
    if start is None:
        return None
    end = end if end is not None else start
    before = max(text.rfind(mark, 0, start) for mark in (". ", "! ", "? ", "\n"))
    after = [i for i in (text.find(mark, end) for mark in (". ", "! ", "? ", "\n")) if i != -1]
    return text[before + 1 if before >= 0 else 0: min(after) + 1 if after else len(text)].strip()


def export(store: Store, fmt: str, what: str, out: Path | None, stdout: io.TextIOBase,
           include_unreal: bool = False, everything: bool = False) -> int:
    """Write the rows; returns how many were written. GDELT and PLOVER files leave out negated,
    hypothetical and future events unless ``include_unreal``; attributions are statements unless ``everything``."""
    rows = (lambda: attribution_rows(store, everything)) if what == "attributions" else (lambda: ROWS[what](store))
    if fmt == "parquet":
        if out is None:
            raise ValueError("parquet needs --out FILE")
        return write_parquet(rows(), out)
    handle = open(out, "w", encoding="utf-8", newline="") if out else stdout  # noqa: SIM115 - closed below
    try:
        if fmt == "gdelt":
            return write_gdelt(what, store, handle, include_unreal)
        if fmt == "plover":
            return write_plover(what, store, handle, include_unreal)
        writer = write_csv if fmt == "csv" else write_jsonl
        return writer(rows(), handle)
    finally:
        if out:
            handle.close()


# -- queries ----------------------------------------------------------------------

def actor_profile(store: Store, key: str) -> dict[str, Any] | None:
    """An actor's statements over time and its events by type and counterpart."""
    actor = store.actor(key)
    if actor is None:
        return None
    statements = list(reversed(store.statements(speaker=actor.id, limit=1000)))
    as_source: Counter = Counter()
    as_target: Counter = Counter()
    for row in event_rows(store):
        if row["source_id"] == actor.id:
            as_source[(row["category"], row["target"] or "—")] += 1
        if row["target_id"] == actor.id:
            as_target[(row["category"], row["source"] or "—")] += 1
    return {"actor": actor, "statements": statements, "did": as_source, "received": as_target}


def relations(store: Store, limit: int = 12) -> tuple[list[str], dict[tuple[str, str], tuple[int, int]]]:
    """Actor-to-actor counts of (cooperation, conflict) events, for the actors in most events."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    busy: Counter = Counter()
    for row in event_rows(store):
        if not row["source"] or not row["target"] or row["negated"]:
            continue
        pair = counts[(row["source"], row["target"])]
        pair[0 if row["quad_class"] in COOPERATION else 1] += 1
        busy[row["source"]] += 1
        busy[row["target"]] += 1
    names = [name for name, _ in busy.most_common(limit)]
    return names, {k: (v[0], v[1]) for k, v in counts.items() if k[0] in names and k[1] in names}


# -- commands ---------------------------------------------------------------------

DbOption = Annotated[str | None, typer.Option("--db", help="SQLAlchemy URL or SQLite file (default: $SAYWHO_DB or saywho.db)")]


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"
    plover = "plover"


class What(StrEnum):
    events = "events"
    attributions = "attributions"
    actors = "actors"
    reviews = "reviews"


def register(app: Any, eval_app: Any) -> None:
    """Add export, actor, relations and actors import to the CLI."""
    from saywho.console import err, out

    @app.command("export")
    def export_command(
        fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl, csv, parquet, gdelt or plover")] = ExportFormat.jsonl,
        what: Annotated[What, typer.Option("--what", help="events, attributions, actors or reviews")] = What.events,
        db: DbOption = None,
        out_file: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of standard output")] = None,
        include_unreal: Annotated[bool, typer.Option(
            "--include-unreal", help="Also write negated, hypothetical and future events to gdelt and plover files")] = False,
        everything: Annotated[bool, typer.Option(
            "--all", help="With --what attributions: also those that are not statements")] = False,
    ) -> None:
        """Export stored events, attributions, actors or reviews (GDELT 2.0 / GKG 2.1 with --format gdelt,
        PLOVER records with --format plover)."""
        import sys

        try:
            count = export(Store(db), fmt.value, what.value, out_file, sys.stdout,  # type: ignore[arg-type]
                           include_unreal, everything)
        except (ValueError, RuntimeError, OSError) as error:
            err.print(f"error: {error}", markup=False, highlight=False)
            raise typer.Exit(1) from None
        err.print(f"{count} {what.value} row(s) written{f' to {out_file}' if out_file else ''}")

    @app.command("actor")
    def actor_command(
        name: Annotated[str, typer.Argument(help="Actor name (part of it) or id")],
        db: DbOption = None,
    ) -> None:
        """An actor's statements over time and its events by type and counterpart."""
        from rich.table import Table

        profile = actor_profile(Store(db), name)
        if profile is None:
            err.print(f"error: no stored actor matches {name!r}", markup=False, highlight=False)
            raise typer.Exit(1)
        actor = profile["actor"]
        codes = "/".join(x for x in (actor.country, actor.sector) if x)
        out.print(f"[bold]{actor.name}[/bold] {actor.title or ''} [dim]{codes} {actor.type} · {actor.id}[/dim]")
        if actor.aliases:
            out.print(f"[dim]also: {', '.join(actor.aliases)}[/dim]")
        said = Table(title="Statements over time")
        for column in ("date", "article", "cue", "said"):
            said.add_column(column)
        for row in profile["statements"]:
            said.add_row(str(row["published"] or ""), str(row["article_id"]), (row["cue"] or {}).get("text", ""),
                         row["content_text"][:100])
        out.print(said)
        for title, counts in (("Events by type and counterpart", profile["did"]), ("Events aimed at it", profile["received"])):
            table = Table(title=title)
            table.add_column("type")
            table.add_column("counterpart")
            table.add_column("n", justify="right")
            for (category, other), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
                table.add_row(category, other, str(n))
            out.print(table)

    @app.command("relations")
    def relations_command(
        db: DbOption = None,
        limit: Annotated[int, typer.Option(min=2, max=50, help="How many of the busiest actors")] = 12,
    ) -> None:
        """The actor-to-actor matrix: cooperation/conflict event counts (row acts on column)."""
        from rich.table import Table

        names, cells = relations(Store(db), limit)
        table = Table(title="Relations: cooperation / conflict (row → column)")
        table.add_column("source \\ target")
        for name in names:
            table.add_column(name, justify="center")
        for source in names:
            values = []
            for target in names:
                coop, conflict = cells.get((source, target), (0, 0))
                values.append("" if not coop and not conflict else f"[green]{coop}[/green]/[red]{conflict}[/red]")
            table.add_row(source, *values)
        out.print(table)

    actors_app = typer.Typer(help="Actor dictionaries.", no_args_is_help=True)
    app.add_typer(actors_app, name="actors")

    @actors_app.command("import")
    def import_command(
        file: Annotated[Path, typer.Argument(help="CSV (name,aliases,country,sector,type,title) or PETRARCH actor dictionary")],
        db: DbOption = None,
    ) -> None:
        """Import an actor dictionary; later articles link their actors to it."""
        from saywho.actors.canonical import import_dictionary  # imports spaCy: only for this command, not at start-up

        try:
            count = import_dictionary(Store(db), file)
        except (OSError, ValueError, UnicodeError) as error:
            err.print(f"error: {error}", markup=False, highlight=False)
            raise typer.Exit(1) from None
        out.print(f"{count} actor(s) imported from {file}")
