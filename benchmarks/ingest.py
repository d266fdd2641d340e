"""End-to-end speed of ``saywho extract`` and ``saywho ingest`` against bare spaCy, in one run.

    .venv/bin/python benchmarks/ingest.py [--limit 100] [--repeat 3] [--data ../shared/data/polnear/train.jsonl]

Every measurement is a whole process, as a user runs it (start-up, model load, reading, writing):
bare spaCy (``spacy.load`` + ``nlp.pipe`` over the same texts, without torch as saywho's fast mode), ``extract --workers 1``, ``ingest --workers 1``
into a new SQLite file, the same two with ``--workers 2``, a re-run of the stored batch, and ``saywho --help``
now and with the imports it had before they were made lazy (spaCy, so thinc and torch, at the top). Prints
medians of ``--repeat`` runs, each command's peak RSS (``benchmarks/run_all.py`` reuses these measurements) and the ratios issue 11 asks for; a benchmark, not a test: absolute numbers move
with the machine's load, ratios measured in one run less so.
Skips (exit 0) when the PolNeAR data is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl"
SAYWHO = [sys.executable, "-m", "saywho.cli"]
BARE = """
import json, sys
sys.modules["torch"] = None  # as `saywho` does in the fast mode (batch.without_torch): like for like
from saywho.pipeline import load_english  # the same English model saywho uses, without saywho's component
nlp = load_english()
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
for _ in nlp.pipe(texts):
    pass
"""
# What `saywho --help` imported before the CLI's imports were made lazy: spaCy's Language (and so thinc and
# torch) and the pipeline, then the command module itself.
OLD_HELP = "import spacy.language, saywho.pipeline, saywho.cli, sys; sys.argv = ['saywho', '--help']; saywho.cli.main()"


def run_once(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS in MB of one run: ``wait4`` reports the largest of the command's process and
    the descendants it waited for (its worker processes), which a median of wall times alone would hide."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)
        took = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode not in (0, 1):
            errors.seek(0)
            tail = errors.read()[-2000:].decode(errors="replace")
            raise SystemExit(f"{' '.join(command)} failed ({child.returncode}):\n{tail}")
    return took, usage.ru_maxrss / 1024  # Linux reports kilobytes


def repeated(command: list[str], repeat: int, before: Callable[[], None] | None = None) -> tuple[float, float]:
    """Median wall seconds and the highest peak RSS (MB) of ``repeat`` runs; ``before`` empties a store."""
    runs = []
    for _ in range(repeat):
        if before is not None:
            before()
        runs.append(run_once(command))
    return statistics.median(took for took, _ in runs), max(rss for _, rss in runs)


def remove_sqlite(database: Path) -> Callable[[], None]:
    """Removes a SQLite file and its -wal/-shm/lock companions, so each run starts from nothing."""
    return lambda: [path.unlink() for path in database.parent.glob(database.name + "*")]


def commands(data: Path, folder: Path, model: str) -> list[tuple[str, str, list[str], Callable[[], None] | None]]:
    """(key, label, command, before) for every measurement, in the order they must run: the re-run needs the
    store the first ingest left."""
    db1, db2 = folder / "one.db", folder / "two.db"

    def saywho(verb: str, workers: int, *more: str) -> list[str]:
        return [*SAYWHO, verb, str(data), *more, "--model", model, "--workers", str(workers)]

    return [
        ("bare_spacy", "bare spaCy (load + nlp.pipe)", [sys.executable, "-c", BARE, str(data)], None),
        ("extract_1", "extract --workers 1", saywho("extract", 1, "-f", "jsonl"), None),
        ("ingest_1_sqlite", "ingest --workers 1 (SQLite)", saywho("ingest", 1, "--db", str(db1), "-q"),
         remove_sqlite(db1)),
        ("rerun_stored", "ingest again (all stored)", saywho("ingest", 1, "--db", str(db1), "-q"), None),
        ("extract_2", "extract --workers 2", saywho("extract", 2, "-f", "jsonl"), None),
        ("ingest_2_sqlite", "ingest --workers 2 (SQLite)", saywho("ingest", 2, "--db", str(db2), "-q"),
         remove_sqlite(db2)),
        ("help", "saywho --help", [*SAYWHO, "--help"], None),
        ("help_before", "saywho --help, imports as before", [sys.executable, "-c", OLD_HELP], None),
    ]


def read_batch(data: Path, limit: int) -> tuple[list[str], int]:
    """The first ``limit`` JSON Lines of ``data`` and their word count."""
    with data.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip()][:limit]
    return lines, sum(len(json.loads(line)["text"].split()) for line in lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=100, help="the first N articles")
    parser.add_argument("--repeat", type=int, default=1, help="median of N runs of each command")
    parser.add_argument("--model", default="fast")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} not found (PolNeAR lives in ../shared/data)")
        return
    lines, words = read_batch(args.data, args.limit)
    took: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="saywho-bench-") as folder:
        data = Path(folder) / "batch.jsonl"
        data.write_text("".join(lines), encoding="utf-8")
        print(f"{len(lines)} articles, {words:,} words from {args.data}; median of {args.repeat} run(s) each")
        for key, label, command, before in commands(data, Path(folder), args.model):
            took[key], rss = repeated(command, args.repeat, before)
            print(f"  {label:<34} {took[key]:8.1f} s  {words / took[key]:9.0f} words/s  {rss:6.0f} MB peak",
                  flush=True)
    bare, extract1, ingest1, rerun = took["bare_spacy"], took["extract_1"], took["ingest_1_sqlite"], took["rerun_stored"]
    extract2, ingest2, help_now, help_old = took["extract_2"], took["ingest_2_sqlite"], took["help"], took["help_before"]

    print("ratios (words/s against bare spaCy; higher is better):")
    print(f"  extract, 1 worker        {bare / extract1:5.2f}")
    print(f"  ingest,  1 worker        {bare / ingest1:5.2f}   (issue 11: >= 0.8)")
    print(f"  extract, 2 workers / 1   {extract1 / extract2:5.2f}x")
    print(f"  ingest,  2 workers / 1   {ingest1 / ingest2:5.2f}x  (issue 11: >= 1.7 on 2 free cores)")
    print(f"  re-run / first ingest    {rerun / ingest1:5.2f}   (issue 11: <= 0.1)")
    print(f"  --help now / before      {help_now / help_old:5.2f}   ({help_now:.1f} s against {help_old:.1f} s)")


if __name__ == "__main__":
    main()
