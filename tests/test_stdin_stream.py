"""Standard input streams (issue 11): ``saywho extract -`` / ``ingest -`` read JSON Lines a line at a time, so a
stream larger than the 10 MB limit of one article is extracted while it is still being written, in bounded
memory. The stream here is 20 MiB: short articles from the bundled example, each record carrying a large field
saywho does not read (as exports with the raw HTML beside the text do), so parsing stays cheap."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from saywho.ingest import MAX_BYTES, read_stdin
from saywho.model import Article, IngestError

PAD = 64 * 1024
TOTAL = 20 * 2**20


def paragraphs_of(seed_text: str) -> list[str]:
    paragraphs = [p.strip() for p in seed_text.splitlines() if len(p.split()) > 12]
    assert len(paragraphs) >= 3
    return paragraphs


def record(n: int, paragraphs: list[str]) -> bytes:
    text = f"Report {n}.\n\n{paragraphs[n % len(paragraphs)]}"
    return (json.dumps({"id": f"r{n}", "text": text, "raw_html": "x" * PAD}) + "\n").encode("utf-8")


def test_extract_streams_stdin_and_answers_before_it_is_closed(tmp_path: Path, seed_text: str):
    paragraphs = paragraphs_of(seed_text)
    count = TOTAL // len(record(0, paragraphs)) + 1
    first_part = 48  # more than the 4 chunks of 8 two workers hold at a time
    stderr = (tmp_path / "stderr.txt").open("w+")
    run = subprocess.Popen([sys.executable, "-m", "saywho.cli", "extract", "-", "--format", "jsonl", "--workers", "2"],
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, env=os.environ.copy())
    first_line = threading.Event()
    written = {"before": 0, "all": 0, "closed_before_first_line": None}

    def write() -> None:
        try:
            for n in range(first_part):
                run.stdin.write(record(n, paragraphs))
            run.stdin.flush()
            written["before"] = first_part
            first_line.wait(600)  # the rest only once an article has come out
            written["closed_before_first_line"] = not first_line.is_set()
            for n in range(first_part, count):
                data = record(n, paragraphs)
                run.stdin.write(data)
            written["all"] = count
        finally:
            run.stdin.close()

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    lines = []
    try:
        for line in run.stdout:
            lines.append(line)
            first_line.set()
        run.wait(600)
    finally:
        first_line.set()
        if run.poll() is None:
            run.kill()
        writer.join(60)
    stderr.seek(0)
    err = stderr.read()
    assert run.returncode == 0, err
    assert written["closed_before_first_line"] is False  # the first article came out while stdin was open
    assert written["all"] == count and count * len(record(0, paragraphs)) > 2 * MAX_BYTES
    ids = [json.loads(line)["id"] for line in lines]
    assert ids == [f"r{n}" for n in range(count)]
    assert sum(len(json.loads(line)["attributions"]) for line in lines[:20]) > 0


def test_stdin_jsonl_is_read_line_by_line_as_it_arrives():
    """The reader yields each article once its line is there: it never asks for more than that line."""
    class Trickle(io.RawIOBase):
        """A pipe that gives one line per read, and fails if it is read past the lines it was given."""

        def __init__(self, lines: list[bytes]) -> None:
            self.lines = lines
            self.allowed = 1

        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:  # noqa: ANN001
            assert self.allowed > 0, "read ahead of what the consumer needed"
            if not self.lines:
                return 0
            data = self.lines.pop(0)
            self.allowed -= 1
            buffer[:len(data)] = data
            return len(data)

    lines = [b"\n", b'{"id": "a", "text": "The mayor said the bridge would reopen."}\n',
             b'{"id": "b", "text": "The minister said talks would go on."}\r\n', b"not json\n",
             b'{"id": "c", "text": "She said so."}']
    raw = Trickle(list(lines))
    raw.allowed = 2  # the blank line, then the first record
    stream = io.BufferedReader(raw, buffer_size=1 << 16)
    items = read_stdin(stream)
    first = next(items)
    assert isinstance(first, Article) and first.id == "a" and first.origin == "-:2"
    raw.allowed = 1
    assert next(items).id == "b"
    raw.allowed = 1
    error = next(items)
    assert isinstance(error, IngestError) and str(error).startswith("-:4: not JSON")
    raw.allowed = 2
    assert next(items).id == "c"
    assert list(items) == []


def test_stdin_of_one_article_and_its_limits():
    assert [a.text for a in read_stdin(io.BytesIO(b"\n\nThe mayor said so.\n"))] == ["\n\nThe mayor said so.\n"]
    [error] = read_stdin(io.BytesIO(b"   \n\n"))
    assert str(error) == "-: empty input"
    [error] = read_stdin(io.BytesIO(b"a " * (MAX_BYTES // 2 + 10)))
    assert isinstance(error, IngestError) and "too large" in str(error) and f"{MAX_BYTES + 20:,} bytes" in str(error)
    bom = b"\xef\xbb\xbf" + b'{"id": "x", "text": "The mayor said so."}\n'
    assert [a.id for a in read_stdin(io.BytesIO(bom))] == ["x"]
    big = b'{"id": "big", "text": "' + b"a " * (MAX_BYTES // 2) + b'"}\n{"id": "y", "text": "He said it."}\n'
    items = list(read_stdin(io.BytesIO(big)))
    assert isinstance(items[0], IngestError) and str(items[0]).startswith("-:1: too large")
    assert items[1].id == "y"
