"""Saving articles into a store that already holds many actors, against an empty store, in the same run.

    .venv/bin/python benchmarks/store_saves.py [--actors 20000] [--articles 40]

Each save links the article's actors to those already stored ("Putin" to the
"Vladimir Putin" of an earlier article). A store reads its actors once, on its
first save; that first save is timed on its own. Prints the mean time of the
saves after it into an empty store (the baseline) and into one pre-filled with
``--actors`` actors, and their ratio (target: ≤ 1.2, i.e. saves do not slow
down as the store grows). A benchmark, not a test: only the ratio, measured in
one run, counts.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from saywho.ingest import make_article
from saywho.pipeline import load_nlp, process
from saywho.store import Store, schema

EXAMPLE = Path(__file__).resolve().parents[1] / "saywho" / "data" / "example.txt"


def articles(count: int) -> list:
    """The example article under ``count`` distinct texts, processed once (extraction is not measured)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    items = [make_article(f"{text}\n\nUpdate {n}.", f"copy-{n}", id=f"copy-{n}") for n in range(count)]
    return list(process(items, nlp=load_nlp("fast")))


def fill(store: Store, count: int) -> None:
    rows = [{"id": f"actor-{n}", "name": f"Person Number{n}", "title": None, "country": None, "type": "person",
             "sector": None, "aliases": [f"Number{n}"]} for n in range(count)]
    with store.engine.begin() as conn:
        conn.execute(insert(schema.actors), rows)


def timed_saves(store: Store, items: list) -> tuple[float, float]:
    """The first save (which reads the stored actors) and the mean of the rest, in seconds."""
    start = time.perf_counter()
    store.save(items[0])
    first = time.perf_counter() - start
    start = time.perf_counter()
    for article in items[1:]:
        store.save(article)
    return first, (time.perf_counter() - start) / (len(items) - 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=20000)
    parser.add_argument("--articles", type=int, default=40)
    args = parser.parse_args()
    items = articles(2 * args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        empty = Store(f"sqlite:///{tmp}/empty.db")
        full = Store(f"sqlite:///{tmp}/full.db")
        fill(full, args.actors)
        first_empty, baseline = timed_saves(empty, items[: args.articles])
        first_full, grown = timed_saves(full, items[args.articles:])
    print(f"first save (reads the actors): {first_empty * 1000:7.1f} ms empty, {first_full * 1000:7.1f} ms with "
          f"{args.actors:,} actors")
    print(f"later saves into an empty store:            {baseline * 1000:7.1f} ms/article")
    print(f"later saves into a store of {args.actors:,} actors: {grown * 1000:7.1f} ms/article")
    print(f"ratio: {grown / baseline:.2f} (target ≤ 1.2)")


if __name__ == "__main__":
    main()
