"""Training and measuring the speaker ranker (``saywho train speakers``; :mod:`saywho.attribution.antecedents`).

The examples are the "he"/"she" sources and the definite descriptions ("the president") the product resolves
in PolNeAR articles whose speakers are labelled (``gold/speakers/polnear_dev.jsonl`` and the ``dev`` part of
``polnear_train.jsonl``; the frozen ``test`` part is never read here). Each article runs through the fast
pipeline with the rules alone, recording every such choice with its options' features; an option is right
when its name is the gold speaker's (:func:`saywho.eval.speakers.name_match`). Regularisation and the margin
by which the ranker must beat the rules' choice are chosen by k-fold cross-validation by article, on
accuracy over the choices whose gold speaker is among the options.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from saywho.attribution import antecedents
from saywho.ranking import NEVER, fit_pairs, fold_of

Log = Callable[[str], None]
GRID_C = (0.01, 0.03, 0.1, 0.3)
GRID_MARGIN = (0.0, 0.25, 0.5, 1.0, 2.0, NEVER)  # NEVER: the rules alone (the baseline)
KINDS = ("pronoun", "description")


@dataclass
class Choice:
    """One pronoun the product resolved, its options' feature columns and which options are the gold speaker."""

    article: str
    at: int
    names: list[str]  # each option's speaker name
    columns: list[list[int]]
    labels: list[int]
    kept: int  # the rules' option
    kind: str = "pronoun"  # or "description"


def choices_of(doc: Any, component: Any, gold: Sequence[dict[str, Any]], article: str) -> list[Choice]:
    """Run the attribution component on a parsed document with the rules alone, recording every choice the
    ranker would make; keep those whose pronoun or description head lies in exactly one gold source span."""
    from saywho.eval.speakers import name_match

    decisions: list[tuple[int, list[antecedents.Option], list[list[str]]]] = []
    component.attribute(doc, ranker=None, decisions=decisions)
    found = []
    for at, options, names in decisions:
        labels = [item for item in gold if any(s <= at < e for s, e in item["source"])]
        if len(labels) != 1:
            continue
        speakers = [o.cluster.actor().name for o in options]
        found.append(Choice(article, at, speakers, antecedents.columns(names),
                            [int(name_match(labels[0], name)) for name in speakers],
                            next(n for n, o in enumerate(options) if o.rule),
                            "description" if any(o.own for o in options) else "pronoun"))
    return found


def collect(articles: Iterable[tuple[str, str, Sequence[dict[str, Any]]]], nlp: Any, log: Log) -> list[Choice]:
    """Every recorded choice of the articles (id, text, gold speaker labels)."""
    component = nlp.get_pipe("saywho")
    items = list(articles)
    texts = (text for _, text, _ in items)
    found: list[Choice] = []
    with nlp.select_pipes(disable=[p for p in ("saywho", "saywho_events") if p in nlp.pipe_names]):
        for n, ((article, _, gold), doc) in enumerate(zip(items, nlp.pipe(texts, batch_size=8), strict=True), 1):
            found += choices_of(doc, component, gold, article)
            if n % 50 == 0:
                log(f"  {n} of {len(items)} articles, {len(found)} choices")
    return found


def accuracy(held: Sequence[Choice], model: antecedents.AntecedentModel | None) -> tuple[int, int]:
    """(right, answerable): the choices whose gold speaker is among the options, and how many are chosen right."""
    answerable = [c for c in held if any(c.labels)]
    right = 0
    for choice in answerable:
        pick = choice.kept if model is None else model.choose(choice.columns, choice.kept)
        right += choice.labels[pick]
    return right, len(answerable)


def fit(train: Sequence[Choice], c: float, margin: float) -> antecedents.AntecedentModel:
    learn = [(ch.columns, ch.labels, 1.0) for ch in train if any(ch.labels) and not all(ch.labels)]
    weights, pairs = fit_pairs(learn, c)
    return antecedents.AntecedentModel(weights, margin, {"C": c, "choices": len(learn), "pairs": pairs})


def cross_validate(items: Sequence[Choice], k: int, log: Log) -> tuple[tuple[float, float], dict[str, Any]]:
    """The C and margin with the best pooled k-fold accuracy (by article); the rules alone are in the grid."""
    splits = [([c for c in items if fold_of(c.article, k) != i], [c for c in items if fold_of(c.article, k) == i])
              for i in range(k)]
    best: tuple[float, tuple[float, float]] | None = None
    table: dict[str, float] = {}
    fitted: dict[float, list[antecedents.AntecedentModel]] = {}
    for c in GRID_C:
        models = fitted[c] = [fit(train, c, 0.0) for train, _ in splits]
        for margin in GRID_MARGIN:
            right = total = 0
            for model, (_, held) in zip(models, splits, strict=True):
                model.margin = margin
                r, t = accuracy(held, model)
                right, total = right + r, total + t
            score = right / max(1, total)
            table[f"C={c} margin={margin}"] = round(score, 4)
            log(f"  C={c} margin={margin}: CV accuracy {score:.3f} ({right} of {total})")
            if best is None or score > best[0] + 1e-9:
                best = (score, (c, margin))
    assert best is not None
    c, margin = best[1]
    for model in fitted[c]:
        model.margin = margin
    rules_right, answerable = accuracy(items, None)  # the rules' choices need no fit: all folds at once
    by_kind = {}
    for kind in KINDS:
        right = sum(accuracy([h for h in held if h.kind == kind], model)[0]
                    for model, (_, held) in zip(fitted[c], splits, strict=True))
        rules, total = accuracy([i for i in items if i.kind == kind], None)
        by_kind[kind] = {"choices": sum(1 for i in items if i.kind == kind), "answerable": total,
                         "cv_accuracy": round(right / max(1, total), 4), "cv_rules_alone": round(rules / max(1, total), 4)}
    report = {"C": c, "margin": margin, "cv_accuracy": round(best[0], 4),
              "cv_rules_alone": round(rules_right / max(1, answerable), 4), "answerable": answerable,
              "choices": len(items), "by_kind": by_kind, "grid": table}
    return best[1], report


def gold_articles(split: str = "dev") -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(id, text, labels) of PolNeAR dev's gold and of the train gold's ``split`` part, in file order."""
    from saywho.eval.polnear_speakers import (
        POLNEAR_DEV,
        POLNEAR_SPEAKER_GOLD,
        POLNEAR_TRAIN,
        POLNEAR_TRAIN_SPEAKER_GOLD,
        gold_records,
        read_gold,
        read_texts,
        train_split_of,
    )

    found = []
    for gold, data, part in ((POLNEAR_SPEAKER_GOLD, POLNEAR_DEV, None), (POLNEAR_TRAIN_SPEAKER_GOLD, POLNEAR_TRAIN, split)):
        lines = [line for line in read_gold(gold) if part is None or train_split_of(str(line["id"])) == part]
        for line, record in zip(lines, gold_records(lines, read_texts(data)), strict=True):
            found.append((str(record["id"]), record["text"], line["speakers"]))
    return found


def train(out: Path, nlp: Any, k: int, log: Log) -> dict[str, Any]:
    """Cross-validate on the labelled articles (never the train gold's frozen test part), fit on all, save."""
    articles = gold_articles()
    log(f"{len(articles)} labelled PolNeAR articles (dev, and the train sample's dev part); parsing them")
    items = collect(articles, nlp, log)
    (c, margin), report = cross_validate(items, k, log)
    model = fit(items, c, margin)
    model.meta.update({"cross_validation": report})
    model.save_to(out)
    right, total = accuracy(items, model)
    return {"saved": str(out), **{key: v for key, v in report.items() if key != "grid"},
            "fitted_on_itself": round(right / max(1, total), 4)}
