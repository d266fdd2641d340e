"""End-to-end speed of ``saywho extract`` and ``saywho ingest`` against bare spaCy, in one run.

    .venv/bin/python benchmarks/ingest.py [--limit 100] [--repeat 3] [--data ../shared/data/polnear/train.jsonl]

Every measurement is a whole process, as a user runs it (start-up, model load, reading, writing):
bare spaCy (``spacy.load`` + ``nlp.pipe`` over the same texts, without torch as saywho's fast mode), ``extract --workers 1``, ``ingest --workers 1``
into a new SQLite file, the same two with ``--workers 2``, a re-run of the stored batch, and ``saywho --help``
now and with the imports it had before they were made lazy (spaCy, so thinc and torch, at the top). Prints
medians of ``--repeat`` runs and the ratios issue 11 asks for; a benchmark, not a test: absolute numbers move
with the machine's load, ratios measured in one run less so.
Skips (exit 0) when the PolNeAR data is absent.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
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


def seconds(command: list[str], repeat: int, fresh: Path | None = None) -> float:
    """Median wall time of ``command``; ``fresh`` (a database file) is removed before each run."""
    times = []
    for _ in range(repeat):
        if fresh is not None:
            for path in fresh.parent.glob(fresh.name + "*"):
                path.unlink()
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if result.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return statistics.median(times)


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
    with args.data.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip()][: args.limit]
    words = sum(len(json.loads(line)["text"].split()) for line in lines)
    with tempfile.TemporaryDirectory(prefix="saywho-bench-") as folder:
        data = Path(folder) / "batch.jsonl"
        data.write_text("".join(lines), encoding="utf-8")
        db1, db2 = Path(folder) / "one.db", Path(folder) / "two.db"
        print(f"{len(lines)} articles, {words:,} words from {args.data}; median of {args.repeat} run(s) each")

        rows: list[tuple[str, float]] = []

        def measure(label: str, command: list[str], fresh: Path | None = None) -> float:
            took = seconds(command, args.repeat, fresh)
            rows.append((label, took))
            print(f"  {label:<34} {took:8.1f} s  {words / took:9.0f} words/s", flush=True)
            return took

        bare = measure("bare spaCy (load + nlp.pipe)", [sys.executable, "-c", BARE, str(data)])
        extract1 = measure("extract --workers 1", [*SAYWHO, "extract", str(data), "-f", "jsonl", "--model", args.model,
                                                   "--workers", "1"])
        ingest1 = measure("ingest --workers 1 (SQLite)", [*SAYWHO, "ingest", str(data), "--db", str(db1), "-q",
                                                          "--model", args.model, "--workers", "1"], fresh=db1)
        rerun = measure("ingest again (all stored)", [*SAYWHO, "ingest", str(data), "--db", str(db1), "-q",
                                                      "--model", args.model, "--workers", "1"])
        extract2 = measure("extract --workers 2", [*SAYWHO, "extract", str(data), "-f", "jsonl", "--model", args.model,
                                                   "--workers", "2"])
        ingest2 = measure("ingest --workers 2 (SQLite)", [*SAYWHO, "ingest", str(data), "--db", str(db2), "-q",
                                                          "--model", args.model, "--workers", "2"], fresh=db2)
        help_now = measure("saywho --help", [*SAYWHO, "--help"])
        help_old = measure("saywho --help, imports as before", [sys.executable, "-c", OLD_HELP])

    print("ratios (words/s against bare spaCy; higher is better):")
    print(f"  extract, 1 worker        {bare / extract1:5.2f}")
    print(f"  ingest,  1 worker        {bare / ingest1:5.2f}   (issue 11: >= 0.8)")
    print(f"  extract, 2 workers / 1   {extract1 / extract2:5.2f}x")
    print(f"  ingest,  2 workers / 1   {ingest1 / ingest2:5.2f}x  (issue 11: >= 1.7 on 2 free cores)")
    print(f"  re-run / first ingest    {rerun / ingest1:5.2f}   (issue 11: <= 0.1)")
    print(f"  --help now / before      {help_now / help_old:5.2f}   ({help_now:.1f} s against {help_old:.1f} s)")


if __name__ == "__main__":
    main()
