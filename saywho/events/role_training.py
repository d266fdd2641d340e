"""Training the learned roles (``saywho train roles``): the source and target rankers, on top of the check.

The rankers (:mod:`saywho.events.sources`, :mod:`saywho.events.targets`) are fitted on the labelled train
sentences: every option of one labelled event is an example, positive when its code is among the gold
event's codes. Their settings — each ranker's regularisation, the margin by which an option must beat the
rules' choice, the check's threshold for adding words now that the rankers can give them roles, and its
drop threshold for a sentence's rule events beyond its likeliest (the rankers' extra events weigh on it) — are
chosen by k-fold cross-validation by document on the train split, on the whole chain (rules, the check
fitted on the other folds with the shipped check's settings, then the rankers), by the check's own objective
(:func:`saywho.events.scoring.objective_of`). Only settings under which the seed article keeps its seven
events exactly as the rules and the check code them (actors included) may be chosen. The test split is not read.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import product
from pathlib import Path
from typing import Any

from spacy.language import Language

from saywho.events import examples, scoring, target_training, training
from saywho.events import model as event_model
from saywho.events.model import NONE, EventModel
from saywho.events.sources import SourceModel, choices, features, hashed
from saywho.events.targets import TargetModel, code_of
from saywho.ranking import NEVER, fit_pairs

Log = Callable[[str], None]
GRID_SOURCE_C = (0.3, 1.0)
GRID_SOURCE_MARGIN = (0.5, NEVER)  # NEVER: the rules' sources stand (the ranker only fills in)
GRID_TARGET_MARGIN = (0.0, 0.5)
GRID_ADD = (0.8, 0.9)
GRID_SECOND = (None, 0.3, 0.1, 0.0)  # None: a sentence's second rule event is dropped as its first is
TARGET_C, TARGET_UNNAMED = 0.3, 0.3  # the target ranker's own CV choice (session 8), kept

Examples = list[tuple[list[list[int]], list[int], float]]


def source_examples(sentences: list[examples.Sentence]) -> Examples:
    """One choice per labelled event word whose gold source is named: its options' columns and 0/1 marks.
    A choice all of whose options are right or wrong teaches nothing and is left out."""
    result: Examples = []
    for sentence in sentences:
        for candidate in sentence.candidates:
            if candidate.label == NONE:
                continue
            gold = set().union(*(g[1] for g in sentence.gold if g[0] == candidate.label))
            if not gold:
                continue
            rule_source = candidate.rule.source if candidate.rule is not None else None
            options = choices(sentence.reader, candidate.token, rule_source)
            marks = [int(code_of(o.actor) in gold) for o in options]
            if any(marks) and not all(marks):
                columns = [hashed(features(sentence.reader, candidate.token, candidate.label, o, len(options)))
                           for o in options]
                result.append((columns, marks, 1.0))
    return result


def fit_sources(examples: Examples, c: float, margin: float = 0.0, add: float | None = None,
                second: float | None = None) -> SourceModel:
    weights, pairs = fit_pairs(examples, c)
    return SourceModel(weights, margin, {"C": c, "add": add, "second": second, "choices": len(examples),
                                         "pairs": pairs})


def fit_targets(sentences: list[examples.Sentence], margin: float = 0.0) -> TargetModel:
    return target_training.fit(target_training.groups(sentences), TARGET_C, margin, TARGET_UNNAMED)


def check_model(sentences: list[examples.Sentence]) -> EventModel:
    """The check fitted with the shipped check's settings (``saywho train events`` chose them)."""
    shipped = event_model.shipped()
    if shipped is None:
        raise ValueError("no trained check to build roles on: run saywho train events first")
    return training.fit(sentences, shipped.meta["C"], shipped.thresholds, shipped.meta.get("balanced", False),
                        shipped.meta.get("weights"))


def seed_keeper(nlp: Language) -> Callable[[EventModel, TargetModel, SourceModel], bool]:
    """Whether rankers leave the seed article's events as the check alone codes them (seven, with their
    actors: tests/test_events.py pins them)."""
    component = nlp.get_pipe("saywho_events")
    parsed = nlp(training.SEED_TEXT.read_text(encoding="utf-8"), disable=["saywho_events"])

    def coded(model: EventModel, targets: TargetModel | None, sources: SourceModel | None) -> set[tuple[str, ...]]:
        saved = component.model, component.targets, component.sources
        component.model, component.targets, component.sources = model, targets, sources
        try:
            doc = component(parsed.copy())
        finally:
            component.model, component.targets, component.sources = saved
        return {(e.category, e.source.name if e.source else "", e.target.name if e.target else "")
                for e in doc._.saywho_events}

    expected: dict[int, set[tuple[str, ...]]] = {}

    def keeps(model: EventModel, targets: TargetModel, sources: SourceModel) -> bool:
        if id(model) not in expected:
            expected[id(model)] = coded(model, None, None)
        return coded(model, targets, sources) == expected[id(model)]
    return keeps


def cross_validate(sentences: list[examples.Sentence], k: int, log: Log
                   ) -> tuple[list[tuple[float, dict[str, Any]]], dict[str, Any]]:
    """Every setting of the grid with its pooled CV objective and scores, best first, and the check's own."""
    splits = scoring.folds(sentences, k)
    checks = [check_model(train) for train, _ in splits]
    targets = [fit_targets(train) for train, _ in splits]
    examples = [source_examples(train) for train, _ in splits]
    results = []
    for c in GRID_SOURCE_C:
        sources = [fit_sources(e, c) for e in examples]
        for source_margin, target_margin, add, second in product(GRID_SOURCE_MARGIN, GRID_TARGET_MARGIN, GRID_ADD,
                                                                 GRID_SECOND):
            for ranker in sources:
                ranker.margin, ranker.meta["add"], ranker.meta["second"] = source_margin, add, second
            for ranker in targets:
                ranker.margin = target_margin
            pairs = [(s, check, t, r) for check, t, r, (_, held) in zip(checks, targets, sources, splits, strict=True)
                     for s in held]
            scores = _pooled(pairs)
            setting = {"source_C": c, "source_margin": source_margin, "target_margin": target_margin, "add": add,
                       "second": second}
            log(f"  {setting}: objective {scores['objective']:.4f}, records {scores['records']}")
            results.append((scores["objective"], {**setting, **scores}))
    without = [(s, check, None, None) for check, (_, held) in zip(checks, splits, strict=True) for s in held]
    alone = _pooled(without)
    log(f"  the check alone: {alone}")
    results.sort(key=lambda r: -r[0])
    return results, alone


def _pooled(pairs: list[tuple[Any, ...]]) -> dict[str, Any]:
    """The objective as the check's CV counts it, over each fold's held-out sentences with its own models."""
    objective, records, news = scoring.measured(pairs)
    return {"objective": round(objective, 4), "records": records,
            "news": {k: news[k] for k in ("full_recall", "extra_per_gold_event")} if news else None}


def train(labels: Path, shared: Path, out: Path, nlp: Language, k: int, log: Log) -> dict[str, Any]:
    """Cross-validate on the train split, fit both rankers on all of it with the best setting that keeps
    the seed, save them to ``out/events-sources`` and ``out/events-targets`` (ship: ``out`` saywho/models)."""
    log(f"reading {labels}, the written stories and the records (train split only) and parsing them")
    sentences = examples.build(labels, shared, nlp, ["train"], log)
    log(f"{len(sentences)} sentences; {k}-fold CV of the rankers on the check")
    ranked, alone = cross_validate(sentences, k, log)
    check = check_model(sentences)
    keeps = seed_keeper(nlp)
    targets = fit_targets(sentences)
    pairs_by_choice = source_examples(sentences)
    fitted: dict[float, SourceModel] = {}
    for _objective, setting in ranked:
        if setting["source_C"] not in fitted:
            fitted[setting["source_C"]] = fit_sources(pairs_by_choice, setting["source_C"])
        sources = fitted[setting["source_C"]]
        sources.margin, sources.meta["add"] = setting["source_margin"], setting["add"]
        sources.meta["second"] = setting["second"]
        targets.margin = setting["target_margin"]
        if keeps(check, targets, sources):
            break
        log(f"  {setting} changes the seed's events: not chosen")
    else:
        raise ValueError("no setting of the grid leaves the seed article's events as the check codes them")
    report = {"chosen": setting, "cv_check_alone": alone,
              "seed": "settings that change the seed article's events were not chosen"}
    sources.meta["cross_validation"] = targets.meta["cross_validation"] = report
    sources.save_to(out / "events-sources")
    targets.save_to(out / "events-targets")
    return {"saved": [str(out / "events-sources"), str(out / "events-targets")], **report,
            "cv_best_five": [r[1] for r in ranked[:5]]}
