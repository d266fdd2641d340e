"""``--engine ray``: the pipeline on a Ray cluster, one pipeline per actor.

The inputs are read here, by the same readers as the local engine (files,
JSON Lines, feeds, URL lists, sitemaps, WARC), and sent in chunks of
``batch.CHUNK`` articles to a pool of Ray actors, each of which loads the spaCy
pipeline once and runs ``saywho.pipeline.process`` over its chunks, exactly as
a local worker process does. Results come back in input order through a
bounded window, so what ``extract`` prints, ``--shards`` writes and ``ingest``
stores is the same as with ``--engine local``; this process stays the one
writer. Ray is imported only here, so commands without ``--engine ray`` never
load it. With no ``--address`` a Ray cluster is started on this machine (and
stopped at the end); with one (``auto``, ``HOST:6379`` or ``ray://HOST:10001``)
the actors run on that cluster, whose nodes need saywho installed.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import Any

from saywho.ingest import batch
from saywho.model import Article, IngestError

OBJECT_STORE_BYTES = 200 * 1024 ** 2  # a started cluster's object store: chunks of text are small
UNAVAILABLE = "unavailable"


class RayUnavailable(batch.PipelineUnavailable):
    """Ray is not installed or the cluster cannot be reached: nothing can be extracted (one line to print)."""


class _Worker:
    """A Ray actor: the pipeline loads in ``__init__``, once, and serves every chunk sent to this actor."""

    def __init__(self, model: str, threads: int) -> None:
        batch._start_worker(model, threads)  # the same start as a local worker process

    def work(self, chunk: list[Article | IngestError]) -> tuple[str, Any]:
        if batch._worker_nlp is None:  # told to the driver as a value: an exception would be retried as a crash
            return UNAVAILABLE, batch._worker_problem or "the pipeline did not load"
        return "ok", batch._work(chunk)


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise RayUnavailable("--engine ray needs Ray: pip install ray==2.60.0 (or saywho[ray])") from None
    return ray


def connect(address: str | None, workers: int) -> bool:
    """Join the cluster at ``address`` or start one here with ``workers`` CPUs; True when this call
    started or joined it (and so should shut it down). A Ray session already open in this process is used."""
    ray = _ray()
    if ray.is_initialized():
        return False
    options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "logging_level": "WARNING",
                               "configure_logging": True}
    try:
        if address:
            ray.init(address=address, **options)
        else:
            ray.init(address="local", num_cpus=workers, object_store_memory=OBJECT_STORE_BYTES,
                     _node_ip_address="127.0.0.1", **options)
    except Exception as error:  # noqa: BLE001 - Ray raises ConnectionError, RuntimeError, ValueError …
        where = address or "a local cluster"
        raise RayUnavailable(f"cannot start Ray on {where}: {str(error).strip().splitlines()[0]}") from None
    return True


def extract(items: Iterable[Article | IngestError], model: str = "fast", workers: int = 1,
            address: str | None = None) -> Iterator[Article | IngestError]:
    """The pipeline over ``items`` on ``workers`` Ray actors, in input order.

    Raises :class:`batch.PipelineUnavailable` when the actors cannot load the pipeline and
    :class:`RayUnavailable` when Ray cannot start or connect.
    """
    stream = iter(items)
    head: list[Article | IngestError] = []
    for item in stream:  # nothing to parse (every article already stored): no cluster to start
        head.append(item)
        if isinstance(item, Article):
            break
    else:
        yield from head
        return
    ray = _ray()
    owned = connect(address, workers)
    try:
        threads = max(1, batch.default_workers() // workers) if not address else 1
        # max_restarts: an actor killed (out of memory) is started again, and the chunk it held is reported
        actor = ray.remote(num_cpus=1, max_restarts=3, max_task_retries=0)(_Worker)
        actors = [actor.remote(model, threads) for _ in range(workers)]
        yield from _ordered(ray, actors, batch._chunks(chain(head, stream)), workers)
    finally:
        if owned:
            ray.shutdown()


def _ordered(ray: Any, actors: list[Any], chunks: Iterator[list[Article | IngestError]],
             workers: int) -> Iterator[Article | IngestError]:
    """Chunks sent round-robin, results yielded in order; at most two chunks per actor in flight."""
    pending: deque[tuple[list[Article | IngestError], Any]] = deque()
    for n, chunk in enumerate(chunks):
        pending.append((chunk, actors[n % len(actors)].work.remote(chunk)))
        while len(pending) >= 2 * workers:
            yield from _collect(ray, pending.popleft())
    while pending:
        yield from _collect(ray, pending.popleft())


def _collect(ray: Any, entry: tuple[list[Article | IngestError], Any]) -> Iterator[Article | IngestError]:
    chunk, reference = entry
    try:
        status, results = ray.get(reference)
    except ray.exceptions.RayError as error:  # the actor died, or the task raised: this chunk fails, not the batch
        problem = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        for item in chunk:
            yield item if isinstance(item, IngestError) else IngestError(
                item.origin or item.id, f"extraction failed on Ray: {problem}")
        return
    if status == UNAVAILABLE:
        raise batch.PipelineUnavailable(results)
    yield from results
