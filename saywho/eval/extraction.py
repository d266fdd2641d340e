"""``saywho eval extraction``: how close the product's HTML reader gets to a person's ``articleBody``.

For every page of ``../shared/data/news-html`` the product reads the HTML (``ingest.from_html``, as
``saywho extract page.html`` does) and its text is compared with ``articleBody`` as bags of words
(lower-cased ``\\w+`` tokens, counted with multiplicity): precision = shared words / extracted words,
recall = shared words / body words, F1 their harmonic mean. A page the reader rejects scores 0.

The frozen test pages of the speaker gold (English, news-like pages whose hash puts them in the test split:
:func:`test_pages`) are left out by default, so the reader is tuned on the other pages only; when they are
included, only their aggregate is reported, never a page of theirs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from saywho.eval import NEWS_HTML, ground_truth, split_of

_WORD = re.compile(r"\w+")


def bag(text: str) -> Counter[str]:
    return Counter(word.lower() for word in _WORD.findall(text))


def word_prf(extracted: str, body: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 of an extracted text against the reference body."""
    got, want = bag(extracted), bag(body)
    shared = sum((got & want).values())
    precision = shared / sum(got.values()) if got else 0.0
    recall = shared / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass
class ExtractionScore:
    rows: list[dict[str, Any]] = field(default_factory=list)  # hash, url, p, r, f1, error

    def summary(self, hashes: Iterable[str] | None = None) -> dict[str, Any]:
        chosen = set(hashes) if hashes is not None else None
        rows = [r for r in self.rows if chosen is None or r["hash"] in chosen]
        n = len(rows)
        if not n:
            return {"pages": 0}

        def mean(key: str) -> float:
            return round(sum(r[key] for r in rows) / n, 3)

        return {
            "pages": n,
            "reader failed": sum(1 for r in rows if r["error"]),
            "precision": mean("p"),
            "recall": mean("r"),
            "F1": mean("f1"),
            "share F1 > 0.9": round(sum(1 for r in rows if r["f1"] > 0.9) / n, 3),
            "share F1 > 0.5": round(sum(1 for r in rows if r["f1"] > 0.5) / n, 3),
        }


def test_pages(folder: Path = NEWS_HTML) -> set[str]:
    """Hashes of the frozen test pages: those of the speaker gold's test split (eligible pages, test by hash)."""
    from saywho.eval.speakers import eligible

    return {h for h, page in ground_truth(folder).items() if split_of(h) == "test" and eligible(page)}


def evaluate(folder: Path = NEWS_HTML, exclude_test: bool = True) -> ExtractionScore:
    """Every page scored; ``exclude_test``: the frozen test pages (:func:`test_pages`) are not even read."""
    from saywho import ingest
    from saywho.eval.speakers import read_page_html

    score = ExtractionScore()
    frozen = test_pages(folder) if exclude_test else set()
    for page_hash, page in sorted(ground_truth(folder).items()):
        if page_hash in frozen:
            continue
        error = None
        try:
            text = ingest.from_html(read_page_html(page_hash, folder), f"news-html/{page_hash[:8]}").text
        except Exception as exc:  # noqa: BLE001 - a rejected page scores 0 and is counted
            text, error = "", str(exc)
        p, r, f1 = word_prf(text, page["articleBody"])
        score.rows.append({"hash": page_hash, "url": page["url"], "p": p, "r": r, "f1": f1, "error": error})
    return score
