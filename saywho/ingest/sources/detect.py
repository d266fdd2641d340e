"""What an input is: a feed, a sitemap, a URL list, a WARC file — or none of these (an article).

Decided by the name where it is unambiguous (``.warc``, ``.warc.gz``), else by
the first bytes: the root element of an XML document, a WARC version line, or
lines that are all URLs. Gzip is looked through, with a cap on what it may
unpack to, so a small file cannot expand into gigabytes.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path
from typing import Literal

from saywho.ingest import InputError

Kind = Literal["feed", "urls", "sitemap", "warc"]
KINDS: tuple[Kind, ...] = ("feed", "urls", "sitemap", "warc")
LIST_MAX_BYTES = 50 * 2**20  # the sitemaps.org limit for one (uncompressed) sitemap; feeds and URL lists too

_PROLOGUE = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>|\s)*", re.DOTALL)
_ROOT = re.compile(rb"<([A-Za-z_][\w.:-]*)")
_ROOT_KINDS: dict[str, Kind] = {"rss": "feed", "feed": "feed", "RDF": "feed", "urlset": "sitemap",
                                "sitemapindex": "sitemap"}
_URL_LINE = re.compile(r"https?://\S+")


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def is_gzip(data: bytes) -> bool:
    return data[:2] == b"\x1f\x8b"


def gunzip(data: bytes, limit: int = LIST_MAX_BYTES, origin: str = "") -> bytes:
    """All gzip members of ``data`` unpacked, refusing more than ``limit`` bytes."""
    out = bytearray()
    while data:
        inflater = zlib.decompressobj(wbits=31)
        try:
            out += inflater.decompress(data, limit + 1 - len(out))
        except zlib.error as error:
            raise InputError(f"broken gzip data ({error})") from None
        if len(out) > limit:
            raise InputError(f"unpacks to more than {limit / 2**20:g} MB, the limit")
        if not inflater.eof:
            raise InputError("truncated gzip data")
        data = inflater.unused_data
    return bytes(out)


def xml_root(head: bytes) -> str | None:
    """The local name of the first element, past any XML declaration, comments and doctype."""
    head = head.removeprefix(b"\xef\xbb\xbf")
    match = _ROOT.match(head, _PROLOGUE.match(head).end())  # type: ignore[union-attr]
    return match.group(1).decode("ascii").rsplit(":", 1)[-1] if match else None


def looks_like_url_list(head: bytes) -> bool:
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    lines = [line.strip() for line in text.splitlines()[:200]]
    lines = [line for line in lines if line and not line.startswith("#")]
    return bool(lines) and all(_URL_LINE.fullmatch(line) for line in lines)


def sniff(head: bytes) -> Kind | None:
    """The kind of source these first bytes begin, None for anything else (an article, a page)."""
    if head.startswith(b"WARC/"):
        return "warc"
    root = xml_root(head[:8192])
    if root is not None:
        return _ROOT_KINDS.get(root)
    return "urls" if looks_like_url_list(head[:65536].rsplit(b"\n", 1)[0] if len(head) >= 65536 else head) else None


def kind_of_file(path: Path) -> Kind | None:
    """The kind of a local file, from its name or its first bytes (unpacked when gzipped)."""
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    with path.open("rb") as stream:
        head = stream.read(65536)
    if is_gzip(head):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 65536)
        except zlib.error:
            return None  # not gzip after all: ingest reports it as the binary data it is
    return sniff(head)


def parse_url_list(data: bytes) -> list[str]:
    """The URLs of a list, one a line; blank lines and ``#`` comments are skipped."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 text (undecodable byte at offset {error.start})") from None
    urls = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not _URL_LINE.fullmatch(line):
            raise InputError(f"line {number} is not an http(s) URL: {line[:80]!r}")
        urls.append(line)
    return urls
