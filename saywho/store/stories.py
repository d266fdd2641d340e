"""Stories across outlets: near-duplicate articles grouped, and the same statement linked across them.

A wire story copied by twenty outlets, or updated three times, is one story: each article's MinHash
signature (datasketch, word 5-gram shingles) is split into LSH bands stored in ``story_bands``; an
article joins the story of the stored article that shares a band with it and whose estimated Jaccard
similarity is at least :data:`THRESHOLD`, else starts a new one. The lookup is an indexed SQL query, so it
works across processes and runs, and the signature is kept (``article_stories``) for later articles.

Within a story, a statement with the same speaker and near-identical content as one stored before links to
that first report (``statement_links``): what GDELT counts as one event in several articles and sources.
Two copies saved at the very same moment by two writers may start two stories (neither sees the other's
uncommitted bands); every later copy joins the older one.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from saywho.model import Article
from saywho.store import schema

NUM_PERM = 128
BANDS, ROWS = 32, 4  # 32 bands of 4 rows: pairs from about 0.4 Jaccard up share a band
THRESHOLD = 0.5  # estimated Jaccard similarity of 5-gram shingles that makes two articles one story
SHINGLE = 5
SCHEME = "affine32"  # datasketch 2's permutation scheme, named: stored signatures must keep meaning the same
SAME_STATEMENT = 0.8  # word-set Jaccard of two statements' contents (same speaker) that makes them one
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def signature(text: str) -> Any:
    """The MinHash (datasketch) of the text's word 5-grams (the words themselves for a very short text)."""
    from datasketch import MinHash  # here: datasketch imports scipy, which only saving needs

    tokens = words(text)
    shingles = {" ".join(tokens[i:i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))}
    minhash = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash


def _to_bytes(minhash: Any) -> bytes:
    import numpy as np

    return np.asarray(minhash.hashvalues, dtype="<u4").tobytes()  # affine32: 32-bit values


def _from_bytes(data: bytes) -> Any:
    import numpy as np
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME,
                   hashvalues=np.frombuffer(data, dtype="<u4").astype(np.uint64))


def bands(minhash: Any) -> list[str]:
    import numpy as np

    values = np.asarray(minhash.hashvalues, dtype="<u4")
    return [f"{n}:{hashlib.blake2b(values[n * ROWS:(n + 1) * ROWS].tobytes(), digest_size=12).hexdigest()}"
            for n in range(BANDS)]


def assign(conn: Connection, article_id: str, article: Article) -> int:
    """Put a just-saved article in a story (an existing one or a new one) and link its statements to
    earlier reports of them; returns the story's id. Runs inside the article's save transaction."""
    from saywho.store import now

    minhash = signature(article.text)
    keys = bands(minhash)
    st, sb = schema.article_stories.c, schema.story_bands.c
    candidates = conn.execute(
        select(st.article_id, st.story_id, st.signature)
        .join(schema.story_bands, sb.article_id == st.article_id)
        .where(sb.band.in_(keys), st.article_id != article_id).distinct()
    ).all()
    best: tuple[float, int] | None = None
    for row in candidates:
        similarity = minhash.jaccard(_from_bytes(row.signature))
        if similarity >= THRESHOLD and (best is None or (similarity, -row.story_id) > (best[0], -best[1])):
            best = (similarity, row.story_id)
    if best is not None:
        story_id = best[1]
    else:
        story_id = conn.execute(schema.stories.insert().values(created_at=now())
                                .returning(schema.stories.c.id)).scalar_one()
    conn.execute(schema.article_stories.insert().values(article_id=article_id, story_id=story_id,
                                                        signature=_to_bytes(minhash)))
    conn.execute(schema.story_bands.insert(), [{"band": key, "article_id": article_id} for key in keys])
    if best is not None:
        link_statements(conn, article_id, story_id)
    return story_id


def link_statements(conn: Connection, article_id: str, story_id: int) -> int:
    """Link each statement of the article to the first report of the same statement in the story: the
    same speaker, and contents whose word sets overlap by :data:`SAME_STATEMENT`. Returns the links made."""
    t, st = schema.attributions.c, schema.article_stories.c
    mine = conn.execute(select(t.pk, t.speaker_id, t.content_text).where(
        t.article_id == article_id, t.statement.is_(True), t.speaker_id.is_not(None))).all()
    if not mine:
        return 0
    links = schema.statement_links.c
    earlier = conn.execute(
        select(t.pk, t.speaker_id, t.content_text, links.first_pk)
        .join(schema.article_stories, st.article_id == t.article_id)
        .outerjoin(schema.statement_links, links.attribution_pk == t.pk)
        .where(st.story_id == story_id, t.article_id != article_id, t.statement.is_(True),
               t.speaker_id.in_({row.speaker_id for row in mine}))
        .order_by(t.pk)
    ).all()
    earlier_words = [set(words(other.content_text)) for other in earlier]  # once, not once per statement
    made = 0
    for row in mine:
        content = set(words(row.content_text))
        for other, other_words in zip(earlier, earlier_words, strict=True):
            if other.speaker_id == row.speaker_id and _overlap(content, other_words) >= SAME_STATEMENT:
                conn.execute(schema.statement_links.insert().values(
                    attribution_pk=row.pk, first_pk=other.first_pk or other.pk))
                made += 1
                break
    return made


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def reported_by(conn: Connection, article_id: str) -> list[dict[str, Any]]:
    """The articles of this article's story, oldest first (by publication date, then by when stored):
    who reported the story first, and who else did. Empty when the article is in no story."""
    a, st = schema.articles.c, schema.article_stories.c
    story = select(st.story_id).where(st.article_id == article_id).scalar_subquery()
    rows = conn.execute(
        select(a.id, a.title, a.url, a.publisher, a.published, a.ingested_at)
        .join(schema.article_stories, st.article_id == a.id)
        .where(st.story_id == story)
        .order_by(func.coalesce(a.published, ""), a.ingested_at, a.id)
    ).mappings().all()
    articles = [dict(r) for r in rows]
    dated = [r for r in articles if r["published"]]
    return dated + [r for r in articles if not r["published"]]  # an undated copy is never "first"


def outlet(publisher: str | None, url: str | None, article_id: str) -> str:
    """Who published an article: its publisher, else its URL's host, else the article itself."""
    if publisher:
        return publisher.strip().lower()
    return _host(url) or f"article:{article_id}"


def outlet_name(publisher: str | None, url: str | None, article_id: str, title: str | None = None) -> str:
    """An outlet as a reader names it: the publisher as stored, else the URL's host, else the title or id."""
    if publisher and publisher.strip():
        return publisher.strip()
    return _host(url) or title or article_id


def _host(url: str | None) -> str:
    """The URL's host without "www.", lower-cased; "" when there is none."""
    if not url or "://" not in url:
        return ""
    return url.split("://", 1)[1].split("/", 1)[0].lower().removeprefix("www.")


LISTED_REPORTS = 20  # other reports listed per statement (the oldest); ``articles`` counts them all
_IN_LIST = 500  # values in one SQL IN list: well under SQLite's and PostgreSQL's limits on bound parameters


def statement_provenance(conn: Connection, where: Any) -> dict[tuple[str, str], dict[str, Any]]:
    """Who else reported each statement chosen by ``where`` (a condition on ``attributions``), keyed by
    (article id, statement id), for the statements that :func:`link_statements` linked across a story:

    ``outlets`` / ``articles``: how many outlets and articles reported it, this one included;
    ``other_outlets``: the outlets among the others that are not this article's own ("also reported by N");
    ``first``: the first report, by publication time as :func:`reported_by` orders them (it may be this one);
    ``others``: the report in each other article, oldest first (where a copy says it twice, its first), the
    first :data:`LISTED_REPORTS` of them (``articles`` - 1 in all).
    A report is ``{article_id, statement_id, outlet, published, title, page}``, ``page`` being the path of
    that statement on the article page. Three queries (the last one per 500 linked reports), whatever the
    number of statements; a statement no other article reported is left out.
    """
    t, links, a = schema.attributions.c, schema.statement_links.c, schema.articles.c
    mine = conn.execute(select(t.pk, t.article_id, t.local_id, links.first_pk)
                        .outerjoin(schema.statement_links, links.attribution_pk == t.pk).where(where)).all()
    root = {row.pk: row.first_pk or row.pk for row in mine}
    members: dict[int, set[int]] = {}
    for row in mine:
        if row.first_pk is not None:
            members.setdefault(row.first_pk, {row.first_pk}).add(row.pk)
    own_links = schema.statement_links.alias("own_links")
    roots = (select(func.coalesce(own_links.c.first_pk, t.pk))
             .outerjoin(own_links, own_links.c.attribution_pk == t.pk).where(where))
    for child, first in conn.execute(select(links.attribution_pk, links.first_pk).where(links.first_pk.in_(roots))):
        members.setdefault(first, {first}).add(child)  # the reports linked to the same first report
    wanted = sorted({pk for group in members.values() for pk in group})
    if not wanted:
        return {}
    reports: dict[int, dict[str, Any]] = {}
    for batch in _batches(wanted):
        for row in conn.execute(select(t.pk, t.article_id, t.local_id, a.publisher, a.url, a.published, a.title,
                                       a.ingested_at).join(schema.articles, a.id == t.article_id)
                                .where(t.pk.in_(batch))).mappings():
            reports[row["pk"]] = dict(row)
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for row in mine:
        group = [reports[pk] for pk in members.get(root[row.pk], ()) if pk in reports]  # a deleted first report is gone
        if len(group) < 2 or row.pk not in reports:
            continue
        group.sort(key=lambda r: (not r["published"], r["published"] or "", str(r["ingested_at"]), r["article_id"],
                                  r["pk"]))
        own = outlet(reports[row.pk]["publisher"], reports[row.pk]["url"], row.article_id)
        others: list[dict[str, Any]] = []
        seen = {row.article_id}
        for report in group:  # one per other article (a copy may say it twice: its first saying)
            if report["article_id"] not in seen:
                seen.add(report["article_id"])
                others.append(report)
        if not others:
            continue
        found[(row.article_id, row.local_id)] = {
            "outlets": len({outlet(r["publisher"], r["url"], r["article_id"]) for r in group}),
            "articles": len({r["article_id"] for r in group}),
            "other_outlets": len({outlet(r["publisher"], r["url"], r["article_id"]) for r in others} - {own}),
            "first": _report(group[0]),
            "others": [_report(r) for r in others[:LISTED_REPORTS]],
        }
    return found


def _report(row: dict[str, Any]) -> dict[str, Any]:
    from urllib.parse import quote

    return {"article_id": row["article_id"], "statement_id": row["local_id"],
            "outlet": outlet_name(row["publisher"], row["url"], row["article_id"], row["title"]),
            "published": row["published"], "title": row["title"],
            "page": f"/articles/{quote(row['article_id'], safe='')}#s-{quote(row['local_id'], safe='')}"}


def _batches(values: list[int]) -> Any:
    for start in range(0, len(values), _IN_LIST):
        yield values[start:start + _IN_LIST]


def article_provenance(conn: Connection, article_id: str) -> dict[str, dict[str, Any]]:
    """:func:`statement_provenance` of an article's statements, by statement id; one query and nothing
    more for an article that is alone in its story (most are)."""
    st = schema.article_stories.c
    story = select(st.story_id).where(st.article_id == article_id).scalar_subquery()
    if conn.execute(select(func.count()).where(st.story_id == story)).scalar_one() < 2:
        return {}
    found = statement_provenance(conn, schema.attributions.c.article_id == article_id)
    return {local_id: value for (_, local_id), value in found.items()}
