"""The learned target ranker: its choices and paths on real parses, a real fit on sentences written here that
overrules the rules where the labels say so, a save/load round trip, and the events component using it."""

from __future__ import annotations

from pathlib import Path

import pytest

from saywho.events import examples, target_training
from saywho.events.targets import TargetModel, choices, code_of, path, shipped


def _events(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.category, code_of(e.source), code_of(e.target)) for e in nlp(text)._.saywho_events]


def test_the_path_from_trigger_to_actor_carries_prepositions(nlp):
    doc = nlp("Greece accused Turkey of violating its airspace.")
    accused = next(t for t in doc if t.text == "accused")
    assert path(accused, next(t for t in doc if t.text == "Turkey")) == ("|dobj", 1)
    assert path(accused, next(t for t in doc if t.text == "Greece")) == ("|nsubj", 1)
    doc = nlp("Kenyan teachers protested against the government in Nairobi.")
    protested = next(t for t in doc if t.text == "protested")
    assert path(protested, next(t for t in doc if t.text == "government"))[0] == "|prepvpobj:against"


def test_each_code_is_one_choice_with_the_source_s_own_state_and_exactly_one_rule_choice(nlp):
    from saywho.attribution import speakers
    from saywho.events.coding import rule_events
    from saywho.events.reader import Reader

    doc = nlp("Moroccan doctors marched in Rabat on Monday to protest against cuts ordered by the IMF, "
              "a union official said.")
    reader = Reader(doc, list(doc._.saywho_attributions or []), speakers.Register(doc))
    item = next(f for f in rule_events(reader) if f.category == "PROTEST")
    found = choices(reader, item.verb, item.target, item.source)
    codes = [code_of(c.actor) for c in found]
    assert codes.count("MAR") == 1 and "IGO" in codes and codes[-1] in (None, code_of(item.target))
    assert sum(c.rule for c in found) == 1
    home = next(c for c in found if code_of(c.actor) == "MAR")
    assert home.token is None  # the source's own state, not the word that names the source


SENTENCES = [  # (text, trigger, category, gold target codes): labels that say "no target" where the rules name one
    ("Kenyan teachers went on strike on Monday over unpaid wages.", "strike", "PROTEST", []),
    ("Peruvian miners blocked a highway to protest a new mining tax.", "protest", "PROTEST", []),
    ("Thousands of Moroccan doctors marched in Rabat to demand higher pay.", "marched", "PROTEST", []),
    ("Nigerian nurses staged a strike in Lagos over unpaid salaries.", "strike", "PROTEST", []),
]


def _groups(nlp) -> list[target_training.Group]:
    sentences = []
    for text, trigger, category, codes in SENTENCES:
        doc = nlp(text)
        start = text.index(trigger)
        target = [{"actorText": "x", "code": code} for code in codes] or None
        row = {"source": "records", "doc": text[:24], "start": 0, "end": len(text), "split": "train", "events": [
            {"event": category, "trigger": [start, start + len(trigger)], "source": None, "target": target}]}
        sentences.extend(examples._sentences(doc, 0, [row]))
    return target_training.groups(sentences)


def test_a_fit_overrules_the_rules_where_the_labels_do_and_survives_a_round_trip(nlp, tmp_path: Path):
    groups = [g for g in _groups(nlp) if g.gold is not None]
    assert len(groups) == len(SENTENCES)
    assert all(target_training.chosen(g, None) is not None for g in groups)  # the rules aim at the home state
    model = target_training.fit(groups, c=10.0, margin=0.0)
    assert [target_training.chosen(g, model) for g in groups] == [None] * len(groups)
    assert target_training.measure(groups, model)["records"] == len(SENTENCES)
    model.save_to(tmp_path)
    loaded = TargetModel.load(tmp_path)
    assert [loaded.score(cols) for g in groups for cols in g.columns] == pytest.approx(
        [model.score(cols) for g in groups for cols in g.columns], abs=1e-5)
    never = TargetModel(model.weights, 99.0, {})  # a margin no choice beats: the rules' targets
    assert [target_training.chosen(g, never) for g in groups] == [target_training.chosen(g, None) for g in groups]


def test_the_events_component_uses_the_ranker_and_can_do_without(nlp, monkeypatch, tmp_path: Path):
    groups = [g for g in _groups(nlp) if g.gold is not None]
    target_training.fit(groups, c=10.0, margin=0.0).save_to(tmp_path)
    component = nlp.get_pipe("saywho_events")
    saved = component.targets
    try:
        component.targets = TargetModel.load(tmp_path)
        assert _events(nlp, "Kenyan teachers went on strike on Monday over unpaid wages.") == [("PROTEST", "KEN", None)]
        component.targets = None
        assert _events(nlp, "Kenyan teachers went on strike on Monday over unpaid wages.") == [("PROTEST", "KEN", "KEN")]
    finally:
        component.targets = saved
    shipped.cache_clear()
    monkeypatch.setenv("SAYWHO_TARGET_MODEL", str(tmp_path))
    assert shipped() is not None and shipped().margin == 0.0
    shipped.cache_clear()


def test_a_clause_with_its_own_subject_is_not_where_the_target_is_sought(nlp):
    from saywho.attribution import speakers
    from saywho.events.coding import rule_events
    from saywho.events.reader import Reader

    doc = nlp("Poland expelled a Belarusian diplomat on Monday, two days after Indian police arrested 200 farmers "
              "in Haryana.")
    reader = Reader(doc, list(doc._.saywho_attributions or []), speakers.Register(doc))
    item = next(f for f in rule_events(reader) if f.category == "COERCE")
    assert "BLR" not in [code_of(c.actor) for c in choices(reader, item.verb, item.target, item.source)]
