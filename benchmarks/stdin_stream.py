"""Peak memory of ``saywho extract -`` on a JSON Lines stream, against the stream's size.

    .venv/bin/python benchmarks/stdin_stream.py [--sizes 20,200] [--workers 1]

The stream is written into the command's standard input while it runs (never a file): short synthetic
articles, each line padded to ~100 KB with a field the reader ignores (as exports that carry the raw HTML
beside the text do), so that 200 MiB is about 2,000 articles and parses in a minute or two, not hours.
For each size it prints the command's peak RSS (its own VmHWM: with ``--workers 2`` the process that
reads standard input and writes the output, not the workers, which each hold a pipeline), how long the
first output line took, and the ratio of each peak to the smallest size's. Standard input being streamed,
the peak does not grow with the stream: the ratio should be near 1 (target ≤ 1.1).

A benchmark, not a test: times move with the machine's load.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time

from long_documents import CHILD, CITIES, DAYS, NAMES, SYNTHETIC, THINGS

PADDING = "x" * 100_000


def line(n: int) -> bytes:
    text = SYNTHETIC.format(city=CITIES[n % len(CITIES)], day=DAYS[n % len(DAYS)], thing=THINGS[n % len(THINGS)],
                            name=NAMES[n % len(NAMES)])
    return (json.dumps({"id": f"a{n}", "text": f"{text} (Report {n}.)", "raw_html": PADDING}) + "\n").encode()


def run(megabytes: int, workers: int) -> dict[str, float]:
    """Stream ``megabytes`` MiB into ``saywho extract - --format jsonl``; its peak RSS, time and output."""
    target = megabytes * 2**20
    with tempfile.NamedTemporaryFile("r", suffix=".hwm") as hwm:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", CHILD, "extract", "-", "--format", "jsonl",
                                  "--workers", str(workers)],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                 env={**os.environ, "SAYWHO_BENCH_HWM": hwm.name})
        sent = {"bytes": 0, "lines": 0}

        def write() -> None:
            try:
                while sent["bytes"] < target:
                    data = line(sent["lines"])
                    child.stdin.write(data)
                    sent["bytes"] += len(data)
                    sent["lines"] += 1
            except BrokenPipeError:
                pass
            finally:
                child.stdin.close()

        writer = threading.Thread(target=write, daemon=True)
        writer.start()
        first = None
        out_lines = 0
        for _ in child.stdout:
            if first is None:
                first = time.perf_counter() - start
                at_first = sent["bytes"]
            out_lines += 1
        child.wait()
        writer.join()
        seconds = time.perf_counter() - start
        kilobytes = hwm.read().strip()
    return {"MiB": sent["bytes"] / 2**20, "articles": sent["lines"], "out": out_lines, "exit": child.returncode,
            "rss": int(kilobytes or 0) / 1024, "seconds": seconds, "first": first or float("nan"),
            "sent_at_first": (at_first if first is not None else 0) / 2**20}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20,200", help="stream sizes in MiB, comma-separated")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    base = None
    for megabytes in (int(size) for size in args.sizes.split(",")):
        got = run(megabytes, args.workers)
        base = base or got["rss"]
        print(f"{got['MiB']:6.0f} MiB on stdin, {got['articles']:,} articles ({got['out']:,} out, exit {got['exit']}), "
              f"--workers {args.workers}: peak RSS {got['rss']:,.0f} MB (×{got['rss'] / base:.2f}), "
              f"{got['seconds']:.0f} s; first line after {got['first']:.1f} s, "
              f"when {got['sent_at_first']:.1f} MiB had been written", flush=True)


if __name__ == "__main__":
    main()
