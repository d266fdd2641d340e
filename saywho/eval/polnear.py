"""Score extracted attributions against PolNeAR-format gold data.

Definitions follow CofeNet (Wang et al., COLING 2022, Tables 6 and 7): each
role (source, cue, content) is scored separately; every contiguous span is one
chunk; chunks are compared after trimming white space and edge punctuation and
quote marks. *Exact* match needs both ends equal; *begin* match only the start.
Precision counts matched predicted chunks, recall matched gold chunks.
"""

from __future__ import annotations

import json
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROLES = ("source", "cue", "content")
EDGE_CHARS = set(string.whitespace + string.punctuation + "“”‘’«»„‚—–…\u00a0")


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in EDGE_CHARS:
        start += 1
    while end > start and text[end - 1] in EDGE_CHARS:
        end -= 1
    return (start, end) if end > start else None


@dataclass
class Counts:
    predicted: int = 0
    gold: int = 0
    matched_predicted: int = 0
    matched_gold: int = 0

    def add(self, other: Counts) -> None:
        self.predicted += other.predicted
        self.gold += other.gold
        self.matched_predicted += other.matched_predicted
        self.matched_gold += other.matched_gold

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    exact: dict[str, Counts] = field(default_factory=lambda: {r: Counts() for r in ROLES})
    begin: dict[str, Counts] = field(default_factory=lambda: {r: Counts() for r in ROLES})
    articles: int = 0

    def table(self) -> list[dict[str, Any]]:
        rows = []
        for match, counts in (("exact", self.exact), ("begin", self.begin)):
            for role in ROLES:
                c = counts[role]
                rows.append({
                    "match": match, "role": role, "precision": round(100 * c.precision, 1),
                    "recall": round(100 * c.recall, 1), "f1": round(100 * c.f1, 1),
                    "predicted": c.predicted, "gold": c.gold,
                })
        return rows


def chunks(text: str, spans: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    result = set()
    for start, end in spans:
        trimmed = trim(text, start, end)
        if trimmed:
            result.add(trimmed)
    return result


def _compare(predicted: set[tuple[int, int]], gold: set[tuple[int, int]], key: Any) -> Counts:
    gold_keys = {key(g) for g in gold}
    predicted_keys = {key(p) for p in predicted}
    return Counts(
        predicted=len(predicted),
        gold=len(gold),
        matched_predicted=sum(1 for p in predicted if key(p) in gold_keys),
        matched_gold=sum(1 for g in gold if key(g) in predicted_keys),
    )


def score_article(text: str, gold: dict[str, list], predicted: dict[str, list], score: Score) -> None:
    """Add one article's counts; ``gold``/``predicted`` map role → list of (start, end)."""
    for role in ROLES:
        g = chunks(text, gold.get(role, []))
        p = chunks(text, predicted.get(role, []))
        score.exact[role].add(_compare(p, g, key=lambda s: s))
        score.begin[role].add(_compare(p, g, key=lambda s: s[0]))
    score.articles += 1


def gold_roles(record: dict[str, Any]) -> dict[str, list[tuple[int, int]]]:
    roles: dict[str, list[tuple[int, int]]] = {r: [] for r in ROLES}
    for item in record.get("attributions", []):
        for role in ROLES:
            roles[role].extend((int(s), int(e)) for s, e in item.get(role) or [])
    return roles


def predicted_roles(attributions: Iterable[Any]) -> dict[str, list[tuple[int, int]]]:
    """Role spans from :class:`saywho.model.Attribution` objects."""
    roles: dict[str, list[tuple[int, int]]] = {r: [] for r in ROLES}
    for item in attributions:
        if item.source is not None:
            roles["source"].append((item.source.start, item.source.end))
        if item.cue is not None:
            roles["cue"].append((item.cue.start, item.cue.end))
        roles["content"].extend((s.start, s.end) for s in item.content)
    return roles


def read_gold(path: Path, required: tuple[str, ...], what: str) -> Iterator[dict[str, Any]]:
    """Records of a gold JSON Lines file; a line that is not a JSON object with ``required`` is an error."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from None
            if not isinstance(record, dict) or any(record.get(key) is None for key in required):
                raise ValueError(f"{path}:{number}: a {what} record needs {' and '.join(required)}")
            yield record


def read_polnear(path: Path) -> Iterator[dict[str, Any]]:
    for record in read_gold(path, ("text",), "PolNeAR"):
        if not isinstance(record["text"], str):
            raise ValueError(f"{path}: record {record.get('id')!r}: 'text' must be a string")
        yield record


def score_polnear(records: list[dict[str, Any]], nlp: Any) -> Score:
    """Run the pipeline over gold records and score it."""
    from saywho.ingest import make_article
    from saywho.pipeline import process

    articles = [make_article(r["text"], str(r.get("id", n)), id=str(r.get("id", n))) for n, r in enumerate(records)]
    score = Score()
    for record, article in zip(records, process(articles, nlp=nlp), strict=True):
        predicted = predicted_roles(getattr(article, "attributions", []))
        score_article(record["text"], gold_roles(record), predicted, score)
    return score


def evaluate_file(path: Path, nlp: Any) -> Score:
    return score_polnear(list(read_polnear(path)), nlp)


def score_table(score: Score, title: str) -> Any:
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for column in ("match", "role", "P", "R", "F1", "predicted", "gold"):
        table.add_column(column, justify="right" if column not in ("match", "role") else "left")
    for row in score.table():
        table.add_row(row["match"], row["role"], f"{row['precision']:.1f}", f"{row['recall']:.1f}",
                      f"{row['f1']:.1f}", str(row["predicted"]), str(row["gold"]))
    return table
