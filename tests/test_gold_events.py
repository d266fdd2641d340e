"""The event training labels (gold/events/): schema, the frozen-test rule, and offsets joined back to ../shared."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[1] / "gold" / "events"


def _load(name: str):
    sys.path.insert(0, str(GOLD))
    try:
        spec = importlib.util.spec_from_file_location(f"gold_events_{name}", GOLD / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(GOLD))


check = _load("check")
common = _load("common")
HAVE_TEXTS = common.POLNEAR_TRAIN.exists() and common.NEWS_HTML.exists()


def test_labels_exist_and_follow_the_schema():
    labels = common.read_jsonl(common.LABELS)
    assert len(labels) >= 800
    problems = [(r.get("qid"), p) for r in labels for p in check.schema_errors(r)]
    assert problems == []


def test_no_label_holds_article_text():
    """Publishers' texts are never committed: a record holds offsets, a fingerprint and short actor names."""
    for rec in common.read_jsonl(common.LABELS):
        assert "text" not in rec
        for ev in rec["events"]:
            for role in ("source", "target"):
                if ev[role]:
                    assert len(ev[role]["text"]) <= 80


def test_split_is_the_frozen_article_hash_rule():
    labels = common.read_jsonl(common.LABELS)
    assert all(r["split"] == common.split_of(r["doc"]) for r in labels)
    by_doc = {}
    for r in labels:
        by_doc.setdefault(r["doc"], set()).add(r["split"])
    assert all(len(s) == 1 for s in by_doc.values())
    assert {"train", "test"} <= {r["split"] for r in labels}


def test_both_events_and_none_sentences_are_labelled():
    labels = common.read_jsonl(common.LABELS)
    with_events = sum(1 for r in labels if r["events"])
    assert 0.15 * len(labels) < with_events < 0.85 * len(labels)


def test_schema_checker_catches_a_bad_record():
    rec = {"qid": 0, "source": "polnear-train", "doc": "x", "start": 0, "end": 10, "fp": "0" * 12,
           "split": common.split_of("x"),
           "events": [{"event": "DISAPPROVE", "trigger": [0, 3], "mode": "", "context": [], "cameo": "111",
                       "source": None, "target": None, "negated": False, "hypothetical": False, "future": False}]}
    assert any("PLOVER 2.0" in p for p in check.schema_errors(rec))
    rec["events"][0]["event"] = "ACCUSE"
    rec["events"][0]["mode"] = "meet"
    assert any("mode" in p for p in check.schema_errors(rec))
    rec["events"][0]["mode"] = "disapprove"
    assert check.schema_errors(rec) == []


@pytest.mark.skipif(not HAVE_TEXTS, reason="../shared/data (PolNeAR train, news-html) is absent: "
                                           "the publishers' texts are never shipped, so offsets cannot be joined")
def test_every_label_joins_back_to_its_text(capsys):
    assert check.main([]) == 0, capsys.readouterr().out
