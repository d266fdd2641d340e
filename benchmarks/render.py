"""Article page rendering against article size: it must grow linearly, not quadratically.

    .venv/bin/python benchmarks/render.py [--lines 20000] [--chars 900000] [--repeat 3]

Two synthetic articles, built directly (no extraction, so only rendering is
measured) at 1×, 2× and 4× size, where 4× is the case an attacker could ingest:

- ``chrome``: ``--lines`` short page-chrome lines ("Advertisement", found by the
  real ``find_chrome``) between one-line paragraphs, a quoted statement every
  tenth paragraph;
- ``paragraph``: one paragraph of ``--chars`` characters in which every sentence
  is a statement (source, cue, content) and every other one also an event.

For each it prints the time of ``article_html`` and of the whole page fetched
from a real SQLite store through the app in-process (best of ``--repeat``; CPU
time of this process, so other work on a shared machine does not count, and wall
time), the HTML size per character of text, and the ratios 2×/1× and 4×/1×
(linear: about 2 and 4; quadratic: about 4 and 16). Target: the 4× pages (20,000
chrome lines, 900 KB paragraph) under 1 s each. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable

from fastapi.testclient import TestClient

from saywho.ingest import find_chrome
from saywho.model import Actor, Article, Attribution, Event, Span
from saywho.store import Store
from saywho.web.app import create_app
from saywho.web.highlight import article_html

SPEAKERS = [Actor(id=f"speaker-{n}", name=f"Speaker Number{n}", type="person") for n in range(12)]
QUOTE = "“We will not back down,” {who} said on Tuesday."


def _statement(text: str, at: int, number: int, speaker: Actor) -> Attribution:
    """The direct quote written by QUOTE at offset ``at``, as extraction would record it."""
    close = text.index("”", at) + 1
    source_start = close + 1
    cue_start = text.index(" said", source_start) + 1
    return Attribution(id=f"A{number}", source=Span.of(text, source_start, cue_start - 1),
                       cue=Span.of(text, cue_start, cue_start + 4), content=[Span.of(text, at, close)],
                       kind="direct", speaker=speaker)


def chrome_article(lines: int) -> Article:
    """``lines`` chrome lines, each followed by a one-line paragraph; every tenth paragraph a statement."""
    parts, starts = ["Lines of the story\n"], []
    offset = len(parts[0])
    for n in range(lines):
        parts.append("Advertisement\n")
        offset += len(parts[-1])
        if n % 10 == 0:
            starts.append(offset)
            parts.append(QUOTE.format(who=f"Speaker Number{n % len(SPEAKERS)}") + "\n")
        else:
            parts.append(f"Story line {n}.\n")  # short: the 4× article stays under the text limit
        offset += len(parts[-1])
    text = "".join(parts)
    attributions = [_statement(text, at, n + 1, SPEAKERS[n % len(SPEAKERS)]) for n, at in enumerate(starts)]
    return Article(id=f"chrome-{lines}", text=text, chrome=find_chrome(text), attributions=attributions)


def paragraph_article(chars: int) -> Article:
    """One paragraph of about ``chars`` characters: every sentence a statement, every other one an event too."""
    parts, starts, offset, n = [], [], 0, 0
    while offset < chars:
        sentence = QUOTE.format(who=f"Speaker Number{n % len(SPEAKERS)}") + " "
        starts.append(offset)
        parts.append(sentence)
        offset += len(sentence)
        n += 1
    text = "".join(parts).rstrip()
    attributions, events = [], []
    for n, at in enumerate(starts):
        statement = _statement(text, at, n + 1, SPEAKERS[n % len(SPEAKERS)])
        attributions.append(statement)
        if n % 2 == 0:
            assert statement.cue is not None
            evidence = Span.of(text, statement.content[0].start, statement.cue.end)
            events.append(Event(id=f"E{n + 1}", category="REJECT", evidence=evidence, source=statement.speaker,
                                attribution_id=statement.id, quad_class=3, cameo="12", cameo_code="120"))
    return Article(id=f"paragraph-{chars}", text=text, attributions=attributions, events=events,
                   actors=list(SPEAKERS))


def best(repeat: int, work: Callable[[], object]) -> tuple[float, float, object]:
    """The shortest CPU time and wall time of ``repeat`` runs of ``work``, and its last result."""
    cpu, wall, result = [], [], None
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = work()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start)
    return min(cpu), min(wall), result


def measure(name: str, build: Callable[[int], Article], sizes: list[int], repeat: int, client: TestClient,
            store: Store) -> None:
    rows = []
    for size in sizes:
        article = build(size)
        article_id = store.save(article).article_id
        html_time, _, html = best(repeat, lambda a=article: article_html(a))
        page_time, page_wall, page = best(repeat, lambda i=article_id: client.get(f"/articles/{i}"))
        assert page.status_code == 200, page.status_code  # type: ignore[attr-defined]
        size_ratio = len(page.content) / len(article.text)  # type: ignore[attr-defined]
        rows.append((size, len(article.text), html_time, page_time, page_wall, len(str(html)), size_ratio))
    base = rows[0]
    print(f"{name} (CPU time; wall time in brackets):")
    for size, chars, html_time, page_time, page_wall, html_bytes, size_ratio in rows:
        print(f"  {size:>8,} ({chars:>9,} chars)  article_html {html_time * 1000:7.1f} ms ×{html_time / base[2]:5.2f}"
              f"   page {page_time * 1000:7.1f} ms ×{page_time / base[3]:5.2f} ({page_wall * 1000:7.1f} ms)"
              f"   body {html_bytes / 1e6:5.2f} MB, page {size_ratio:4.1f} bytes/char")
    last = rows[-1]
    print(f"  ratios 2×/1×, 4×/1×: article_html {rows[1][2] / base[2]:.2f}, {last[2] / base[2]:.2f}; "
          f"page {rows[1][3] / base[3]:.2f}, {last[3] / base[3]:.2f} (linear: 2, 4)")
    verdict = "under" if last[3] < 1 else "OVER"
    print(f"  {last[0]:,} at 4×: page {last[3]:.3f} s CPU, {last[4]:.3f} s wall ({verdict} the 1 s target)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=20000, help="chrome lines of the 4× chrome article")
    parser.add_argument("--chars", type=int, default=900_000, help="characters of the 4× paragraph article")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/render.db"
        store = Store(url)
        with TestClient(create_app(url)) as client:
            measure("chrome lines", chrome_article, [args.lines // 4, args.lines // 2, args.lines], args.repeat,
                    client, store)
            measure("one long paragraph", paragraph_article, [args.chars // 4, args.chars // 2, args.chars],
                    args.repeat, client, store)
        store.close()


if __name__ == "__main__":
    main()
