"""The project's PLOVER-style records (gold/events/records): their checker, their frozen split, and reading
them as `saywho eval plover` and `saywho train events` do."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from saywho.eval.plover import read_records, split_of
from saywho.events.examples import read_records_folder

RECORDS = Path(__file__).resolve().parents[1] / "gold" / "events" / "records"
CHECK = RECORDS / "check.py"


def test_every_shipped_record_passes_the_checker():
    files = sorted(str(p) for p in RECORDS.glob("*.jsonl"))
    done = subprocess.run([sys.executable, str(CHECK), *files], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-2000:]
    assert done.stdout.strip().endswith("0 with problems")


def test_the_checker_names_a_broken_record(tmp_path: Path):
    bad = {"id": "SAYWHO-REC-0-001", "text": "Chad closed its border with Sudan.", "event": "SEAL",
           "eventText": "closed border", "trigger": "sealed", "source": [{"actorText": "Chad", "code": "Chad"}],
           "target": "", "others": []}
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(bad) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(CHECK), str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    for problem in ("'SEAL' not in the label set", "trigger 'sealed' not in the text", "code 'Chad'"):
        assert problem in done.stdout


def test_a_third_is_frozen_by_id_and_dev_records_are_never_split():
    records = list(read_records(RECORDS))
    assert len({r["id"] for r in records}) == len(records) >= 1296
    assert all(r["id"].startswith("SAYWHO-REC-") for r in records)
    frozen = sum(split_of(r["id"]) == "test" for r in records) / len(records)
    assert 0.28 < frozen < 0.38
    assert split_of("PLOVER-GSR01-AGREE-0002") == "dev"


def test_training_reads_the_main_event_first_with_plover_2_categories():
    rows, texts = read_records_folder(RECORDS)
    assert len(rows) == len(texts) >= 1296
    row = next(r for r in rows if r["events"])
    record = next(r for r in read_records(RECORDS) if r["id"] == row["doc"])
    start, end = row["events"][0]["trigger"]
    assert texts["records", row["doc"]][start:end] == record["trigger"]
    labels = {e["event"] for r in rows for e in r["events"]}
    assert not labels & {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT"}  # PLOVER 0.5 names mapped to 2.0
    assert {"REQUEST", "ACCUSE", "ASSAULT"} <= labels
