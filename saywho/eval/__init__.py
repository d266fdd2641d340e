"""Evaluation against the project's own gold sets (``saywho eval speakers``, ``saywho eval extraction``).

The gold labels live in ``gold/`` as ids and character offsets; the publishers' texts they point into are
read from ``../shared/data`` at evaluation time and never stored in the project.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NEWS_HTML = ROOT.parent / "shared" / "data" / "news-html"
SPEAKER_GOLD = ROOT / "gold" / "speakers" / "news_html.jsonl"


def split_of(page_hash: str) -> str:
    """The split of a news-html page, fixed before any annotation: 3 in 10 pages by hash are the frozen test."""
    return "test" if int(page_hash[:8], 16) % 10 < 3 else "dev"


def fingerprint(text: str) -> str:
    """A short check that a stored offset still points at the same characters (a hash, never the text)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


@lru_cache(maxsize=2)
def ground_truth(folder: Path = NEWS_HTML) -> dict[str, dict[str, str]]:
    """``ground-truth.json`` of the news-html pages: sha256 → {url, articleBody}."""
    with (folder / "ground-truth.json").open(encoding="utf-8") as handle:
        return json.load(handle)
