"""A web page (fetched, or read from a WARC record) as an Article with its URL, title, site and date.

The text comes from the same reader as a local HTML file (``ingest.from_html``);
what differs is the metadata. The URL is the one the page was fetched from
(the address a reader can open), the title the feed's when it gives one (feed
titles carry no " | Site" suffix), the publisher the page's site name, else the
feed's title, else the host. The date is the source's publication date, else
the page's own (htmldate: meta tags, structured data, the URL), else the
source's "updated" date, else what the caller knows (a WARC record's date).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from saywho.ingest import MAX_BYTES, InputError, from_html, from_text
from saywho.model import Article
from saywho.validate import check_article

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")


def media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def charset(content_type: str, data: bytes) -> str | None:
    """The declared character set: the Content-Type header's, else a ``<meta charset>`` near the top."""
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    if match is None:
        match = _META_CHARSET.search(data[:4096])  # type: ignore[assignment]
        return match.group(1).decode("ascii").lower() if match else None
    return match.group(1).lower()


def to_utf8(data: bytes, content_type: str) -> bytes:
    """The page re-encoded as UTF-8 when it declares another encoding (ingest reads UTF-8 only)."""
    declared = charset(content_type, data)
    if declared is None or declared.replace("_", "-") in ("utf-8", "utf8", "us-ascii", "ascii"):
        return data
    try:
        return data.decode(declared, errors="replace").encode("utf-8")
    except LookupError:
        raise InputError(f"unknown character set {declared!r}") from None


def page_date(html: str, url: str) -> str | None:
    """The page's original publication date (htmldate), ISO 8601, or None."""
    from htmldate import find_date  # imported here: slow to import, and only pages need it

    try:
        return find_date(html, url=url, original_date=True, extensive_search=False)
    except (ValueError, TypeError):  # htmldate refuses some malformed documents
        return None


def page_article(
    data: bytes,
    url: str,
    content_type: str,
    *,
    origin: str | None = None,
    title: str | None = None,
    published: str | None = None,
    updated: str | None = None,
    publisher: str | None = None,
    fallback_date: str | None = None,
) -> Article:
    """Build the article; raises InputError (one line) when the page is not one."""
    kind = media_type(content_type)
    if len(data) > MAX_BYTES:
        raise InputError(f"too large ({len(data) / 1e6:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)")
    if kind and kind not in _HTML_TYPES and kind != "text/plain":
        raise InputError(f"not a web page ({kind})")
    data = to_utf8(data, content_type)
    if kind == "text/plain":
        article = from_text(data, origin or url)
        html = None
    else:
        article = from_html(data, origin or url)
        html = data.decode("utf-8-sig", errors="replace")
    article.url = url
    article.title = title or article.title
    article.publisher = article.publisher or publisher or _host(url)
    article.published = published or (page_date(html, url) if html else None) or updated or fallback_date
    return check_article(article)  # the metadata set here is held to the same rules as a file's


def _host(url: str) -> str | None:
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None
