"""Sources: feeds, sitemaps, URL lists, single pages and WARC files, read into articles.

:class:`Sources` turns the inputs of ``saywho ingest`` / ``saywho watch`` into
the same stream of :class:`Article` / :class:`IngestError` that
``ingest.read_inputs`` gives for files, so the pipeline and the store see no
difference. Articles (text, HTML, JSON Lines files) and ``-`` go to
``ingest.read_inputs`` unchanged; folders are walked here, so that a feed or
WARC file inside one is recognised. A page whose URL is already stored is not fetched; a page or feed
fetched before is asked for with its validators (304: nothing to do); what
was learned is written by :meth:`Sources.commit`, which the caller invokes
after the articles are stored. See docs/sources.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path

from sqlalchemy import Engine

from saywho.ingest import InputError, read_folder, read_inputs
from saywho.ingest.sources.detect import (
    KINDS,
    LIST_MAX_BYTES,
    Kind,
    gunzip,
    is_gzip,
    is_url,
    kind_of_file,
    parse_url_list,
    sniff,
)
from saywho.ingest.sources.feeds import Entry, Listing, parse_feed, parse_sitemap
from saywho.ingest.sources.fetch import Fetcher, FetchError
from saywho.ingest.sources.pages import page_article
from saywho.ingest.sources.state import SourceState
from saywho.ingest.sources.warc import read_warc
from saywho.model import Article, IngestError
from saywho.validate import printable

__all__ = ["KINDS", "Kind", "Sources"]
MAX_SITEMAP_DEPTH = 3  # an index of indexes of sitemaps is as deep as real sites go


class Sources:
    """Reads sources for one store (``engine``) or none; ``remember_seen`` skips entries handled before."""

    def __init__(self, engine: Engine | None = None, fetcher: Fetcher | None = None, remember_seen: bool = False) -> None:
        self.state = SourceState(engine)
        self.fetcher = fetcher or Fetcher()
        self.remember_seen = remember_seen
        self.counts: Counter[str] = Counter()

    def close(self) -> None:
        self.fetcher.close()

    def commit(self) -> None:
        """Remember validators and seen entries: call once the articles read so far are stored."""
        self.state.commit()

    def summary(self) -> str:
        """One line of what the sources did, e.g. "3 fetched, 2 unchanged (304)"; empty when nothing."""
        order = ("fetched", "unchanged (304)", "skipped (URL stored)", "seen before", "not articles")
        parts = [f"{self.counts[key]} {key}" for key in order if self.counts[key]]
        return ", ".join(parts)

    # -- inputs ----------------------------------------------------------------

    def read(self, inputs: Iterable[str], kind: Kind | None = None) -> Iterator[Article | IngestError]:
        """Articles and errors from each input; ``kind`` forces how every input is read."""
        for name in inputs:
            if name == "-":
                yield from read_inputs([name])
            elif is_url(name):
                yield from self._read_url(name, kind)
            else:
                yield from self._read_path(Path(name), kind, frozenset())

    def _read_path(self, path: Path, kind: Kind | None, folders: frozenset[tuple[int, int]]) -> Iterator[Article | IngestError]:
        """A regular file is looked at; a folder is walked (hidden names left out, as ingest does); anything
        else — missing, a pipe, a device, a link loop — goes to ``ingest.read_inputs``, which reports it."""
        if path.is_dir():
            info = path.stat()
            yield from read_folder(path, printable(str(path)), (info.st_dev, info.st_ino), folders,
                                   lambda child, above: self._read_path(child, kind, above))
            return
        if not path.is_file():
            yield from read_inputs([str(path)])
            return
        yield from self._read_file(path, kind)

    def _read_file(self, path: Path, kind: Kind | None) -> Iterator[Article | IngestError]:
        origin = printable(str(path))
        try:
            kind = kind or kind_of_file(path)
            if kind is None:
                yield from read_inputs([str(path)])  # an article: text, HTML or JSON Lines
                return
            if kind == "warc":
                yield from read_warc(path, self.state.stored_url, self.counts)
                return
            if path.stat().st_size > LIST_MAX_BYTES:
                raise InputError(f"too large for a {kind} (the limit is {LIST_MAX_BYTES // 2**20} MB)")
            data = path.read_bytes()
        except FileNotFoundError:
            yield IngestError(origin, "no such file")
            return
        except (OSError, InputError) as error:
            yield IngestError(origin, str(error) if isinstance(error, InputError) else error.strerror or str(error))
            return
        yield from self._read_listing(data, origin, None, kind)

    def _read_url(self, url: str, kind: Kind | None, depth: int = 0) -> Generator[Article | IngestError, None, bool]:
        """A fetched source or page; returns False when something failed that a later run should retry."""
        if kind is None and self.state.stored_url(url):  # an article's address is no feed: nothing to fetch
            self.counts["skipped (URL stored)"] += 1
            return True
        try:
            response = self.fetcher.get(url, self.state.validators(url), max_bytes=LIST_MAX_BYTES)
        except FetchError as error:
            yield IngestError(url, str(error))
            return not error.retryable
        if response.not_modified:
            self.counts["unchanged (304)"] += 1
            return True
        self.counts["fetched"] += 1
        data = response.content
        try:
            if is_gzip(data):
                data = gunzip(data)
            found = kind or sniff(data[:65536])
            if found == "warc":
                raise InputError("a WARC file is read from disk: download it and pass the file")
        except InputError as error:
            yield IngestError(url, str(error))
            return True
        if found is None:  # a single page
            try:  # page_article holds the page to MAX_BYTES
                article = page_article(data, response.final_url or url, response.content_type, origin=url)
            except InputError as error:
                yield IngestError(url, str(error))
                return True
            self.state.remember_validators(url, response.validators)
            yield article
            return True
        complete = yield from self._read_listing(data, url, response.final_url or url, found, depth)
        if complete:  # an entry that failed for now keeps the old validators, so the next run retries it
            self.state.remember_validators(url, response.validators)
        return complete

    def _read_listing(
        self, data: bytes, source: str, base_url: str | None, kind: Kind, depth: int = 0,
    ) -> Generator[Article | IngestError, None, bool]:
        """Articles from a feed, sitemap or URL list; returns False when some entry should be retried later."""
        try:
            if is_gzip(data):
                data = gunzip(data)
            if kind == "feed":
                listing = parse_feed(data, base_url)
            elif kind == "sitemap":
                listing = parse_sitemap(data, base_url)
            elif kind == "urls":
                listing = Listing(entries=[Entry(key=url, link=url) for url in parse_url_list(data)])
            else:
                raise InputError(f"a {kind} file is read from disk, not from a listing")
        except InputError as error:
            yield IngestError(source, str(error))
            return False
        for problem in listing.skipped:
            yield IngestError(source, problem)
        complete = True
        for child in listing.children:
            if depth >= MAX_SITEMAP_DEPTH:
                yield IngestError(child, f"sitemap index nested deeper than {MAX_SITEMAP_DEPTH} levels")
                continue
            complete &= yield from self._read_url(child, "sitemap", depth + 1)
        seen = self.state.seen(source, (e.key for e in listing.entries)) if self.remember_seen else set()
        for entry in listing.entries:
            if entry.key in seen:
                self.counts["seen before"] += 1
                continue
            complete &= yield from self._read_entry(source, entry, listing.title)
        return complete

    def _read_entry(self, source: str, entry: Entry, site: str | None) -> Generator[Article | IngestError, None, bool]:
        """The entry's page as an article; returns False when it failed in a way a later run may not."""
        if self.state.stored_url(entry.link):
            self.counts["skipped (URL stored)"] += 1
            self._seen(source, entry)
            return True
        try:
            response = self.fetcher.get(entry.link, self.state.validators(entry.link))
        except FetchError as error:
            yield IngestError(entry.link, str(error))
            if not error.retryable:
                self._seen(source, entry)
            return not error.retryable
        self._seen(source, entry)
        if response.not_modified:
            self.counts["unchanged (304)"] += 1
            return True
        self.counts["fetched"] += 1
        try:
            article = page_article(response.content, response.final_url or entry.link, response.content_type,
                                   origin=entry.link, title=entry.title, published=entry.published,
                                   updated=entry.updated, publisher=site)
        except InputError as error:
            yield IngestError(entry.link, str(error))
        else:
            yield article
        self.state.remember_validators(entry.link, response.validators)
        return True

    def _seen(self, source: str, entry: Entry) -> None:
        if self.remember_seen:
            self.state.mark_seen(source, entry.key)
