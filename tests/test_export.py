"""Exports (GDELT 2.0 columns, GKG quotations, CSV, JSON Lines, Parquet) and the PLOVER evaluation."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from saywho.formats.export import GDELT_COLUMNS, GKG_COLUMNS, actor_profile, export, relations
from saywho.pipeline import process
from saywho.store import Store

PLOVER_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "plover" / "dev.jsonl"


@pytest.fixture
def store(nlp, seed_text: str, sqlite_url: str) -> Store:
    from saywho.model import Article

    store = Store(sqlite_url)
    (article,) = process([Article(id="seed", text=seed_text, url="https://example.org/seed",
                                  published="2025-09-05")], nlp=nlp)
    store.save(article)
    return store


def test_gdelt_columns_are_gdelt_2_order() -> None:
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:7] == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name"]
    assert GDELT_COLUMNS[15] == "Actor2Code"
    assert GDELT_COLUMNS[25:31] == ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale"]
    assert GDELT_COLUMNS[35] == "Actor1Geo_Type" and GDELT_COLUMNS[51] == "ActionGeo_Type"
    assert GDELT_COLUMNS[-2:] == ["DATEADDED", "SOURCEURL"]


def test_gdelt_event_export(store: Store) -> None:
    handle = io.StringIO()
    count = export(store, "gdelt", "events", None, handle)
    rows = [line.split("\t") for line in handle.getvalue().splitlines()]
    assert count == len(rows) > 0
    assert all(len(row) == 61 for row in rows)
    row = dict(zip(GDELT_COLUMNS, rows[0], strict=True))
    assert (row["SQLDATE"], row["MonthYear"], row["Year"]) == ("20250905", "202509", "2025")
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["EventRootCode"]) == ("RUSGOV", "RUS", "12")
    assert row["EventCode"] == "120" and row["QuadClass"] == "3"
    assert row["SOURCEURL"] == "https://example.org/seed"


def test_gkg_quotations_field(store: Store) -> None:
    handle = io.StringIO()
    export(store, "gdelt", "attributions", None, handle)
    (line,) = handle.getvalue().splitlines()
    record = dict(zip(GKG_COLUMNS, line.split("\t"), strict=True))
    assert re.fullmatch(r"\d{14}-0", record["GKGRECORDID"]) and record["V2DOCUMENTIDENTIFIER"].endswith("/seed")
    quotations = record["V2.1QUOTATIONS"].split("#")
    offset, length, verb, quote = quotations[0].split("|")
    text = store.article("seed").text
    assert text[int(offset): int(offset) + int(length)] == quote == "by land, sea or air"
    assert verb == "stated"


def test_jsonl_csv_and_parquet(store: Store, tmp_path: Path) -> None:
    handle = io.StringIO()
    export(store, "jsonl", "events", None, handle)
    events = [json.loads(line) for line in handle.getvalue().splitlines()]
    assert {"category", "source", "target", "cameo", "evidence", "attribution_id"} <= set(events[0])
    out = tmp_path / "actors.csv"
    export(store, "csv", "actors", out, io.StringIO())
    names = {row["name"] for row in csv.DictReader(out.open(encoding="utf-8"))}
    assert {"Vladimir Putin", "Russian government", "European countries"} <= names
    parquet = tmp_path / "attributions.parquet"
    count = export(store, "parquet", "attributions", parquet, io.StringIO())
    import pyarrow.parquet as pq

    assert pq.read_table(parquet).num_rows == count > 0


def test_actor_profile_and_relations(store: Store) -> None:
    profile = actor_profile(store, "Peskov")
    assert profile["actor"].id == "dmitry-peskov"
    assert profile["did"][("SUPPORT", "Donald Trump")] == 1
    assert profile["did"][("ACCUSE", "European countries")] == 1
    names, cells = relations(store)
    assert cells[("Dmitry Peskov", "Donald Trump")] == (1, 0)
    assert cells[("Dmitry Peskov", "European countries")] == (0, 1)


def test_eval_plover_on_the_dev_set(nlp) -> None:
    if not PLOVER_DEV.exists():
        pytest.skip(f"PLOVER dev data not found at {PLOVER_DEV} (it lives in ../shared/data, outside the project)")
    from saywho.eval.plover import read_records, score_plover

    summary = score_plover(list(read_records(PLOVER_DEV)), nlp).summary()
    assert summary["records"] == 161
    assert summary["type_match"] >= 0.75 and summary["full_match"] >= 0.45  # measured: see docs/accuracy.md
    assert summary["extra_per_record"] <= 0.25


def test_eval_plover_scores_past_a_record_the_pipeline_fails_on(nlp, capsys) -> None:
    from saywho.eval.plover import score_plover

    records = [{"id": "bad", "text": 42, "event": "REJECT"},  # a number where the sentence belongs
               {"id": "good", "text": "Russia rejected the Ukrainian proposal on Monday.", "event": "REJECT",
                "source": "RUS", "target": "UKR"}]
    summary = score_plover(records, nlp).summary()
    assert summary["records"] == 2 and summary["full_match"] == 0.5
    assert "bad: the pipeline failed" in capsys.readouterr().err


def test_cli_export_and_actors_import(store: Store, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from saywho.cli import app

    runner = CliRunner()
    out = tmp_path / "events.tsv"
    result = runner.invoke(app, ["export", "--format", "gdelt", "--db", store.url, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert all(len(line.split("\t")) == 61 for line in out.read_text(encoding="utf-8").splitlines())
    dictionary = tmp_path / "actors.csv"
    dictionary.write_text("name,aliases,country,sector,type,title\nSergei Lavrov,Lavrov,RUS,GOV,person,\n", encoding="utf-8")
    result = runner.invoke(app, ["actors", "import", str(dictionary), "--db", store.url])
    assert result.exit_code == 0 and "1 actor(s) imported" in result.output
    assert runner.invoke(app, ["relations", "--db", store.url]).exit_code == 0
    assert "SUPPORT" in runner.invoke(app, ["actor", "Peskov", "--db", store.url]).output


def test_gdelt_geography_and_full_event_codes(nlp, sqlite_url: str) -> None:
    from saywho.model import Article

    store = Store(sqlite_url)
    (article,) = process([Article(id="basra", text="Iraqi police arrested 40 protesters in Basra on Monday.",
                                  published="2025-10-06")], nlp=nlp)
    store.save(article)
    handle = io.StringIO()
    export(store, "gdelt", "events", None, handle)
    (line,) = handle.getvalue().splitlines()
    row = dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True))
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("173", "173", "17")
    # the arrest happened in a world city (type 4), in Iraq (FIPS IZ), with GeoNames coordinates
    assert (row["ActionGeo_Type"], row["ActionGeo_CountryCode"]) == ("4", "IZ")
    assert row["ActionGeo_ADM1Code"].startswith("IZ") and row["ActionGeo_FeatureID"].isdigit()
    assert 29 < float(row["ActionGeo_Lat"]) < 38 and 38 < float(row["ActionGeo_Long"]) < 49
    # the police are placed in their country (type 1), at GDELT's centroid for it
    assert (row["Actor1Geo_Type"], row["Actor1Geo_CountryCode"], row["Actor1Geo_Lat"]) == ("1", "IZ", "33.0")
