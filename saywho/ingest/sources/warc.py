"""Articles from WARC and WARC.gz files (fastwarc), as Common Crawl's CC-NEWS lays them out.

CC-NEWS files hold one ``response`` record per page: WARC headers (the page's
address in WARC-Target-URI, the crawl time in WARC-Date), then the HTTP
response with its headers, then the page. Those records become articles;
``resource`` records holding HTML (as some archiving tools write) do too.
Everything else — requests, metadata, redirects, errors, images, scripts — is
counted ("not articles") but not reported: an archive is mostly not articles. The record's
WARC-Date is the article's date only when the page states none of its own.
Records are read one at a time, so a large archive never sits in memory.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from saywho.ingest import MAX_BYTES, InputError
from saywho.ingest.sources.detect import gunzip, is_gzip
from saywho.ingest.sources.pages import media_type, page_article
from saywho.model import Article, IngestError

_ARTICLE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def read_warc(
    path: Path, stored: Callable[[str], bool] = lambda url: False, counts: dict[str, int] | None = None,
) -> Iterator[Article | IngestError]:
    """Every article in the archive; ``stored(url)`` says which are stored already (skipped before parsing)."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType  # imported here: only WARC input needs it

    counts = counts if counts is not None else {}
    wanted = WarcRecordType.response | WarcRecordType.resource
    found = 0
    try:
        stream = path.open("rb")
    except OSError as error:
        yield IngestError(str(path), "no such file" if isinstance(error, FileNotFoundError) else str(error))
        return
    with stream:
        # auto_decode stays "none": fastwarc 2.0.1 silently ends the archive after a gzipped, chunked record
        records = iter(ArchiveIterator(stream, record_types=wanted, parse_http=True, auto_decode="none"))
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except OSError as error:  # fastwarc's word for a broken record: what came before it stands
                where = "not a WARC file" if found == 0 else f"unreadable after record {found}"
                yield IngestError(str(path), f"{where} ({error})")
                return
            found += 1
            url = record.headers.get("WARC-Target-URI") or ""
            origin = f"{path}@{record.stream_pos}"
            if record.record_type == WarcRecordType.response:
                if not record.is_http or record.http_headers.status_code != 200:
                    counts["not articles"] = counts.get("not articles", 0) + 1
                    continue
                content_type = record.http_content_type or ""
            else:
                content_type = record.headers.get("Content-Type") or ""
            if media_type(content_type) not in _ARTICLE_TYPES or not url.startswith(("http://", "https://")):
                counts["not articles"] = counts.get("not articles", 0) + 1
                continue
            if stored(url):
                counts["skipped (URL stored)"] = counts.get("skipped (URL stored)", 0) + 1
                continue
            if record.content_length > MAX_BYTES:
                yield IngestError(f"{origin} {url}", f"too large ({record.content_length / 1e6:.1f} MB; "
                                                     f"the limit is {MAX_BYTES // 2**20} MB)")
                continue
            try:
                body = record.reader.read()
                if record.record_type == WarcRecordType.response:
                    body = decode_http_body(body, record.http_headers.get("Transfer-Encoding"),
                                            record.http_headers.get("Content-Encoding"))
                yield page_article(body, url, content_type, origin=origin,
                                   fallback_date=record.headers.get("WARC-Date"))
            except InputError as error:
                yield IngestError(f"{origin} {url}", str(error))
    if found == 0:
        yield IngestError(str(path), "no response or resource records")


def decode_http_body(body: bytes, transfer_encoding: str | None, content_encoding: str | None) -> bytes:
    """The payload as the page was written: chunked transfer and gzip/deflate/br content encodings undone.

    CC-NEWS stores payloads decoded (the original headers renamed X-Crawler-*); other crawlers keep them
    as sent. Unpacking is capped at the page limit, so a small record cannot expand without bound.
    """
    if transfer_encoding and "chunked" in transfer_encoding.lower():
        body = _dechunk(body)
    for coding in reversed([c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]):
        if coding in ("gzip", "x-gzip"):
            if is_gzip(body):  # some crawlers store the page unpacked but keep the header
                body = gunzip(body, MAX_BYTES)
        elif coding == "deflate":
            inflater = zlib.decompressobj()
            try:
                body = inflater.decompress(body, MAX_BYTES + 1)
            except zlib.error as error:
                raise InputError(f"broken deflate data ({error})") from None
        elif coding == "br":
            import brotli  # fastwarc's own dependency

            try:
                body = brotli.decompress(body)
            except brotli.error as error:
                raise InputError(f"broken brotli data ({error})") from None
        elif coding != "identity":
            raise InputError(f"unknown content encoding {coding!r}")
        if len(body) > MAX_BYTES:
            raise InputError(f"unpacks to more than {MAX_BYTES // 2**20} MB, the limit")
    return body


def _dechunk(body: bytes) -> bytes:
    out, at = bytearray(), 0
    while True:
        end = body.find(b"\r\n", at)
        try:
            size = int(body[at:end].split(b";", 1)[0], 16) if end >= 0 else -1
        except ValueError:
            size = -1
        if size < 0 or end + 2 + size > len(body):
            raise InputError("broken chunked transfer encoding")
        if size == 0:
            return bytes(out)
        out += body[end + 2:end + 2 + size]
        at = end + 2 + size + 2
