"""The Ray engine against the local engine on the same articles, in the same run.

    .venv/bin/python benchmarks/ray_engine.py [--data ../shared/data/polnear/dev.jsonl] [--limit 64]
                                              [--workers 2] [--repeat 3] [--address ADDR]

Times ``batch.extract`` (``--engine local``: worker processes) and ``ray_engine.extract``
(``--engine ray``: actors on a Ray cluster, here a local one started once, or ``--address``) over the
first ``--limit`` PolNeAR dev articles, ``--repeat`` times each, and prints the medians, words/s and
their ratio; each run starts its workers and loads their pipelines, as a command does. Starting the
local cluster is timed apart (a command without ``--address`` pays it once). Also checks that both
engines gave the same records, and times storing them one save per article (ingest) against
``saywho load``'s bulk path (median of 3, fresh SQLite files or, with ``--db``, PostgreSQL databases). A benchmark, not a test: the machine may be shared, so only the ratio
measured in one run means anything.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from saywho.ingest import batch, make_article, ray_engine
from saywho.ingest.shards import to_row
from saywho.model import Article

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev.jsonl"


def load_texts(path: Path, limit: int) -> list[str]:
    texts: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                texts.append(json.loads(line)["text"])
            if len(texts) >= limit:
                break
    return texts


def median_run(run, repeat: int) -> tuple[float, list]:  # noqa: ANN001
    times, result = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=64, help="the first N articles")
    parser.add_argument("--workers", type=int, default=2, help="worker processes / Ray actors")
    parser.add_argument("--repeat", type=int, default=3, help="median of N runs")
    parser.add_argument("--address", default=None, help="a Ray cluster to use instead of a local one")
    parser.add_argument("--db", default=None, help="a PostgreSQL server URL to time loading on (default: SQLite)")
    parser.add_argument("--json", type=Path, default=None, help="also write the results here (benchmarks/run_all.py)")
    args = parser.parse_args()
    if not args.data.exists():
        raise SystemExit(f"{args.data}: not found (PolNeAR dev lives in ../shared/data)")
    texts = load_texts(args.data, args.limit)
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} articles, {words} words, {args.workers} workers, median of {args.repeat}")

    def articles():  # noqa: ANN202 - fresh objects each run: extraction fills them in
        return [make_article(t, "bench", id=str(i)) for i, t in enumerate(texts)]

    local_seconds, local = median_run(lambda: list(batch.extract(articles(), "fast", args.workers)), args.repeat)
    print(f"{'local engine (processes)':<30} {local_seconds:>7.1f} s {words / local_seconds:>8.0f} words/s   ratio 1.00")

    import ray

    start = time.perf_counter()
    ray_engine.connect(args.address, args.workers)
    cluster_start = time.perf_counter() - start
    print(f"{'Ray cluster start/connect':<30} {cluster_start:>7.1f} s (once per command)")
    try:
        ray_seconds, remote = median_run(
            lambda: list(ray_engine.extract(articles(), "fast", args.workers, args.address)), args.repeat)
    finally:
        ray.shutdown()
    print(f"{'Ray engine (actors)':<30} {ray_seconds:>7.1f} s {words / ray_seconds:>8.0f} words/s   "
          f"ratio {local_seconds / ray_seconds:.2f}")
    same = [to_row(a, n) for n, a in enumerate(local)] == [to_row(a, n) for n, a in enumerate(remote)]
    print(f"same records: {same}")
    saved, loaded = store_both(local, args.db)
    if args.json is not None:
        args.json.write_text(json.dumps({
            "articles": len(texts), "words": words, "workers": args.workers, "repeat": args.repeat,
            "local_s": local_seconds, "ray_s": ray_seconds, "cluster_start_s": cluster_start, "same_records": same,
            "save_per_article_s": saved, "bulk_load_s": loaded}, indent=2), encoding="utf-8")


def fresh_database(folder: str, name: str, url: str | None) -> str:
    """A new, empty store's URL: a SQLite file in ``folder``, or database ``bench_<name>`` (dropped and made
    again) on the PostgreSQL server of ``url``."""
    from sqlalchemy import create_engine, text

    if url is None:
        return f"sqlite:///{folder}/{name}.db"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "bench_{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "bench_{name}"'))
    admin.dispose()
    return url.rsplit("/", 1)[0] + f"/bench_{name}"


def store_both(extracted: list, url: str | None) -> tuple[float, float]:
    """``Store.save`` per article (what ingest does) against ``saywho load``'s bulk path, fresh stores."""
    import tempfile

    from saywho.ingest.shards import from_row, load
    from saywho.store import Store

    def copies() -> list:
        return [from_row(to_row(a, n)) for n, a in enumerate(extracted) if isinstance(a, Article)]

    with tempfile.TemporaryDirectory() as folder:
        saves, loads = [], []
        for run in range(3):
            store, articles = Store(fresh_database(folder, f"save{run}", url)), copies()
            start = time.perf_counter()
            for article in articles:
                store.save_or_report(article)
            saves.append(time.perf_counter() - start)
            store.close()
            store, articles = Store(fresh_database(folder, f"load{run}", url)), copies()
            start = time.perf_counter()
            load(store, articles)
            loads.append(time.perf_counter() - start)
            store.close()
    saved, loaded = statistics.median(saves), statistics.median(loads)
    kind = "SQLite" if url is None else "PostgreSQL"
    print(f"{'store, one save per article':<30} {saved:>7.2f} s ({kind})")
    print(f"{'saywho load (bulk)':<30} {loaded:>7.2f} s   {saved / loaded:.2f}x faster")
    return saved, loaded


if __name__ == "__main__":
    main()
