"""RSS and Atom feeds (feedparser) and sitemaps: the lists of pages a source points at.

Both parsers take bytes and never fetch anything themselves (feedparser would,
given a URL string), so every request goes through the polite fetcher.
"""

from __future__ import annotations

import io
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin

from lxml import etree

from saywho.ingest import InputError


@dataclass
class Entry:
    """One page a source lists, with what the source says about it."""

    key: str  # stable identity within the source: the feed entry's id, else its link
    link: str
    title: str | None = None
    published: str | None = None  # the source's publication date, ISO 8601
    updated: str | None = None  # a feed's "updated": only used when the page itself has no date


@dataclass
class Listing:
    title: str | None = None  # the feed's title (the site, as a fallback publisher)
    entries: list[Entry] = field(default_factory=list)
    children: list[str] = field(default_factory=list)  # sitemaps a sitemap index points at
    skipped: list[str] = field(default_factory=list)  # one line per entry that could not be used


def _iso(parsed: time.struct_time | None) -> str | None:
    # feedparser normalises every date it understands to UTC
    return datetime(*parsed[:6], tzinfo=UTC).isoformat() if parsed else None


def parse_feed(data: bytes, base_url: str | None = None) -> Listing:
    """The entries of an RSS or Atom feed; relative links are resolved against ``base_url``."""
    import feedparser  # imported here: only feeds need it

    headers = {"content-location": base_url} if base_url else {}
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if parsed.get("bozo") and not parsed.entries and not parsed.feed:
        raise InputError(f"not a readable feed ({parsed.get('bozo_exception')})")
    listing = Listing(title=parsed.feed.get("title") or None)
    for number, item in enumerate(parsed.entries, start=1):
        link = item.get("link")
        if link and base_url:
            link = urljoin(base_url, link)
        if not link or not link.startswith(("http://", "https://")):
            listing.skipped.append(f"entry {number} ({item.get('title', 'untitled')!r}) has no http(s) link")
            continue
        listing.entries.append(Entry(
            key=item.get("id") or link, link=link, title=item.get("title") or None,
            # dict.get, not item.get: feedparser would answer "updated" with "published" and warn
            published=_iso(dict.get(item, "published_parsed")), updated=_iso(dict.get(item, "updated_parsed")),
        ))
    return listing


_SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
_NEWS_NS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def parse_sitemap(data: bytes, base_url: str | None = None) -> Listing:
    """Pages of a ``urlset`` (with Google News titles and dates when given) or children of a ``sitemapindex``."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise InputError(f"not a readable sitemap ({error})") from None
    local = etree.QName(root).localname
    if local not in ("urlset", "sitemapindex"):
        raise InputError(f"not a sitemap (root element <{local}>)")
    listing = Listing()
    for number, node in enumerate(root, start=1):
        if not isinstance(node.tag, str):
            continue  # a comment or processing instruction
        loc = (_child_text(node, "loc") or "").strip()
        if loc and base_url:
            loc = urljoin(base_url, loc)
        if not loc.startswith(("http://", "https://")):
            listing.skipped.append(f"entry {number} has no http(s) <loc>")
        elif local == "sitemapindex":
            listing.children.append(loc)
        else:
            news = node.find(f"{_NEWS_NS}news")
            published = _child_text(news, "publication_date", _NEWS_NS) if news is not None else None
            title = _child_text(news, "title", _NEWS_NS) if news is not None else None
            listing.entries.append(Entry(key=loc, link=loc, title=title, published=published))
    return listing


def _child_text(node: etree._Element, name: str, namespace: str = _SITEMAP_NS) -> str | None:
    found = node.find(f"{namespace}{name}")
    if found is None:
        found = node.find(name)  # sitemaps written without the namespace
    return found.text.strip() if found is not None and found.text else None
