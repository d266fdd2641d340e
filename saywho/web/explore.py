"""What the actor and events pages show, gathered from the store.

Relations (whom an actor praises, criticises, threatens or consults) come from
coded events when there are any, and otherwise from the actor's statements:
the cue verb says how, and the actors named in what was said (or the
addressee) say to or about whom.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from sqlalchemy import or_, select

from saywho import schema
from saywho.model import Actor, Article, Attribution
from saywho.store import Store

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


def mentioned(text: str, actors: list[Actor], besides: str) -> list[Actor]:
    found = []
    for actor in actors:
        if actor.id == besides:
            continue
        if any(re.search(rf"(?<!\w){re.escape(n)}", text) for n in _names(actor)):
            found.append(actor)
    return found


def article_ids_of(store: Store, actor_id: str, limit: int = 300) -> list[str]:
    """Articles where the actor speaks or acts, newest first."""
    at, ev, a = schema.attributions.c, schema.events.c, schema.articles.c
    ids = select(at.article_id).where(at.speaker_id == actor_id).union(
        select(ev.article_id).where(or_(ev.source_id == actor_id, ev.target_id == actor_id)))
    query = select(a.id).where(a.id.in_(ids)).order_by(a.published.desc(), a.ingested_at.desc()).limit(limit)
    with store.engine.connect() as conn:
        return [r[0] for r in conn.execute(query)]


def article_dates(store: Store, ids: list[str]) -> dict[str, str]:
    """Article id → its date (published, else the day it was ingested), YYYY-MM-DD."""
    a = schema.articles.c
    with store.engine.connect() as conn:
        rows = conn.execute(select(a.id, a.published, a.ingested_at).where(a.id.in_(ids))).all()
    return {r.id: (r.published or str(r.ingested_at))[:10] for r in rows}


def _relations_from_statement(item: Attribution, article: Article, actor_id: str) -> list[tuple[str, Actor]]:
    relation = cue_relation(item.cue.text) if item.cue else None
    if relation is None:
        return []
    # Whom one consults is whom one speaks to; the other relations are about whom one speaks of.
    if relation == "consult":
        targets = mentioned(item.addressee, article.actors, actor_id) if item.addressee else []
    else:
        targets = mentioned(" ".join(s.text for s in item.content), article.actors, actor_id)
    return [(relation, t) for t in targets]


def actor_record(store: Store, actor: Actor) -> dict[str, Any]:
    """Statements (newest first), relations and per-day counts for the actor page."""
    ids = article_ids_of(store, actor.id)
    dates = article_dates(store, ids)
    statements, relations, per_day = [], Counter(), Counter()
    others: dict[str, Actor] = {}
    for article_id in ids:
        article = store.article(article_id)
        if article is None:
            continue
        for item in article.statements:  # an actor's page lists what it said, not what it thinks or seems
            if item.speaker is None or item.speaker.id != actor.id:
                continue
            statements.append({"article": article, "item": item, "date": dates.get(article_id, "")})
            per_day[dates.get(article_id, "")] += 1
            for relation, other in _relations_from_statement(item, article, actor.id):
                relations[(relation, other.id)] += 1
                others[other.id] = other
        for event in article.events:
            relation = _EVENT_RELATION.get(event.category)
            if relation and event.source and event.source.id == actor.id and event.target:
                relations[(relation, event.target.id)] += 1
                others[event.target.id] = event.target
    edges = [{"relation": r, "actor": others[i], "count": n} for (r, i), n in relations.most_common()]
    return {"statements": statements, "edges": edges, "per_day": dict(per_day), "articles": len(ids)}


def events_timeline(store: Store, limit: int = 2000) -> list[dict[str, Any]]:
    """Coded events with their article's date and actors' names, oldest first."""
    ev, a = schema.events.c, schema.articles.c
    src, tgt = schema.actors.alias("src"), schema.actors.alias("tgt")
    query = (
        select(ev.article_id, ev.local_id, ev.category, ev.quad_class, ev.goldstein, ev.evidence, ev.place,
               ev.negated, ev.hypothetical, a.title, a.published, a.ingested_at,
               src.c.name.label("source"), tgt.c.name.label("target"))
        .join(schema.articles, a.id == ev.article_id)
        .outerjoin(src, src.c.id == ev.source_id)
        .outerjoin(tgt, tgt.c.id == ev.target_id)
        .order_by(a.published, a.ingested_at, ev.pk)
        .limit(limit)
    )
    with store.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(query).mappings()]
    for row in rows:
        row["date"] = (row["published"] or str(row["ingested_at"]))[:10]
    return rows
