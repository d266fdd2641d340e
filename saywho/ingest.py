"""Read articles from files, JSON Lines and standard input.

Every reader yields either an :class:`Article` or an :class:`IngestError`, never
raises for bad input: one bad article must not stop a batch. The text of an
article is kept exactly as given (for HTML: as trafilatura extracts it), and
page chrome is only *marked* (``Article.chrome``) so offsets stay valid.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from saywho.model import Article, IngestError, Span, text_hash

MAX_BYTES = 10 * 1024 * 1024  # a news article is a few KB; 10 MB is surely not one
MAX_TITLE_CHARS = 150
MIN_HTML_WORDS = 12

# Lines that are page furniture rather than journalism. Whole-line matches only,
# so an article that *talks about* newsletters keeps its sentence.
_CHROME_PATTERNS = [
    r"add (a )?comments?",
    r"\d* ?comments?",
    r"(view|show|read|load) (all |more )?comments?( \(\d+\))?",
    r"share( this( article| story| page)?)?( on \w+)?",
    r"(click to )?(share|tweet|email|print)( this)?( article| story)?",
    r"advertisement",
    r"advert(isement)?s?",
    r"sponsored( content)?",
    r"sign up (to|for) (our|the) (\w+ )?newsletters?\.?",
    r"subscribe( (now|today|to our newsletter))?\.?",
    r"(read|see) (the rest|more)( here)?\.?",
    r"related( articles| stories| topics| content)?:?",
    r"follow us on .*",
    r"(image|photo|picture) (copyright|source|caption)\b.*",
    r"getty images",
    r"skip to (main )?content",
    r"most (read|popular|shared)",
    r"copyright ©.*|© \d{4}.*",
    r"(listen|watch): .*",
    r"media caption.*",
]
_CHROME_RE = re.compile(r"^\s*(?:" + "|".join(_CHROME_PATTERNS) + r")\s*$", re.IGNORECASE)


class InputError(ValueError):
    """Bad input: the message names the problem in one line."""


def find_chrome(text: str) -> list[Span]:
    """Spans of whole lines that are page chrome ("Add Comment", "Advertisement")."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if len(line) <= 80 and _CHROME_RE.match(line):
            start = match.start() + (len(line) - len(line.lstrip()))
            end = match.end() - (len(line) - len(line.rstrip()))
            spans.append(Span.of(text, start, end))
    return spans


def guess_title(text: str) -> str | None:
    """The first line, when it reads like a headline (short, no closing full stop)."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if first and len(first) <= MAX_TITLE_CHARS and not first.endswith((".", "”", '"', ",")):
        return first
    return None


def decode(data: bytes, origin: str) -> str:
    if not data.strip():
        raise InputError("empty input")
    if len(data) > MAX_BYTES:
        raise InputError(f"too large ({len(data) / 1e6:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)")
    if b"\x00" in data[:8192]:
        raise InputError("binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 text (undecodable byte at offset {error.start})") from None
    if _control_share(text) > 0.05:
        raise InputError("binary data, not text")
    return text


def _control_share(text: str) -> float:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / max(1, len(sample))


def make_article(text: str, origin: str, **meta: Any) -> Article:
    """Build an Article, filling the id from the text hash when none is given."""
    if not text.strip():
        raise InputError("no text")
    article_id = str(meta.pop("id", None) or text_hash(text)[:16])
    title = meta.pop("title", None) or guess_title(text)
    return Article(id=article_id, text=text, title=title, origin=origin, chrome=find_chrome(text), **meta)


def from_text(data: bytes, origin: str, article_id: str | None = None) -> Article:
    return make_article(decode(data, origin), origin, id=article_id)


def from_html(data: bytes, origin: str, article_id: str | None = None) -> Article:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    html = decode(data, origin)
    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = getattr(document, "text", None) if document is not None else None
    if not text or len(text.split()) < MIN_HTML_WORDS:
        # trafilatura falls back to any text it finds; a menu is not an article.
        raise InputError("HTML with no article text")
    return make_article(
        text,
        origin,
        id=article_id,
        title=getattr(document, "title", None),
        url=getattr(document, "url", None),
        publisher=getattr(document, "sitename", None),
        published=getattr(document, "date", None),
        author=getattr(document, "author", None),
    )


_JSONL_FIELDS = ("id", "title", "url", "published", "publisher", "author")


def from_jsonl_line(line: str, origin: str) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"not JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(record, dict):
        raise InputError("a JSON line must be an object")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError("no 'text' field" if text is None else "'text' must be a string")
    meta = {key: _plain(record.get(key)) for key in _JSONL_FIELDS if record.get(key) is not None}
    return make_article(text, origin, **meta)


def _plain(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value) if not isinstance(value, int | float) else str(value)


def read_jsonl(data: bytes, origin: str) -> Iterator[Article | IngestError]:
    try:
        text = decode(data, origin)
    except InputError as error:
        yield IngestError(origin, str(error))
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            yield from_jsonl_line(line, where)
        except InputError as error:
            yield IngestError(where, str(error))


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def read_bytes(data: bytes, origin: str, kind: str, article_id: str | None = None) -> Iterator[Article | IngestError]:
    """Articles from raw bytes; ``kind`` is 'txt', 'html' or 'jsonl'."""
    if kind == "jsonl":
        yield from read_jsonl(data, origin)
        return
    try:
        reader = from_html if kind == "html" else from_text
        yield reader(data, origin, article_id)
    except InputError as error:
        yield IngestError(origin, str(error))


def kind_of(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    return "html" if suffix not in (".txt", ".text") and _looks_like_html(data) else "txt"


def read_path(path: Path) -> Iterator[Article | IngestError]:
    origin = str(path)
    if path.is_dir():
        for child in sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")):
            yield from read_path(child)
        return
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)")
        data = path.read_bytes()
    except FileNotFoundError:
        yield IngestError(origin, "no such file")
        return
    except (OSError, InputError) as error:
        yield IngestError(origin, str(error) if isinstance(error, InputError) else error.strerror or str(error))
        return
    yield from read_bytes(data, origin, kind_of(path, data), article_id=path.stem)


def read_stdin() -> Iterator[Article | IngestError]:
    data = sys.stdin.buffer.read()
    stripped = data.lstrip()
    kind = "jsonl" if stripped.startswith(b"{") else "html" if _looks_like_html(data) else "txt"
    yield from read_bytes(data, "-", kind)


def read_inputs(paths: Iterable[str]) -> Iterator[Article | IngestError]:
    """Every article (or error) from the given paths; ``-`` is standard input."""
    for name in paths:
        yield from read_stdin() if name == "-" else read_path(Path(name))
