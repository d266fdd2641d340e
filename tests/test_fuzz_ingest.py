"""Fuzzing the readers and the store with Hypothesis: generated text files, JSON Lines and HTML.

Properties, on every generated input:
- the readers never raise: each input is an Article or a one-line IngestError;
- in a mixed JSON Lines batch, every good line becomes an Article with its text exactly, and every
  bad one (broken JSON, no text, NUL, lone surrogates, over-long fields, ...) one error naming its line;
- ``saywho ingest`` on a real SQLite and a real PostgreSQL store stores every good article, reports each
  bad one in one line (terminal and errors table), and stores nothing twice when run again.

Counts (inputs tried, failures) are printed in the terminal summary (tests/fuzzing.py).
"""

from __future__ import annotations

import json
import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fuzzing import Tally, own_database
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from typer.testing import CliRunner

from saywho.cli import app as cli_app
from saywho.ingest import read_bytes
from saywho.model import Article, IngestError, text_hash
from saywho.store import Store, schema

# Characters that end a line for str.splitlines, which JSON allows raw inside a string only for the last three.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
FRAGMENTS = ["“We will not back down,” the minister said.", "Advertisement", "Add Comment", "He said it was over.",
             '"It is over," the coach told reporters.', "Putin warned of a response.", "&amp; <b>bold</b>", "  "]

# CI runs one fixed campaign (derandomize), so a red build always reproduces; locally every run tries new inputs
fast = settings(deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow],
                derandomize=bool(os.environ.get("CI")))

# -- strategies -----------------------------------------------------------------------------------

any_char = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")  # what check_text accepts
line_char = st.characters(exclude_categories=("Cs",), exclude_characters="\x00" + LINE_BREAKS)
word = st.text(any_char, min_size=1, max_size=12)
prose = st.lists(st.one_of(word, st.sampled_from(FRAGMENTS), st.sampled_from(["\n", "\n\n", "\t"])),
                 min_size=1, max_size=25).map(" ".join)
short = st.text(line_char, max_size=40)
# Text a person would save as a file: no control characters but line breaks and tabs (those read as binary data).
printable = st.lists(st.one_of(st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=12),
                               st.sampled_from(FRAGMENTS), st.sampled_from(["\n", "\n\n", "\t", "\r\n"])),
                     min_size=1, max_size=25).map(" ".join)


@st.composite
def good_record(draw: st.DrawFn) -> dict:
    """A JSON Lines record every reader must accept: text (made unique), and some of the optional fields."""
    nonce = uuid.uuid4().hex
    record: dict = {"text": draw(prose) + f"\nDispatch {nonce}."}
    if draw(st.booleans()):
        record["id"] = draw(st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")),
                                    min_size=1, max_size=40).filter(str.strip)) + f"-{nonce[:8]}"
    if draw(st.booleans()):
        record["title"] = draw(short)
    if draw(st.booleans()):
        record["url"] = f"https://news.example/{nonce}/" + draw(st.text("abc-_/%?=&", max_size=30))
    for key in ("author", "publisher", "published"):
        if draw(st.booleans()):
            record[key] = draw(st.one_of(short.map(lambda s: s[:30]), st.integers(-10**6, 10**6)))
    return record


def dumps(record: object, ascii_only: bool = True) -> str:
    return json.dumps(record, ensure_ascii=ascii_only)


def _parses_as_article(line: str) -> bool:
    try:
        record = json.loads(line)
    except ValueError:
        return False
    return isinstance(record, dict) and isinstance(record.get("text"), str)


@st.composite
def bad_line(draw: st.DrawFn) -> str:
    """One line no reader may accept, of a kind seen in the wild or in the black-box probes."""
    record = draw(good_record())
    whole = dumps(record)
    kind = draw(st.sampled_from(["truncated", "not-object", "no-text", "text-type", "blank", "nul", "surrogate",
                                 "long-id", "long-url", "long-author", "long-publisher", "control-id", "garbage"]))
    if kind == "truncated":
        return whole[: draw(st.integers(1, len(whole) - 1))]
    if kind == "not-object":
        return dumps(draw(st.one_of(st.lists(st.integers(), max_size=3), st.integers(), short, st.none(), st.booleans())))
    if kind == "no-text":
        record.pop("text")
        return dumps(record)
    if kind == "text-type":
        record["text"] = draw(st.one_of(st.integers(), st.lists(short, max_size=2), st.booleans(), st.just(None)))
        return dumps(record)
    if kind == "blank":
        record["text"] = draw(st.text(" \t\n\r\u00a0\u3000", max_size=5))
        return dumps(record)
    if kind in ("nul", "surrogate"):
        at = draw(st.integers(0, len(record["text"])))
        record["text"] = record["text"][:at] + ("\x00" if kind == "nul" else "\ud800") + record["text"][at:]
        return dumps(record)
    if kind == "long-id":
        record["id"] = "i" * draw(st.integers(201, 400))
    elif kind == "long-url":
        record["url"] = "https://news.example/" + "a" * draw(st.integers(2000, 2500))
    elif kind in ("long-author", "long-publisher"):
        record[kind.split("-")[1]] = "A" * draw(st.integers(301, 500))
    elif kind == "control-id":
        record["id"] = "bad\x01id"
    else:
        return draw(st.text(line_char, min_size=1, max_size=60).filter(lambda s: s.strip() and not _parses_as_article(s)))
    return dumps(record)


@st.composite
def batch(draw: st.DrawFn, max_size: int = 8) -> tuple[str, list[tuple[int, str, dict | None]]]:
    """A JSON Lines file mixing good and bad lines (some blank ones too); and (line number, kind, record) per item."""
    entries: list[tuple[str, dict | None, str]] = draw(st.lists(st.one_of(
        good_record().flatmap(lambda r: st.booleans().map(lambda a: ("good", r, dumps(r, a)))),
        bad_line().map(lambda line: ("bad", None, line)),
    ), min_size=1, max_size=max_size))
    lines, items = [], []
    for kind, record, line in entries:
        if draw(st.integers(0, 5)) == 0:
            lines.append(draw(st.sampled_from(["", "  ", "\t"])))
        lines.append(line)
        items.append((len(lines), kind, record))
    ending = draw(st.sampled_from(["\n", "\r\n"]))
    return ending.join(lines) + draw(st.sampled_from(["", ending])), items


@st.composite
def html_page(draw: st.DrawFn, depth: int = 0) -> str:
    """An HTML fragment or page: nested common tags, attributes, entities, script and style, broken markup."""
    tag = draw(st.sampled_from(["div", "p", "article", "span", "a", "h1", "section", "b", "li", "script", "style", "table"]))
    attrs = draw(st.sampled_from(["", ' class="story"', ' id="main"', " hidden", ' href="javascript:x()"', " data-x='&'"]))
    children = draw(st.lists(st.one_of(prose, st.sampled_from(["&nbsp;", "&amp;", "&#x2028;", "&bogus;", "<br>", "<!-- c -->",
                                                               "</div>", "<", "]]>"])),
                             max_size=4)) if depth >= 3 else draw(st.lists(st.one_of(prose, html_page(depth + 1)), max_size=4))
    inner = "".join(children)
    close = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", ""]))
    fragment = f"<{tag}{attrs}>{inner}{close}"
    if depth == 0 and draw(st.booleans()):  # a story worth extracting, among the clutter
        fragment += "<article>" + "".join(f"<p>{p}</p>" for p in draw(st.lists(prose, min_size=2, max_size=5))) + "</article>"
    if depth == 0 and draw(st.booleans()):
        fragment = f"<!doctype html><html><head><title>{draw(short)}</title></head><body>{fragment}</body></html>"
    return fragment


def encodings(value: str) -> st.SearchStrategy[bytes]:
    return st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]).map(lambda e: value.encode(e))


def one_line(error: IngestError) -> bool:
    return not any(ch in str(error) for ch in LINE_BREAKS)


# -- the readers ----------------------------------------------------------------------------------

@given(st.data())
@settings(fast, max_examples=150)
def test_reading_plain_text_never_raises_and_keeps_the_text(request, data):
    tally = Tally(request.config, "readers: plain text files")
    with tally.input():
        written = data.draw(printable)
        raw = data.draw(st.one_of(encodings(written), st.binary(max_size=300)), label="bytes")
        items = list(read_bytes(raw, "story.txt", "txt"))
        assert len(items) == 1
        item = items[0]
        tally.saw("refused" if isinstance(item, IngestError) else "read")
        if isinstance(item, IngestError):
            assert one_line(item), str(item)
            assert str(item).startswith("story.txt: ")
            if any(raw == written.encode(e) for e in ("utf-8", "utf-8-sig", "utf-16", "utf-32")):
                assert not written.strip(), f"good text refused: {item}"
        else:
            assert isinstance(item, Article)
            if any(raw == written.encode(e) for e in ("utf-8", "utf-8-sig", "utf-16", "utf-32")):
                # A leading U+FEFF is a byte-order mark to every decoder, not text.
                assert item.text == (written[1:] if written.startswith("\ufeff") else written)


@given(batch(max_size=10))
@settings(fast, max_examples=200)
def test_reading_json_lines_keeps_every_good_line_and_names_every_bad_one(request, made):
    tally = Tally(request.config, "readers: JSON Lines batches")
    with tally.input():
        data, items = made
        read = list(read_bytes(data.encode("utf-8"), "batch.jsonl", "jsonl"))
        for _, kind, _ in items:
            tally.saw(f"{kind} lines")
        assert len(read) == len(items), [str(r) for r in read]
        for (line, kind, record), got in zip(items, read, strict=True):
            if kind == "good":
                assert isinstance(got, Article), f"line {line} refused: {got}"
                assert record is not None and got.text == record["text"]
                assert got.id == record.get("id", got.id)
            else:
                assert isinstance(got, IngestError), f"line {line} accepted: {data.splitlines()[line - 1]!r}"
                assert one_line(got) and str(got).startswith(f"batch.jsonl:{line}: "), str(got)


@given(html_page(), st.sampled_from(["utf-8", "utf-16"]))
@settings(fast, max_examples=100)
def test_reading_html_never_raises(request, page, encoding):
    tally = Tally(request.config, "readers: HTML pages")
    with tally.input():
        items = list(read_bytes(page.encode(encoding), "page.html", "html"))
        assert len(items) == 1
        tally.saw("refused" if isinstance(items[0], IngestError) else "read")
        if isinstance(items[0], IngestError):
            assert one_line(items[0]), str(items[0])
        else:
            assert items[0].text.strip()


# -- saywho ingest into real stores ---------------------------------------------------------------

@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def store_url(request) -> Iterator[str]:
    """An empty store for this module alone: a SQLite file, or a database of its own on the PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{request.getfixturevalue('tmp_path_factory').mktemp('fuzz') / 'fuzz.db'}"
        return
    with own_database(request.getfixturevalue("postgres_url")) as url:
        yield url


def _counts(store: Store) -> tuple[int, int]:
    with store.engine.connect() as conn:
        articles = conn.execute(select(func.count()).select_from(schema.articles)).scalar_one()
        errors = conn.execute(select(func.count()).select_from(schema.errors)).scalar_one()
    return articles, errors


def _ingest(path: Path, url: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(cli_app, ["ingest", str(path), "--db", url, "--quiet"])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stderr.splitlines()


@given(batch(max_size=6))
@settings(fast, max_examples=20)
def test_ingest_stores_every_good_article_once_and_reports_each_bad_line(request, store_url, nlp, made):
    tally = Tally(request.config, f"saywho ingest: mixed batches on {store_url.split(':')[0].split('+')[0]}",
                  "batches")
    with tally.input():
        data, items = made
        goods = [record for _, kind, record in items if kind == "good" and record is not None]
        bads = [line for line, kind, _ in items if kind == "bad"]
        tally.saw("good lines", len(goods))
        tally.saw("bad lines", len(bads))
        store = Store(store_url)
        articles_before, errors_before = _counts(store)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "batch.jsonl"
            path.write_bytes(data.encode("utf-8"))
            code, stderr = _ingest(path, store_url)
            assert code == (1 if bads else 0), stderr
            # One line per bad input as it happens, then the summary: its header and one line per input.
            reported = [line for line in stderr if line.startswith("error: ")]
            assert [line.split(":")[2] for line in reported] == [str(n) for n in bads], stderr
            assert len(stderr) == (2 * len(bads) + 1 if bads else 0), stderr
            articles_after, errors_after = _counts(store)
            assert articles_after - articles_before == len(goods)
            assert errors_after - errors_before == len(bads)
            with store.engine.connect() as conn:
                for record in goods:
                    stored = conn.execute(select(schema.articles.c.text).where(
                        schema.articles.c.text_hash == text_hash(record["text"]))).scalars().all()
                    assert stored == [record["text"]]
            # Again: nothing new is stored, the same lines are refused.
            again, stderr_again = _ingest(path, store_url)
            assert again == code
            assert _counts(store)[0] == articles_after
            assert len([line for line in stderr_again if line.startswith("error: ")]) == len(bads)
        store.close()
