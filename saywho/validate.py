"""Validation at the boundary: every field that reaches the store is checked here, the same way on every database.

Why one place: PostgreSQL refuses a NUL character, a lone surrogate or a string longer than its column
with an error that aborts the statement, while SQLite stores the same values silently. Checking before
the database gives the same one-line error on both, lets a batch report the bad record and carry on,
and keeps the rules in step with ``schema.py`` (the limits below are read from it).

Readers (:func:`saywho.ingest.make_article`) call :func:`check_article` on what they read; the store
calls :func:`for_store` before it writes, which checks again (an ``Article`` can be built by hand) and
fits what the extractor derived from the text to its columns. The web layer uses :func:`check_plain`
for form and JSON strings and :data:`MAX_INT` for integers taken from requests.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from saywho.store import schema

if TYPE_CHECKING:
    from saywho.model import Article

# Column limits, straight from the schema so they cannot drift.
MAX_ID = schema.articles.c.id.type.length  # 200
MAX_URL = schema.articles.c.url.type.length  # 2000
MAX_PUBLISHER = schema.articles.c.publisher.type.length  # 300
MAX_AUTHOR = schema.articles.c.author.type.length  # 300
MAX_PUBLISHED = schema.articles.c.published.type.length  # 40
MAX_TITLE = 1000  # a Text column; a "title" longer than this is a paragraph that was mistaken for one
# The one limit on an article's length, in characters, checked when it is read and again before it is parsed:
# a 900,000-character article peaks near 1 GB of memory (spaCy parses it in pieces, saywho's passes see it
# whole), so 1,000,000 keeps any one article under the 1.5 GB a worker may use. Files are also capped at
# ingest.MAX_BYTES bytes; JSON Lines files are not (they are read a line at a time), but each line is.
MAX_TEXT = 1_000_000
MAX_INT = 2**31 - 1  # PostgreSQL's INTEGER: comment ids, offsets and limits taken from requests

_NUL_OR_SURROGATE = re.compile("[\x00\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_SPACE_CONTROL = re.compile("[\t\n\r\x0b\x0c\x85]+")
_OTHER_CONTROL = re.compile("[\x01-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


class InputError(ValueError):
    """Bad input: the message names the problem in one line."""


def _describe(value: str, match: re.Match[str]) -> str:
    char = match.group()
    if char == "\x00":
        return f"a NUL character at offset {match.start()}"
    if "\ud800" <= char <= "\udfff":
        return f"invalid Unicode (a lone surrogate at offset {match.start()})"
    return f"a control character (U+{ord(char):04X} at offset {match.start()})"


def check_text(text: str, name: str = "text") -> str:
    """Article text is kept exactly (offsets point into it), so it is refused, never cleaned."""
    if len(text) > MAX_TEXT:
        raise InputError(f"{name} is {len(text):,} characters long; the limit is {MAX_TEXT:,}")
    match = _NUL_OR_SURROGATE.search(text)
    if match:
        raise InputError(f"{name} contains {_describe(text, match)}: not text")
    return text


def check_key(value: str, name: str, limit: int) -> str:
    """An id or URL: looked up as given, so any control character refuses it rather than being dropped."""
    if not value.strip():
        raise InputError(f"{name} is blank")
    match = _CONTROL.search(value)
    if match:
        raise InputError(f"{name} contains {_describe(value, match)}")
    if len(value) > limit:
        raise InputError(f"{name} is {len(value):,} characters long; the limit is {limit:,}")
    return value


def clean_meta(value: str | None, name: str, limit: int) -> str | None:
    """Title, author and the like: line breaks and tabs become spaces, other control characters go.

    NUL and lone surrogates are refused (they mean the record is not text); an over-long value is
    refused, not cut, so nothing is stored that the source did not say.
    """
    if value is None:
        return None
    match = _NUL_OR_SURROGATE.search(value)
    if match:
        raise InputError(f"{name} contains {_describe(value, match)}")
    cleaned = _OTHER_CONTROL.sub("", _SPACE_CONTROL.sub(" ", value)).strip()
    if len(cleaned) > limit:
        raise InputError(f"{name} is {len(cleaned):,} characters long; the limit is {limit:,}")
    return cleaned or None


def check_plain(value: str, name: str, limit: int | None = None, multiline: bool = False) -> str:
    """A string typed by a person (comment, note, speaker): no NUL, surrogates or control characters.

    Line breaks and tabs are allowed where ``multiline``; the value is otherwise kept as typed.
    """
    for match in _CONTROL.finditer(value):
        if not (multiline and match.group() in "\n\r\t"):
            raise InputError(f"{name} contains {_describe(value, match)}")
    if limit is not None and len(value) > limit:
        raise InputError(f"{name} is {len(value):,} characters long; the limit is {limit:,}")
    return value


def printable(value: str) -> str:
    """For the errors table and the terminal: any string made storable and one line, never refused.

    File names that are not UTF-8 reach Python as lone surrogates; they are shown as escapes.
    """
    value = value.encode("utf-8", "backslashreplace").decode("utf-8")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", value)


def check_article(article: Article) -> Article:
    """Check and tidy an article's own fields in place; raise :class:`InputError` naming the first bad one."""
    article.id = check_key(str(article.id), "id", MAX_ID)
    check_text(article.text)
    article.url = check_key(article.url, "url", MAX_URL) if article.url else None
    article.title = clean_meta(article.title, "title", MAX_TITLE)
    article.publisher = clean_meta(article.publisher, "publisher", MAX_PUBLISHER)
    article.author = clean_meta(article.author, "author", MAX_AUTHOR)
    article.published = clean_meta(article.published, "published", MAX_PUBLISHED)
    article.origin = printable(article.origin) if article.origin else article.origin
    return article


def _fit(value: str | None, column: object) -> str | None:
    length = getattr(getattr(column, "type", None), "length", None)
    return value[:length] if value is not None and length else value


def for_store(article: Article) -> Article:
    """What the store writes: the article's fields checked, and what the extractor derived fitted to its columns.

    Speaker names, titles, addressees and the like are words of the text (already free of NUL); a
    run-on "title" longer than its column is cut rather than costing the article.
    """
    check_article(article)
    ac, at, ev = schema.actors.c, schema.attributions.c, schema.events.c
    actors = list(article.actors)
    actors += [a.speaker for a in article.attributions if a.speaker is not None]
    actors += [x for e in article.events for x in (e.source, e.target) if x is not None]
    for actor in actors:
        actor.id = _fit(actor.id, ac.id) or actor.id
        actor.name = _fit(actor.name, ac.name) or actor.name
        actor.title = _fit(actor.title, ac.title)
        actor.country = _fit(actor.country, ac.country)
    for item in article.attributions:
        item.addressee = _fit(item.addressee, at.addressee)
        item.medium = _fit(item.medium, at.medium)
    for event in article.events:
        event.mode = _fit(event.mode, ev.mode)
    return article
