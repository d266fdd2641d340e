"""Training and measuring the target ranker (``saywho train targets``; :mod:`saywho.events.targets`).

The examples are the rules' events of the labelled train sentences (:func:`saywho.events.training.build`)
whose category a gold event of the sentence has: every choice of target is one example, positive when its
code is among the gold event's target codes (the "no target" choice when the gold event has none). The
margin by which a choice must beat the rules' target, the weight of events with no gold target and the
regularisation are chosen by k-fold cross-validation by document on the train split: the objective is
PLOVER-style full match on the records, among settings that give no more targets where the gold has none
than the rules do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from saywho.events import training
from saywho.events.reader import Found
from saywho.events.targets import Choice, TargetModel, choices, code_of, features, hashed
from saywho.ranking import fit_pairs, fold_of

Log = Callable[[str], None]
GRID_C = (0.1, 0.3, 1.0)
GRID_UNNAMED = (0.1, 0.3, 1.0)  # the weight of events whose gold names no target (their "none" is right)
GRID_MARGIN = (0.0, 0.5, 1.0, 2.0, 99.0)  # 99: never overrule the rules (the baseline)
UNNAMED_WEIGHT = 1.0


@dataclass
class Group:
    """One rule event of a labelled sentence with its choices of target."""

    sentence: training.Sentence
    found: Found
    gold: set[str] | None  # the gold event's target codes (empty: it has none); None: no gold event of its category
    choices: list[Choice]
    columns: list[list[int]]

    def labels(self) -> list[int]:
        assert self.gold is not None
        if not self.gold:
            return [int(code_of(c.actor) is None) for c in self.choices]
        return [int(code_of(c.actor) in self.gold) for c in self.choices]


def groups(sentences: Iterable[training.Sentence]) -> list[Group]:
    result = []
    for sentence in sentences:
        for candidate in sentence.candidates:
            found = candidate.rule
            if found is None:
                continue
            same = [g for g in sentence.gold if g[0] == found.category]
            gold = set().union(*(g[2] for g in same)) if same else None
            options = choices(sentence.reader, found.verb, found.target, found.source)
            columns = [hashed(features(found.verb, found.category, found.source, c, len(options))) for c in options]
            result.append(Group(sentence, found, gold, options, columns))
    return result


def fit(train: list[Group], c: float, margin: float, unnamed: float = UNNAMED_WEIGHT) -> TargetModel:
    """A pairwise ranker: for every right and wrong choice of one event, the difference of their features is
    an example (both signs), so the weights learn what makes one choice better than another of the same
    sentence, which independent yes/no examples do not."""
    learn = [(g.columns, g.labels(), 1.0 if g.gold else unnamed) for g in train
             if g.gold is not None and (g.gold or unnamed) and len(g.choices) > 1]
    weights, pairs = fit_pairs(learn, c)
    return TargetModel(weights, margin, {"C": c, "events": len(learn), "pairs": pairs})


def chosen(group: Group, model: TargetModel | None) -> str | None:
    """The target code the coder gives this event (the rules' when ``model`` is None)."""
    if model is None:
        return code_of(group.found.target)
    return code_of(group.choices[model.pick_among(group.choices, [model.score(c) for c in group.columns])].actor)


def counts(held: list[Group], model: TargetModel | None) -> dict[str, int]:
    """Events whose category a gold event has and whose gold target is named, how many get it right, and the
    records' PLOVER-style type and full match with the rules' events."""
    named = [g for g in held if g.gold]
    by_record: dict[int, list[Group]] = {}
    for group in held:
        if group.sentence.source == "records":
            by_record.setdefault(id(group.sentence), []).append(group)
    records = [s for s in {id(g.sentence): g.sentence for g in held}.values() if s.source == "records" and s.gold]
    typed = full = 0
    for sentence in records:
        category, sources, targets = sentence.gold[0]
        hits = [g for g in by_record.get(id(sentence), []) if g.found.category == category]
        typed += bool(hits)
        full += any((not sources or code_of(g.found.source) in sources)
                    and (not targets or chosen(g, model) in targets) for g in hits)
    unnamed = [g for g in held if g.gold is not None and not g.gold]
    return {"named": len(named), "right": sum(chosen(g, model) in (g.gold or ()) for g in named),
            "unnamed": len(unnamed), "spurious": sum(chosen(g, model) is not None for g in unnamed),
            "records": len(records), "typed": typed, "full": full}


def summary(total: dict[str, int]) -> dict[str, float]:
    n = max(1, total["records"])
    return {"events_with_named_target": total["named"], "target_accuracy": round(total["right"] / max(1, total["named"]), 3),
            "events_with_no_gold_target": total["unnamed"],
            "given_a_target_anyway": round(total["spurious"] / max(1, total["unnamed"]), 3),
            "records": total["records"], "type_match": round(total["typed"] / n, 3),
            "full_match": round(total["full"] / n, 3)}


def measure(held: list[Group], model: TargetModel | None) -> dict[str, float]:
    return summary(counts(held, model))


def _pooled(splits: list[tuple[list[Group], list[Group]]], models: list[TargetModel | None]) -> dict[str, float]:
    """Each fold's held-out part counted with the model fitted without it, summed."""
    total: dict[str, int] = {}
    for model, (_, held) in zip(models, splits, strict=True):
        for key, value in counts(held, model).items():
            total[key] = total.get(key, 0) + value
    return summary(total)


def cross_validate(items: list[Group], k: int, log: Log) -> tuple[tuple[float, float, float], dict[str, Any]]:
    """C, the weight of events with no gold target and the margin with the best pooled CV full match on the
    records, among the settings that give no more events a target where the gold names none than the rules
    do (PLOVER's scoring does not count those, a user of the export does)."""
    splits = [([g for g in items if fold_of(g.sentence.doc_id, k) != i],
               [g for g in items if fold_of(g.sentence.doc_id, k) == i]) for i in range(k)]
    rules = _pooled(splits, [None] * k)
    best: tuple[float, tuple[float, float, float]] | None = None
    fitted: dict[tuple[float, float], list[TargetModel]] = {}
    for c, unnamed in [(c, u) for c in GRID_C for u in GRID_UNNAMED]:
        models = fitted[c, unnamed] = [fit(train, c, 0.0, unnamed) for train, _ in splits]
        for margin in GRID_MARGIN:
            for model in models:
                model.margin = margin
            scores = _pooled(splits, list(models))
            allowed = scores["given_a_target_anyway"] <= rules["given_a_target_anyway"]
            log(f"  C={c} unnamed={unnamed} margin={margin}: CV full match {scores['full_match']:.3f}, "
                f"targets where gold has none {scores['given_a_target_anyway']:.3f}{'' if allowed else ' (more than the rules)'}")
            if allowed and (best is None or scores["full_match"] > best[0]):
                best = (scores["full_match"], (c, unnamed, margin))
    assert best is not None  # margin 99 is the rules themselves
    c, unnamed, margin = best[1]
    for model in fitted[c, unnamed]:
        model.margin = margin
    report = {"C": c, "unnamed_weight": unnamed, "margin": margin, "cv_model": _pooled(splits, list(fitted[c, unnamed])),
              "cv_rules_alone": rules}
    return (c, unnamed, margin), report


def train(labels: Path, shared: Path, out: Path, nlp: Any, k: int, log: Log) -> dict[str, Any]:
    """Cross-validate on the train split, fit on all of it, save to ``out``; the test split is not read."""
    log(f"reading {labels}, the written stories and the records (train split only) and parsing them")
    sentences = training.build(labels, shared, nlp, ["train"], log)
    items = groups(sentences)
    log(f"{len(sentences)} sentences, {len(items)} rule events; {k}-fold CV")
    (c, unnamed, margin), report = cross_validate(items, k, log)
    model = fit(items, c, margin, unnamed)
    model.meta.update({"cross_validation": report})
    model.save_to(out)
    return {"saved": str(out), **report, "fitted_on_itself": measure(items, model)}
