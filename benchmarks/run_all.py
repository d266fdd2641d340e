"""Every speed figure issue 11 asks for, in one run small enough for a shared 2-core machine (under ~10 minutes).

    .venv/bin/python benchmarks/run_all.py [--limit 24] [--repeat 3] [--out runs/benchmarks.json]
                                           [--svg docs/img/throughput.svg] [--no-ray]
    SAYWHO_BENCH_POSTGRES_URL=postgresql+psycopg://user@host/db .venv/bin/python benchmarks/run_all.py  # + PostgreSQL

Runs, on the first ``--limit`` PolNeAR dev articles, the whole-process measurements of
``benchmarks/ingest.py`` (bare spaCy, ``extract`` and ``ingest`` with 1 and 2 workers, a re-run of the stored
batch, ``saywho --help``), ``ingest`` into PostgreSQL when ``SAYWHO_BENCH_POSTGRES_URL`` names a server (a
database ``bench_run_all`` on it is dropped and made again), and ``benchmarks/ray_engine.py`` (Ray's local
cluster against local worker processes) when ``ray`` is installed. Each is the median of ``--repeat`` runs,
with the peak RSS of its process tree (``wait4``); ratios are against bare spaCy measured in the same run,
because absolute numbers move with the machine's load. Also measures a stored article's size in bytes.
Writes everything as JSON to ``--out`` (``runs/`` is git-ignored) and, with ``--svg``, a bar chart of words/s.
A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

from ingest import SAYWHO, commands, read_batch, repeated, run_once
from ray_engine import fresh_database

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "polnear" / "dev.jsonl"
# What the chart shows, in order: end-to-end configurations whose words/s compare (not --help, and not the
# re-run, which is 20× faster and would flatten every other bar).
CHARTED = ("bare_spacy", "extract_1", "ingest_1_sqlite", "ingest_1_postgres", "extract_2", "ingest_2_sqlite",
           "ray_local_engine", "ray_engine")
TARGETS = {"ingest_1_sqlite_vs_bare": "(>= 0.8)", "ingest_2_vs_1": "(>= 1.7 on 2 free cores)",
           "rerun_vs_first": "(<= 0.1)"}


def sqlite_bytes(path: Path) -> int:
    """Size of a SQLite store once its write-ahead log is folded in (what a copy of the file would weigh)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path.stat().st_size


def postgres_bytes(url: str) -> int:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as conn:
        size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
    engine.dispose()
    return int(size)


def empty_store(url: str) -> None:
    """Creates the tables (every migration) in an empty store, so its size is the fixed cost to subtract."""
    from saywho.store import Store

    Store(url).close()


def ray_figures(limit: int, repeat: int, postgres: str | None) -> dict:
    """``benchmarks/ray_engine.py`` as a child process (its Ray workers are its descendants, so counted)."""
    with tempfile.TemporaryDirectory(prefix="saywho-ray-") as folder:
        out = Path(folder) / "ray.json"
        command = [sys.executable, str(ROOT / "benchmarks" / "ray_engine.py"), "--limit", str(limit),
                   "--repeat", str(repeat), "--workers", "2", "--json", str(out)]
        seconds, rss = run_once([*command, *(["--db", postgres] if postgres else [])])
        figures = json.loads(out.read_text(encoding="utf-8"))
    return {**figures, "whole_run_s": seconds, "peak_rss_mb": rss}


def bar_chart_svg(bars: list[tuple[str, float]], title: str, note: str) -> str:
    """A horizontal bar chart as plain SVG (no plotting library is a dependency): one bar per configuration."""
    width, left, bar, gap, top = 760, 300, 26, 10, 56
    height = top + len(bars) * (bar + gap) + 40
    most = max(value for _, value in bars)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'font-family="DejaVu Sans, Arial, sans-serif" font-size="14">',
             f'<rect width="{width}" height="{height}" fill="white"/>',
             f'<text x="{width / 2}" y="24" text-anchor="middle" font-size="16" font-weight="bold">{title}</text>',
             f'<text x="{width / 2}" y="44" text-anchor="middle" font-size="12" fill="#555">{note}</text>']
    for n, (label, value) in enumerate(bars):
        y = top + n * (bar + gap)
        length = (width - left - 90) * value / most
        colour = "#888" if n == 0 else "#2a6fb0"
        parts += [f'<text x="{left - 8}" y="{y + bar * 0.68}" text-anchor="end">{label}</text>',
                  f'<rect x="{left}" y="{y}" width="{length:.1f}" height="{bar}" fill="{colour}"/>',
                  f'<text x="{left + length + 6:.1f}" y="{y + bar * 0.68}">{value:,.0f}</text>']
    parts += [f'<text x="{left}" y="{height - 12}" font-size="12" fill="#555">words per second '
              '(higher is better; grey: the baseline)</text>', "</svg>"]
    return "\n".join(parts) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=24, help="the first N articles")
    parser.add_argument("--repeat", type=int, default=3, help="median of N runs of each measurement")
    parser.add_argument("--model", default="fast")
    parser.add_argument("--out", type=Path, default=ROOT / "runs" / "benchmarks.json")
    parser.add_argument("--svg", type=Path, default=None, help="also draw words/s per configuration here")
    parser.add_argument("--no-ray", action="store_true", help="skip the Ray engine even when ray is installed")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} not found (PolNeAR lives in ../shared/data)")
        return
    postgres = os.environ.get("SAYWHO_BENCH_POSTGRES_URL")
    lines, words = read_batch(args.data, args.limit)
    print(f"{len(lines)} articles, {words:,} words from {args.data}; median of {args.repeat} run(s) each", flush=True)
    results: dict[str, dict] = {}
    sizes: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="saywho-bench-") as folder:
        data = Path(folder) / "batch.jsonl"
        data.write_text("".join(lines), encoding="utf-8")
        plan = commands(data, Path(folder), args.model)
        if postgres:
            database = fresh_database(folder, "run_all", postgres)
            plan.insert(3, ("ingest_1_postgres", "ingest --workers 1 (PostgreSQL)",
                            [*SAYWHO, "ingest", str(data), "--db", database, "-q", "--model", args.model,
                             "--workers", "1"], lambda: fresh_database(folder, "run_all", postgres)))
        for key, label, command, before in plan:
            seconds, rss = repeated(command, args.repeat, before)
            results[key] = {"label": label, "seconds": seconds, "words_per_s": words / seconds, "peak_rss_mb": rss}
            speed = "" if key.startswith("help") else f"{words / seconds:9.0f} words/s"
            print(f"  {label:<40} {seconds:8.1f} s  {speed:>17}  {rss:6.0f} MB peak", flush=True)
            if key == "ingest_1_postgres":
                empty_url = fresh_database(folder, "run_all_empty", postgres)
                empty_store(empty_url)
                empty = postgres_bytes(empty_url)
                sizes["postgres_bytes_per_article"] = (postgres_bytes(database) - empty) / len(lines)
        empty_db = Path(folder) / "empty.db"
        empty_store(f"sqlite:///{empty_db}")
        empty = sqlite_bytes(empty_db)
        sizes["sqlite_bytes_per_article"] = (sqlite_bytes(Path(folder) / "one.db") - empty) / len(lines)
    ray: dict | None = None
    if not args.no_ray and importlib.util.find_spec("ray") is not None:
        print("  Ray engine against local engine (benchmarks/ray_engine.py, 2 workers) …", flush=True)
        ray = ray_figures(args.limit, args.repeat, postgres)
        for key, seconds in (("ray_local_engine", ray["local_s"]), ("ray_engine", ray["ray_s"])):
            label = "local engine, 2 workers (batch.extract)" if key == "ray_local_engine" else "Ray engine, 2 actors"
            results[key] = {"label": label, "seconds": seconds, "words_per_s": ray["words"] / seconds,
                            "peak_rss_mb": ray["peak_rss_mb"]}
            print(f"  {label:<40} {seconds:8.1f} s  {ray['words'] / seconds:9.0f} words/s", flush=True)
        print(f"  Ray cluster start {ray['cluster_start_s']:.1f} s; same records: {ray['same_records']}")

    took = {key: row["seconds"] for key, row in results.items()}
    ratios = {
        "extract_1_vs_bare": took["bare_spacy"] / took["extract_1"],
        "ingest_1_sqlite_vs_bare": took["bare_spacy"] / took["ingest_1_sqlite"],
        "extract_2_vs_1": took["extract_1"] / took["extract_2"],
        "ingest_2_vs_1": took["ingest_1_sqlite"] / took["ingest_2_sqlite"],
        "rerun_vs_first": took["rerun_stored"] / took["ingest_1_sqlite"],
        "help_now_vs_before": took["help"] / took["help_before"],
    }
    if "ingest_1_postgres" in took:
        ratios["ingest_1_postgres_vs_bare"] = took["bare_spacy"] / took["ingest_1_postgres"]
    if ray is not None:
        ratios["ray_speed_vs_local"] = ray["local_s"] / ray["ray_s"]  # > 1: Ray faster (cluster start not counted)
    print("ratios (words/s against bare spaCy, or as named; issue 11's targets in brackets):")
    for name, value in ratios.items():
        print(f"  {name:<28} {value:6.2f}  {TARGETS.get(name, '')}")
    for name, value in sizes.items():
        print(f"  {name:<28} {value:8.0f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"articles": len(lines), "words": words, "repeat": args.repeat, "model": args.model,
                                    "cpus": os.cpu_count(), "load_average": os.getloadavg(), "results": results,
                                    "ratios": ratios, "sizes": sizes, "ray": ray}, indent=2), encoding="utf-8")
    print(f"wrote {args.out}")
    if args.svg is not None:
        bars = [(results[key]["label"], results[key]["words_per_s"]) for key in CHARTED if key in results]
        note = (f"{len(lines)} PolNeAR dev articles, median of {args.repeat}; whole processes (the two engines: "
                f"in-process); shared {os.cpu_count()}-core machine")
        args.svg.write_text(bar_chart_svg(bars, "saywho --model fast: words/s per configuration", note),
                            encoding="utf-8")
        print(f"wrote {args.svg}")


if __name__ == "__main__":
    main()
