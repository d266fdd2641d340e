"""Export stored records, and query actors and their relations.

``saywho export`` writes events, attributions, actors or reviews as JSON
Lines, CSV, Parquet, or GDELT 2.0: the 61 event columns in GDELT's order (tab
separated, no header, as GDELT publishes them) for events, and the GKG
quotations field (``offset|length|verb|quote``, ``#``-separated) for
attributions. ``saywho actor`` and ``saywho relations`` read the same rows.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from sqlalchemy import select

from saywho import cameo, geo, schema
from saywho.actors import NON_STATE  # CAMEO puts IGOs, NGOs and regions in the country slot; GDELT does not
from saywho.model import Place
from saywho.store import Store

GDELT_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
               "Type1Code", "Type2Code", "Type3Code"]
GDELT_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_COLUMNS: list[str] = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in GDELT_ACTOR] + [f"Actor2{c}" for c in GDELT_ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in GDELT_GEO] + [f"Actor2Geo_{c}" for c in GDELT_GEO]
    + [f"ActionGeo_{c}" for c in GDELT_GEO]
    + ["DATEADDED", "SOURCEURL"]
)
GKG_COLUMNS = ["GKGRECORDID", "V2.1DATE", "V2SOURCECOMMONNAME", "V2DOCUMENTIDENTIFIER", "V2.1QUOTATIONS"]
COOPERATION = {1, 2}


# -- rows -----------------------------------------------------------------------

def event_rows(store: Store) -> Iterator[dict[str, Any]]:
    """Every stored event with its article's date and URL and its actors' names and codes."""
    e, a = schema.events.c, schema.articles.c
    actors = {actor.id: actor for actor in store.all_actors()}
    query = (select(schema.events, a.published, a.url, a.origin, a.ingested_at)
             .join(schema.articles, a.id == e.article_id).order_by(e.pk))
    with store.engine.connect() as conn:
        for row in conn.execute(query).mappings():
            source, target = actors.get(row["source_id"]), actors.get(row["target_id"])
            yield {
                "id": row["pk"], "article_id": row["article_id"], "event": row["local_id"],
                "category": row["category"], "mode": row["mode"],
                "source_id": row["source_id"], "source": source.name if source else None,
                "source_country": source.country if source else None, "source_sector": source.sector if source else None,
                "target_id": row["target_id"], "target": target.name if target else None,
                "target_country": target.country if target else None, "target_sector": target.sector if target else None,
                "evidence": (row["evidence"] or {}).get("text"), "start": (row["evidence"] or {}).get("start"),
                "attribution_id": row["attribution_id"], "cameo": row["cameo"], "cameo_code": row["cameo_code"],
                "quad_class": row["quad_class"], "place": row["place"],
                "goldstein": row["goldstein"], "negated": row["negated"], "hypothetical": row["hypothetical"],
                "future": row["future"], "confidence": row["confidence"], "published": row["published"],
                "url": row["url"] or row["origin"], "ingested_at": row["ingested_at"],
            }


def attribution_rows(store: Store) -> Iterator[dict[str, Any]]:
    t, a, ac = schema.attributions.c, schema.articles.c, schema.actors.c
    query = (select(t.pk, t.article_id, t.local_id, t.kind, t.cue, t.content, t.content_text, t.speaker_id,
                    t.addressee, t.medium, t.negated, t.confidence, ac.name.label("speaker"), ac.country,
                    a.published, a.url, a.origin, a.publisher, a.ingested_at)
             .join(schema.articles, a.id == t.article_id).outerjoin(schema.actors, ac.id == t.speaker_id)
             .order_by(t.article_id, t.start, t.pk))
    with store.engine.connect() as conn:
        for row in conn.execute(query).mappings():
            yield {**dict(row), "cue": (row["cue"] or {}).get("text"), "cue_start": (row["cue"] or {}).get("start"),
                   "url": row["url"] or row["origin"]}


def actor_rows(store: Store) -> Iterator[dict[str, Any]]:
    for actor in store.all_actors():
        yield actor.to_dict()


def review_rows(store: Store) -> Iterator[dict[str, Any]]:
    try:
        from saywho.reviews import reviews_as_polnear  # written by the web side; optional here
    except ImportError as error:
        raise RuntimeError(f"reviews cannot be exported: saywho.reviews is not available ({error})") from None
    yield from reviews_as_polnear(store)


ROWS = {"events": event_rows, "attributions": attribution_rows, "actors": actor_rows, "reviews": review_rows}


# -- formats --------------------------------------------------------------------

def _plain(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def write_jsonl(rows: Iterator[dict[str, Any]], handle: io.TextIOBase) -> int:
    count = 0
    for row in rows:
        handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
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


def gdelt_event(row: dict[str, Any]) -> list[str]:
    """One event as GDELT 2.0's 61 columns."""
    day = _day(row.get("published")) or _day(row.get("ingested_at")) or date.today()
    root = row.get("cameo") or ""
    code = row.get("cameo_code") or (f"{root}0" if root else "")
    values: dict[str, Any] = {
        "GLOBALEVENTID": row["id"], "SQLDATE": day.strftime("%Y%m%d"), "MonthYear": day.strftime("%Y%m"),
        "Year": day.year, "FractionDate": f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}",
        "IsRootEvent": 1, "EventCode": code, "EventBaseCode": cameo.base_code(code) if code else "",
        "EventRootCode": root, "QuadClass": row.get("quad_class") or "",
        "GoldsteinScale": row.get("goldstein") if row.get("goldstein") is not None else "",
        "NumMentions": 1, "NumSources": 1, "NumArticles": 1, "AvgTone": "",
        "DATEADDED": _stamp(row.get("ingested_at")), "SOURCEURL": row.get("url") or "",
    }
    for number, role in ((1, "source"), (2, "target")):
        values.update(_gdelt_actor(number, row.get(role), row.get(f"{role}_country"), row.get(f"{role}_sector")))
        # GDELT places an actor where the text puts it; saywho knows the actor's country
        country = row.get(f"{role}_country")
        values.update(_gdelt_geo(f"Actor{number}Geo", geo.country_place(country) if row.get(role) and country else None))
    values.update(_gdelt_geo("ActionGeo", Place.from_dict(row.get("place"))))
    return ["" if values.get(c) is None else str(values.get(c, "")) for c in GDELT_COLUMNS]


def _gdelt_actor(number: int, name: str | None, country: str | None, sector: str | None) -> dict[str, Any]:
    if not name:
        return {}
    prefix = f"Actor{number}"
    state = country if country and country not in NON_STATE else ""
    values = {f"{prefix}Code": f"{country or ''}{sector or ''}", f"{prefix}Name": name.upper(),
              f"{prefix}CountryCode": state, f"{prefix}Type1Code": sector or ""}
    if country in ("IGO", "NGO"):
        values[f"{prefix}KnownGroupCode"] = ""
        values[f"{prefix}Type1Code"] = country
    return values


def _gdelt_geo(prefix: str, place: Place | None) -> dict[str, Any]:
    """GDELT's eight geography columns for a place: type, full name, FIPS country, ADM1, ADM2, lat, long, id."""
    if place is None:
        return {}
    return {f"{prefix}_Type": geo.GEO_TYPES.get(place.kind, ""), f"{prefix}_FullName": place.full_name or place.name,
            f"{prefix}_CountryCode": geo.fips(place.country) or "", f"{prefix}_ADM1Code": place.adm1 or "",
            f"{prefix}_Lat": place.lat, f"{prefix}_Long": place.lon, f"{prefix}_FeatureID": place.feature_id or ""}


def _day(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value if not hasattr(value, "date") else value.date()
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _stamp(value: Any) -> str:
    return value.strftime("%Y%m%d%H%M%S") if hasattr(value, "strftime") else ""


def gkg_quotations(rows: list[dict[str, Any]]) -> str:
    """GKG V2.1QUOTATIONS: ``offset|length|verb|quote`` for each statement, ``#``-separated."""
    parts = []
    for row in rows:
        for span in row.get("content") or []:
            quote = span["text"].replace("|", " ").replace("#", " ").replace("\n", " ")
            parts.append(f"{span['start']}|{span['end'] - span['start']}|{row.get('cue') or ''}|{quote}")
    return "#".join(parts)


def write_gdelt(what: str, store: Store, handle: io.TextIOBase) -> int:
    if what == "events":
        count = 0
        for row in event_rows(store):
            handle.write("\t".join(gdelt_event(row)) + "\n")
            count += 1
        return count
    if what == "attributions":
        by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in attribution_rows(store):
            by_article[row["article_id"]].append(row)
        for article_id, rows in by_article.items():
            first = rows[0]
            day = _day(first.get("published")) or _day(first.get("ingested_at"))
            fields = [article_id, day.strftime("%Y%m%d000000") if day else "", first.get("publisher") or "",
                      first.get("url") or "", gkg_quotations(rows)]
            handle.write("\t".join(f.replace("\t", " ") for f in fields) + "\n")
        return len(by_article)
    raise ValueError("the gdelt format holds events (event table) or attributions (GKG quotations)")


def export(store: Store, fmt: str, what: str, out: Path | None, stdout: io.TextIOBase) -> int:
    """Write the rows; returns how many were written."""
    if fmt == "parquet":
        if out is None:
            raise ValueError("parquet needs --out FILE")
        return write_parquet(ROWS[what](store), out)
    handle = open(out, "w", encoding="utf-8", newline="") if out else stdout  # noqa: SIM115 - closed below
    try:
        if fmt == "gdelt":
            return write_gdelt(what, store, handle)
        writer = write_csv if fmt == "csv" else write_jsonl
        return writer(ROWS[what](store), handle)
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


class What(StrEnum):
    events = "events"
    attributions = "attributions"
    actors = "actors"
    reviews = "reviews"


def register(app: Any, eval_app: Any) -> None:
    """Add export, actor, relations and actors import to the CLI."""
    from saywho import actors as actor_dictionary
    from saywho.cli import err, out

    @app.command("export")
    def export_command(
        fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl, csv, parquet or gdelt")] = ExportFormat.jsonl,
        what: Annotated[What, typer.Option("--what", help="events, attributions, actors or reviews")] = What.events,
        db: DbOption = None,
        out_file: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of standard output")] = None,
    ) -> None:
        """Export stored events, attributions, actors or reviews (GDELT 2.0 columns with --format gdelt)."""
        import sys

        try:
            count = export(Store(db), fmt.value, what.value, out_file, sys.stdout)  # type: ignore[arg-type]
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
        try:
            count = actor_dictionary.import_dictionary(Store(db), file)
        except (OSError, ValueError, UnicodeError) as error:
            err.print(f"error: {error}", markup=False, highlight=False)
            raise typer.Exit(1) from None
        out.print(f"{count} actor(s) imported from {file}")
