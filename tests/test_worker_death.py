"""A worker process that dies (issue 11): with ``--workers N``, a worker killed mid-batch (SIGKILL, the out-of-
memory killer, a crash in native code) costs nothing: the batch goes on with a new worker, the articles it was
parsing are retried once, each alone, and every article is stored. An article that kills its worker again is
one error line ("worker died (signal 9) while parsing …"), the exit code is 1, and every other article is
stored. Real processes and real kills: the first test SIGKILLs a worker of a running ``saywho ingest`` from
outside; the others use the documented test seam SAYWHO_TEST_KILL_ON (saywho/ingest/batch.py), which makes a
worker kill itself with SIGKILL when it is handed an article containing the marker."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from saywho.ingest import batch
from saywho.model import Article, IngestError
from saywho.store import schema

MARKER = "Zq7-kill-this-worker"


def articles(polnear: Path | None, seed_text: str, count: int) -> list[dict[str, str]]:
    """``count`` distinct articles: PolNeAR dev's (read from ../shared/data, never copied into the project)
    when it is there, else the bundled example article with a distinct closing line each."""
    if polnear is not None and polnear.exists():
        seen: dict[str, dict[str, str]] = {}
        with polnear.open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                seen.setdefault(row["id"], {"id": row["id"], "text": row["text"]})
                if len(seen) == count:
                    return list(seen.values())
    return [{"id": f"example-{n}", "text": f"{seed_text}\n\nThis is copy {n} of the example, for the test."}
            for n in range(count)]


def polnear_path() -> Path:
    return Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev.jsonl"


def write_jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def saywho(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "saywho.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})})


def stored_ids(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(select(schema.articles.c.id)).scalars())
    except Exception:  # noqa: BLE001 - not created yet, or being migrated: nothing stored yet
        return []
    finally:
        engine.dispose()


def recorded_errors(url: str) -> list[tuple[str, str]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(select(schema.errors.c.origin, schema.errors.c.problem))]
    finally:
        engine.dispose()


def workers_of(pid: int) -> list[int]:
    """The spawned worker processes of ``pid`` (not multiprocessing's resource tracker)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        if int(fields[1]) == pid and b"spawn_main" in command and b"resource_tracker" not in command:
            found.append(int(entry.name))
    return sorted(found)


def cpu_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return -1
    return int(fields[11]) + int(fields[12])  # utime + stime


def test_a_worker_killed_mid_batch_costs_no_article(tmp_path: Path, seed_text: str):
    rows = articles(polnear_path(), seed_text, 40)  # five chunks of 8: both workers stay busy for a while
    source = write_jsonl(tmp_path / "batch.jsonl", rows)
    url = f"sqlite:///{tmp_path / 'killed.db'}"
    run = saywho("ingest", str(source), "--db", url, "--workers", "2", "-q")
    killed = None
    try:
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and run.poll() is None:
            workers = workers_of(run.pid)
            if len(workers) == 2 and stored_ids(url):  # both workers up, and the first chunk is stored
                before = {pid: cpu_ticks(pid) for pid in workers}
                time.sleep(0.5)
                killed = max(workers, key=lambda pid: cpu_ticks(pid) - before[pid])  # the busier one
                os.kill(killed, signal.SIGKILL)
                break
            time.sleep(0.2)
        out, err = run.communicate(timeout=600)
    finally:
        if run.poll() is None:
            run.kill()
    assert killed is not None, "no worker to kill: the batch ended before both workers were seen"
    assert run.returncode == 0, f"exit {run.returncode}\n{out}\n{err}"
    assert "a worker process died (signal 9) while parsing" in err, err
    assert "retrying each alone" in err, err
    assert sorted(stored_ids(url)) == sorted(row["id"] for row in rows)  # every article, once
    assert recorded_errors(url) == []
    assert f"{len(rows)} article(s) added, 0 already stored, 0 failed" in out, out


def test_an_article_that_kills_its_worker_twice_is_one_error(tmp_path: Path, seed_text: str):
    rows = articles(None, seed_text, 20)
    rows[11]["id"] = "killer"
    rows[11]["text"] += f" {MARKER}"
    source = write_jsonl(tmp_path / "batch.jsonl", rows)
    url = f"sqlite:///{tmp_path / 'killer.db'}"
    run = saywho("ingest", str(source), "--db", url, "--workers", "2", "-q", env={batch.KILL_ON: MARKER})
    out, err = run.communicate(timeout=600)
    assert run.returncode == 1, f"exit {run.returncode}\n{out}\n{err}"
    assert sorted(stored_ids(url)) == sorted(row["id"] for row in rows if row["id"] != "killer")
    [(origin, problem)] = recorded_errors(url)
    assert origin == f"{source}:12"
    assert problem == "worker died (signal 9) while parsing article 'killer', twice (it was retried alone)"
    assert "19 article(s) added, 0 already stored, 1 failed" in out, out
    assert err.count("retrying each alone") == 1, err  # the killer's chunk, once; the other chunks never died


def test_extract_in_workers_goes_on_past_a_killer_in_input_order(seed_text: str, monkeypatch: pytest.MonkeyPatch):
    """The library call ``saywho extract`` makes: the results of a chunk whose worker died come back in input
    order with the rest; input errors pass through; the killer is one error."""
    monkeypatch.setenv(batch.KILL_ON, MARKER)  # the spawned workers inherit it
    items: list[Article | IngestError] = [Article(id=f"a{n}", text=row["text"], origin=f"in:{n}")
                                          for n, row in enumerate(articles(None, seed_text, 18))]
    items[3] = Article(id="killer", text=f"{seed_text} {MARKER}", origin="in:3")
    items.insert(5, IngestError("bad.txt", "empty input"))
    results = list(batch.extract(items, "fast", workers=2))
    assert [r.id for r in results if isinstance(r, Article)] == [i.id for i in items
                                                                 if isinstance(i, Article) and i.id != "killer"]
    assert [str(r) for r in results if isinstance(r, IngestError)] == [  # the killer's chunk: in input order
        "in:3: worker died (signal 9) while parsing article 'killer', twice (it was retried alone)",
        "bad.txt: empty input",
    ]
    assert all(r.attributions for r in results if isinstance(r, Article))


def test_death_is_told_with_its_signal():
    assert batch._death(-9) == "signal 9"
    assert batch._death(-11) == "signal 11"
    assert batch._death(1) == "exit code 1"


def test_a_worker_killed_while_it_loads_the_pipeline_is_replaced(seed_text: str, caplog: pytest.LogCaptureFixture):
    """A kill before the worker could take any work: a new worker takes its place, nothing is lost."""
    import threading

    items = [Article(id=f"a{n}", text=row["text"], origin=f"in:{n}") for n, row in enumerate(articles(None, seed_text, 12))]
    killed: list[int] = []

    def kill_the_first_worker() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed:
            for pid in workers_of(os.getpid()):
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
                break
            time.sleep(0.02)

    killer = threading.Thread(target=kill_the_first_worker, daemon=True)
    killer.start()
    with caplog.at_level("WARNING", logger="saywho.ingest.batch"):
        results = list(batch.extract(items, "fast", workers=2))
    killer.join(5)
    assert killed
    assert [r.id for r in results] == [i.id for i in items] and all(isinstance(r, Article) for r in results)
    assert any("a worker process died (signal 9)" in record.getMessage() for record in caplog.records), caplog.text
