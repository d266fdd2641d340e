"""Long documents and large batches: the indexes that keep cost linear give the results the scans gave,
long texts are parsed in pieces with exact offsets, and big JSON Lines files are streamed."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from saywho.attribution import tagger as learned
from saywho.attribution.quotes import find_quotes, overlapping
from saywho.ingest import MAX_BYTES, make_article, read_inputs, read_jsonl
from saywho.model import Article, IngestError
from saywho.pipeline import get_attributions, parse, pieces, process
from saywho.validate import MAX_TEXT


def test_overlapping_quotes_are_the_ones_a_scan_finds():
    text = "\n".join("He said “we will go” and “not now,” she said “" + "x" * n + "”." for n in range(40))
    quotes = find_quotes(text)
    rng = random.Random(7)
    for _ in range(500):
        start = rng.randrange(len(text))
        end = start + rng.randrange(0, 300)
        assert overlapping(quotes, start, end) == [q for q in quotes if q.start < end and start < q.end]


def _group_by_scan(text: str, found: list[learned.Chunk]) -> list[learned.Group]:
    """The grouping as it was: every chunk against every cue, paragraphs counted from the text's start."""
    def paragraph(at: int) -> int:
        return text.count("\n", 0, at)

    def distance(a: learned.Chunk, b: learned.Chunk) -> tuple[int, int]:
        return abs(paragraph(a.start) - paragraph(b.start)), max(a.start - b.end, b.start - a.end, 0)

    groups = [learned.Group(c) for c in found if c.role == "cue"]
    extra = []
    for chunk in (c for c in found if c.role != "cue"):
        nearest = min(groups, key=lambda g: distance(chunk, g.cue))
        if chunk.role == "content":
            nearest.content.append(chunk)
        elif nearest.source is None:
            nearest.source = chunk
        else:
            extra.append(learned.Group(nearest.cue, source=chunk, content=nearest.content))
    for before, item in zip(groups, groups[1:], strict=False):
        if item.source is None and before.source is not None and paragraph(before.cue.start) == paragraph(item.cue.start):
            item.source = before.source
    return groups + extra


def test_grouping_by_nearest_cue_matches_the_full_scan():
    rng = random.Random(3)
    text = "".join(rng.choice("abc  \n") for _ in range(5000))
    for _ in range(30):
        found, at = [], 0
        while at < len(text) - 20:
            start = at + rng.randrange(0, 40)
            end = start + rng.randrange(1, 15)
            found.append(learned.Chunk(rng.choice(("cue", "source", "content", "content")), start, end, 1.0))
            at = end
        if any(c.role == "cue" for c in found):
            assert learned.group(text, found) == _group_by_scan(text, found)


def test_pieces_tile_the_text_and_cut_at_paragraph_or_sentence_ends():
    text = ("One sentence here. Another one follows it! " * 50 + "\n") * 20
    ranges = pieces(text, 3000)
    assert ranges[0][0] == 0 and ranges[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:], strict=False))
    assert all(end - start <= 3000 for start, end in ranges)
    assert all(text[end - 1] == "\n" for _, end in ranges[:-1])
    flat = text.replace("\n", " ")
    assert all(flat[end - 2:end] == "! " or flat[end - 2:end] == ". " for _, end in pieces(flat, 3000)[:-1])
    assert pieces("x" * 7000, 3000) == [(0, 3000), (3000, 6000), (6000, 7000)]  # no space: hard cuts


def test_a_long_text_parsed_in_pieces_keeps_exact_offsets(nlp, seed_text: str):
    text = seed_text.replace("\n", " ")  # one paragraph: pieces are cut at sentence ends
    doc = parse(nlp, text, size=len(text) // 3)
    assert doc.text == text
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)
    found = get_attributions(doc)
    assert len(found) >= 10
    for item in found:
        for span in [item.cue, item.source, *item.content]:
            if span is not None:
                assert text[span.start:span.end] == span.text
    whole = parse(nlp, seed_text)  # under the piece size: exactly nlp(text)
    assert [a.to_data() for a in get_attributions(whole)] == [a.to_data() for a in get_attributions(nlp(seed_text))]


def test_text_over_the_limit_is_one_clear_error(nlp):
    article = Article(id="big", text="word " * (MAX_TEXT // 5 + 1), origin="big.txt")
    (error,) = process([article], nlp=nlp)
    assert isinstance(error, IngestError)
    assert str(error) == f"big.txt: too long to parse ({len(article.text):,} characters; the limit is {MAX_TEXT:,})"


def _jsonl(padding: int) -> bytes:
    lines = [json.dumps({"id": f"a{n}", "text": f"Officials said the road {n} was open."}) for n in range(3)]
    pad = json.dumps({"id": "pad", "text": "The minister said so.", "raw": "x" * padding})
    body = "\r\n".join([lines[0], "not json", pad]) + "\r" + lines[1] + "\n\n" + pad + "\n"
    return body.encode() + b'{"id": "bad", "text": "caf\xe9"}\n' + lines[2].encode() + b"\n"


def test_a_jsonl_file_over_the_file_limit_is_streamed_line_by_line(tmp_path: Path):
    data = _jsonl(MAX_BYTES // 2)
    path = tmp_path / "big.jsonl"
    path.write_bytes(data)
    assert path.stat().st_size > MAX_BYTES
    streamed = [(i.id, i.text) if isinstance(i, Article) else str(i) for i in read_inputs([str(path)])]
    # the same lines, small enough to be read whole, with the one bad byte mended
    small = _jsonl(10).replace(b"\xe9", b"e")
    expected = [(i.id, i.text) if isinstance(i, Article) else str(i) for i in read_jsonl(small, str(path))]
    offset = data.index(b"\xe9")
    expected[5] = f"{path}:7: not UTF-8 text (undecodable byte at offset {offset})"
    assert streamed == expected
    assert [s for s in streamed if isinstance(s, str)] == [f"{path}:2: not JSON (Expecting value at column 1)",
                                                             expected[5]]


def test_an_oversized_line_in_a_large_jsonl_is_its_own_error(tmp_path: Path):
    big = json.dumps({"id": "huge", "text": "y" * (MAX_BYTES + 10)})
    path = tmp_path / "huge.jsonl"
    path.write_text(big + "\n" + json.dumps({"id": "ok", "text": "The mayor said the bridge would reopen."}) + "\n")
    items = list(read_inputs([str(path)]))
    assert str(items[0]) == (f"{path}:1: too large ({(len(big) + 1) / 1e6:,.1f} MB, {len(big) + 1:,} bytes; "
                             f"the limit is {MAX_BYTES / 1e6:.1f} MB, {MAX_BYTES:,} bytes)")
    assert isinstance(items[1], Article) and items[1].id == "ok"


@pytest.mark.parametrize("size", [0, 1])
def test_small_jsonl_files_are_read_as_before(tmp_path: Path, size: int):
    path = tmp_path / "small.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"s{n}", "text": f"Officials said {n}."}) for n in range(size + 2)))
    assert [a.id for a in read_inputs([str(path)])] == [f"s{n}" for n in range(size + 2)]
    assert make_article("Officials said so.", "x").text == "Officials said so."


def test_an_article_over_the_limit_is_refused_when_read(tmp_path: Path):
    path = tmp_path / "long.txt"
    path.write_text("word " * (MAX_TEXT // 5 + 1), encoding="utf-8")
    (error,) = read_inputs([str(path)])
    assert str(error) == f"{path}: text is {MAX_TEXT + 5:,} characters long; the limit is {MAX_TEXT:,}"
