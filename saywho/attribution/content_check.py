"""Which content the accurate tagger found is kept: a small logistic check, learned where the tagger is blind.

The tagger finds more content than PolNeAR's annotators mark (about 3,050 chunks for 2,515 on dev), and its
own confidence only partly tells the right ones apart. This check reads a content chunk's evidence (how sure
the tagger was of its words, of its first word opening content, of the words either side continuing it) and
its place in the statement (a source and a cue beside it, quotation marks, the distance to the cue) and says
whether it matches what an annotator would mark, exactly.

It cannot learn from the shipped tagger's scores on PolNeAR train: the tagger was fitted there and is sure of
nearly everything it tags. It learns from out-of-fold scores instead (``saywho train content --oof``): each
train article as tagged by one of the five fold models of ``saywho train soup``, which did not see it; dev
then scores the check, which never saw dev. Without such scores it learns on dev, and nested 5-fold
cross-validation by article estimates it (docs/accuracy.md). Without a trained check (no ``content.json``)
the rule before it applies: keep content whose words' chosen labels are on average more likely than not.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from saywho.attribution.quotes import QUOTE_MARKS

FEATURES = (
    "confidence", "log confidence", "least sure word", "P(B-content) at the first word",
    "P(I-content) after the last word", "P(O) after the last word", "P(I-content) before the first word",
    "log words", "has a source", "has a cue", "contents in the statement", "opens at a quotation mark",
    "closes at a quotation mark", "log distance to the cue", "before its cue", "bias",
)
GRID_C = (0.1, 1.0)
GRID_THRESHOLD = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
FOLDS = 5
FILE = "content.json"


def features(text: str, chunk: Any, group: Any) -> list[float]:
    """One content chunk's features (``chunk.evidence`` is set by :func:`saywho.attribution.tagger.chunks`)."""
    cue = group.cue
    if cue is None:
        distance = 2000
    else:
        distance = chunk.start - cue.end if chunk.start >= cue.end else max(0, cue.start - chunk.end)
    return [
        chunk.confidence, math.log(max(chunk.confidence, 1e-4)), *chunk.evidence,
        float(group.source is not None), float(cue is not None), float(len(group.content)),
        float(text[max(0, chunk.start - 1):chunk.start + 1].strip()[:1] in QUOTE_MARKS),
        float(text[chunk.end - 1:chunk.end + 1][-1:] in QUOTE_MARKS),
        math.log(1 + distance), float(cue is not None and chunk.start < cue.start), 1.0,
    ]


@dataclass
class ContentCheck:
    weights: list[float]
    threshold: float
    meta: dict[str, Any] = field(default_factory=dict)

    def probability(self, text: str, chunk: Any, group: Any) -> float:
        z = float(np.dot(self.weights, features(text, chunk, group)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keeps(self, text: str, chunk: Any, group: Any) -> bool:
        return self.probability(text, chunk, group) >= self.threshold

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        data = {"features": list(FEATURES), "weights": [round(w, 6) for w in self.weights],
                "threshold": self.threshold, **self.meta}
        (folder / FILE).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def load(folder: Path) -> ContentCheck | None:
    """The trained check beside the tagger's weights, or None (the confidence rule applies)."""
    path = folder / FILE
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("features") != list(FEATURES):
        raise RuntimeError(f"{path}: trained on other features; run 'saywho train content' again")
    meta = {k: v for k, v in data.items() if k not in ("features", "weights", "threshold")}
    return ContentCheck([float(w) for w in data["weights"]], float(data["threshold"]), meta)


# -- training (``saywho train content``) ----------------------------------------------------------------------


@dataclass
class Tagged:
    """A PolNeAR article as the tagger read it: its groups (statements) and its gold roles."""

    text: str
    gold: dict[str, list[tuple[int, int]]]
    groups: list[Any]
    fold: int


def fold_of(key: str, folds: int = FOLDS) -> int:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % folds


def _fit(rows: np.ndarray, labels: np.ndarray, c: float) -> list[float]:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, max_iter=2000, fit_intercept=False).fit(rows, labels)  # "bias" is a feature
    return [float(w) for w in model.coef_[0]]


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-z))


def score(articles: Sequence[Tagged], keep: Callable[[int, Any, Any], bool]) -> list[float]:
    """Exact F1 (source, cue, content) when ``keep(article, chunk, group)`` decides each content chunk; a
    statement with a source and a cue keeps its content when the check would leave it none, as before."""
    from saywho.attribution.tagger import kept_content
    from saywho.eval import polnear

    total = polnear.Score()
    for n, article in enumerate(articles):
        found: dict[str, list[tuple[int, int]]] = {"source": [], "cue": [], "content": []}
        for group in article.groups:
            content = kept_content(group, lambda chunk, group=group, n=n: keep(n, chunk, group))
            if not content:
                continue
            for role, chunk in (("source", group.source), ("cue", group.cue)):
                if chunk is not None:
                    found[role].append((chunk.start, chunk.end))
            found["content"] += [(c.start, c.end) for c in content]
        polnear.score_article(article.text, article.gold, found, total)
    return [round(100 * total.exact[role].f1, 2) for role in ("source", "cue", "content")]


class _Chunks:
    """Every tagged content chunk of some articles as features and whether it is exact, for fitting."""

    def __init__(self, articles: list[Tagged]) -> None:
        from saywho.eval import polnear

        rows, labels, where = [], [], []
        for n, article in enumerate(articles):
            gold = polnear.chunks(article.text, article.gold["content"])
            for group in article.groups:
                for chunk in group.content:
                    rows.append(features(article.text, chunk, group))
                    labels.append(polnear.trim(article.text, chunk.start, chunk.end) in gold)
                    where.append((n, chunk.start, chunk.end, id(group)))
        self.articles, self.x, self.y = articles, np.array(rows), np.array(labels)
        self.folds = np.array([articles[n].fold for n, *_ in where])
        self.index = {key: i for i, key in enumerate(where)}

    def held_out(self, train_folds: set[int], c: float) -> np.ndarray:
        """P(right) for the chunks of every fold in ``train_folds``, each from a fit without that fold."""
        p = np.full(len(self.y), np.nan)
        for k in train_folds:
            fit = np.isin(self.folds, list(train_folds - {k}))
            p[self.folds == k] = _sigmoid(self.x[self.folds == k] @ np.array(_fit(self.x[fit], self.y[fit], c)))
        return p

    def f1s(self, keep: np.ndarray, arts: set[int] | None = None) -> list[float]:
        """Exact F1 on the articles ``arts`` (all: None) when the chunks where ``keep`` holds are kept."""
        chosen = [a if arts is None or n in arts else Tagged(a.text, {r: [] for r in a.gold}, [], a.fold)
                  for n, a in enumerate(self.articles)]
        return score(chosen, lambda n, chunk, group: bool(keep[self.index[n, chunk.start, chunk.end, id(group)]]))

    def choose(self, train_folds: set[int]) -> tuple[float, float]:
        """C and threshold by cross-validation over ``train_folds``."""
        arts = {n for n, a in enumerate(self.articles) if a.fold in train_folds}
        held = {c: self.held_out(train_folds, c) for c in GRID_C}
        scored = {(c, t): self.f1s(held[c] >= t, arts) for c in GRID_C for t in GRID_THRESHOLD}
        return max(scored, key=lambda key: (sum(scored[key]), key))


def out_of_fold(oof: Path, records: list[dict[str, Any]], source: Path) -> list[np.ndarray]:
    """Each record's word scores from ``saywho train soup``'s ``oof.npz``; a ValueError names the first record of
    ``source`` that has none."""
    with np.load(oof) as stored:
        missing = [str(r["id"]) for r in records if str(r["id"]) not in stored.files]
        if missing:
            raise ValueError(f"{oof}: no scores for {len(missing)} articles of {source} (first {missing[0]!r})")
        return [stored[str(r["id"])].astype(np.float32) for r in records]


def _tagged(records: list[dict[str, Any]], found: list[list[Any]]) -> list[Tagged]:
    from saywho.attribution import tagger
    from saywho.eval import polnear

    return [Tagged(r["text"], polnear.gold_roles(r), tagger.group(r["text"], chunks), fold_of(str(r.get("id", n))))
            for n, (r, chunks) in enumerate(zip(records, found, strict=True))]


def _confidence_rule(articles: list[Tagged]) -> list[float]:
    from saywho.attribution import tagger

    return score(articles, lambda n, chunk, group: chunk.confidence >= tagger.MIN_CONFIDENCE)


def train(dev: Path, out: Path, log: Callable[[str], None], oof: Path | None = None,
          train_path: Path | None = None) -> dict[str, Any]:
    """Fit the check and save it beside the tagger.

    With ``oof`` (``saywho train soup``'s out-of-fold scores of ``train_path``), it learns on train, where
    each article was scored by a tagger that had not seen it; C and the threshold come from 5-fold CV by
    article there, and dev, which it never saw, scores it. Without, it learns on dev, which the shipped tagger
    never saw, and nested 5-fold CV estimates it.
    """
    from saywho.attribution import tagger
    from saywho.eval import polnear

    records = list(polnear.read_polnear(dev))
    log(f"tagging {len(records)} articles of {dev}")
    extractor = tagger.Extractor()
    dev_articles = _tagged(records, extractor.chunks([r["text"] for r in records]))
    before = _confidence_rule(dev_articles)
    every = set(range(FOLDS))
    if oof is not None:
        if train_path is None:
            raise ValueError("--oof needs --train, the file its scores are of")
        train_records = list(polnear.read_polnear(train_path))
        found = [extractor.decode(tagger.encode(extractor.tokenizer, r["text"]), scores)
                 for r, scores in zip(train_records, out_of_fold(oof, train_records, train_path), strict=True)]
        data = _Chunks(_tagged(train_records, found))
        c, t = data.choose(every)
        weights = _fit(data.x, data.y, c)
        fitted = ContentCheck(weights, t)
        after = score(dev_articles, lambda n, chunk, group: fitted.keeps(dev_articles[n].text, chunk, group))
        where = f"{train_path.name} out of fold ({oof.name})"
        estimate = {"train_cv": data.f1s(data.held_out(every, c) >= t), "dev": after}
    else:
        data = _Chunks(dev_articles)
        nested = np.zeros(len(data.y), dtype=bool)
        for k in range(FOLDS):  # the outer loop: fold k is scored by settings chosen on the other four
            c, t = data.choose(every - {k})
            fit = data.folds != k
            nested[data.folds == k] = _sigmoid(data.x[data.folds == k] @ np.array(_fit(data.x[fit], data.y[fit], c))) >= t
            log(f"  fold {k}: C {c}, threshold {t}")
        after = data.f1s(nested)
        c, t = data.choose(every)
        weights = _fit(data.x, data.y, c)
        where = dev.name
        estimate = {"nested_cv": after}
    roles = ("source", "cue", "content")
    estimate = {"confidence_rule": before, **estimate}
    names = {"confidence_rule": "dev_exact_f1_confidence_rule", "nested_cv": "dev_exact_f1_nested_cv",
             "train_cv": "train_out_of_fold_exact_f1_cv", "dev": "dev_exact_f1"}
    check = ContentCheck(weights, t, {
        "C": c, "trained_on": f"{where}: {len(data.articles)} articles, {len(data.y)} tagged content chunks "
                              f"({int(data.y.sum())} exact)",
        **{names[k]: dict(zip(roles, v, strict=True)) for k, v in estimate.items()},
    })
    check.save(out)
    log(f"saved {out / FILE}")
    return {"C": c, "threshold": t, **{k: dict(zip(roles, v, strict=True)) for k, v in estimate.items()}}
