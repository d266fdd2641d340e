"""Verify the event training labels against the texts in ../shared, and the written stories
(written/*.jsonl, text inline), and print counts.

    python gold/events/check.py              # schema + offsets + fingerprints (needs ../shared/data)
    python gold/events/check.py --schema     # schema only (no texts needed; the written stories in full)

Exit status 1 when anything is wrong; every problem is printed.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from common import (  # noqa: E402
    CATEGORIES,
    CONTEXTS,
    HERE,
    LABELS,
    MODES,
    SECTORS,
    fingerprint,
    read_jsonl,
    split_of,
    texts,
)

WRITTEN = HERE / "written"  # stories written for the project, text inline: {"doc", "text", "sentences"}
CODE = re.compile(r"[A-Z]{3}(?:[A-Z]{3}){0,3}(\|[A-Z]{3}(?:[A-Z]{3}){0,3})*")  # IGOUNOREFHCR has four
RECORD_KEYS = {"qid", "source", "doc", "start", "end", "fp", "split", "events"}
EVENT_KEYS = {"event", "trigger", "mode", "context", "cameo", "source", "target", "negated", "hypothetical",
              "future"}


def schema_errors(rec: dict) -> list[str]:
    """Problems with one record that need no text to find."""
    out = []
    if set(rec) != RECORD_KEYS:
        out.append(f"keys {sorted(set(rec) ^ RECORD_KEYS)}")
        return out
    if rec["source"] not in ("polnear-train", "news-html"):
        out.append(f"source {rec['source']!r}")
    if rec["split"] != split_of(rec["doc"]):
        out.append(f"split {rec['split']} but the rule says {split_of(rec['doc'])}")
    if not (isinstance(rec["start"], int) and isinstance(rec["end"], int) and 0 <= rec["start"] < rec["end"]):
        out.append("bad sentence offsets")
        return out
    if not re.fullmatch(r"[0-9a-f]{12}", rec["fp"]):
        out.append("bad fingerprint")
    for i, ev in enumerate(rec["events"]):
        out += event_errors(ev, rec["start"], rec["end"], f"event {i}")
    return out


def event_errors(ev: dict, start: int, end: int, where: str) -> list[str]:
    """Problems with one event of a sentence at [start, end) that need no text to find."""
    out: list[str] = []
    if set(ev) != EVENT_KEYS:
        return [f"{where}: keys {sorted(set(ev) ^ EVENT_KEYS)}"]
    if ev["event"] not in CATEGORIES:
        return [f"{where}: category {ev['event']!r} is not PLOVER 2.0"]
    if ev["mode"] and ev["mode"] not in MODES[ev["event"]]:
        out.append(f"{where}: mode {ev['mode']!r} is not a {ev['event']} mode")
    if not isinstance(ev["context"], list) or any(c not in CONTEXTS for c in ev["context"]):
        out.append(f"{where}: context {ev['context']!r}")
    if not isinstance(ev["cameo"], str) or not re.fullmatch(r"\d{2,4}", ev["cameo"]):
        out.append(f"{where}: cameo {ev['cameo']!r}")
    t = ev["trigger"]
    if not (isinstance(t, list) and len(t) == 2 and all(isinstance(x, int) for x in t) and start <= t[0] < t[1] <= end):
        out.append(f"{where}: trigger {t} outside the sentence")
    for flag in ("negated", "hypothetical", "future"):
        if not isinstance(ev[flag], bool):
            out.append(f"{where}: {flag} not a bool")
    for role in ("source", "target"):
        actor = ev[role]
        if actor is None:
            continue
        if not isinstance(actor, dict) or not {"text", "span", "code"} <= set(actor) \
                or set(actor) - {"text", "span", "code", "sector"}:
            out.append(f"{where}: {role} keys {sorted(actor) if isinstance(actor, dict) else actor!r}")
            continue
        if not isinstance(actor["code"], str) or not CODE.fullmatch(actor["code"]):
            out.append(f"{where}: {role} code {actor['code']!r}")
        if actor.get("sector") is not None and actor["sector"] not in SECTORS:
            out.append(f"{where}: {role} sector {actor['sector']!r}")
        span = actor["span"]
        if span is not None and not (isinstance(span, list) and len(span) == 2
                                     and all(isinstance(x, int) for x in span) and start <= span[0] < span[1] <= end):
            out.append(f"{where}: {role} span {span} outside the sentence")
    return out


def event_text_errors(ev: dict, text: str, where: str) -> list[str]:
    """Problems found by reading an event's offsets in its text: the trigger and the actors' spans."""
    out = []
    trig = text[ev["trigger"][0]:ev["trigger"][1]]
    if not trig.strip() or trig != trig.strip():
        out.append(f"{where}: trigger text {trig!r}")
    for role in ("source", "target"):
        actor = ev[role]
        if actor and actor["span"] is not None and text[actor["span"][0]:actor["span"][1]] != actor["text"]:
            out.append(f"{where}: {role} text {actor['text']!r} is not what its span holds")
    return out


WRITTEN_KEYS = {"doc", "text", "sentences"}


def written_errors(story: dict) -> list[str]:
    """Problems with one written story (written/*.jsonl: doc, text, sentences with their events): the
    sentences cover the text in order with only white space between them, every event's trigger and actor
    spans lie inside its sentence and slice what they claim, categories and modes are PLOVER 2.0's."""
    if not isinstance(story, dict) or set(story) != WRITTEN_KEYS:
        return [f"keys {sorted(set(story) ^ WRITTEN_KEYS) if isinstance(story, dict) else story!r}"]
    text, sentences = story["text"], story["sentences"]
    if not isinstance(story["doc"], str) or not story["doc"] or not isinstance(text, str) or not text.strip():
        return ["doc id or text missing"]
    if not isinstance(sentences, list) or not sentences:
        return ["no sentences"]
    out = []
    at = 0
    for n, sentence in enumerate(sentences):
        where = f"sentence {n}"
        if not isinstance(sentence, dict) or set(sentence) != {"start", "end", "events"}:
            out.append(f"{where}: keys {sorted(sentence) if isinstance(sentence, dict) else sentence!r}")
            continue
        start, end = sentence["start"], sentence["end"]
        if not (isinstance(start, int) and isinstance(end, int) and at <= start < end <= len(text)):
            out.append(f"{where}: offsets [{start}, {end}) out of order or outside the text")
            continue
        if text[at:start].strip():
            out.append(f"{where}: text before it belongs to no sentence: {text[at:start]!r}")
        if text[start:end] != text[start:end].strip():
            out.append(f"{where}: surrounding white space")
        at = end
        if not isinstance(sentence["events"], list):
            out.append(f"{where}: events not a list")
            continue
        for i, ev in enumerate(sentence["events"]):
            problems = event_errors(ev, start, end, f"{where} event {i}")
            out += problems or event_text_errors(ev, text, f"{where} event {i}")
    if at and text[at:].strip():
        out.append(f"text after the last sentence belongs to no sentence: {text[at:]!r}")
    return out


def text_errors(rec: dict, text: str) -> list[str]:
    """Problems found by joining the record back to its article."""
    out = []
    if rec["end"] > len(text):
        return ["sentence offsets beyond the text"]
    sent = text[rec["start"]:rec["end"]]
    if sent != sent.strip():
        out.append("sentence has surrounding whitespace")
    if fingerprint(sent) != rec["fp"]:
        out.append("fingerprint does not match the text (text changed or offsets wrong)")
    for i, ev in enumerate(rec["events"]):
        out += event_text_errors(ev, text, f"event {i}")
    return out


def main(argv: list[str]) -> int:
    schema_only = "--schema" in argv
    labels = read_jsonl(LABELS)
    allt = {} if schema_only else texts()
    errors = 0
    seen_qid, seen_sent = set(), set()
    for rec in labels:
        problems = schema_errors(rec)
        key = (rec.get("source"), rec.get("doc"), rec.get("start"))
        if rec.get("qid") in seen_qid or key in seen_sent:
            problems.append("duplicate sentence")
        seen_qid.add(rec.get("qid"))
        seen_sent.add(key)
        if not schema_only and not problems:
            text = allt.get((rec["source"], rec["doc"]))
            problems += ["article not found in ../shared"] if text is None else text_errors(rec, text)
        for p in problems:
            errors += 1
            print(f"qid {rec.get('qid')} ({rec.get('doc', '?')[:40]}): {p}")
    written_docs: set[str] = set()
    written_rows = []
    for path in sorted(WRITTEN.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                story = json.loads(line)
            except ValueError as error:
                problems = [f"not JSON: {error}"]
                story = {}
            else:
                problems = written_errors(story)
            if isinstance(story, dict) and story.get("doc") in written_docs:
                problems.append("duplicate doc id")
            if not problems:
                written_docs.add(story["doc"])
                written_rows += [{"split": split_of(story["doc"]), "events": s["events"]} for s in story["sentences"]]
            for p in problems:
                errors += 1
                print(f"{path.name}:{number} ({story.get('doc', '?') if isinstance(story, dict) else '?'}): {p}")
    if written_rows:
        print(f"written stories: {len(written_docs)} ({sum(split_of(d) == 'test' for d in written_docs)} test), "
              f"{len(written_rows)} sentences")
    labels = labels + written_rows
    sents = Counter(r["split"] for r in labels)
    with_ev = Counter(r["split"] for r in labels if r["events"])
    cats = Counter((r["split"], e["event"]) for r in labels for e in r["events"])
    unreal = Counter(r["split"] for r in labels for e in r["events"]
                     if e["negated"] or e["hypothetical"] or e["future"])
    print(f"{len(labels)} sentences (labels and written stories); errors: {errors}")
    for split in ("train", "test"):
        print(f"{split}: {sents[split]} sentences, {with_ev[split]} with events, "
              f"{sents[split] - with_ev[split]} none, {sum(v for (s, _), v in cats.items() if s == split)} events "
              f"({unreal[split]} negated/hypothetical/future)")
    print(f"{'category':<10} {'train':>6} {'test':>6}")
    for cat in CATEGORIES:
        print(f"{cat:<10} {cats[('train', cat)]:>6} {cats[('test', cat)]:>6}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
