"""Analysts' corrections of what saywho extracted, and their export as gold data.

A review says of one statement that it is correct, wrong, or fixed (new
speaker or spans), or adds a statement the extractor missed. The newest review
of a statement wins. :func:`reviews_as_polnear` turns reviewed articles into
PolNeAR records, so ``saywho eval polnear`` can score the extractor against
people's corrections.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from sqlalchemy import insert, select

from saywho.model import Article, Span
from saywho.store import Store, now, schema
from saywho.store.accounts import User

VERDICTS = ("correct", "wrong", "fixed", "missed")
MAX_SPEAKER = schema.reviews.c.speaker.type.length  # 300


class ReviewError(ValueError):
    """A review that cannot be stored; the message says why."""


def parse_spans(value: str, text: str) -> list[Span]:
    """``"12-30, 41-60"`` → spans of ``text``; every span must lie inside it and not be empty."""
    spans = []
    for part in filter(None, (p.strip() for p in re.split(r"[,;\s]+", value or ""))):
        match = re.fullmatch(r"(\d+)\s*[-–:]\s*(\d+)", part)
        if not match:
            raise ReviewError(f"{part!r} is not a span: write START-END, e.g. 120-164")
        start, end = int(match[1]), int(match[2])
        if not 0 <= start < end <= len(text):
            raise ReviewError(f"span {start}-{end} is outside the article (0-{len(text)})")
        spans.append(Span.of(text, start, end))
    return spans


def add(store: Store, article: Article, user: User, verdict: str, attribution_id: str | None = None,
        speaker: str | None = None, source: str = "", cue: str = "", content: str = "", note: str | None = None) -> int:
    """Store a review; spans are given as text (see :func:`parse_spans`)."""
    if not user.is_analyst:
        raise ReviewError("only analysts and admins can review statements")
    if verdict not in VERDICTS:
        raise ReviewError(f"verdict must be one of {', '.join(VERDICTS)}")
    known = {a.id for a in article.attributions}
    if verdict == "missed":
        attribution_id = None
    elif attribution_id not in known:
        raise ReviewError("no such statement in this article")
    src, cues, contents = (parse_spans(v, article.text) for v in (source, cue, content))
    if len(src) > 1 or len(cues) > 1:
        raise ReviewError("a statement has at most one source span and one cue span")
    if verdict == "missed" and not contents:
        raise ReviewError("a missed statement needs its content span")
    if speaker and len(speaker.strip()) > MAX_SPEAKER:
        raise ReviewError(f"a speaker's name can have at most {MAX_SPEAKER} characters")
    if verdict == "fixed" and not (speaker or src or cues or contents):
        raise ReviewError("a fix needs a new speaker or new spans")
    with store.engine.begin() as conn:
        result = conn.execute(insert(schema.reviews).values(
            article_id=article.id, attribution_id=attribution_id, user_id=user.id, verdict=verdict,
            speaker=(speaker or "").strip() or None,
            source=src[0].to_dict() if src else None, cue=cues[0].to_dict() if cues else None,
            content=[s.to_dict() for s in contents] or None,
            note=(note or "").strip()[:2000] or None, created_at=now(),
        ))
        return int(result.inserted_primary_key[0])


def of_article(store: Store, article_id: str) -> list[dict[str, Any]]:
    """Every review of an article, oldest first, with the reviewer's name."""
    r, u = schema.reviews.c, schema.users.c
    query = (select(schema.reviews, u.name.label("reviewer")).join(schema.users, u.id == r.user_id)
             .where(r.article_id == article_id).order_by(r.created_at, r.id))
    with store.engine.connect() as conn:
        return [dict(row) for row in conn.execute(query).mappings()]


def latest(reviews: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The newest review of each statement (reviews must come oldest first)."""
    return {r["attribution_id"]: r for r in reviews if r["attribution_id"]}


def _pairs(spans: Any) -> list[list[int]]:
    if not spans:
        return []
    items = spans if isinstance(spans, list) else [spans]
    return [[int(s["start"]), int(s["end"])] for s in items]


def _type_of(text: str, content: list[list[int]]) -> str:
    # A missed statement has no extracted kind: quoted content reads as direct.
    quoted = [text[s:e].strip().startswith(("“", '"')) for s, e in content]
    return "direct" if quoted and all(quoted) else "indirect"


def polnear_record(article: Article, reviews: list[dict[str, Any]]) -> dict[str, Any]:
    """The article's statements with reviews applied: wrong dropped, fixed replaced, missed added."""
    newest = latest(reviews)
    items = []
    for a in article.attributions:
        review = newest.get(a.id)
        if review and review["verdict"] == "wrong":
            continue
        fixed = review if review and review["verdict"] == "fixed" else {}
        items.append({
            "id": a.id,
            "type": a.kind,
            "source": _pairs(fixed.get("source")) or _pairs(a.source.to_dict() if a.source else None),
            "cue": _pairs(fixed.get("cue")) or _pairs(a.cue.to_dict() if a.cue else None),
            "content": _pairs(fixed.get("content")) or [[s.start, s.end] for s in a.content],
        })
    for review in reviews:
        if review["verdict"] == "missed":
            content = _pairs(review["content"])
            items.append({"id": f"M{review['id']}", "type": _type_of(article.text, content),
                          "source": _pairs(review["source"]), "cue": _pairs(review["cue"]), "content": content})
    return {"id": article.id, "text": article.text, "attributions": items}


def reviews_as_polnear(store: Store) -> Iterator[dict[str, Any]]:
    """One PolNeAR record per reviewed article, in article id order."""
    r = schema.reviews.c
    with store.engine.connect() as conn:
        ids = [row[0] for row in conn.execute(select(r.article_id).distinct().order_by(r.article_id))]
    for article_id in ids:
        article = store.article(article_id)
        if article is not None:
            yield polnear_record(article, of_article(store, article_id))
