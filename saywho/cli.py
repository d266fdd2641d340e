"""The ``saywho`` command: extract, ingest, query and evaluate.

Each command is a few calls: ingest → pipeline → store/output. Errors in
inputs are reported one per line on stderr and listed at the end; the exit
code is 1 when anything failed.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from saywho.console import DbOption, ModelChoice, ModelOption, err, load_nlp, nlp_or_exit, out
from saywho.eval import polnear as evaluate
from saywho.formats import output
from saywho.ingest import batch, read_inputs
from saywho.ingest.sources.commands import SourceOption
from saywho.model import Article, IngestError
from saywho.store import Store

if TYPE_CHECKING:
    from spacy.language import Language

app = typer.Typer(help="Who said what, to whom: attributions and events from news articles.", no_args_is_help=True)
eval_app = typer.Typer(help="Score saywho against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


EXAMPLE = Path(__file__).parent / "data" / "example.txt"
CORES = batch.default_workers()
TABLES_UP_TO = 10  # ingest prints each article's statements up to this many articles; longer runs show progress
PathsArgument = Annotated[list[str], typer.Argument(help="Files, folders, or - for standard input")]


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


AllOption = Annotated[bool, typer.Option(
    "--all", help="Also list attributions that are not statements (thought, appearance, evidence, things as sources)")]


WorkersOption = Annotated[int, typer.Option(
    "--workers", "-w", min=1, help="Worker processes, one pipeline each (default: this machine's cores)")]


class EngineChoice(StrEnum):
    local = "local"
    ray = "ray"


EngineOption = Annotated[EngineChoice, typer.Option(
    "--engine", help="local: worker processes here; ray: Ray actors, --workers of them (docs/scaling.md)")]
AddressOption = Annotated[str | None, typer.Option(
    "--address", help="With --engine ray: the cluster to join (auto, HOST:6379, ray://HOST:10001); default: start one here")]


def _extractor(engine: EngineChoice, address: str | None):  # noqa: ANN202 - batch.extract's signature
    """The local engine, or Ray's (imported only when asked for: Ray takes seconds to import)."""
    if engine is EngineChoice.local:
        return batch.extract
    from saywho.ingest import ray_engine

    return lambda items, model, workers: ray_engine.extract(items, model, workers, address)


def process(items, nlp: Language):  # noqa: ANN001, ANN201 - saywho.pipeline.process, imported when called
    from saywho.pipeline import process as run

    return run(items, nlp=nlp)


def _report_errors(errors: list[IngestError]) -> None:
    if not errors:
        return
    err.print(f"[bold red]{len(errors)} input(s) failed:[/bold red]")
    for error in errors:
        err.print(f"  {error}", markup=False, highlight=False)


def _unavailable(error: batch.PipelineUnavailable) -> typer.Exit:
    err.print(f"error: {error}", markup=False, highlight=False)
    return typer.Exit(2)


def _run(paths: list[str], model: ModelChoice, workers: int, engine: EngineChoice = EngineChoice.local,
         address: str | None = None, sink=None) -> tuple[list[Article], list[IngestError]]:  # noqa: ANN001
    """Extract; each item goes to ``sink`` when given (a shard writer) instead of being kept in memory."""
    articles: list[Article] = []
    errors: list[IngestError] = []
    if batch.OWN_PROCESS:
        batch.without_torch(model.value)
    with batch.Progress(err, "extract", batch.count_articles(paths)) as progress:
        try:
            for item in _extractor(engine, address)(read_inputs(paths), model.value, workers):
                if sink is not None:
                    sink(item)
                if isinstance(item, IngestError):
                    progress.print(f"error: {item}")
                    progress.failure()
                    errors.append(item)
                else:
                    progress.article(item)
                    if sink is None:
                        articles.append(item)
        except batch.PipelineUnavailable as error:
            progress.close()
            raise _unavailable(error) from None
    return articles, errors


@app.command()
def extract(
    paths: PathsArgument,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table, json or jsonl")] = Format.table,
    model: ModelOption = ModelChoice.fast,
    everything: AllOption = False,
    workers: WorkersOption = CORES,
    engine: EngineOption = EngineChoice.local,
    address: AddressOption = None,
    shards: Annotated[Path | None, typer.Option(
        "--shards", help="Write Parquet shards to this new folder instead of printing (then: saywho load)")] = None,
) -> None:
    """Print the statements found in articles (.txt, .html, .jsonl or -)."""
    if shards is None and fmt is Format.jsonl:
        # one line per article, printed as it is done: memory stays flat on a batch of any size
        def show(item: Article | IngestError) -> None:
            if isinstance(item, Article):
                output.print_articles([item], fmt.value, out, everything=everything)

        _, errors = _run(paths, model, workers, engine, address, sink=show)
    elif shards is None:  # one JSON document, or tables after the progress bar: kept until the end
        articles, errors = _run(paths, model, workers, engine, address)
        output.print_articles(articles, fmt.value, out, everything=everything)
    else:
        from saywho.ingest.shards import ShardError, ShardWriter

        try:
            writer = ShardWriter(shards)
        except (ShardError, OSError) as error:
            err.print(f"error: {error}", markup=False, highlight=False)
            raise typer.Exit(1) from None
        with writer:
            _, errors = _run(paths, model, workers, engine, address, sink=writer.write)
        out.print(f"{writer.seq - len(errors)} article(s), {len(errors)} failed → {writer.files} shard(s) in {shards}")
    _report_errors(errors)
    raise typer.Exit(1 if errors else 0)


@app.command()
def example(db: DbOption = None) -> None:
    """Ingest the bundled example article (once) and print its statements."""
    store = Store(db)
    (article,) = process(read_inputs([str(EXAMPLE)]), nlp=load_nlp("fast"))
    if isinstance(article, IngestError):  # pragma: no cover - the example ships with the package
        err.print(f"error: {article}", markup=False)
        raise typer.Exit(1)
    result = store.save(article)
    stored = store.article(result.article_id) or article
    output.print_articles([stored], "table", out)
    state = "stored in" if result.added else "already in"
    out.print(f"[dim]Example article {state} {store.url}. Next: saywho show {stored.id}, "
              "saywho who-said --speaker Putin[/dim]")


@app.command()
def ingest(
    paths: PathsArgument,
    db: DbOption = None,
    model: ModelOption = ModelChoice.fast,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only print the summary")] = False,
    source: SourceOption = None,
    workers: WorkersOption = CORES,
    engine: EngineOption = EngineChoice.local,
    address: AddressOption = None,
) -> None:
    """Extract from articles and store them with everything found. Already stored articles are skipped
    before they are parsed.

    Also reads feeds, sitemaps and URL lists (files or URLs), web pages and .warc/.warc.gz files (docs/sources.md).
    Each article's statements are printed for a batch of up to 10 articles; a longer one shows progress.
    """
    from saywho.ingest.sources.reader import Sources  # here: HTTP and XML libraries load only for ingest

    if batch.OWN_PROCESS:
        batch.without_torch(model.value)
    store = Store(db)
    sources = Sources(store.engine)
    added = unchanged = 0
    errors: list[IngestError] = []
    total = batch.count_articles(paths)
    tables = not quiet and total is not None and total <= TABLES_UP_TO
    with batch.Progress(err, "ingest", total, enabled=not tables) as progress:
        skipper = batch.Skipper(store, on_skip=progress.skipped)
        items = skipper.filter(sources.read(paths, source.value if source else None))
        try:
            for item in _extractor(engine, address)(items, model.value, workers):  # workers parse; this process writes
                if isinstance(item, IngestError):
                    progress.print(f"error: {item}")
                    progress.failure()
                    store.record_error(item)
                    errors.append(item)
                    continue
                result = store.save_or_report(item)  # each article in its own transaction; a refusal is one line
                if isinstance(result, IngestError):
                    progress.print(f"error: {result}")
                    progress.failure()
                    errors.append(result)
                    continue
                progress.article(item)
                added += result.added
                unchanged += not result.added
                if tables and result.added:
                    out.print(output.attribution_table(item))
        except batch.PipelineUnavailable as error:
            progress.close()
            raise _unavailable(error) from None
        unchanged += skipper.skipped
    sources.commit()  # validators and seen entries, now that the articles are stored
    fetched = f"; {sources.summary()}" if sources.summary() else ""
    _finish(added, unchanged, errors, store.url, fetched)


def _finish(added: int, unchanged: int, errors: list[IngestError], url: str, extra: str = "") -> None:
    """The summary line of a batch that stores, its failures, and the exit code (1 when anything failed)."""
    out.print(f"{added} article(s) added, {unchanged} already stored, {len(errors)} failed{extra} → {url}")
    _report_errors(errors)
    raise typer.Exit(1 if errors else 0)


@app.command()
def load(
    folder: Annotated[Path, typer.Argument(help="A folder of shards written by extract --shards")],
    db: DbOption = None,
) -> None:
    """Store Parquet shards in bulk (COPY on PostgreSQL): the same store as ingest; re-loading is safe."""
    from saywho.ingest import shards

    try:
        files = shards.shard_files(folder)
    except shards.ShardError as error:
        err.print(f"error: {error}", markup=False, highlight=False)
        raise typer.Exit(1) from None
    store = Store(db)
    with batch.Progress(err, "load", shards.row_count(files)) as progress:
        def told(item: Article | IngestError, outcome: str | IngestError) -> None:
            if isinstance(outcome, IngestError):
                progress.print(f"error: {outcome}")
                progress.failure()
            elif outcome == "added":
                progress.article(item)  # type: ignore[arg-type]
            else:
                progress.skipped()

        result = shards.load(store, shards.read_shards(folder), on_item=told)
    _finish(result.added, result.unchanged, result.errors or [], store.url)


@app.command()
def show(
    article: Annotated[str, typer.Argument(help="Article id, URL or unique id prefix")],
    db: DbOption = None,
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
    everything: AllOption = False,
) -> None:
    """Print a stored article with its statements."""
    found = Store(db).article(article)
    if found is None:
        err.print(f"error: no stored article {article!r}", markup=False, highlight=False)
        raise typer.Exit(1)
    if fmt is Format.table:
        out.print(f"[bold]{found.title or found.id}[/bold]  [dim]{found.url or found.origin or ''}[/dim]")
        out.print(found.text, markup=False, highlight=False)
    output.print_articles([found], fmt.value, out, everything=everything)


@app.command("who-said")
def who_said(
    speaker: Annotated[str | None, typer.Option("--speaker", "-s", help="Speaker name (part of it) or actor id")] = None,
    about: Annotated[str | None, typer.Option("--about", "-a", help="A word or phrase in what was said")] = None,
    limit: Annotated[int, typer.Option(min=1, max=10000)] = 200,
    db: DbOption = None,
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
    everything: AllOption = False,
) -> None:
    """List stored statements, by speaker and topic."""
    rows = Store(db).statements(speaker=speaker, about=about, limit=limit, everything=everything)
    if fmt is Format.table:
        out.print(output.statements_table(rows))
        out.print(f"[dim]{len(rows)} statement(s)[/dim]")
    else:
        import json

        for row in rows:
            out.file.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


@eval_app.command("polnear")
def eval_polnear(
    file: Annotated[Path, typer.Argument(help="PolNeAR JSON Lines (id, text, attributions)")],
    model: ModelOption = ModelChoice.fast,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table or json")] = Format.table,
) -> None:
    """Exact- and begin-match P/R/F1 for source, cue and content (CofeNet's definitions)."""
    try:
        score = evaluate.evaluate_file(file, nlp_or_exit(model))
    except (OSError, ValueError) as error:
        err.print(f"error: {error}", markup=False, highlight=False)
        raise typer.Exit(1) from None
    if fmt is Format.table:
        out.print(evaluate.score_table(score, title=f"{file.name}: {score.articles} articles, model {model.value}"))
    else:
        import json

        out.file.write(json.dumps(score.table(), indent=2) + "\n")


from saywho.web.cli import register as register_web  # noqa: E402 - web commands: serve, user, token

register_web(app)

from saywho.eval import plover as _plover_commands  # noqa: E402 - eval plover
from saywho.formats import export as _export_commands  # noqa: E402 - export, actor, relations, actors import

_export_commands.register(app, eval_app)
_plover_commands.register(app, eval_app)

from saywho.eval.cli import register as _register_eval  # noqa: E402 - eval speakers, eval extraction

_register_eval(eval_app)

from saywho.ingest.sources import commands as _source_commands  # noqa: E402 - watch

_source_commands.register(app)
train_app = typer.Typer(help="Train the learned model (--model accurate).", no_args_is_help=True)
app.add_typer(train_app, name="train")


def _need_files(*paths: Path | None) -> None:
    """Exit 1 with one line naming the first given path that is not there."""
    for path in paths:
        if path is not None and not path.exists():
            err.print(f"error: {path}: no such file", markup=False, highlight=False)
            raise typer.Exit(1)


@train_app.command("polnear")
def train_polnear(
    train: Annotated[Path, typer.Option("--train", help="PolNeAR train JSON Lines")],
    dev: Annotated[Path, typer.Option("--dev", help="PolNeAR dev JSON Lines (chooses the epoch)")],
    out_dir: Annotated[Path, typer.Option("--out", help="Where the weights go (ship: saywho/models/polnear-minilm)")],
    epochs: Annotated[int, typer.Option(min=1)] = 16,
    lr: float = 2e-4,
    seed: int = 13,
) -> None:
    """Fine-tune the MiniLM tagger; see docs/training.md (a GPU takes minutes, 2 CPU cores hours)."""
    from saywho.attribution import training  # torch and transformers load only here

    _need_files(train, dev)
    training.train(train, dev, out_dir, epochs=epochs, lr=lr, seed=seed, log=_log)


@train_app.command("soup")
def train_soup(
    train: Annotated[Path, typer.Option("--train", help="PolNeAR train JSON Lines")],
    dev: Annotated[Path, typer.Option("--dev", help="PolNeAR dev JSON Lines (chooses each model's epoch)")],
    out_dir: Annotated[Path, typer.Option("--out", help="Where the soup and oof.npz go (ship the tagger.* files)")],
    folds: Annotated[int, typer.Option(min=2, max=10)] = 5,
    epochs: Annotated[int, typer.Option(min=1)] = 16,
) -> None:
    """Fine-tune one tagger per fold of train side by side; ship their average, keep their out-of-fold scores
    for `train content --oof` (docs/training.md: minutes on a GPU)."""
    from saywho.attribution import soup  # torch and transformers load only here

    _need_files(train, dev)
    soup.train(train, dev, out_dir, folds, epochs, log=_log)


@train_app.command("crf")
def train_crf(
    train: Annotated[Path, typer.Option("--train", help="PolNeAR train JSON Lines")],
    oof: Annotated[Path, typer.Option("--oof", help="Out-of-fold scores of --train from `train soup` (oof.npz)")],
    dev: Annotated[Path, typer.Option("--dev", help="PolNeAR dev JSON Lines (scored, never learned from)")],
    out_dir: Annotated[Path, typer.Option(
        "--out", help="Where crf.json goes (ship: saywho/models/polnear-minilm, beside the tagger)")],
    folds: Annotated[int, typer.Option(min=2, max=10, help="CV folds by article on train")] = 5,
) -> None:
    """Fit the decoder that chooses where the accurate mode's content begins and ends, on train's out-of-fold
    tagger scores; prints its cross-validation on train and its dev scores (then run `train content --oof`)."""
    from saywho.attribution import training  # torch loads only here

    _need_files(train, oof, dev)
    try:
        _report(training.train_decoder(train, oof, dev, out_dir, log=_log, folds=folds))
    except ValueError as error:  # a line that is not a PolNeAR record, or scores that do not fit it
        err.print(f"error: saywho train crf: {error}", markup=False, highlight=False)
        raise typer.Exit(1) from None


@train_app.command("content")
def train_content(
    dev: Annotated[Path, typer.Option("--dev", help="PolNeAR dev JSON Lines (the tagger never saw it)")],
    out_dir: Annotated[Path, typer.Option(
        "--out", help="Where content.json goes (ship: saywho/models/polnear-minilm, beside the tagger)")],
    oof: Annotated[Path | None, typer.Option(
        "--oof", help="Out-of-fold scores of --train from `train soup` (oof.npz): learn there, score on dev")] = None,
    train: Annotated[Path | None, typer.Option("--train", help="PolNeAR train JSON Lines (with --oof)")] = None,
) -> None:
    """Fit the check that decides which tagged content the accurate mode keeps; prints its dev scores against
    the confidence rule (learned on train's out-of-fold scores, or on dev with nested cross-validation)."""
    from saywho.attribution import content_check

    _need_files(dev, oof, train)
    try:
        _report(content_check.train(dev, out_dir, log=_log, oof=oof, train_path=train))
    except ValueError as error:  # a line that is not a PolNeAR record, or scores that do not fit it
        err.print(f"error: saywho train content: {error}", markup=False, highlight=False)
        raise typer.Exit(1) from None


GOLD_EVENTS = Path(__file__).resolve().parents[1] / "gold" / "events" / "labels.jsonl"
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


LabelsOption = Annotated[Path, typer.Option("--labels", help="Event labels (gold/events/labels.jsonl)")]
SharedOption = Annotated[Path, typer.Option("--shared", help="Where the labelled texts are (../shared/data)")]
FoldsOption = Annotated[int, typer.Option(min=2, max=20, help="CV folds by document (docs: 3)")]


def _need_labels(labels: Path, shared: Path) -> None:
    """Exit 1 unless the event labels and the texts they point into are there."""
    if not labels.exists() or not (shared / "polnear" / "train.jsonl").exists():
        err.print(f"error: need {labels} and the texts under {shared}", markup=False, highlight=False)
        raise typer.Exit(1)


def _log(line: str) -> None:
    out.print(line, markup=False, highlight=False)


def _report(report: dict[str, Any]) -> None:
    """A trainer's report, as JSON on standard output."""
    import json

    out.file.write(json.dumps(report, indent=2) + "\n")


@train_app.command("events")
def train_events(
    labels: LabelsOption = GOLD_EVENTS,
    shared: SharedOption = SHARED_DATA,
    out_dir: Annotated[Path, typer.Option("--out", help="Where the model goes (ship: saywho/models/events)")] = Path(
        "runs/events"),
    folds: FoldsOption = 3,
    keep_rules: Annotated[bool, typer.Option(
        "--keep-rules", help="Save the best cautious model (rules' events kept unless near certain) instead")] = False,
    family: Annotated[str, typer.Option(
        "--family", help="best (whole grid), keep_rules (cautious) or trims (never relabels, keeps each sentence's "
                         "likeliest rule event, adds only to empty sentences)")] = "best",
) -> None:
    """Train the learned event model on the train split and the written stories (k-fold CV chooses its
    settings); see docs/accuracy.md."""
    from saywho.events import training as event_training

    _need_labels(labels, shared)
    if family not in event_training.FAMILIES:
        err.print(f"error: --family {family!r}: use one of {', '.join(event_training.FAMILIES)}", markup=False,
                  highlight=False)
        raise typer.Exit(2)
    try:
        report = event_training.train(labels, shared, out_dir, load_nlp("fast"), folds, log=_log,
                                      keep_rules=keep_rules, family=family)
    except ValueError as error:  # no setting keeps the seed article's events
        err.print(f"error: saywho train events: {error}", markup=False, highlight=False)
        raise typer.Exit(1) from None
    _report(report)


@train_app.command("event-reader")
def train_event_reader(
    labels: LabelsOption = GOLD_EVENTS,
    shared: SharedOption = SHARED_DATA,
    out_dir: Annotated[Path, typer.Option("--out", help="Where the reader goes (ship: saywho/models/events-reader)")
                       ] = Path("runs/events-reader"),
    folds: FoldsOption = 5,
    held: Annotated[int, typer.Option("--held", help="The fold of the train split its settings are chosen on")] = 0,
    epochs: Annotated[int, typer.Option("--epochs")] = 2,
    choice: Annotated[Path | None, typer.Option(
        "--choice", help="A choice.json an earlier run wrote: skip the held fold, fit on all")] = None,
    validate: Annotated[bool, typer.Option(
        "--validate", help="Score the setting of the reader saved in --out on fold --held (a reader fitted without "
                           "it); save nothing")] = False,
) -> None:
    """Fine-tune the reader of event words in their sentence that accurate mode mixes into the check (the held
    fold chooses its share and thresholds); see docs/accuracy.md."""
    from saywho.events import context_training

    _need_labels(labels, shared)
    if validate:
        if not (out_dir / "reader.json").exists():
            err.print(f"error: {out_dir}: no saved reader whose setting --validate could score", markup=False,
                      highlight=False)
            raise typer.Exit(2)
        _report(context_training.validate(labels, shared, load_nlp("fast"), folds, held, out_dir, log=_log,
                                          epochs=epochs))
        return
    try:
        report = context_training.train(labels, shared, out_dir, load_nlp("fast"), load_nlp("accurate"), folds, held,
                                        log=_log, epochs=epochs, choice=choice)
    except ValueError as error:  # no setting keeps the seed article's events
        err.print(f"error: saywho train event-reader: {error}", markup=False, highlight=False)
        raise typer.Exit(1) from None
    _report(report)


@train_app.command("roles")
def train_roles(
    labels: LabelsOption = GOLD_EVENTS,
    shared: SharedOption = SHARED_DATA,
    out_dir: Annotated[Path, typer.Option("--out", help="Where the rankers go, as events-sources/ and "
                                          "events-targets/ (ship: saywho/models)")] = Path("runs/roles"),
    folds: FoldsOption = 3,
) -> None:
    """Train the rankers that choose each event's source and target among the actors its sentence names, on
    top of the shipped check (k-fold CV chooses their settings on the train split); see docs/accuracy.md."""
    from saywho.events import role_training

    _need_labels(labels, shared)
    _report(role_training.train(labels, shared, out_dir, load_nlp("fast"), folds, log=_log))


@train_app.command("speakers")
def train_speakers(
    out_dir: Annotated[Path, typer.Option(
        "--out", help="Where the ranker goes (ship: saywho/models/speakers-antecedents)")] = Path("runs/speakers"),
    folds: FoldsOption = 5,
) -> None:
    """Train the ranker that chooses whom "he"/"she" or a definite description ("the president") refers to, on
    the resolved-speaker gold of PolNeAR dev and of the train sample's dev part (k-fold CV by article chooses
    its settings); see docs/accuracy.md."""
    from saywho.attribution import antecedent_training
    from saywho.eval.polnear_speakers import POLNEAR_DEV, POLNEAR_TRAIN

    for path in (POLNEAR_DEV, POLNEAR_TRAIN):
        if not path.exists():
            err.print(f"error: {path}: not found (saywho train speakers reads PolNeAR from ../shared/data)",
                      markup=False, highlight=False)
            raise typer.Exit(2)
    _report(antecedent_training.train(out_dir, load_nlp("fast"), folds, log=_log))


@eval_app.command("events")
def eval_events(
    split: Annotated[str, typer.Option("--split", help="train or test (test: the frozen part; read rarely)")] = "test",
    labels: Annotated[Path, typer.Option("--labels")] = GOLD_EVENTS,
    shared: Annotated[Path, typer.Option("--shared")] = SHARED_DATA,
    model_dir: Annotated[Path | None, typer.Option("--model-dir", help="A trained model (default: the shipped one)")] = None,
    model_name: Annotated[str, typer.Option(
        "--model", help="fast, or accurate: the shipped reader of sentences mixed into the check")] = "fast",
) -> None:
    """Event recall, precision and extra events per sentence on the project's own labels: the model with the
    learned roles, the model alone and the rules alone."""
    import json

    from saywho.events import model as event_model
    from saywho.events import sources, targets
    from saywho.events import training as event_training

    model = event_model.EventModel.load(model_dir) if model_dir else event_model.shipped()
    if model_name not in ("fast", "accurate"):
        err.print(f"error: --model {model_name!r}: use fast or accurate", markup=False, highlight=False)
        raise typer.Exit(2)
    reader = None
    if model_name == "accurate":
        try:
            from saywho.events import context
        except ImportError as error:
            err.print(f"error: --model accurate needs the 'accurate' extra ({error.name} is missing)", markup=False,
                      highlight=False)
            raise typer.Exit(2) from None
        reader = context.shipped()
        if reader is None:  # accurate mode would code events as the fast mode does: say so rather than score it
            err.print(f"error: --model accurate: no reader of event words in {context.MODEL_DIR} (train one with "
                      "saywho train event-reader, or name its folder in SAYWHO_EVENTS_READER)", markup=False,
                      highlight=False)
            raise typer.Exit(2)
    _need_labels(labels, shared)
    report = event_training.evaluate(labels, shared, load_nlp("fast"), split, model,
                                     log=lambda line: out.print(line, markup=False, highlight=False),
                                     targets=targets.shipped(), sources=sources.shipped(), reader=reader)
    out.file.write(json.dumps(report, indent=2) + "\n")


def main() -> None:  # pragma: no cover - entry point
    batch.OWN_PROCESS = True  # this interpreter runs one command: the fast mode may start without torch
    app(prog_name="saywho")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
