"""``--engine ray`` and ``saywho load``: a local Ray cluster on 127.0.0.1 with two workers gives exactly the
records the local engine gives, and loading its Parquet shards gives the store ``saywho ingest`` gives."""

from __future__ import annotations

import json
import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import DATABASES, postgres_databases
from sqlalchemy import create_engine, select
from typer.testing import CliRunner

from saywho.cli import app
from saywho.ingest import batch, ray_engine, read_inputs, shards
from saywho.model import Article, IngestError
from saywho.store import schema

ray = pytest.importorskip("ray", reason="--engine ray needs Ray (pinned in pyproject.toml: pip install ray==2.60.0)")

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "saywho" / "data" / "example.txt"
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev.jsonl"
IGNORED = {"articles": {"ingested_at"}, "attributions": {"pk"}, "events": {"pk"}, "errors": {"id", "at"},
           "stories": {"created_at"}}
TABLES = ("articles", "attributions", "events", "actors", "article_actors", "errors",
          "stories", "article_stories", "story_bands", "statement_links")


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A Ray cluster on this machine, 127.0.0.1 only, two CPUs (two actors), a small object store."""
    ray.init(address="local", num_cpus=2, include_dashboard=False, object_store_memory=200 * 1024 ** 2,
             _node_ip_address="127.0.0.1", log_to_driver=False, logging_level="WARNING")
    try:
        yield ray.get_runtime_context().gcs_address
    finally:
        ray.shutdown()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The bundled example, an empty file (an input error), a wire copy of the example (the same story, its
    statements linked to the first report), and the first ten PolNeAR dev articles when ../shared/data has
    them (two chunks: both actors work)."""
    folder = tmp_path_factory.mktemp("ray-inputs")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "wire-copy.txt").write_text(SEED.read_text(encoding="utf-8") + "\nReporting by Reuters.\n", encoding="utf-8")
    paths = [str(SEED), str(folder / "empty.txt"), str(folder / "wire-copy.txt")]
    if POLNEAR_DEV.exists():
        with POLNEAR_DEV.open(encoding="utf-8") as handle:
            lines = [line for line, _ in zip(handle, range(10), strict=False)]
        (folder / "polnear-dev-10.jsonl").write_text("".join(lines), encoding="utf-8")
        paths.append(str(folder / "polnear-dev-10.jsonl"))
    return paths


@pytest.fixture(scope="module")
def local_records(inputs: list[str]) -> list[Article | IngestError]:
    return list(batch.extract(read_inputs(inputs), "fast", workers=1))


@pytest.fixture(scope="module")
def ray_shards(cluster: str, inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``saywho extract --engine ray --address`` in its own process, joining the cluster above."""
    folder = tmp_path_factory.mktemp("ray-shards") / "batch"
    result = subprocess.run(
        [sys.executable, "-m", "saywho.cli", "extract", *inputs, "--engine", "ray", "--address", cluster,
         "--workers", "2", "--shards", str(folder)],
        capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 1, result.stderr  # 1: the empty file failed, as it must
    assert "1 failed" in result.stdout and "1 shard(s)" in result.stdout, result.stdout
    return folder


def rows(items: list[Article | IngestError]) -> list[dict]:
    return [shards.to_row(item, n) for n, item in enumerate(items)]


def test_ray_in_process_gives_the_local_records(cluster: str, local_records: list) -> None:
    remote = list(ray_engine.extract(read_inputs([str(SEED)]), "fast", workers=2))
    assert rows(remote) == rows([item for item in local_records if isinstance(item, Article)][:1])
    assert remote[0].statements and remote[0].events  # the comparison covered real records


def test_ray_cli_gives_the_local_records(ray_shards: Path, local_records: list) -> None:
    from_ray = list(shards.read_shards(ray_shards))
    assert rows(from_ray) == rows(local_records)
    failed = [item for item in from_ray if isinstance(item, IngestError)]
    assert len(failed) == 1 and failed[0].origin.endswith("empty.txt")


def test_polnear_dev_ten_articles_compared(polnear_dev: Path, ray_shards: Path, local_records: list) -> None:
    def polnear(items: list) -> list[Article]:
        return [item for item in items if isinstance(item, Article) and "polnear-dev-10" in (item.origin or "")]

    from_ray = polnear(list(shards.read_shards(ray_shards)))
    assert len(from_ray) == 10
    assert sum(len(a.statements) for a in from_ray) > 10
    assert rows(from_ray) == rows(polnear(local_records))


# -- saywho load --------------------------------------------------------------------------------------

@pytest.fixture(params=DATABASES)
def two_stores(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """Two fresh, empty databases of one kind: one for ingest, one for load."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ingested.db'}", f"sqlite:///{tmp_path / 'loaded.db'}"
        return
    with postgres_databases(request.getfixturevalue("postgres_url")) as make:
        yield make(), make()


def contents(url: str) -> dict[str, list[str]]:
    """Every row that extraction wrote, as sorted JSON (ids, timestamps and serial keys left out)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                table.name: sorted(
                    json.dumps({k: v for k, v in row.items() if k not in IGNORED.get(table.name, ())},
                               sort_keys=True, default=str)
                    for row in conn.execute(select(table)).mappings())
                for table in (getattr(schema, name) for name in TABLES if hasattr(schema, name))
            }
    finally:
        engine.dispose()


def test_load_gives_the_store_ingest_gives(ray_shards: Path, inputs: list[str], local_records: list,
                                           two_stores: tuple[str, str]) -> None:
    ingested, loaded = two_stores
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", *inputs, "--db", ingested, "-q", "--workers", "1"])
    assert result.exit_code == 1 and "1 failed" in result.output, result.output
    result = runner.invoke(app, ["load", str(ray_shards), "--db", loaded])
    articles = sum(isinstance(item, Article) for item in local_records)
    assert result.exit_code == 1 and f"{articles} article(s) added, 0 already stored, 1 failed" in result.output
    expected = contents(ingested)
    assert len(expected["articles"]) == articles and expected["attributions"] and expected["actors"]
    if "statement_links" in expected:  # the wire copy joined the example's story, its statements linked
        assert len(expected["stories"]) == articles - 1 and expected["statement_links"]
    assert contents(loaded) == expected

    again = runner.invoke(app, ["load", str(ray_shards), "--db", loaded])  # re-loading is safe
    assert f"0 article(s) added, {articles} already stored" in again.output
    assert contents(loaded)["articles"] == expected["articles"]


def test_load_isolates_a_bad_record_and_a_bad_shard(tmp_path: Path, local_records: list) -> None:
    good = [item for item in local_records if isinstance(item, Article)][:1]
    bad = Article(id="nul", text="He said \x00 nothing.", origin="bad.txt")
    folder = tmp_path / "shards"
    with shards.ShardWriter(folder, rows=2) as writer:
        for item in [bad, *good]:
            writer.write(item)
    (folder / "part-00009.parquet").write_bytes(b"not parquet")
    url = f"sqlite:///{tmp_path / 'store.db'}"
    result = CliRunner().invoke(app, ["load", str(folder), "--db", url])
    assert result.exit_code == 1
    assert "1 article(s) added, 0 already stored, 2 failed" in result.output
    assert "bad.txt: text contains" in result.output and "part-00009.parquet: unreadable shard" in result.output
    assert len(contents(url)["articles"]) == 1


@pytest.mark.postgres
def test_a_batch_postgresql_refuses_is_saved_one_by_one(tmp_path: Path, local_records: list, fresh_postgres) -> None:
    """COPY fails for the whole batch on one row too long for its column; the others are still stored."""
    from saywho.store import Store

    articles = [item for item in local_records if isinstance(item, Article)]
    if len(articles) < 2:
        articles = articles + [Article(id="second", text="The minister said: \"We will build it.\"", origin="2.txt")]
    articles = [shards.from_row(shards.to_row(a, 0)) for a in articles]  # copies: the fixture stays as it is
    broken = articles[0]
    assert broken.attributions
    broken.attributions[0].kind = "k" * 40  # varchar(10) on PostgreSQL
    broken.url, broken.text = None, broken.text + f" {secrets.token_hex(8)}"  # not stored by another test
    postgres_url = fresh_postgres()
    store = Store(postgres_url)
    before = len(contents(postgres_url)["articles"])
    result = shards.load(store, articles)
    assert result.added + result.unchanged == len(articles) - 1
    assert len(result.errors or []) == 1 and "refused" in result.errors[0].problem  # type: ignore[index]
    assert len(contents(postgres_url)["articles"]) == before + result.added


def test_ingest_on_ray_gives_the_store_ingest_gives(cluster: str, tmp_path: Path) -> None:
    """``ingest --engine ray`` (in this process, so on the cluster above) stores what the local engine stores,
    and a second run finds everything stored before any parsing."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "example.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "wire-copy.txt").write_text(SEED.read_text(encoding="utf-8") + "\nBy AP.\n", encoding="utf-8")
    local, on_ray = (f"sqlite:///{tmp_path / name}" for name in ("local.db", "ray.db"))
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(folder), "--db", local, "-q", "--workers", "1"])
    assert first.exit_code == 0 and "2 article(s) added" in first.output, first.output
    result = runner.invoke(app, ["ingest", str(folder), "--db", on_ray, "-q", "--engine", "ray", "--workers", "2"])
    assert result.exit_code == 0 and "2 article(s) added" in result.output, result.output
    assert contents(on_ray) == contents(local)
    again = runner.invoke(app, ["ingest", str(folder), "--db", on_ray, "-q", "--engine", "ray"])
    assert "0 article(s) added, 2 already stored" in again.output
