"""The learned event model's machinery: the PETRARCH2 verb table, stable features, a real fit on labelled
sentences written here, a save/load round trip, and the events component using a model."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from saywho.events import examples
from saywho.events import model as event_model
from saywho.events import training as event_training
from saywho.events.model import CLASSES, EventModel, Thresholds, verb_roots

SENTENCES = [
    ("President Obama criticized Russia over its actions in Syria.", "criticized", "ACCUSE"),
    ("The French president met German Chancellor Angela Merkel in Berlin on Monday.", "met", "CONSULT"),
    ("Chinese police arrested dozens of protesters in Hong Kong.", "arrested", "COERCE"),
    ("The Iranian government praised Turkey for its help.", "praised", "SUPPORT"),
    ("Israeli jets bombed targets in Gaza overnight.", "bombed", "ASSAULT"),
    ("The weather in London was mild all week.", None, None),
]


def test_petrarch_verb_table_gives_cameo_roots():
    table = verb_roots()
    assert len(table) > 1000
    assert table["meet"][0] == "04"
    assert table["praise"][0] == "05"
    assert table["criticize"][0] == "11"
    assert table["threaten"][0] == "13"
    assert table["endorse"][0] == "05"  # a word with its own code inside a block of synonyms


def test_features_are_hashed_the_same_in_every_process():
    # Python's hash() of a str changes per process; the shipped weights need crc32
    assert event_model.hashed(["l=meet", "bias"]) == [1610030695 & ((1 << event_model.HASH_BITS) - 1),
                                                      1116170843 & ((1 << event_model.HASH_BITS) - 1)]


def _sentences(nlp) -> list[examples.Sentence]:
    result = []
    for text, trigger, category in SENTENCES:
        doc = nlp(text)
        start = text.index(trigger) if trigger else 0
        row = {"source": "written", "doc": text[:20], "start": 0, "end": len(text), "split": "train", "events": [
            {"event": category, "trigger": [start, start + len(trigger)], "source": None, "target": None}
        ] if trigger else []}
        result.extend(examples._sentences(doc, 0, [row]))
    return result


def test_a_fit_learns_the_labelled_triggers_and_survives_a_round_trip(nlp, tmp_path: Path):
    sentences = _sentences(nlp)
    labelled = {c.token.text: c.label for s in sentences for c in s.candidates if c.label != "NONE"}
    assert labelled == {"criticized": "ACCUSE", "met": "CONSULT", "arrested": "COERCE", "praised": "SUPPORT",
                        "bombed": "ASSAULT"}
    model = event_training.fit(sentences, c=10.0, thresholds=Thresholds(drop=0.5, relabel=0.6, add=0.5))
    for sentence in sentences:
        for candidate in sentence.candidates:
            probs = candidate.probabilities(model)
            assert CLASSES[int(probs.argmax())] == candidate.label, candidate.token.text
    model.save(tmp_path)
    again = EventModel.load(tmp_path)
    token = next(c.token for s in sentences for c in s.candidates if c.token.text == "met")
    assert np.allclose(again.probabilities(token, None), model.probabilities(token, None), atol=1e-2)
    assert json.loads((tmp_path / "model.json").read_text())["classes"] == list(CLASSES)


def test_the_events_component_lets_the_model_drop_and_add(nlp):
    sentences = _sentences(nlp)
    model = event_training.fit(sentences, c=10.0, thresholds=Thresholds(drop=0.5, relabel=0.6, add=0.5))
    component = nlp.get_pipe("saywho_events")
    saved, component.model = component.model, model
    try:
        doc = nlp("The weather in London was mild all week. Chinese police arrested dozens of protesters.")
    finally:
        component.model = saved
    found = [(e.category, e.evidence.text) for e in doc._.saywho_events]
    assert found == [("COERCE", "arrested")]


def test_weights_from_other_settings_are_refused(tmp_path: Path, nlp):
    model = event_training.fit(_sentences(nlp), c=1.0, thresholds=Thresholds())
    model.save(tmp_path)
    meta = json.loads((tmp_path / "model.json").read_text())
    meta["hash_bits"] = 12
    (tmp_path / "model.json").write_text(json.dumps(meta))
    with pytest.raises(ValueError, match="retrain"):
        EventModel.load(tmp_path)



PERU = ("Peru's Congress voted to remove President Julio Mendoza on Wednesday. "  # a name no dictionary knows
        "Soldiers detained Mendoza as he travelled through the capital.")


def _reader(nlp, text: str):
    from saywho.attribution import speakers
    from saywho.events.reader import Reader

    component = nlp.get_pipe("saywho_events")
    saved, component.model = component.model, None
    try:
        doc = nlp(text)
    finally:
        component.model = saved
    return Reader(doc, list(doc._.saywho_attributions or []), speakers.Register(doc))


def test_words_the_rules_could_not_give_roles_get_them_from_the_parse_and_the_story(nlp):
    from saywho.events import coding

    reader = _reader(nlp, PERU)
    detained = next(t for t in reader.doc if t.text == "detained")
    assert detained.i not in {f.verb.i for f in coding.rule_events(reader)}  # "Soldiers": no country, no event
    assert coding.lexical_reading(reader, detained) == "COERCE"  # but the verb tables know the word
    assert coding.added(reader, detained, "COERCE", fallback=False) is None
    item = coding.added(reader, detained, "COERCE", fallback=True)
    assert item is not None and (item.source.country, item.target.country) == ("PER", "PER")
    assert item.confidence == 0.5
    # with a dateline, the rules place the story's unnamed forces themselves; unnamed police, crowds and workers
    # they place by the story's country even without one (forces may be another state's)
    for text in ("LIMA, Dec 7 (Reuters) - " + PERU, PERU.replace("Soldiers", "Police")):
        reader = _reader(nlp, text)
        detained = next(t for t in reader.doc if t.text == "detained")
        found = [f for f in coding.rule_events(reader) if f.verb.i == detained.i]
        assert [(f.source.country, f.category) for f in found] == [("PER", "COERCE")], text


def test_the_rules_reading_and_the_word_tables_are_features(nlp):
    reader = _reader(nlp, "Chinese police arrested dozens of protesters in Hong Kong.")
    from saywho.events import coding

    (found,) = coding.rule_events(reader)
    reading = event_model.reading_of(found)
    assert reading[0] == "COERCE" and any(value.startswith("s=") for value in reading)
    names = event_model.features(found.verb, reading)
    assert "r=COERCE" in names and any(n.startswith("r0=COERCE|s=") for n in names)
    other = next(t for t in reader.doc if t.text == "dozens")
    assert not any(n.startswith("u=") for n in event_model.features(other, None, None))
    assert "u=COERCE" in event_model.features(found.verb, None, "COERCE")


def test_a_repeated_feature_counts_once_as_in_training(nlp):
    sentences = _sentences(nlp)
    model = event_training.fit(sentences, c=1.0, thresholds=Thresholds())
    column = next(iter(model.rows))
    vector = np.zeros(len(model.dense_w), dtype=np.float32)
    assert np.allclose(model.probabilities_of([column, column], vector), model.probabilities_of([column], vector))


def test_the_shipped_model_can_be_swapped_for_a_candidate(tmp_path: Path, nlp, monkeypatch):
    model = event_training.fit(_sentences(nlp), c=1.0, thresholds=Thresholds(parse_roles=True))
    model.save(tmp_path)
    event_model.shipped.cache_clear()
    try:
        monkeypatch.setenv("SAYWHO_EVENTS_MODEL", str(tmp_path))
        assert event_model.shipped().thresholds.parse_roles is True
        event_model.shipped.cache_clear()
        monkeypatch.setenv("SAYWHO_EVENTS_MODEL", "none")
        assert event_model.shipped() is None
    finally:
        event_model.shipped.cache_clear()


def test_a_trimming_model_keeps_each_sentence_s_likeliest_rule_event(nlp):
    model = event_training.fit(_sentences(nlp), c=10.0, thresholds=Thresholds(drop=0.0, relabel=1.01, add=0.5))
    none_likely, less_likely = np.array([0.9] + [0.1 / 16] * 16), np.array([0.6] + [0.4 / 16] * 16)
    assert model.decide_sentence([(none_likely, "ACCUSE"), (less_likely, "CONSULT")]) == [None, None]
    model.thresholds = Thresholds(drop=0.0, relabel=1.01, add=0.5, keep_one=True, empty_only=True)
    assert model.decide_sentence([(none_likely, "ACCUSE"), (less_likely, "CONSULT")]) == [None, "CONSULT"]
    assert model.may_add(0) and not model.may_add(1)
    assert event_training.trims(model.thresholds) and not event_training.keeps_rules(model.thresholds)


def test_the_learned_check_is_the_default_and_none_leaves_the_rules_alone(monkeypatch):
    from saywho.pipeline import load_nlp

    event_model.shipped.cache_clear()
    try:
        monkeypatch.delenv("SAYWHO_EVENTS_MODEL", raising=False)
        model = event_model.shipped()
        assert model is not None and model.meta["family"] == "best"
        assert model.meta["cross_validation"]["cv_model"]["records_plover_style"]["records"] > 1500
        # a sentence of the records' kind (written for this test) that the rules miss and the model fills: the
        # request refused is an act of its own, its roles given by the learned rankers (Moscow asked Kyrgyzstan)
        nlp = load_nlp("fast")
        doc = nlp("Kyrgyzstan nixed a request from Moscow to station more fighter jets at the Kant air base.")
        found = [(e.category, e.source.country, e.target.country if e.target else None) for e in doc._.saywho_events]
        assert ("REQUEST", "RUS", "KGZ") in found
        # "turned down a request", which the model filled before, the rules read themselves since session 61
        doc = nlp("Kyrgyzstan turned down a request from Moscow to station more fighter jets at the Kant air base.")
        found = [(e.category, e.source.country, e.target.country if e.target else None) for e in doc._.saywho_events]
        assert found[0] == ("REJECT", "KGZ", "RUS")
        event_model.shipped.cache_clear()
        monkeypatch.setenv("SAYWHO_EVENTS_MODEL", "none")
        assert event_model.shipped() is None
    finally:
        event_model.shipped.cache_clear()


def test_training_never_chooses_settings_that_change_the_seed_events(nlp):
    # the seed article's seven events, and no other, are a requirement: settings that drop or add are refused
    allowed = event_training.SeedKeeper(_sentences(nlp), nlp, lambda message: None)
    finals = allowed.finals
    config = (1.0, False, 1.0)
    # the rules alone keep all seven and add the one optional eighth, Trump's plan to speak to Putin again (an
    # intent to meet, CAMEO 036: AGREE), which is allowed
    assert allowed(config, Thresholds(drop=1.01, relabel=1.01, add=1.01))
    assert not allowed(config, Thresholds(drop=0.0, relabel=1.01, add=1.01))  # dropping every rule event
    assert not allowed(config, Thresholds(drop=0.5, relabel=1.01, add=1.01))  # dropping those the model doubts
    assert set(finals) == {config}  # one fit per model setting, reused for every threshold
    # what the refused settings lost and gained is counted, for the error that names it; the optional reading
    # the rules alone give is no gain
    assert allowed.misses["lost REJECT by Vladimir Putin"] >= 1
    assert allowed.misses["gained AGREE by Donald Trump"] == 0


def test_the_seed_allows_only_its_one_optional_reading():
    seven = set(event_training.SEED_EVENTS)
    assert event_training.seed_kept(seven) and event_training.seed_kept(seven | {("AGREE", "Donald Trump")})
    assert not event_training.seed_kept(seven | {("REQUEST", "Vladimir Putin")})
    assert not event_training.seed_kept(seven - {("CONSULT", "Donald Trump")} | {("AGREE", "Donald Trump")})


def test_training_that_cannot_keep_the_seed_says_what_the_seed_lost_and_gained(nlp):
    def refuse_all(config, thresholds):
        return False
    refuse_all.misses = Counter({"lost CONSULT by Donald Trump": 12, "gained AGREE by Donald Trump": 30})
    with pytest.raises(ValueError, match=r"most often it gained AGREE by Donald Trump \(30 settings\); lost "
                                         r"CONSULT by Donald Trump \(12 settings\)"):
        event_training.cross_validate(_sentences(nlp), 2, lambda message: None, refuse_all)
