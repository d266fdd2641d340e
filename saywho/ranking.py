"""A pairwise ranker over hashed features: the learned part of choices the rules already make.

Two steps of saywho choose one of a few options the rules also rank: an event's target among the actors
its sentence names (:mod:`saywho.events.targets`) and the person "he" or "she" refers to
(:mod:`saywho.attribution.antecedents`). Both learn the same way: for every right and wrong option of one
choice, the difference of their features is a training example (both signs), so the weights learn what
makes one option better than another of the same choice, and a choice overrules the rules only when its
best option beats the rules' by a margin chosen by cross-validation. Inference is a sum of weights per
option; the weights ship as a small ``.npz`` next to a ``model.json`` of settings.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, ClassVar, Self, TypeVar

import numpy as np

NEVER = 99.0  # a margin no score difference reaches: the rules' choice always stands
R = TypeVar("R")


def fold_of(doc_id: str, k: int) -> int:
    """The cross-validation fold of a document: every choice of one article falls in the same fold."""
    return zlib.crc32(doc_id.encode("utf-8")) % k


def hashed(names: Iterable[str], bits: int) -> list[int]:
    """Each feature name once, as a column (CRC-32: stable across processes, unlike Python's ``hash``)."""
    mask = (1 << bits) - 1
    return sorted({zlib.crc32(name.encode("utf-8")) & mask for name in names})


class Ranker:
    """Weights over hashed features; ``pick`` keeps the rules' option unless another scores ``margin`` more.
    Scores only compare the options of one choice, so there is no intercept."""

    BITS: ClassVar[int]  # each ranker's hashing width, its folder in the package and the command that trains it
    FOLDER: ClassVar[Path]
    COMMAND: ClassVar[str]

    def __init__(self, weights: dict[int, float], margin: float, meta: dict[str, Any]) -> None:
        self.weights = weights
        self.margin = margin
        self.meta = meta

    def score(self, columns: Sequence[int]) -> float:
        return sum(self.weights.get(c, 0.0) for c in columns)

    def pick(self, scores: Sequence[float], kept: int) -> int:
        """The option to keep: the best-scored one when it beats the rules' (``kept``) by more than the margin."""
        best = max(range(len(scores)), key=scores.__getitem__)
        return best if scores[best] - scores[kept] > self.margin else kept

    def save(self, folder: Path, bits: int) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        columns = np.array(sorted(self.weights), dtype=np.int32)
        np.savez_compressed(folder / "weights.npz", columns=columns,
                            values=np.array([self.weights[c] for c in columns.tolist()], dtype=np.float32))
        settings = {"hash_bits": bits, "margin": self.margin, **self.meta}
        (folder / "model.json").write_text(json.dumps(settings, indent=1) + "\n", encoding="utf-8")

    def save_to(self, folder: Path) -> None:
        self.save(folder, self.BITS)

    @classmethod
    def load(cls, folder: Path | None = None) -> Self:
        """The ranker saved in ``folder`` (default: the one in the package)."""
        return cls(*cls.read(cls.FOLDER if folder is None else folder, cls.BITS, cls.COMMAND))

    @classmethod
    def read(cls, folder: Path, bits: int, command: str) -> tuple[dict[int, float], float, dict[str, Any]]:
        """Weights, margin and settings of a saved ranker; refused when hashed into another number of bits."""
        meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
        if meta.pop("hash_bits") != bits:
            raise ValueError(f"{folder}: weights hashed with other settings; retrain with {command}")
        with np.load(folder / "weights.npz") as data:
            weights = dict(zip(data["columns"].tolist(), data["values"].astype(float).tolist(), strict=True))
        return weights, float(meta.pop("margin")), meta


def from_environment(variable: str, default: Path, load: Callable[[Path], R], marker: str = "model.json") -> R | None:
    """The model a step uses: the one in the package (``default``) unless the environment ``variable`` names
    another folder (a candidate being measured) or ``none`` (the rules alone); None when none was trained
    (``marker``: the file a trained model's folder holds)."""
    folder = os.environ.get(variable, "")
    if folder.lower() == "none":
        return None
    path = Path(folder) if folder else default
    return load(path) if (path / marker).exists() else None


def fit_pairs(choices: Iterable[tuple[Sequence[Sequence[int]], Sequence[int], float]], c: float) -> tuple[dict[int, float], int]:
    """Weights from choices given as (each option's columns, each option's 0/1 label, the choice's weight):
    an L2-regularised logistic regression on the feature differences of every right/wrong pair. Returns the
    weights and the number of pairs."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    index: dict[int, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    values: list[float] = []
    labels: list[int] = []
    weights: list[float] = []
    for columns, marks, weight in choices:
        for good in (n for n, m in enumerate(marks) if m):
            for bad in (n for n, m in enumerate(marks) if not m):
                diff = dict.fromkeys(columns[good], 1.0)
                for column in columns[bad]:
                    diff[column] = diff.get(column, 0.0) - 1.0
                for sign in (1.0, -1.0):
                    for column, value in diff.items():
                        if value:
                            rows.append(len(labels))
                            cols.append(index.setdefault(column, len(index)))
                            values.append(sign * value)
                    labels.append(int(sign > 0))
                    weights.append(weight)
    if len(set(labels)) < 2:
        return {}, 0
    matrix = sparse.csr_matrix((np.array(values, dtype=np.float32), (rows, cols)), shape=(len(labels), len(index)))
    classifier = LogisticRegression(C=c, max_iter=500, tol=1e-4, fit_intercept=False)
    classifier.fit(matrix, np.array(labels), sample_weight=np.array(weights))
    found = {col: float(classifier.coef_[0, n]) for col, n in index.items() if abs(classifier.coef_[0, n]) > 1e-4}
    return found, len(labels) // 2
