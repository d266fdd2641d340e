"""Which content the accurate tagger found is kept: a small logistic check, learned where the tagger is blind.

The tagger finds more content than PolNeAR's annotators mark (about 3,050 chunks for 2,515 on dev), and its
own confidence only partly tells the right ones apart. This check reads a content chunk's evidence (how sure
the tagger was of its words, of its first word opening content, of the words either side continuing it) and
its place in the statement (a source and a cue beside it, quotation marks, the distance to the cue) and says
whether it matches what an annotator would mark, exactly.

It cannot learn on PolNeAR train: the tagger was fitted there and is sure of nearly everything it tags. It
learns on PolNeAR dev, which the tagger never saw, and ``saywho train content`` reports what that costs the
honesty of dev's scores: nested 5-fold cross-validation by article, where each held fold is scored by a check
whose C and threshold were chosen without it (docs/accuracy.md). Without a trained check (no ``content.json``)
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
GRID_THRESHOLD = (0.3, 0.35, 0.4, 0.45, 0.5)
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


def fold_of(key: str) -> int:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % FOLDS


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


def train(dev: Path, out: Path, log: Callable[[str], None]) -> dict[str, Any]:
    """Tag PolNeAR dev with the shipped tagger, estimate the check by nested CV, fit it on all of dev, save."""
    from saywho.attribution import tagger
    from saywho.eval import polnear

    records = list(polnear.read_polnear(dev))
    log(f"tagging {len(records)} articles of {dev}")
    extractor = tagger.Extractor()
    articles = [Tagged(r["text"], polnear.gold_roles(r), tagger.group(r["text"], found),
                        fold_of(str(r.get("id", n))))
                for n, (r, found) in enumerate(zip(records, extractor.chunks([r["text"] for r in records]), strict=True))]
    rows, labels, where = [], [], []
    for n, article in enumerate(articles):
        gold = polnear.chunks(article.text, article.gold["content"])
        for group in article.groups:
            for chunk in group.content:
                rows.append(features(article.text, chunk, group))
                labels.append(polnear.trim(article.text, chunk.start, chunk.end) in gold)
                where.append((n, chunk.start, chunk.end, id(group)))
    x, y = np.array(rows), np.array(labels)
    folds = np.array([articles[n].fold for n, *_ in where])
    index = {key: i for i, key in enumerate(where)}

    def held_out(train_folds: set[int], c: float) -> np.ndarray:
        """P(right) for the chunks of every fold in ``train_folds``, each from a fit without that fold."""
        p = np.full(len(y), np.nan)
        for k in train_folds:
            fit = np.isin(folds, list(train_folds - {k}))
            p[folds == k] = _sigmoid(x[folds == k] @ np.array(_fit(x[fit], y[fit], c)))
        return p

    def f1s(p: np.ndarray, t: float, arts: set[int]) -> list[float]:
        chosen = [a if n in arts else Tagged(a.text, {r: [] for r in a.gold}, [], a.fold) for n, a in enumerate(articles)]
        return score(chosen, lambda n, chunk, group: p[index[n, chunk.start, chunk.end, id(group)]] >= t)

    def choose(train_folds: set[int]) -> tuple[float, float]:
        arts = {n for n, a in enumerate(articles) if a.fold in train_folds}
        scored = {(c, t): f1s(held_out(train_folds, c), t, arts) for c in GRID_C for t in GRID_THRESHOLD}
        return max(scored, key=lambda key: (sum(scored[key]), key))

    every = set(range(FOLDS))
    nested = np.zeros(len(y), dtype=bool)
    for k in range(FOLDS):  # the outer loop: fold k is scored by settings chosen on the other four
        c, t = choose(every - {k})
        fit = folds != k
        weights = np.array(_fit(x[fit], y[fit], c))
        nested[folds == k] = _sigmoid(x[folds == k] @ weights) >= t
        log(f"  fold {k}: C {c}, threshold {t}")
    before = score(articles, lambda n, chunk, group: chunk.confidence >= tagger.MIN_CONFIDENCE)
    after = score(articles, lambda n, chunk, group: bool(nested[index[n, chunk.start, chunk.end, id(group)]]))
    c, t = choose(every)
    check = ContentCheck(_fit(x, y, c), t, {
        "C": c, "trained_on": f"{dev.name}: {len(articles)} articles, {len(y)} tagged content chunks "
                              f"({int(y.sum())} exact)",
        "dev_exact_f1_confidence_rule": dict(zip(("source", "cue", "content"), before, strict=True)),
        "dev_exact_f1_nested_cv": dict(zip(("source", "cue", "content"), after, strict=True)),
    })
    check.save(out)
    log(f"saved {out / FILE}")
    return {"C": c, "threshold": t, "confidence_rule": check.meta["dev_exact_f1_confidence_rule"],
            "nested_cv": check.meta["dev_exact_f1_nested_cv"]}
