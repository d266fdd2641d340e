"""Scale (issue 11): skip before parsing, insert-or-skip under concurrent writers, race-safe migrations,
``--workers N`` giving the same results as one worker, and progress output. Real processes, real SQLite
and PostgreSQL, a real HTTP server."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from rich.console import Console
from sqlalchemy import create_engine, func, select, text

from saywho.ingest import batch
from saywho.model import Article
from saywho.store import Store, accounts, schema

PEOPLE = ["Maria Lopez", "Jonas Berg", "Amina Diallo", "Kenji Sato", "Olga Petrova", "David Cohen"]
PLACES = ["Lisbon", "Oslo", "Dakar", "Osaka", "Kazan", "Haifa"]


def story(n: int) -> dict[str, str]:
    """A short news article with a direct and an indirect quote; speakers recur across articles, so
    concurrent writers race on the same actor rows as well as on the same articles."""
    who, other = PEOPLE[n % len(PEOPLE)], PEOPLE[(n + 1) % len(PEOPLE)]
    place = PLACES[n % len(PLACES)]
    body = (f"Talks on the harbour project, round {n}\n\n"
            f"{who}, the transport minister, said on Tuesday that work in {place} would resume in {n + 2} weeks. "
            f"“We will not wait for another study,” {who} told reporters in {place}. "
            f"{other} criticised the plan, saying the budget for phase {n} was too small.")
    return {"id": f"story-{n}", "url": f"https://news.example.org/harbour/{n}", "text": body}


def write_jsonl(path: Path, numbers: range | list[int]) -> Path:
    path.write_text("".join(json.dumps(story(n)) + "\n" for n in numbers), encoding="utf-8")
    return path


def saywho(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "saywho.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen, timeout: float = 600) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out, err


def stored(url: str) -> list[tuple[str, str]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(select(schema.articles.c.url, schema.articles.c.text_hash))]
    finally:
        engine.dispose()


# -- two overlapping ingests at once, on a new database -----------------------------------------------

def overlapping_ingests(url: str, tmp_path: Path) -> None:
    first = write_jsonl(tmp_path / "first.jsonl", range(0, 14))
    second = write_jsonl(tmp_path / "second.jsonl", list(range(20, 6, -1)))  # 7..13 in both, in another order
    runs = [saywho("ingest", str(path), "--db", url, "--workers", "1", "-q") for path in (first, second)]
    results = [finish(run) for run in runs]
    for code, out, err in results:
        assert code == 0, f"exit {code}: {out}\n{err}"
        assert "IntegrityError" not in err and "already exists" not in err, err
    rows = stored(url)
    assert sorted(u for u, _ in rows) == sorted(story(n)["url"] for n in range(21))  # every article, once
    assert len({h for _, h in rows}) == 21
    added = [int(out.split(" article(s) added")[0].split()[-1]) for _, out, _ in results]
    assert sum(added) == 21, [out for _, out, _ in results]


def test_overlapping_concurrent_ingests_sqlite(tmp_path: Path):
    overlapping_ingests(f"sqlite:///{tmp_path / 'new.db'}", tmp_path)


def test_overlapping_concurrent_ingests_postgres(fresh_postgres, tmp_path: Path):
    overlapping_ingests(fresh_postgres(), tmp_path)


# -- migrations raced by several processes ------------------------------------------------------------

MIGRATE = "import sys; from saywho.store import Store; Store(sys.argv[1]).close(); print('ok')"


def head_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from saywho.store import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    (head,) = ScriptDirectory.from_config(config).get_heads()
    return head


def racing_migrations(url: str, processes: int = 4) -> None:
    runs = [subprocess.Popen([sys.executable, "-c", MIGRATE, url], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(processes)]
    for run in runs:
        code, out, err = finish(run, timeout=300)
        assert code == 0 and out.strip() == "ok", err
    engine = create_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [head_revision()]
        assert conn.execute(select(func.count()).select_from(schema.actors)).scalar() == 0
    engine.dispose()


def test_concurrent_first_migrations_sqlite(tmp_path: Path):
    racing_migrations(f"sqlite:///{tmp_path / 'raced.db'}")


def test_concurrent_first_migrations_postgres(fresh_postgres):
    racing_migrations(fresh_postgres())


# -- the same article saved by two writers ------------------------------------------------------------

@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_save_of_an_article_another_writer_stored_is_already_stored(kind, tmp_path, request, nlp):
    from saywho.pipeline import process

    url = f"sqlite:///{tmp_path / 'two.db'}" if kind == "sqlite" else request.getfixturevalue("fresh_postgres")()
    one, two = Store(url), Store(url)
    data = story(3)
    [a] = process([Article(id=data["id"], text=data["text"], url=data["url"])], nlp=nlp)
    [b] = process([Article(id=data["id"], text=data["text"], url=data["url"])], nlp=nlp)
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda pair: pair[0].save(pair[1]), [(one, a), (two, b)]))
    assert sorted(r.added for r in results) == [False, True]
    assert results[0].article_id == results[1].article_id
    assert len(stored(url)) == 1


# -- five identical API ingests at once, on a real server ---------------------------------------------

def test_five_concurrent_identical_api_ingests(tmp_path: Path, live_server):
    from saywho.web.app import create_app

    url = f"sqlite:///{tmp_path / 'api.db'}"
    store = Store(url)
    analyst = accounts.add_user(store, "ana", "correct horse battery", "analyst")
    token = accounts.create_token(store, analyst)
    base = live_server(create_app(url, secret="test-secret"))
    body = {"text": story(5)["text"], "url": story(5)["url"], "title": "Harbour talks"}

    def post(_: int) -> httpx.Response:
        return httpx.post(f"{base}/api/articles", json=body, headers={"Authorization": f"Bearer {token}"},
                          timeout=300)

    with ThreadPoolExecutor(5) as pool:
        responses = list(pool.map(post, range(5)))
    assert [r.status_code for r in responses] == [201] * 5, [r.text for r in responses]
    assert len({r.json()["id"] for r in responses}) == 1
    assert len(stored(url)) == 1
    assert store.errors() == []


# -- a stored batch is skipped before it is parsed ----------------------------------------------------

RERUN = """
import sys
from typer.testing import CliRunner
from saywho.cli import app
result = CliRunner().invoke(app, ["ingest", sys.argv[1], "--db", sys.argv[2], "--workers", "2"])
print(result.exit_code, "spacy" in sys.modules, " ".join(result.output.split()).split(" failed")[0][-60:])
"""


def has(line: str, start: str, summary: str) -> bool:
    return line.startswith(start) and line.rstrip().endswith(summary)


def test_rerun_of_a_stored_batch_parses_nothing(tmp_path: Path):
    path = write_jsonl(tmp_path / "batch.jsonl", range(6))
    url = f"sqlite:///{tmp_path / 'rerun.db'}"
    first = subprocess.run([sys.executable, "-c", RERUN, str(path), url], capture_output=True, text=True, timeout=600)
    assert has(first.stdout, "0 True ", "6 article(s) added, 0 already stored, 0"), first.stdout + first.stderr
    # the same batch plus one article twice: only the new one is parsed, and the copy is not stored twice
    write_jsonl(path, [*range(6), 6, 6])
    again = subprocess.run([sys.executable, "-c", RERUN, str(path), url], capture_output=True, text=True, timeout=600)
    assert has(again.stdout, "0 True ", "1 article(s) added, 7 already stored, 0"), again.stdout + again.stderr
    # the whole batch stored: spaCy is never even imported
    third = subprocess.run([sys.executable, "-c", RERUN, str(path), url], capture_output=True, text=True, timeout=600)
    assert has(third.stdout, "0 False ", "0 article(s) added, 8 already stored, 0"), third.stdout + third.stderr
    assert len(stored(url)) == 7


# -- N workers give what one gives --------------------------------------------------------------------

def test_two_workers_give_the_results_of_one(tmp_path: Path, seed_text: str):
    path = write_jsonl(tmp_path / "many.jsonl", range(30))
    with path.open("a", encoding="utf-8") as handle:  # a long real article and a bad line, mid-batch
        handle.write(json.dumps({"id": "seed", "text": seed_text}) + "\n")
        handle.write('{"id": "no-text"}\n')
    with path.open("a", encoding="utf-8") as handle:
        handle.write("".join(json.dumps(story(n)) + "\n" for n in range(30, 40)))
    outputs = []
    for workers in ("1", "2"):
        code, out, err = finish(saywho("extract", str(path), "--format", "jsonl", "--workers", workers))
        assert code == 1, err  # the line without text fails, alone
        assert "1 input(s) failed" in err, err
        outputs.append(out)
    one, two = outputs
    assert one == two
    ids = [json.loads(line)["id"] for line in one.splitlines()]
    assert ids == [f"story-{n}" for n in range(30)] + ["seed"] + [f"story-{n}" for n in range(30, 40)]


def test_extract_in_workers_keeps_order_and_errors(nlp, seed_text: str):
    """The library call the CLI uses: chunks on two processes come back in input order."""
    from saywho.model import IngestError

    items: list[Article | IngestError] = [Article(id=f"s{n}", text=story(n)["text"]) for n in range(20)]
    items.insert(9, IngestError("bad.txt", "empty"))
    items.append(Article(id="seed", text=seed_text))
    parallel = list(batch.extract(items, "fast", workers=2))
    single = list(batch.extract(items, "fast", workers=1, nlp=nlp))
    # articles in input order (an input error is passed on as soon as it is read, as process() does)
    assert [i.id for i in parallel if isinstance(i, Article)] == [i.id for i in items if isinstance(i, Article)]
    assert [i.to_dict() for i in parallel if isinstance(i, Article)] == \
           [i.to_dict() for i in single if isinstance(i, Article)]
    assert [str(i) for i in parallel if isinstance(i, IngestError)] == ["bad.txt: empty"]
    assert sum(len(i.attributions) for i in parallel if isinstance(i, Article)) > 30


# -- progress -----------------------------------------------------------------------------------------

def test_progress_lines_when_not_a_terminal():
    stream = io.StringIO()
    progress = batch.Progress(Console(file=stream, width=200), "ingest", total=4, every=0)
    for n in range(2):
        progress.article(Article(id=f"s{n}", text=story(n)["text"]))
    progress.skipped()
    progress.failure()
    progress.close()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 4
    assert lines[1].startswith("ingest: 2/4 articles, ") and "ETA" in lines[1]
    assert lines[-1].startswith("ingest: 4/4 articles, ") and lines[-1].endswith("1 failed, 1 already stored")
    assert "words/s" in lines[-1]


def test_progress_bar_on_a_terminal():
    stream = io.StringIO()
    console = Console(file=stream, width=160, force_terminal=True)
    with batch.Progress(console, "extract", total=3) as progress:
        progress.article(Article(id="s1", text=story(1)["text"]))
        progress.print("error: bad.txt: empty")
        progress.failure()
        progress._bar.refresh()
        shown = stream.getvalue()
    assert "extract" in shown and "2/3 articles" in shown and "words/s" in shown and "1 failed" in shown
    assert "error: bad.txt: empty" in shown


def test_count_articles(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_jsonl(folder / "a.jsonl", range(5))
    (folder / "b.txt").write_text("Text.", encoding="utf-8")
    (folder / ".hidden.txt").write_text("Text.", encoding="utf-8")
    assert batch.count_articles([str(folder)]) == 6
    assert batch.count_articles([str(folder), "-"]) is None
    assert batch.count_articles(["https://news.example.org/feed.xml"]) is None
