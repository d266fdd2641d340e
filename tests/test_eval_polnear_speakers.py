"""The resolved-speaker gold of PolNeAR dev and its scorer (``saywho eval speakers --gold polnear-dev``)."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from saywho.eval.polnear_speakers import (
    POLNEAR_DEV,
    POLNEAR_SPEAKER_GOLD,
    SystemAttribution,
    check_gold,
    error_classes,
    read_gold,
    read_texts,
    score_article,
    source_form,
)

needs_data = pytest.mark.skipif(not POLNEAR_DEV.exists(),
                                reason="../shared/data/polnear is absent (PolNeAR's texts are never shipped)")


# --- the shipped gold -----------------------------------------------------------------------------------


def test_gold_holds_labels_not_text() -> None:
    lines = read_gold(POLNEAR_SPEAKER_GOLD)
    assert len(lines) == 84
    assert sum(len(line["speakers"]) for line in lines) == 2066
    for line in lines:
        assert set(line) == {"id", "speakers"}
        for item in line["speakers"]:
            assert set(item) == {"attribution", "source", "check", "name", "type", "mention"}
            assert re.fullmatch(r"[0-9a-f]{12}", item["check"])
    raw = POLNEAR_SPEAKER_GOLD.read_text(encoding="utf-8")
    assert '"text"' not in raw and '"content"' not in raw
    assert not (POLNEAR_SPEAKER_GOLD.parent / "polnear_dev").exists()  # the annotators' parts are merged


@needs_data
def test_checker_passes_on_the_shipped_gold() -> None:
    records = read_texts()
    assert check_gold(read_gold(POLNEAR_SPEAKER_GOLD), records) == []
    sourced = sum(1 for r in records for a in r["attributions"] if a.get("source"))
    assert sourced == 2066  # every attribution with a source has its speaker


@needs_data
def test_checker_catches_what_is_wrong() -> None:
    records = read_texts()
    line = read_gold(POLNEAR_SPEAKER_GOLD)[0]
    first, second, *rest = line["speakers"]
    moved = {**first, "source": [[first["source"][0][0] + 1, first["source"][0][1]]]}
    stale = {**second, "check": "0" * 12, "type": "thing", "name": " "}
    outside = {**rest[0], "mention": [0, 10 ** 6]}
    problems = check_gold([{**line, "speakers": [moved, stale, outside]}], records)
    text = "\n".join(problems)
    assert "is not PolNeAR's" in text and "fingerprint" in text and "speaker type 'thing'" in text
    assert "no speaker name" in text and "outside the text" in text
    assert f"{line['id']} {rest[1]['attribution']}: attribution with a source has no speaker label" in text
    assert "article not in the gold" in text  # the other 83 articles


# --- the scorer on a real dev article, with a known small system output -----------------------------------


@needs_data
def test_scorer_gives_known_numbers_on_a_real_article() -> None:
    record = read_texts()[0]
    line = read_gold(POLNEAR_SPEAKER_GOLD)[0]
    gold = {a["id"]: a for a in record["attributions"]}
    # The real gold line: E1/E2 "The New York Post" (organisation, named), E3 "sources" (group), E4 "a source",
    # E5/E6 "another source" (nominal, described).
    assert [(s["attribution"], s["name"], s["type"]) for s in line["speakers"]] == [
        ("E1", "The New York Post", "organisation"), ("E2", "The New York Post", "organisation"),
        ("E3", "sources", "group"), ("E4", "a source", "nominal"), ("E5", "another source", "nominal"),
        ("E6", "another source", "nominal")]

    def content(key: str, trim: int = 0) -> list[tuple[int, int]]:
        start, end = gold[key]["content"][0]
        return [(start + trim, end - trim)]

    def cue(key: str) -> tuple[int, int]:
        start, end = gold[key]["cue"][0]
        return (start, end)

    system = [
        SystemAttribution(content("E1"), None, "Hillary Clinton"),  # same content, no cue: loses to the next
        SystemAttribution(content("E1", trim=5), cue("E1"), "New York Post"),  # right (cue and content)
        SystemAttribution(content("E2"), cue("E2"), "Hillary Clinton"),  # wrong speaker
        # E3 not found
        SystemAttribution([(0, 20)], cue("E4"), "a source"),  # content elsewhere: matched by its cue, right
        SystemAttribution(content("E5"), cue("E5"), "sources"),  # wrong: the group, not the one source
        SystemAttribution(content("E6"), cue("E6"), "another source"),  # right
    ]
    score = score_article(record, line, system)
    summary = score.summary()
    assert (summary["gold attributions"], summary["matched"], summary["system attributions"]) == (6, 5, 6)
    assert summary["coverage"] == 0.833 and summary["resolved-speaker accuracy"] == 0.6
    rows = score.breakdown()
    assert rows["type organisation"] == {"gold": 2, "matched": 2, "right": 1, "coverage": 1.0, "accuracy": 0.5}
    assert rows["type group"] == {"gold": 1, "matched": 0, "right": 0, "coverage": 0.0, "accuracy": None}
    assert rows["type nominal"] == {"gold": 3, "matched": 3, "right": 2, "coverage": 1.0, "accuracy": 0.667}
    assert rows["form name"]["right"] == 1 and rows["form description"]["matched"] == 3
    assert [w["attribution"] for w in score.wrong] == ["E2", "E5"]
    assert [m["attribution"] for m in score.misses] == ["E3"]
    assert error_classes(score)["attribution not found (group)"] == 1


@needs_data
def test_the_product_on_a_real_article(nlp) -> None:
    from saywho.eval.polnear_speakers import evaluate

    lines = read_gold(POLNEAR_SPEAKER_GOLD)[:1]
    score = evaluate(lines, read_texts(), nlp)
    assert score.total.gold == 6 and score.system > 0
    assert 0 < score.total.matched <= 6 and score.total.right <= score.total.matched


@needs_data
def test_an_article_the_product_cannot_read_is_counted_as_failed(nlp) -> None:
    """Session 53: a failed extraction had been scored as an article with no attributions, silently."""
    from saywho.eval.polnear_speakers import evaluate

    lines = read_gold(POLNEAR_SPEAKER_GOLD)[:2]
    records = {str(r["id"]): r for r in read_texts()}
    long = {**records[str(lines[0]["id"])]}
    long["text"] = long["text"] + " " * 1_000_001  # past the product's limit: refused, and the others go on
    score = evaluate(lines, [long, records[str(lines[1]["id"])]], nlp)
    assert len(score.failed) == 1 and score.failed[0].startswith(f"polnear/{long['id']}: text is 1,00")
    assert score.summary()["failed articles"] == 1 and score.articles == 2 and score.system > 0


def test_source_form() -> None:
    text = ("Officials said it was late. Trump said so. The Republican nominee said no. He said it. "
            "Rendell, a Clinton surrogate, said yes. Apple's chief executive, Tim Cook, said so. "
            "A web video by the Republican National Committee says so. the officials agreed.")

    def form(phrase: str) -> str:
        start = text.index(phrase)
        return source_form(text, (start, start + len(phrase)))

    assert form("Officials") == "description"  # "officials" also occurs in lower case
    assert form("Trump") == "name"
    assert form("The Republican nominee") == "description"
    assert form("He") == "pronoun"
    assert form("Rendell, a Clinton surrogate,") == "name"
    assert form("Apple's chief executive, Tim Cook,") == "name"
    assert form("A web video by the Republican National Committee") == "description"


def test_cli_stops_on_a_missing_polnear_file(tmp_path) -> None:
    from saywho.cli import app

    result = CliRunner().invoke(app, ["eval", "speakers", "--gold", "polnear-dev", "--data",
                                      str(tmp_path / "missing.jsonl"), "--format", "json"])
    assert result.exit_code == 1  # a clean error, not a traceback
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_cli_refuses_a_test_split_of_polnear_dev() -> None:
    from saywho.cli import app

    result = CliRunner().invoke(app, ["eval", "speakers", "--gold", "polnear-dev", "--split", "test"])
    assert result.exit_code == 2


def test_cli_json_shape_is_stable() -> None:
    # the JSON keys a user scripts against (no model run: the summary of an empty score)
    from saywho.eval.polnear_speakers import PolnearSpeakerScore

    summary = PolnearSpeakerScore().summary()
    assert json.loads(json.dumps(summary)) == {
        "articles": 0, "gold attributions": 0, "system attributions": 0, "matched": 0, "coverage": None,
        "resolved-speaker accuracy": None, "right / gold": None, "failed articles": 0}


# --- the train articles' gold (session 7) -----------------------------------------------------------------


def test_train_gold_holds_labels_of_a_fixed_sample_with_a_frozen_third() -> None:
    import hashlib

    from saywho.eval.polnear_speakers import POLNEAR_TRAIN_SPEAKER_GOLD, train_split_of

    lines = read_gold(POLNEAR_TRAIN_SPEAKER_GOLD)
    ids = [line["id"] for line in lines]
    assert len(ids) == len(set(ids)) == 840  # ten batches of 80 and one of 40: all of train
    assert ids == sorted(ids, key=lambda i: hashlib.sha1(i.encode()).hexdigest())  # the sample's order
    assert sum(len(line["speakers"]) for line in lines) == 18361
    raw = POLNEAR_TRAIN_SPEAKER_GOLD.read_text(encoding="utf-8")
    assert '"text"' not in raw and '"content"' not in raw
    test = [i for i in ids if train_split_of(i) == "test"]
    assert 0.25 < len(test) / len(ids) < 0.42 and train_split_of(test[0]) == "test"


@pytest.mark.skipif(not POLNEAR_DEV.with_name("train.jsonl").exists(), reason="../shared/data/polnear is absent")
def test_checker_passes_on_the_train_gold_against_the_articles_it_samples() -> None:
    from saywho.eval.polnear_speakers import POLNEAR_TRAIN, POLNEAR_TRAIN_SPEAKER_GOLD, gold_records

    lines = read_gold(POLNEAR_TRAIN_SPEAKER_GOLD)
    records = read_texts(POLNEAR_TRAIN)
    assert check_gold(lines, gold_records(lines, records)) == []
    assert check_gold(lines[:3], gold_records(lines[:3], records)) == []  # a part checks alone
