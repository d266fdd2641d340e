"""Reading articles: formats, page chrome, and bad input that must not stop a batch."""

from __future__ import annotations

import json
from pathlib import Path

from saywho.ingest import find_chrome, read_inputs
from saywho.model import Article, IngestError

HTML = """<!DOCTYPE html><html><head><title>Talks resume in Geneva | World News</title>
<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2025-09-05">
<link rel="canonical" href="https://news.example.org/world/talks-resume"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks resume in Geneva</h1>
<p>Negotiators returned to Geneva on Friday for a fourth round of talks on the ceasefire.</p>
<p>“We are closer than we have ever been,” the UN envoy said after the first session, adding that both
delegations had agreed to meet again on Monday morning to discuss prisoner exchanges.</p>
<p>The foreign ministry said in a statement that it welcomed the progress made so far in the negotiations.</p>
</article><footer>Copyright 2025</footer></body></html>"""


def read(paths):
    return list(read_inputs([str(p) for p in paths]))


def test_txt_keeps_text_exactly_and_marks_chrome(tmp_path: Path):
    path = tmp_path / "story.txt"
    text = "Floods hit the north\n\nThe mayor said the river had peaked.\n\nShare this article\nAdd Comment"
    path.write_text(text, encoding="utf-8")
    (article,) = read([path])
    assert isinstance(article, Article)
    assert article.text == text
    assert article.title == "Floods hit the north"
    assert article.id == "story"
    assert [c.text for c in article.chrome] == ["Share this article", "Add Comment"]


def test_chrome_only_whole_lines():
    text = "Advertisement\nShe said she would sign up to our newsletter.\nSign up to our newsletter"
    assert [c.text for c in find_chrome(text)] == ["Advertisement", "Sign up to our newsletter"]


def test_html_main_text_and_metadata(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    (article,) = read([path])
    assert isinstance(article, Article), article
    assert "Negotiators returned to Geneva" in article.text
    assert "Home" not in article.text
    assert article.title == "Talks resume in Geneva"
    assert article.url == "https://news.example.org/world/talks-resume"
    assert article.published == "2025-09-05"
    assert article.author == "Jane Doe"


def test_jsonl_keeps_ids_and_text(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    lines = [
        {"id": "a1", "text": "  The senator said: “No.”  ", "title": "No", "url": "https://x.example/1"},
        {"id": "a2", "text": "The envoy said talks would resume.", "publisher": "Wire"},
    ]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    articles = read([path])
    assert [a.id for a in articles] == ["a1", "a2"]
    assert articles[0].text == lines[0]["text"]
    assert articles[1].publisher == "Wire"


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text("The minister said the budget was balanced.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\u00e9 said".encode("latin-1"))
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"word " * (10 * 1024 * 1024))  # 50 MB
    no_article = tmp_path / "nav.html"
    no_article.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    lines = tmp_path / "lines.jsonl"
    lines.write_text('{"id": "ok", "text": "Officials said the road was open."}\nnot json\n{"id": "x"}\n[1, 2]\n',
                     encoding="utf-8")
    items = read([empty, binary, latin, huge, no_article, lines, good, tmp_path / "missing.txt"])
    errors = {e.origin: e.problem for e in items if isinstance(e, IngestError)}
    articles = [a.id for a in items if isinstance(a, Article)]
    assert articles == ["ok", "good"]
    assert errors[str(empty)] == "empty input"
    assert errors[str(binary)] == "binary data, not text"
    assert errors[str(latin)].startswith("not UTF-8 text")
    assert errors[str(huge)].startswith("too large")
    assert errors[str(no_article)] == "HTML with no article text"
    assert errors[f"{lines}:2"].startswith("not JSON")
    assert errors[f"{lines}:3"] == "no 'text' field"
    assert errors[f"{lines}:4"] == "a JSON line must be an object"
    assert errors[str(tmp_path / "missing.txt")] == "no such file"
    assert all("\n" not in problem for problem in errors.values())


def test_folder_reads_every_file(tmp_path: Path):
    for name in ("b.txt", "a.txt"):
        (tmp_path / name).write_text(f"Story {name}. The mayor said it rained.", encoding="utf-8")
    assert [a.id for a in read([tmp_path])] == ["a", "b"]


def test_plain_text_saved_as_html_is_read_as_text(tmp_path: Path, seed_text: str):
    page, text = tmp_path / "seed.html", tmp_path / "seed.txt"
    page.write_text(seed_text, encoding="utf-8")
    text.write_text(seed_text, encoding="utf-8")
    (as_page,), (as_text,) = read([page]), read([text])
    assert isinstance(as_page, Article), as_page
    assert as_page.text == as_text.text == seed_text
    assert [c.text for c in as_page.chrome] == ["Add Comment"]
    # a page with markup still goes through the HTML reader
    marked = tmp_path / "marked.html"
    marked.write_text(HTML, encoding="utf-8")
    (article,) = read([marked])
    assert "<p>" not in article.text and "Home" not in article.text
