"""Running a batch: skipping what is stored, extracting on every core, showing progress.

``saywho extract`` and ``saywho ingest`` read a stream of :class:`Article` /
:class:`IngestError` and hand it here. :class:`Skipper` drops articles the store
already holds (same URL or text) *before* they are parsed, so a re-run of a
stored batch costs a query per article. :func:`extract` runs the pipeline with
one spaCy pipeline per worker process and yields the results in input order,
so the output and the store are the same whatever ``--workers`` is; the caller
stays the one writer. A worker that dies (killed, out of memory, a crash) is
replaced and the articles it held are retried, each alone; one that kills its
worker again is an error, and the batch goes on. ``SAYWHO_TEST_KILL_ON`` is a
test seam (docs/scaling.md): a worker handed an article whose text contains its
value kills itself with SIGKILL. :class:`Progress` shows a Rich progress bar on a
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
    from itertools import chain

    pool = _Pool(model, workers)
    try:
        yield from pool.run(_chunks(chain(head, rest)))
    finally:
        pool.close()


# -- worker processes that may die --------------------------------------------------------------------
#
# Each worker is a spawned process with a pipe of its own and a shared number that says which task it is
# parsing, so when a worker dies (killed, out of memory, a crash in native code) the parent knows which
# chunk it was in: those articles are retried once, each alone, on a new worker; an article that kills its
# worker again is reported as an error, and the batch goes on. Tasks it held but had not begun are sent
# again unchanged. A worker holds up to DEPTH tasks and sends results from a thread of its own, so it
# parses on while the parent is busy storing what came before.

KILL_ON = "SAYWHO_TEST_KILL_ON"  # test seam (docs/scaling.md): a worker handed an article containing it kills itself
DEPTH = 2  # tasks a worker holds: the one it parses and the next, so it never waits for the parent
_STARTS_WITHOUT_RESULT = 3  # a worker slot dying this many times in a row before it is ready: stop the batch
_REQUEUES = 3  # a task given back this many times by dying workers that never said they began it: it is the cause
_IDLE = -1


def _worker_main(conn: Any, current: Any, model: str, threads: int) -> None:
    """A worker process: loads the pipeline, says so, then answers tasks until told to stop. ``current``
    (shared with the parent) holds the id of the task being parsed, or -1."""
    import queue
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the workers
    outbox: queue.SimpleQueue = queue.SimpleQueue()

    def send() -> None:  # results go out from here, so parsing goes on while the parent is busy
        while (message := outbox.get()) is not None:
            try:
                conn.send(message)
            except OSError:  # the parent is gone
                return
            except Exception as error:  # noqa: BLE001 - a result that cannot be pickled fails its chunk only
                conn.send(("failed", message[1], f"the result could not be sent back: {_one_line(error)}"))

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    _start_worker(model, threads)
    outbox.put(("ready", None, None) if _worker_nlp is not None
               else ("unavailable", None, _worker_problem or "the pipeline did not load"))
    marker = os.environ.get(KILL_ON) or None
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            break
        if task is None:
            break
        task_id, items = task
        current.value = task_id
        if marker and any(isinstance(item, Article) and marker in item.text for item in items):
            os.kill(os.getpid(), signal.SIGKILL)
        try:
            reply: tuple[str, int, Any] = ("ok", task_id, _work(items))
        except PipelineUnavailable as error:
            reply = ("unavailable", task_id, str(error))
        except Exception as error:  # noqa: BLE001 - one chunk's failure is its articles' errors, not the batch's
            reply = ("failed", task_id, _one_line(error))
        current.value = _IDLE
        outbox.put(reply)
    outbox.put(None)
    sender.join()


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}"[:300] if text else type(error).__name__


def _death(exitcode: int | None) -> str:
    """How a process ended, for a person: "signal 9" (SIGKILL: killed, or out of memory), "exit code 1"."""
    if exitcode is not None and exitcode < 0:
        return f"signal {-exitcode}"
    return f"exit code {exitcode}" if exitcode is not None else "unknown cause"


class _Chunk:
    """A chunk of the batch, in input order; ``parts`` are the pieces its results come back in: the whole
    chunk, or (after a worker died parsing it) each item alone."""

    def __init__(self, items: list[Article | IngestError]) -> None:
        self.items = [items]
        self.parts: list[list[Article | IngestError] | None] = [None]
        self.retried = [False]
        self.requeued = [0]

    @property
    def done(self) -> bool:
        return all(part is not None for part in self.parts)

    def results(self) -> Iterator[Article | IngestError]:
        for part in self.parts:
            yield from part or ()


class _Slot:
    """One worker process and the tasks it holds, by task id: (chunk, part index)."""

    def __init__(self, context: Any, model: str, threads: int) -> None:
        self.conn, child = context.Pipe(duplex=True)
        self.current = context.RawValue("q", _IDLE)
        self.process = context.Process(target=_worker_main, args=(child, self.current, model, threads), daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.tasks: dict[int, tuple[_Chunk, int]] = {}

    def stop(self) -> None:
        """An idle worker is told to stop and given a few seconds; a busy or still loading one is killed."""
        if not self.conn.closed:
            try:
                if self.ready and not self.tasks:
                    self.conn.send(None)
                    self.process.join(5)
            except OSError:
                pass
            self.conn.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)


class _Pool:
    """``workers`` worker processes running the pipeline over chunks; results in input order, at most
    2 × ``workers`` chunks held at a time (memory stays flat on any input size)."""

    def __init__(self, model: str, workers: int) -> None:
        import multiprocessing

        self.model, self.workers = model, workers
        self.context = multiprocessing.get_context("spawn")  # a fresh interpreter: no forked locks, threads, DB connections
        self.threads = max(1, default_workers() // workers)
        self.slots: list[_Slot] = []
        self.failed_starts = [0] * workers
        self.waiting: deque[tuple[_Chunk, int]] = deque()  # parts to send, retries first
        self.next_id = 0
        for _ in range(workers):
            self.slots.append(self._start())

    def _start(self) -> _Slot:
        return _Slot(self.context, self.model, self.threads)

    def run(self, chunks: Iterator[list[Article | IngestError]]) -> Iterator[Article | IngestError]:
        """Each chunk is sent as soon as it is read (a stream is extracted while it arrives) and each result
        yielded as soon as it and those before it are done; reading stops while the window is full."""
        held: deque[_Chunk] = deque()
        more = True
        while more or held:
            if more and len(held) < 2 * self.workers:
                items = next(chunks, None)
                if items is None:
                    more = False
                else:
                    held.append(_Chunk(items))
                    self.waiting.append((held[-1], 0))
                self._dispatch()
                self._wait(0)  # what is done already, without waiting
            elif held:
                self._dispatch()
                self._wait(None)
            while held and held[0].done:
                yield from held.popleft().results()

    def _dispatch(self) -> None:
        for slot in self.slots:
            while self.waiting and slot.ready and len(slot.tasks) < DEPTH:
                chunk, part = self.waiting.popleft()
                self.next_id += 1
                try:
                    slot.conn.send((self.next_id, chunk.items[part]))
                except OSError:  # it died a moment ago: the task waits for another; _wait sees the death
                    self.waiting.appendleft((chunk, part))
                    break
                slot.tasks[self.next_id] = (chunk, part)

    def _wait(self, timeout: float | None) -> None:
        """Take the answers and deaths of workers: those there are (``timeout`` 0), or at least one (None)."""
        from multiprocessing.connection import wait

        pipes = {slot.conn: slot for slot in self.slots}
        sentinels = {slot.process.sentinel: slot for slot in self.slots}
        for ready in wait([*pipes, *sentinels], timeout):
            slot = pipes.get(ready) or sentinels[ready]  # type: ignore[index]
            if slot.conn.closed:
                continue  # handled already in this round (its pipe and its sentinel both woke us)
            if self._receive(slot):
                self._dispatch()  # a worker with room gets its next task at once
            else:
                self._died(slot)

    def _receive(self, slot: _Slot) -> bool:
        """Take every message waiting on the slot's pipe; False when the worker is gone."""
        while slot.conn.poll():
            try:
                message = slot.conn.recv()
            except Exception:  # noqa: BLE001 - EOF, a closed pipe, or a message cut short by the death
                return False
            self._answer(slot, message)
        return slot.process.is_alive()

    def _answer(self, slot: _Slot, message: tuple[str, int | None, Any]) -> None:
        status, task_id, value = message
        if status == "unavailable":
            raise PipelineUnavailable(value)
        if status == "ready":
            slot.ready = True
            return
        chunk, part = slot.tasks.pop(task_id)  # type: ignore[arg-type]
        self.failed_starts[self.slots.index(slot)] = 0
        if status == "ok":
            chunk.parts[part] = value
        else:  # the pipeline raised for the whole chunk: its articles fail, one line each
            chunk.parts[part] = [item if isinstance(item, IngestError) else IngestError(
                item.origin or item.id, f"extraction failed in a worker process: {value}") for item in chunk.items[part]]

    def _died(self, slot: _Slot) -> None:
        """A worker ended without being asked to: the task it was parsing is retried (or failed, if it was
        a retry), the ones it had not begun are sent again, and a new worker takes its place."""
        index = self.slots.index(slot)
        slot.process.join(5)
        how = _death(slot.process.exitcode)
        slot.conn.close()
        parsing = slot.current.value
        if not slot.ready:
            self.failed_starts[index] += 1
            _log(f"a worker process died ({how}) while starting; starting another")
            if self.failed_starts[index] >= _STARTS_WITHOUT_RESULT:
                raise PipelineUnavailable(f"worker processes keep dying ({how}) while loading the pipeline")
        elif parsing not in slot.tasks:
            _log(f"a worker process died ({how}) while not parsing; starting another")
        again: list[tuple[_Chunk, int]] = []
        for task_id, (chunk, part) in slot.tasks.items():
            if task_id != parsing:
                chunk.requeued[part] += 1
                if chunk.requeued[part] < _REQUEUES:
                    again.append((chunk, part))
                    continue
            self._failed(chunk, part, how)
        self.waiting.extendleft(reversed(again))
        self.slots[index] = self._start()

    def _failed(self, chunk: _Chunk, part: int, how: str) -> None:
        """The worker died parsing this part: a whole chunk is split and its articles retried, each alone
        and first in line; an article alone (a retry) is reported as failed."""
        articles = [item for item in chunk.items[part] if isinstance(item, Article)]
        if chunk.retried[part]:
            article = articles[0]
            chunk.parts[part] = [IngestError(
                article.origin or article.id,
                f"worker died ({how}) while parsing article {article.id!r}, twice (it was retried alone)")]
            _log(f"a worker process died ({how}) while parsing {article.origin or article.id} again: "
                 "reported as failed")
            return
        _log(f"a worker process died ({how}) while parsing {len(articles)} article(s) "
             f"({_names(articles)}); retrying each alone")
        # Only a whole chunk is split (a retry is one article, never split), so the chunk has one part.
        items = chunk.items[part]
        chunk.items = [[item] for item in items]
        chunk.parts = [[item] if isinstance(item, IngestError) else None for item in items]
        chunk.retried = [True] * len(items)
        chunk.requeued = [0] * len(items)
        self.waiting.extendleft(reversed([(chunk, n) for n, item in enumerate(items) if isinstance(item, Article)]))

    def close(self) -> None:
        for slot in self.slots:
            slot.stop()


def _names(articles: list[Article], show: int = 3) -> str:
    names = [article.origin or article.id for article in articles[:show]]
    return ", ".join(names) + (f" and {len(articles) - show} more" if len(articles) > show else "")


def _log(line: str) -> None:
    import logging

    logging.getLogger("saywho.ingest.batch").warning(line)


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
