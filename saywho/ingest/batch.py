"""Running a batch: skipping what is stored, extracting on every core, showing progress.

``saywho extract`` and ``saywho ingest`` read a stream of :class:`Article` /
:class:`IngestError` and hand it here. :class:`Skipper` drops articles the store
already holds (same URL or text) *before* they are parsed, so a re-run of a
stored batch costs a query per article. :func:`extract` runs the pipeline with
one spaCy pipeline per worker process and yields the results in input order,
so the output and the store are the same whatever ``--workers`` is; the caller
stays the one writer. :class:`Progress` shows a Rich progress bar on a
terminal and a plain line every few seconds elsewhere. Nothing here imports
spaCy: the pipeline loads only when the first article needs parsing.
"""

from __future__ import annotations

import math
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any

from saywho.model import Article, IngestError

if TYPE_CHECKING:
    from rich.console import Console
    from spacy.language import Language

    from saywho.store import Store

CHUNK = 8  # articles per task sent to a worker: small enough to balance two cores on a short batch
ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")


OWN_PROCESS = False  # True when this process is the saywho command itself (cli.main), not a library user's


def without_torch(model: str) -> None:
    """Let the fast mode start without torch: thinc imports it (seconds of start-up) whenever it is installed,
    though neither the English model nor the rules use it. Marking it missing is only done in a process
    that runs one model, ours: a saywho command or a worker, never a library user's interpreter."""
    if model == "fast" and "torch" not in sys.modules:
        sys.modules["torch"] = None  # type: ignore[assignment]  # import torch -> ImportError: thinc goes without


class PipelineUnavailable(RuntimeError):
    """The spaCy pipeline could not be loaded (no English model, no accurate extra): nothing can be extracted."""


def default_workers() -> int:
    """The cores this process may run on (a container's or taskset's limit, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


# -- skipping what is stored --------------------------------------------------------------------------

class Skipper:
    """Passes on the articles that are neither stored nor earlier in this batch; counts the others."""

    def __init__(self, store: Store, on_skip: Any = None) -> None:
        self.store = store
        self.skipped = 0
        self.on_skip = on_skip
        self._urls: set[str] = set()
        self._hashes: set[str] = set()

    def filter(self, items: Iterable[Article | IngestError]) -> Iterator[Article | IngestError]:
        for item in items:
            if isinstance(item, Article) and self._known(item):
                self.skipped += 1
                if self.on_skip is not None:
                    self.on_skip(item)
                continue
            yield item

    def _known(self, article: Article) -> bool:
        digest = article.text_hash
        if digest in self._hashes or (article.url and article.url in self._urls):
            return True  # the same article twice in one batch: the first copy will be stored
        self._hashes.add(digest)
        if article.url:
            self._urls.add(article.url)
        return self.store.stored_id(article) is not None


# -- extraction on N worker processes -----------------------------------------------------------------

_worker_nlp: Language | None = None
_worker_problem: str | None = None


def _load(model: str) -> Language:
    from saywho.pipeline import load_nlp

    try:
        return load_nlp(model)
    except RuntimeError as error:
        raise PipelineUnavailable(str(error)) from None


def _start_worker(model: str, threads: int) -> None:
    """Runs once in each worker: the pipeline loads here, once, not per batch."""
    global _worker_nlp, _worker_problem
    without_torch(model)
    if model == "accurate":  # N workers × torch's default of one thread per core would oversubscribe the CPU
        try:
            import torch

            torch.set_num_threads(threads)
        except ImportError:
            pass
    try:
        _worker_nlp = _load(model)
    except PipelineUnavailable as error:  # raising here would make the pool restart the worker forever
        _worker_problem = str(error)


def _work(chunk: list[Article | IngestError]) -> list[Article | IngestError]:
    from saywho.pipeline import process

    if _worker_nlp is None:
        raise PipelineUnavailable(_worker_problem or "the pipeline did not load")
    return list(process(chunk, nlp=_worker_nlp, batch_size=len(chunk)))


def extract(items: Iterable[Article | IngestError], model: str = "fast", workers: int = 1,
            nlp: Language | None = None) -> Iterator[Article | IngestError]:
    """The pipeline over ``items``, in input order, on ``workers`` processes (1: in this one).

    A batch of one chunk or less is extracted here whatever ``workers`` is: starting processes would
    cost more than it saves. Raises :class:`PipelineUnavailable` when the pipeline cannot load.
    """
    stream = iter(items)
    head: list[Article | IngestError] = []
    articles = 0
    if workers > 1:
        for item in stream:  # read ahead until there is more than one chunk of articles, or the input ends
            head.append(item)
            articles += isinstance(item, Article)
            if articles > CHUNK:
                break
    if workers <= 1 or articles <= CHUNK:
        yield from _in_process(head, stream, model, nlp)
        return
    yield from _in_workers(head, stream, model, workers)


def _in_process(head: list[Article | IngestError], rest: Iterator[Article | IngestError], model: str,
                nlp: Language | None) -> Iterator[Article | IngestError]:
    from itertools import chain

    pending: list[IngestError] = []
    stream = chain(head, rest)
    for item in stream:  # errors before the first article need no pipeline
        if isinstance(item, IngestError):
            pending.append(item)
            continue
        from saywho.pipeline import process  # spaCy: only once there is something to parse

        yield from pending
        yield from process(chain([item], stream), nlp=nlp or _load(model))
        return
    yield from pending


def _in_workers(head: list[Article | IngestError], rest: Iterator[Article | IngestError], model: str,
                workers: int) -> Iterator[Article | IngestError]:
    import multiprocessing
    from itertools import chain

    context = multiprocessing.get_context("spawn")  # a fresh interpreter: no forked locks, threads or DB connections
    threads = max(1, default_workers() // workers)
    chunks = _chunks(chain(head, rest))

    def pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(model, threads))

    executor = pool()
    pending: deque[tuple[list[Article | IngestError], Future]] = deque()
    try:
        for chunk in chunks:
            pending.append((chunk, executor.submit(_work, chunk)))
            while len(pending) >= 2 * workers:  # a bounded window: memory stays flat on any input size
                executor = yield from _collect(pending, executor, pool)
        while pending:
            executor = yield from _collect(pending, executor, pool)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _collect(pending: deque, executor: ProcessPoolExecutor, pool: Any) -> Iterator[Article | IngestError]:
    """Yield the oldest chunk's results; when a worker died (killed, out of memory) that chunk is reported
    as failed, a new pool is started and the chunks still waiting are sent to it."""
    chunk, future = pending.popleft()
    try:
        results = future.result()
    except BrokenProcessPool:
        for item in chunk:
            yield item if isinstance(item, IngestError) else IngestError(
                item.origin or item.id, "extraction failed: its worker process died (out of memory?)")
        executor.shutdown(wait=False, cancel_futures=True)
        executor = pool()
        resubmitted = [(waiting, executor.submit(_work, waiting)) for waiting, _ in pending]
        pending.clear()
        pending.extend(resubmitted)
        return executor
    yield from results
    return executor


def _chunks(items: Iterator[Article | IngestError]) -> Iterator[list[Article | IngestError]]:
    chunk: list[Article | IngestError] = []
    articles = 0
    for item in items:
        chunk.append(item)
        articles += isinstance(item, Article)
        if articles >= CHUNK:
            yield chunk
            chunk, articles = [], 0
    if chunk:
        yield chunk


# -- how many articles a batch holds ------------------------------------------------------------------

def count_articles(paths: Iterable[str]) -> int | None:
    """The number of articles in files and folders of text, HTML and JSON Lines, for the progress bar's
    ETA; None when any input is something else (standard input, a URL, a feed, a WARC file)."""
    total = 0
    for name in paths:
        if name == "-" or "://" in name:
            return None
        path = Path(name)
        files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path)) if path.is_dir() else [path]
        for file in files:
            suffix = file.suffix.lower()
            if suffix in ARTICLE_SUFFIXES:
                total += 1
            elif suffix in JSONL_SUFFIXES:
                try:
                    with file.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    total += 1  # reported as one error by the reader
            else:
                return None
    return total


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


# -- progress -----------------------------------------------------------------------------------------

class Progress:
    """Articles/s, words/s, ETA (when the total is known) and failures so far.

    A Rich progress bar when ``console`` is a terminal; otherwise one plain line every ``every`` seconds
    (a CI log, a pipe), and nothing at all for a batch shorter than that.
    """

    def __init__(self, console: Console, label: str, total: int | None, every: float = 10.0,
                 enabled: bool = True) -> None:
        self.console = console
        self.label = label
        self.total = total
        self.every = every
        self.done = self.words = self.failed = self.stored = 0
        self.started = self._last = time.monotonic()
        self._bar: Any = None
        self._task: Any = None
        if enabled and console.is_terminal:
            from rich.progress import BarColumn, TextColumn, TimeRemainingColumn
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(
                TextColumn("[bold]{task.description}"), BarColumn(),
                TextColumn("{task.completed}/{task.fields[of]} articles"),
                TextColumn("{task.fields[rates]}"), TextColumn("ETA"), TimeRemainingColumn(),
                TextColumn("{task.fields[tail]}"), console=console, transient=True,
            )
            self._task = self._bar.add_task(label, total=total, of=total if total is not None else "?",
                                            rates="", tail="")
            self._bar.start()
        self.enabled = enabled

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def print(self, line: str) -> None:
        """A line (an error) above the bar, or plainly when there is none."""
        self.console.print(line, markup=False, highlight=False)

    def article(self, article: Article) -> None:
        self.done += 1
        self.words += len(article.text.split())
        self._tick()

    def skipped(self, _article: Article | None = None) -> None:
        self.done += 1
        self.stored += 1
        self._tick()

    def failure(self) -> None:
        self.done += 1
        self.failed += 1
        self._tick()

    def rates(self) -> tuple[float, float]:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        return self.done / elapsed, self.words / elapsed

    def line(self) -> str:
        per_second, words = self.rates()
        of = f"/{self.total}" if self.total is not None else ""
        eta = ""
        if self.total is not None and per_second > 0 and self.total > self.done:
            eta = f", ETA {_duration((self.total - self.done) / per_second)}"
        return (f"{self.label}: {self.done}{of} articles, {per_second:.1f} articles/s, {words:,.0f} words/s, "
                f"{self.failed} failed, {self.stored} already stored{eta}")

    def _tick(self) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if self._bar is not None:
            per_second, words = self.rates()
            tail = f"{self.failed} failed" + (f", {self.stored} already stored" if self.stored else "")
            self._bar.update(self._task, completed=self.done, rates=f"{per_second:.1f}/s {words:,.0f} words/s",
                             tail=tail)
        elif now - self._last >= self.every:
            self._last = now
            self.console.print(self.line(), markup=False, highlight=False)


def _duration(seconds: float) -> str:
    seconds = math.ceil(seconds)
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"
