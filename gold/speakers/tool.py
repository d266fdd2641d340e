"""Annotation helper for ``news_html.jsonl`` (see GUIDE.md). The notes it reads quote the pages, so keep
them OUTSIDE the repository (e.g. /tmp/notes/); only offsets, names and fingerprints reach the gold file.

    python gold/speakers/tool.py show 06e5123e            # paragraphs of a page with their start offsets
    python gold/speakers/tool.py try /tmp/notes/a.txt     # compile notes and print them back, writing nothing
    python gold/speakers/tool.py add /tmp/notes/*.txt     # compile notes into the gold (replacing those pages)
    python gold/speakers/tool.py try-lines CORPUS /tmp/notes/lee_002.txt   # notes on a line of a text corpus
    python gold/speakers/tool.py add-lines CORPUS gold/speakers/lee.jsonl NAME BATCH /tmp/notes/lee_*.txt
    python gold/speakers/tool.py show-xml FOLDER r-cran-tm-0.7-11/texts/crude/reut-00001.xml   # a Reuters story
    python gold/speakers/tool.py try-xml FOLDER /tmp/notes/reut_001.txt   # notes on it (first line ``file PATH``)
    python gold/speakers/tool.py add-xml FOLDER gold/speakers/reuters.jsonl BATCH /tmp/notes/reut_*.txt

A notes file starts with ``page HASH8`` and has one statement per line (``#`` comments allowed):

    KIND | CONTENT | CUE | NAME {ALIAS; ALIAS} | TYPE | MENTION

KIND is d, i or m; CONTENT is the exact text, or ``START ~~ END`` (its first and last words); CUE is the
exact cue text (the occurrence nearest the content is taken) or ``-``; MENTION the exact text of the fullest
mention. Any anchor may end in ``@N`` for its N-th occurrence in the page. A page with no statement is a
file with the ``page`` line only. Every label is printed back, sliced from the page, for checking.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from saywho.eval import SPEAKER_GOLD, fingerprint, ground_truth, split_of  # noqa: E402
from saywho.eval.speakers import reuters_story  # noqa: E402
from saywho.model import text_hash  # noqa: E402

KIND = {"d": "direct", "i": "indirect", "m": "mixed"}


def full_hash(prefix: str) -> str:
    (found,) = [h for h in ground_truth() if h.startswith(prefix)]
    return found


def show(prefix: str) -> None:
    page = ground_truth()[full_hash(prefix)]
    print("=====", prefix, page["url"], len(page["articleBody"]))
    for match in re.finditer(r"[^\n]+", page["articleBody"]):
        print(f"[{match.start()}] {match.group()}")


def _nth(body: str, text: str, n: int = 1, start: int = 0) -> int:
    at = start - 1
    for _ in range(n):
        at = body.find(text, at + 1)
        if at < 0:
            return -1
    return at


def _anchor(text: str) -> tuple[str, int]:
    match = re.match(r"(.*?)@(\d+)$", text)
    return (match.group(1), int(match.group(2))) if match else (text, 1)


def compile_notes(path: Path) -> tuple[str, list[dict], int]:
    lines = path.read_text(encoding="utf-8").splitlines()
    page_hash = full_hash(lines[0].split()[1])
    body = ground_truth()[page_hash]["articleBody"]
    return (page_hash, *compile_lines(lines[1:], body))


def compile_lines(lines: list[str], body: str) -> tuple[list[dict], int]:
    """Labels from notes lines (the format above) against a text, printed back for checking."""
    out: list[dict] = []
    errors, cursor = 0, 0
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        kind, content, cue, name, kind_of_speaker, mention = (x.strip() for x in line.split("|"))
        first, last = (x.strip() for x in content.split("~~")) if "~~" in content else (content, None)
        first, n = _anchor(first)
        last = first if last is None else last
        start = _nth(body, first, n, cursor if n == 1 else 0)
        if start < 0:
            start = body.find(first)
        end = body.find(last, start) if start >= 0 else -1
        if start < 0 or end < 0:
            print(f"!! content not found: {line}")
            errors += 1
            continue
        end += len(last)
        cursor = start
        cue_span = None
        if cue != "-":
            text, n = _anchor(cue)
            places = [m.start() for m in re.finditer(re.escape(text), body)]
            if not places:
                print(f"!! cue not found: {line}")
                errors += 1
                continue
            at = _nth(body, text, n) if "@" in cue else min(
                places, key=lambda i: 0 if start <= i < end else min(abs(i - start), abs(i - end)))
            cue_span = [at, at + len(text)]
        text, n = _anchor(mention)
        at = _nth(body, text, n)
        if at < 0:
            print(f"!! mention not found: {line}")
            errors += 1
            continue
        aliases = []
        match = re.match(r"(.*?)\s*\{(.*)\}$", name)
        if match:
            name, aliases = match.group(1).strip(), [x.strip() for x in match.group(2).split(";")]
        speaker = {"name": name, "type": kind_of_speaker, "mention": [at, at + len(text)]}
        if aliases:
            speaker["aliases"] = aliases
        item = {"content": [start, end], "cue": cue_span, "kind": KIND[kind], "speaker": speaker}
        item["check"] = {role: fingerprint(body[span[0]:span[0] + 20]) if span else None
                         for role, span in (("content", item["content"]), ("cue", cue_span),
                                            ("mention", speaker["mention"]))}
        out.append(item)
        print(f"{KIND[kind][:3]} {name} <{body[at:at + len(text)]}> cue<{body[cue_span[0]:cue_span[1]] if cue_span else None}>"
              f" «{body[start:end][:70]}…{body[start:end][-30:]}»")
    out.sort(key=lambda x: x["content"][0])
    return out, errors


def compile_line_notes(corpus: Path, path: Path) -> tuple[int, str, list[dict], int]:
    """(line number, story, labels, errors) of a notes file on one story of a one-story-per-line corpus (its first
    line ``line N``)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    number = int(lines[0].split()[1])
    story = corpus.read_bytes().split(b"\n")[number - 1].decode("utf-8")
    return (number, story, *compile_lines(lines[1:], story))


def add_lines(corpus: Path, gold: Path, name: str, batch: int, paths: list[Path]) -> int:
    """Compile notes on stories of a one-story-per-line corpus into ``gold`` (``lee.jsonl``), as records of the
    given batch in the dev split: a line labelled again is replaced in place, a new one appended."""
    records = {r["line"]: r for r in map(json.loads, gold.read_text(encoding="utf-8").splitlines())}
    failed = 0
    for path in paths:
        number, story, statements, errors = compile_line_notes(corpus, path)
        failed += errors
        records[number] = {"page": name, "line": number, "text_sha256": text_hash(story), "chars": len(story),
                           "statements": statements, "split": "dev", "batch": batch}
        print(f"{path}: line {number}, {len(statements)} statements, {errors} errors")
    return _save(gold, records.values(), failed)


def show_xml(folder: Path, name: str) -> None:
    """A Reuters-21578 story as saywho reads it (saywho.eval.speakers.reuters_story), its lines with start offsets."""
    story = reuters_story((folder / name).read_bytes())
    print("=====", name, len(story))
    for match in re.finditer(r"[^\n]+", story):
        print(f"[{match.start()}] {match.group()}")


def compile_xml_notes(folder: Path, path: Path) -> tuple[str, bytes, str, list[dict], int]:
    """(file, its bytes, story, labels, errors) of a notes file on one Reuters story (its first line ``file PATH``,
    the path under ``folder``)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    name = lines[0].split(maxsplit=1)[1].strip()
    data = (folder / name).read_bytes()
    story = reuters_story(data)
    return (name, data, story, *compile_lines(lines[1:], story))


def add_xml(folder: Path, gold: Path, batch: int, paths: list[Path]) -> int:
    """Compile notes on Reuters stories into ``gold`` (``reuters.jsonl``): a story labelled again is replaced in
    place, a new one appended. Its split was fixed before any label, as the news-html pages' is: ``test`` for 3 in
    10 stories by the sha256 of their path (saywho.eval.split_of), else ``dev``."""
    records = {r["page"]: r for r in map(json.loads, gold.read_text(encoding="utf-8").splitlines())} \
        if gold.exists() else {}
    failed = 0
    for path in paths:
        name, data, story, statements, errors = compile_xml_notes(folder, path)
        failed += errors
        records[name] = {"page": name, "file_sha256": hashlib.sha256(data).hexdigest(),
                         "text_sha256": text_hash(story), "chars": len(story), "statements": statements,
                         "split": split_of(hashlib.sha256(name.encode("utf-8")).hexdigest()), "batch": batch}
        print(f"{path}: {name}, {len(statements)} statements, {errors} errors")
    return _save(gold, sorted(records.values(), key=lambda r: r["page"]), failed)


def add(paths: list[Path]) -> int:
    pages = {}
    if SPEAKER_GOLD.exists():
        pages = {p["hash"]: p for p in map(json.loads, SPEAKER_GOLD.read_text(encoding="utf-8").splitlines())}
    failed = 0
    for path in paths:
        page_hash, statements, errors = compile_notes(path)
        failed += errors
        body = ground_truth()[page_hash]["articleBody"]
        pages[page_hash] = {"hash": page_hash, "split": split_of(page_hash), "url": ground_truth()[page_hash]["url"],
                            "chars": len(body), "statements": statements}
        print(f"{path}: {len(statements)} statements, {errors} errors")
    return _save(SPEAKER_GOLD, sorted(pages.values(), key=lambda p: (p["split"], p["hash"])), failed)


def _save(gold: Path, rows: Iterable[dict], failed: int) -> int:
    """Write the gold's records, one JSON line each, unless a notes file had errors (then nothing is written)."""
    if failed:
        print("not written: fix the errors first")
        return 1
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "show":
        for prefix in sys.argv[2:]:
            show(prefix)
    elif len(sys.argv) > 2 and sys.argv[1] == "try":
        raise SystemExit(1 if sum(compile_notes(Path(p))[2] for p in sys.argv[2:]) else 0)
    elif len(sys.argv) > 2 and sys.argv[1] == "add":
        raise SystemExit(add([Path(p) for p in sys.argv[2:]]))
    elif len(sys.argv) > 3 and sys.argv[1] == "try-lines":  # try-lines CORPUS NOTES...
        raise SystemExit(1 if sum(compile_line_notes(Path(sys.argv[2]), Path(p))[3] for p in sys.argv[3:]) else 0)
    elif len(sys.argv) > 6 and sys.argv[1] == "add-lines":  # add-lines CORPUS GOLD NAME BATCH NOTES...
        raise SystemExit(add_lines(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4], int(sys.argv[5]),
                                   [Path(p) for p in sys.argv[6:]]))
    elif len(sys.argv) > 3 and sys.argv[1] == "show-xml":  # show-xml FOLDER FILE...
        for name in sys.argv[3:]:
            show_xml(Path(sys.argv[2]), name)
    elif len(sys.argv) > 3 and sys.argv[1] == "try-xml":  # try-xml FOLDER NOTES...
        raise SystemExit(1 if sum(compile_xml_notes(Path(sys.argv[2]), Path(p))[4] for p in sys.argv[3:]) else 0)
    elif len(sys.argv) > 5 and sys.argv[1] == "add-xml":  # add-xml FOLDER GOLD BATCH NOTES...
        raise SystemExit(add_xml(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]), [Path(p) for p in sys.argv[5:]]))
    else:
        print(__doc__)
