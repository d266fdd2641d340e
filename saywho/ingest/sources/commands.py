"""``saywho watch`` and the ``--source`` option of ``saywho ingest``.

Watching is polling: every ``--every`` the feeds are read again, entries not
seen before are fetched, extracted and stored, and what was handled is
remembered in the store (``seen_entries``), so a poll that finds nothing new
fetches nothing but the feeds — and those answer 304 when unchanged. Ctrl-C
stops at once; each article is stored in its own transaction (rolled back whole if cut short) and
entries are marked seen only after their poll was stored, so nothing is lost.
"""

import re
import time
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from saywho.model import Article, IngestError

if TYPE_CHECKING:
    from saywho.store import SaveResult, Store


class SourceChoice(StrEnum):
    feed = "feed"
    urls = "urls"
    sitemap = "sitemap"
    warc = "warc"


# No "from __future__ import annotations" here: typer reads the annotations of the commands defined in register().
SourceOption = Annotated[SourceChoice | None, typer.Option(
    "--source", help="Read every input as this kind of source (default: by name and content)")]

_DURATION = re.compile(r"(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?")


def parse_every(text: str) -> float:
    """Seconds in "15m", "1h30m", "90s", "2d" or a bare number of seconds."""
    text = text.strip().lower()
    if text.isdigit():
        seconds = int(text)
    else:
        match = _DURATION.fullmatch(text)
        if not text or match is None:
            raise ValueError(f"--every {text!r} is not a duration like 15m, 1h30m, 90s")
        days, hours, minutes, secs = (int(group or 0) for group in match.groups())
        seconds = ((days * 24 + hours) * 60 + minutes) * 60 + secs
    if seconds <= 0:
        raise ValueError("--every must be longer than 0 seconds")
    return float(seconds)


def register(app: typer.Typer) -> None:
    """Add ``watch`` to the CLI."""
    from saywho.console import DbOption, ModelChoice, ModelOption, err, out
    from saywho.console import nlp_or_exit as _nlp

    @app.command()
    def watch(
        feeds: Annotated[list[str], typer.Argument(help="Feed files or URLs (sitemaps and URL lists work too)")],
        every: Annotated[str, typer.Option("--every", help="Time between polls: 15m, 1h, 90s")] = "15m",
        db: DbOption = None,
        model: ModelOption = ModelChoice.fast,
        once: Annotated[bool, typer.Option("--once", help="Poll once and exit (for cron)")] = False,
        source: SourceOption = None,
    ) -> None:
        """Keep a store current: poll feeds, store new articles, remember what was seen. Ctrl-C stops."""
        from saywho.ingest.sources.reader import Sources
        from saywho.pipeline import process
        from saywho.store import Store

        try:
            interval = parse_every(every)
        except ValueError as error:
            err.print(f"error: {error}", markup=False, highlight=False)
            raise typer.Exit(2) from None
        store = Store(db)
        sources = Sources(store.engine, remember_seen=True)
        polls = added_total = failed = 0
        try:
            nlp = _nlp(model)
            while True:
                polls += 1
                sources.counts.clear()
                added = unchanged = failed = 0
                for item in process(sources.read(feeds, source.value if source else None), nlp=nlp):  # type: ignore[arg-type]
                    result = _save(store, item)
                    if isinstance(result, IngestError):  # from the source, the pipeline or the store
                        err.print(f"error: {result}", markup=False, highlight=False)
                        failed += 1
                    else:
                        added += result.added
                        added_total += result.added
                        unchanged += not result.added
                sources.commit()
                fetched = sources.summary()
                out.print(f"poll {polls} at {datetime.now():%H:%M:%S}: {added} article(s) added, {unchanged} already "
                          f"stored, {failed} failed{f'; {fetched}' if fetched else ''} → {store.url}",
                          markup=False, highlight=False)
                if once:
                    break
                out.print(f"next poll at {datetime.now() + timedelta(seconds=interval):%H:%M:%S} (Ctrl-C stops)",
                          markup=False, highlight=False)
                out.file.flush()
                time.sleep(interval)
        except KeyboardInterrupt:
            out.print(f"stopped after {polls} poll(s): {added_total} article(s) added → {store.url}",
                      markup=False, highlight=False)
            raise typer.Exit(0) from None
        finally:
            sources.close()
        raise typer.Exit(1 if failed else 0)


def _save(store: "Store", item: Article | IngestError) -> "SaveResult | IngestError":
    """Store an article; an IngestError from the source is recorded and handed back as it is."""
    if isinstance(item, IngestError):
        store.record_error(item)
        return item
    return store.save_or_report(item)
