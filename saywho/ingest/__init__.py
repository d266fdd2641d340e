"""Read articles from files, JSON Lines and standard input.

Every reader yields either an :class:`Article` or an :class:`IngestError`, never
raises for bad input: one bad article must not stop a batch. The text of an
article is kept exactly as given (for HTML: as the HTML reader extracts it, see
:func:`from_html`), and page chrome is only *marked* (``Article.chrome``) so
offsets stay valid.
"""

from __future__ import annotations

import codecs
import errno
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO

from saywho.ingest.furniture import HTML_PRUNE, drop_furniture, find_chrome
from saywho.model import Article, IngestError, Span, text_hash
from saywho.validate import InputError, check_article, check_text, printable

MAX_BYTES = 10 * 1024 * 1024  # a news article is a few KB; 10 MB is surely not one
MAX_TITLE_CHARS = 150
MIN_HTML_WORDS = 12
MAX_HTML_DEPTH = 2048  # libxml2's limit with XML_PARSE_HUGE; 256 without it

def guess_title(text: str) -> str | None:
    """The first line, when it reads like a headline (short, no closing full stop)."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if first and len(first) <= MAX_TITLE_CHARS and not first.endswith((".", "”", '"', ",")):
        return first
    return None


def too_large(size: int) -> InputError:
    """The one message for an input over the limit, with its true size (both in the same unit)."""
    return InputError(f"too large ({size / 1e6:,.1f} MB, {size:,} bytes; the limit is "
                      f"{MAX_BYTES / 1e6:.1f} MB, {MAX_BYTES:,} bytes)")


# Byte-order marks, longest first: UTF-32's little-endian mark begins with UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _encoding(data: bytes) -> str | None:
    return next((name for bom, name in _BOMS if data.startswith(bom)), None)


def decode(data: bytes, origin: str, lines: bool = False) -> str:
    """UTF-8, or UTF-16/UTF-32 with a byte-order mark; NUL anywhere refuses it (it is not text).

    ``lines``: JSON Lines, whose every line is judged on its own, so control characters in some bad lines
    do not make the whole file "binary".
    """
    if len(data) > MAX_BYTES:
        raise too_large(len(data))
    encoding = _encoding(data)
    if encoding is None and b"\x00" in data[:8192]:
        raise InputError("binary data, not text")
    try:
        text = data.decode(encoding or "utf-8")
    except UnicodeDecodeError as error:
        name = "UTF-8" if encoding in (None, "utf-8-sig") else encoding.upper()
        raise InputError(f"not {name} text (undecodable byte at offset {error.start})") from None
    if not text.strip():
        raise InputError("empty input")
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(f"binary data, not text (a NUL character at offset {nul})")
    if not lines and _control_share(text) > 0.05:
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
    # The text is checked before it is hashed: a lone surrogate cannot be encoded, so it would raise.
    article_id = str(meta.pop("id", None) or text_hash(check_text(text))[:16])
    title = meta.pop("title", None) or guess_title(text)
    article = Article(id=article_id, text=text, title=title, origin=origin, **meta)
    check_article(article)  # before any work: a bad field is one line in the report, on every database
    article.chrome = find_chrome(text)
    return article


def from_text(data: bytes, origin: str, article_id: str | None = None) -> Article:
    return make_article(decode(data, origin), origin, id=article_id)


# --- HTML: the article's text without the page's furniture (saywho/ingest/furniture.py) ---------------------


def _extract(page: Any) -> tuple[Any, str | None]:
    """trafilatura's document for a page (its HTML, or a parsed tree) and its text without furniture."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    document = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                           prune_xpath=HTML_PRUNE)
    text = getattr(document, "text", None) if document is not None else None
    if text:
        text = drop_furniture(text, getattr(document, "title", None))
    return document, text


_MARKUP = re.compile(r"<(?:[a-z][\w:-]*[\s/>]|/[a-z][\w:-]*\s*>|!--|!doctype)", re.IGNORECASE)


def from_html(data: bytes, origin: str, article_id: str | None = None) -> Article:
    """The article in a page; a file with no markup at all (plain text saved as .html, as some archives
    and test suites hold) is read as the text it is, not refused as a page without an article."""
    html = decode(data, origin)
    if not _MARKUP.search(html):
        return make_article(html, origin, id=article_id)
    document, text = _extract(html)
    if not text or len(text.split()) < MIN_HTML_WORDS:
        deep = _deep_tree(html)  # libxml2 stops at 256 levels by default: parse deeper pages again
        if deep is not None:
            document, text = _extract(deep)
    if not text or len(text.split()) < MIN_HTML_WORDS:
        # trafilatura falls back to any text it finds; a menu is not an article.
        raise InputError("HTML with no article text")
    article = make_article(
        text,
        origin,
        id=article_id,
        title=getattr(document, "title", None),
        url=getattr(document, "url", None),
        publisher=getattr(document, "sitename", None),
        published=getattr(document, "date", None),
        author=getattr(document, "author", None),
    )
    article.quoted = block_quotes(getattr(document, "body", None), text)
    return article


def block_quotes(body: Any, text: str) -> list[Span]:
    """The paragraphs of the page's block quotations (trafilatura's ``<quote>`` elements) where they lie in
    ``text``, in order; a paragraph the text does not hold as written (dropped as furniture) is left out."""
    if body is None:
        return []
    from lxml import etree

    found: list[Span] = []
    cursor = 0
    for quote in body.iter("quote"):
        # its paragraphs, each a line of the text; a code listing (<code>) in it is no one's words
        blocks = list(quote.iter("p", "item", "head")) or ([] if quote.find(".//code") is not None else [quote])
        for block in blocks:
            for line in etree.tostring(block, method="text", encoding="unicode", with_tail=False).split("\n"):
                line = " ".join(line.split())
                at = text.find(line, cursor) if len(line) >= 2 else -1
                if at >= 0:
                    found.append(Span(at, at + len(line), line))
                    cursor = at + len(line)
    return found


def _deep_tree(html: str) -> Any:
    """The page parsed without libxml2's 256-level limit, when it is nested deeper than that; else None.

    Past ``MAX_HTML_DEPTH`` levels even that parser stops, and the page is refused as too deeply nested
    rather than reported as having no text.
    """
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(huge_tree=True, collect_ids=False, default_doctype=False,
                                  remove_comments=True, remove_pis=True)
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        raise InputError(f"HTML nested too deeply to extract (over {MAX_HTML_DEPTH} levels)")
    depth = deepest = 0
    for event, _element in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return tree if deepest >= 250 else None


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
        text = decode(data, origin, lines=True)
    except InputError as error:
        yield IngestError(origin, str(error))
        return
    # Lines end at \n (or \r\n, \r) only: str.splitlines would also cut at U+0085, U+2028 and U+2029,
    # which JSON allows raw inside a string, and so break a good record into two bad ones.
    for number, line in enumerate(re.split(r"\r\n|[\n\r]", text), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            yield from_jsonl_line(line, where)
        except InputError as error:
            yield IngestError(where, str(error))


JSONL_SUFFIXES = (".jsonl", ".ndjson")


def stream_jsonl(path: Path, origin: str) -> Iterator[Article | IngestError]:
    """A JSON Lines file over ``MAX_BYTES``, read one line at a time, so memory stays flat whatever its size.

    Lines split as :func:`read_jsonl` splits them (\\n, \\r\\n, \\r); each line is one article and is held
    to ``MAX_BYTES`` itself. A line that is not UTF-8 is one error, not the whole file's. UTF-16 and UTF-32
    files this large are refused: their lines cannot be found without decoding the whole file.
    """
    try:
        file = os.fdopen(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb", buffering=1 << 20)
    except OSError as error:
        yield IngestError(origin, error.strerror or str(error))
        return
    with file:
        head = file.read(4)
        encoding = _encoding(head)
        if encoding not in (None, "utf-8-sig"):
            yield IngestError(origin, str(too_large(os.fstat(file.fileno()).st_size)))
            return
        file.seek(len(codecs.BOM_UTF8) if encoding else 0)
        yield from jsonl_lines(file, origin, offset=len(codecs.BOM_UTF8) if encoding else 0)


def jsonl_lines(file: BinaryIO, origin: str, first: Iterable[bytes] = (), offset: int = 0) -> Iterator[Article | IngestError]:
    """Articles from a binary stream of UTF-8 JSON Lines, each as soon as its line has been read: a file of
    any size, or standard input while it is still being written. ``first``: raw lines already read from the
    stream (with their line ends); ``offset``: the stream's position in bytes when they began.

    Lines split as :func:`read_jsonl` splits them (\\n, \\r\\n, \\r); each line is one article and is held
    to ``MAX_BYTES`` itself (a longer one is skipped, counted, and reported with its true size); a line that
    is not UTF-8 is one error, not the whole stream's. Only one line is held at a time.
    """
    number = 0
    lines = chain(first, iter(lambda: file.readline(MAX_BYTES + 1), b""))
    for raw in lines:
        if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
            size = len(raw)
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line, counting it
                raw = file.readline(1 << 20)
                size += len(raw)
            number += 1
            yield IngestError(f"{origin}:{number}", str(too_large(size)))
            offset += size
            continue
        body = raw[:-2] if raw.endswith(b"\r\n") else raw[:-1] if raw.endswith(b"\n") else raw
        at = offset
        for piece in body.split(b"\r"):
            number += 1
            where = f"{origin}:{number}"
            try:
                line = piece.decode("utf-8")
                if line.strip():
                    yield from_jsonl_line(line, where)
            except UnicodeDecodeError as error:
                yield IngestError(where, f"not UTF-8 text (undecodable byte at offset {at + error.start})")
            except InputError as error:
                yield IngestError(where, str(error))
            at += len(piece) + 1
        offset += len(raw)


def _looks_like_html(data: bytes) -> bool:
    encoding = _encoding(data)
    if encoding is not None:  # UTF-16/32 with a byte-order mark: look at the decoded start
        data = data[:8192].decode(encoding, "ignore").encode("utf-8")
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
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    return "html" if suffix not in (".txt", ".text") and _looks_like_html(data) else "txt"


_SPECIAL_FILES = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                  (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def read_path(path: Path, _folders: frozenset[tuple[int, int]] = frozenset()) -> Iterator[Article | IngestError]:
    """A file, or a folder with every folder under it, in name order.

    Whatever is not a regular file or folder (named pipes, sockets, devices, broken links, symbolic-link
    loops) is reported, one line each, and never opened: opening a FIFO would wait forever for a writer.
    Hidden entries in a folder (".git", ".DS_Store") are left out, as ``ls`` leaves them out.
    """
    origin = printable(str(path))
    try:
        info = path.stat()  # follows symbolic links
    except FileNotFoundError:
        yield IngestError(origin, "broken symbolic link" if path.is_symlink() else "no such file")
        return
    except OSError as error:  # ELOOP: links that point at each other
        yield IngestError(origin, "symbolic link loop" if error.errno == errno.ELOOP else error.strerror or str(error))
        return
    if stat.S_ISDIR(info.st_mode):
        yield from read_folder(path, origin, (info.st_dev, info.st_ino), _folders)
        return
    special = next((what for test, what in _SPECIAL_FILES if test(info.st_mode)), None)
    if special:
        yield IngestError(origin, f"{special}, not a regular file: skipped")
        return
    if info.st_size > MAX_BYTES and path.suffix.lower() in JSONL_SUFFIXES:
        yield from stream_jsonl(path, origin)  # a batch of any size: the limit is per article, not per file
        return
    try:
        if info.st_size > MAX_BYTES:
            raise too_large(info.st_size)
        data = _read_regular(path)
    except (OSError, InputError) as error:
        yield IngestError(origin, str(error) if isinstance(error, InputError) else error.strerror or str(error))
        return
    yield from read_bytes(data, origin, kind_of(path, data), article_id=path.stem)


def read_folder(
    path: Path, origin: str, key: tuple[int, int], folders: frozenset[tuple[int, int]],
    read: Callable[[Path, frozenset[tuple[int, int]]], Iterator[Article | IngestError]] | None = None,
) -> Iterator[Article | IngestError]:
    """The folder's visible entries in name order, each through ``read`` (default :func:`read_path`);
    ``key`` is the folder's (device, inode), ``folders`` those above it, so a link loop is reported, not followed."""
    if key in folders:
        yield IngestError(origin, "symbolic link loop (a folder inside itself): skipped")
        return
    try:
        children = sorted(child for child in path.iterdir() if not child.name.startswith("."))
    except OSError as error:
        yield IngestError(origin, error.strerror or str(error))
        return
    for child in children:
        yield from (read or read_path)(child, folders | {key})


def _read_regular(path: Path) -> bytes:
    """The file's bytes; opened without blocking, and refused if it turned into something else meanwhile."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise InputError("not a regular file: skipped")
        data = file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise too_large(max(info.st_size, len(data)))
    return data


def read_capped(stream: BinaryIO, head: bytes = b"") -> bytes:
    """At most MAX_BYTES from a stream (after ``head``, bytes already read from it); past that, count the
    rest so the error gives the true size."""
    data = head + stream.read(max(0, MAX_BYTES + 1 - len(head)))
    if len(data) <= MAX_BYTES:
        return data
    size = len(data)
    while chunk := stream.read(1 << 20):
        size += len(chunk)
    raise too_large(size)


def read_stdin(stream: BinaryIO | None = None) -> Iterator[Article | IngestError]:
    """Standard input (or ``stream``): JSON Lines when its first non-blank line starts with ``{``, read a line
    at a time as it arrives, so a stream of any size is extracted while it is still being written and
    memory stays flat (the limit is per article, as for a large .jsonl file); otherwise one text or HTML
    article, held to ``MAX_BYTES``."""
    stream = stream if stream is not None else sys.stdin.buffer
    lines: list[bytes] = []
    size = 0
    while size <= MAX_BYTES:  # up to the first line that is not blank: it tells what the input is
        raw = stream.readline(MAX_BYTES + 1)
        if not raw:
            break
        lines.append(raw)
        size += len(raw)
        if raw.strip():
            break
    head = b"".join(lines)
    if head.removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"{"):
        bom = len(codecs.BOM_UTF8) if lines[0].startswith(codecs.BOM_UTF8) else 0
        lines[0] = lines[0][bom:]
        yield from jsonl_lines(stream, "-", lines, offset=bom)
        return
    try:
        data = read_capped(stream, head)
    except InputError as error:
        yield IngestError("-", str(error))
        return
    kind = "html" if _looks_like_html(data) else "txt"
    yield from read_bytes(data, "-", kind)


def read_inputs(paths: Iterable[str]) -> Iterator[Article | IngestError]:
    """Every article (or error) from the given paths; ``-`` is standard input."""
    for name in paths:
        yield from read_stdin() if name == "-" else read_path(Path(name))
