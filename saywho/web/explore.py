"""What the actor, actors, events and statements lists show, gathered from the store a page at a time.

Relations (whom an actor praises, criticises, threatens or consults) come from
coded events when there are any, and otherwise from the actor's statements:
the cue verb says how, and the actors named in what was said (or the
addressee) say to or about whom.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from sqlalchemy import Text, and_, func, or_, select
from sqlalchemy.engine import Connection

from saywho.model import Actor
from saywho.store import Store, _escape_like, actor_from_row, attribution_from_row, schema
from saywho.store.paging import COUNT_CAP, DEFAULT_SIZE, Key, Page, fetch
from saywho.store.search import matching_actors

RELATIONS = ("praise", "criticise", "threaten", "consult")
_CUE_RELATION = {
    "praise": ("prais", "welcom", "hail", "thank", "commend", "applaud", "laud", "congratulat", "back", "endors"),
    "criticise": ("criticis", "criticiz", "condemn", "slam", "attack", "accus", "blam", "denounc", "reject", "dismiss", "rebuk"),
    "threaten": ("threat", "warn", "vow"),
    "consult": ("tell", "told", "meet", "met", "spok", "speak", "consult", "call", "talk", "discuss", "ask", "urg"),
}
_EVENT_RELATION = {
    "SUPPORT": "praise", "AGREE": "praise", "COOPERATE": "praise", "AID": "praise", "CONCEDE": "praise",
    "ACCUSE": "criticise", "REJECT": "criticise", "PROTEST": "criticise", "SANCTION": "criticise",
    "THREATEN": "threaten", "COERCE": "threaten", "ASSAULT": "threaten", "MOBILIZE": "threaten",
    "CONSULT": "consult", "REQUEST": "consult", "RETREAT": "consult",
}


def cue_relation(cue: str) -> str | None:
    word = cue.lower().split()[0] if cue.strip() else ""
    for relation, stems in _CUE_RELATION.items():
        if word.startswith(stems):
            return relation
    return None


def _names(actor: Actor) -> list[str]:
    names = [actor.name, *actor.aliases]
    if actor.type == "person" and " " in actor.name:
        names.append(actor.name.split()[-1])  # "Trump" for Donald Trump
    return [n for n in dict.fromkeys(names) if len(n) > 2]


# The relations come from the actor's newest statements (cue verb and the actors named) and from all of
# its coded events (one aggregate): a fixed number of queries whatever the number of articles.
RELATION_WINDOW = 300
# The chart of statements over time counts the newest this many: an aggregate over all of them would cost
# a join per statement, and the most quoted actor of a large store has tens of thousands.
CHART_WINDOW = 2000
RELATIONS_SHOWN = 50  # the strongest relations; the network draws the first dozen actors


def actor_record(store: Store, actor: Actor, cursor: str | None = None, size: int = DEFAULT_SIZE) -> dict[str, Any]:
    """A page of the actor's statements (newest stored first), relations and per-day counts.

    Seven queries, however many articles quote the actor (tests/test_pages.py counts them).
    """
    at, a = schema.attributions.c, schema.articles.c
    said = and_(at.speaker_id == actor.id, at.statement.is_(True))
    day = func.coalesce(func.substr(a.published, 1, 10), func.substr(func.cast(a.ingested_at, Text), 1, 10))
    listed = (select(at.pk, at.article_id, at.local_id, at.source, at.cue, at.content, at.kind, at.speaker_id,
                     at.addressee, at.medium, at.negated, at.confidence, at.act, at.source_type,
                     a.title.label("article_title"), func.substr(a.text, 1, 300).label("opening"), day.label("day"))
              .join(schema.articles, a.id == at.article_id).where(said))
    with store.engine.connect() as conn:
        totals = conn.execute(select(func.count(), func.count(at.article_id.distinct())).where(said)).one()
        newest = select(at.article_id).where(said).order_by(at.pk.desc()).limit(CHART_WINDOW).subquery()
        per_day = dict(conn.execute(select(day, func.count()).select_from(newest)
                                    .join(schema.articles, a.id == newest.c.article_id).group_by(day)).all())
        page = fetch(conn, f"actor:{actor.id}", listed, [Key("pk", at.pk, "int", descending=True)], cursor, size)
        page.total = totals[0]
        relations = _relations(conn, actor)
    speakers = {actor.id: actor}
    statements = [{"article": {"id": r["article_id"], "title": r["article_title"], "text": r["opening"]},
                   "item": attribution_from_row(r, speakers), "date": r["day"] or ""} for r in page.rows]
    return {"statements": statements, "edges": relations, "per_day": {k or "": v for k, v in per_day.items()},
            "articles": totals[1], "count": totals[0], "page": page, "charted": min(totals[0], CHART_WINDOW)}


def _relations(conn: Connection, actor: Actor) -> list[dict[str, Any]]:
    """Whom the actor praises, criticises, threatens or consults, most often first (three queries)."""
    at, aa, ev = schema.attributions.c, schema.article_actors.c, schema.events.c
    recent = conn.execute(select(at.article_id, at.cue, at.content, at.addressee)
                          .where(at.speaker_id == actor.id, at.statement.is_(True))
                          .order_by(at.pk.desc()).limit(RELATION_WINDOW)).mappings().all()
    wanted = [r for r in recent if r["cue"] and cue_relation(r["cue"].get("text") or "")]
    present: dict[str, list[Actor]] = {}
    if wanted:
        query = (select(schema.actors, aa.article_id.label("in_article"))
                 .join(schema.article_actors, aa.actor_id == schema.actors.c.id)
                 .where(aa.article_id.in_({r["article_id"] for r in wanted})))
        made: dict[str, Actor] = {}
        for row in conn.execute(query).mappings():
            other = made.get(row["id"]) or made.setdefault(row["id"], actor_from_row(row))
            present.setdefault(row["in_article"], []).append(other)
    counts: Counter[tuple[str, str]] = Counter()
    others: dict[str, Actor] = {}
    patterns: dict[str, re.Pattern[str]] = {}
    for row in wanted:
        relation = cue_relation(row["cue"]["text"])
        # Whom one consults is whom one speaks to; the other relations are about whom one speaks of.
        said = row["addressee"] or "" if relation == "consult" else " ".join(s["text"] for s in row["content"])
        for other in present.get(row["article_id"], []) if said else []:
            if other.id == actor.id:
                continue
            if other.id not in patterns:  # one pattern per actor, not one per name and statement
                names = "|".join(re.escape(n) for n in _names(other)) or r"(?!x)x"
                patterns[other.id] = re.compile(rf"(?<!\w)(?:{names})")
            if patterns[other.id].search(said):
                counts[(relation, other.id)] += 1
                others[other.id] = other
    coded = (select(ev.category, ev.target_id, func.count()).where(ev.source_id == actor.id, ev.target_id.is_not(None),
                                                                   ev.category.in_(list(_EVENT_RELATION)))
             .group_by(ev.category, ev.target_id).order_by(func.count().desc(), ev.target_id).limit(RELATIONS_SHOWN * 4))
    for category, target_id, n in conn.execute(coded):
        counts[(_EVENT_RELATION[category], target_id)] += n
    counts = Counter(dict(counts.most_common(RELATIONS_SHOWN)))
    missing = {i for _, i in counts if i not in others}
    if missing:
        for row in conn.execute(select(schema.actors).where(schema.actors.c.id.in_(missing))).mappings():
            others[row["id"]] = actor_from_row(row)
    return [{"relation": r, "actor": others[i], "count": n} for (r, i), n in counts.most_common() if i in others]


def events_page(store: Store, category: str = "", quad: int = 0, cursor: str | None = None,
                size: int = DEFAULT_SIZE) -> Page:
    """Coded events, newest stored first, with their article's date and actors' names; filters in SQL."""
    ev, a = schema.events.c, schema.articles.c
    src, tgt = schema.actors.alias("src"), schema.actors.alias("tgt")
    query = (
        select(ev.pk, ev.article_id, ev.local_id, ev.category, ev.quad_class, ev.goldstein, ev.evidence, ev.place,
               ev.negated, ev.hypothetical, a.title, a.published, a.ingested_at,
               src.c.name.label("source"), tgt.c.name.label("target"))
        .join(schema.articles, a.id == ev.article_id)
        .outerjoin(src, src.c.id == ev.source_id)
        .outerjoin(tgt, tgt.c.id == ev.target_id)
    )
    matching = select(ev.pk)
    for condition in ([ev.category == category.upper()] if category else []) + ([ev.quad_class == quad] if quad else []):
        query, matching = query.where(condition), matching.where(condition)
    with store.engine.connect() as conn:
        page = fetch(conn, "events", query, [Key("pk", ev.pk, "int", descending=True)], cursor, size, matching,
                     cap=COUNT_CAP if category or quad else None)
    for row in page.rows:
        row["date"] = (row["published"] or str(row["ingested_at"]))[:10]
    return page


def actors_page(store: Store, q: str = "", cursor: str | None = None, size: int = DEFAULT_SIZE) -> Page:
    """Actors by name (then id), those whose name contains ``q`` (or whose id it is) when given."""
    ac = schema.actors.c
    query, matching = select(schema.actors), select(ac.id)
    if q:
        named = or_(ac.id == q, func.lower(ac.name).like(f"%{_escape_like(q.lower())}%", escape="\\"))
        query, matching = query.where(named), matching.where(named)
    with store.engine.connect() as conn:
        return fetch(conn, "actors", query, [Key("name", ac.name, "str"), Key("id", ac.id, "str")], cursor, size,
                     matching, cap=COUNT_CAP if q else None)


def statements_page(store: Store, speaker: str | None = None, about: str | None = None, everything: bool = False,
                    cursor: str | None = None, size: int = DEFAULT_SIZE) -> Page:
    """Stored statements, newest stored first, like ``saywho who-said``; filters in SQL, counted up to COUNT_CAP."""
    t, a, ac = schema.attributions.c, schema.articles.c, schema.actors.c
    query = (
        select(t.pk, t.article_id, t.local_id, t.kind, t.content_text, t.cue, t.source, t.confidence,
               t.act, t.source_type, t.statement,
               ac.id.label("speaker_id"), ac.name.label("speaker"), ac.title, ac.country,
               a.title.label("article_title"), a.published)
        .join(schema.articles, a.id == t.article_id)
        .outerjoin(schema.actors, ac.id == t.speaker_id)
    )
    conditions = []
    with store.engine.connect() as conn:
        if speaker:  # one actor (its id or whole name), else up to 20 whose names contain it
            speakers = matching_actors(conn, speaker)
            conditions.append(t.speaker_id == speakers[0] if len(speakers) == 1 else t.speaker_id.in_(speakers))
        if about:
            conditions.append(func.lower(t.content_text).like(f"%{_escape_like(about.lower())}%", escape="\\"))
        if not everything:
            conditions.append(t.statement.is_(True))
        page = fetch(conn, "statements", query.where(*conditions), [Key("pk", t.pk, "int", descending=True)],
                     cursor, size, select(t.pk).where(*conditions), cap=COUNT_CAP if speaker or about else None)
    for row in page.rows:
        del row["pk"]
    return page
