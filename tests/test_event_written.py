"""The written stories (gold/events/written/*.jsonl): their check, their split, and training reading them."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from test_gold_events import GOLD, check, common  # the gold tools, loaded once  # noqa: E402,F401

from saywho.events import examples

TEXT = ("NAIROBI, May 4 (Reuters) - Kenyan police arrested 12 protesters in Nairobi on Tuesday. "
        "The weather was mild. Uganda's foreign minister met his Kenyan counterpart in Kampala.")


def _event(category: str, trigger: str, source: str | None, code: str | None, mode: str = "") -> dict:
    start = TEXT.index(trigger)
    actor = None
    if source is not None:
        at = TEXT.index(source)
        actor = {"text": source, "span": [at, at + len(source)], "code": code}
    return {"event": category, "trigger": [start, start + len(trigger)], "mode": mode, "context": [],
            "cameo": "173" if category == "COERCE" else "040", "source": actor, "target": None,
            "negated": False, "hypothetical": False, "future": False}


def _story(doc: str = "written-test-001") -> dict:
    first = TEXT.index(" The weather")
    second = TEXT.index(" Uganda")
    return {"doc": doc, "text": TEXT, "sentences": [
        {"start": 0, "end": first, "events": [_event("COERCE", "arrested", "Kenyan police", "KENCOP", "arrest")]},
        {"start": first + 1, "end": second, "events": []},
        {"start": second + 1, "end": len(TEXT), "events": [_event("CONSULT", "met", "Uganda", "UGA")]},
    ]}


def test_a_good_story_passes_the_check():
    assert check.written_errors(_story()) == []


def test_the_check_catches_what_a_writer_can_get_wrong():
    bad = _story()
    bad["sentences"][0]["events"][0]["event"] = "FIGHT"
    assert any("PLOVER 2.0" in p for p in check.written_errors(bad))
    bad = _story()
    bad["sentences"][0]["events"][0]["mode"] = "visit"
    assert any("mode" in p for p in check.written_errors(bad))
    bad = _story()
    bad["sentences"][2]["events"][0]["trigger"] = [1, 5]  # inside the first sentence, not its own
    assert any("outside the sentence" in p for p in check.written_errors(bad))
    bad = _story()
    bad["sentences"][0]["events"][0]["source"]["span"][1] += 3  # the span no longer slices its text
    assert any("is not what its span holds" in p for p in check.written_errors(bad))
    bad = _story()
    del bad["sentences"][1]  # a sentence left out: its text belongs to none
    assert any("belongs to no sentence" in p for p in check.written_errors(bad))
    bad = _story()
    bad["sentences"][0]["end"] += 1  # takes the space after it
    assert any("white space" in p for p in check.written_errors(bad))
    bad = copy.deepcopy(_story())
    bad["sentences"][0]["events"][0]["source"]["code"] = "kenya"
    assert any("code" in p for p in check.written_errors(bad))


def test_the_written_files_pass_the_check():
    stories = [json.loads(line) for path in sorted(check.WRITTEN.glob("*.jsonl"))
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    problems = [(story.get("doc"), p) for story in stories for p in check.written_errors(story)]
    assert problems == []
    docs = [story["doc"] for story in stories]
    assert len(docs) == len(set(docs))


def test_training_reads_written_stories_with_the_frozen_split_rule(tmp_path: Path):
    folder = tmp_path / "written"
    folder.mkdir()
    stories = [_story(f"written-test-{n:03d}") for n in range(12)]
    (folder / "part1.jsonl").write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")
    rows, texts = examples.read_written(folder)
    assert len(rows) == 36 and {r["source"] for r in rows} == {"written"}
    assert all(r["split"] == common.split_of(r["doc"]) == examples.split_of(r["doc"]) for r in rows)
    assert {examples.split_of(s["doc"]) for s in stories} == {"train", "test"}
    assert texts["written", "written-test-000"] == TEXT


def test_build_parses_written_stories_without_shared_texts(tmp_path: Path, nlp):
    folder = tmp_path / "written"
    folder.mkdir()
    doc = next(f"written-test-{n:03d}" for n in range(50) if examples.split_of(f"written-test-{n:03d}") == "train")
    (folder / "part1.jsonl").write_text(json.dumps(_story(doc)) + "\n", encoding="utf-8")
    labels = tmp_path / "labels.jsonl"
    labels.write_text("", encoding="utf-8")
    sentences = examples.build(labels, tmp_path / "no-shared", nlp, ["train"], log=lambda _: None)
    assert [s.source for s in sentences] == ["written"] * 3
    labelled = {c.token.text: c.label for s in sentences for c in s.candidates if c.label != "NONE"}
    assert labelled == {"arrested": "COERCE", "met": "CONSULT"}
    assert sentences[0].gold == [("COERCE", {"KEN"}, set())]
    assert examples.build(labels, tmp_path / "no-shared", nlp, ["test"], log=lambda _: None) == []
