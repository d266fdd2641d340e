"""Comments on articles and on single statements, threaded, with moderation.

Bodies are stored as typed and always shown escaped. A deleted or hidden
comment keeps its row so replies under it keep their place in the thread; a
deleted comment's body is blanked, a hidden one is kept for the moderators.
A hidden or deleted comment is locked: its author cannot edit it and nobody
can reply to it (checked in the same transaction as the write). A user
reports a comment once (a unique index, so two racing requests cannot both
insert).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, insert, select, update
from sqlalchemy.exc import IntegrityError

from saywho.store import Store, now, schema
from saywho.store.accounts import User

MAX_BODY = 5000


class CommentError(ValueError):
    """A comment that cannot be posted or changed; the message says why."""


class AlreadyReported(CommentError):
    """The user has reported this comment before."""


def _clean(body: str) -> str:
    body = body.replace("\r\n", "\n").strip()
    if not body:
        raise CommentError("a comment cannot be empty")
    if len(body) > MAX_BODY:
        raise CommentError(f"a comment can have at most {MAX_BODY} characters")
    return body


def get(store: Store, comment_id: int) -> dict[str, Any] | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(schema.comments).where(schema.comments.c.id == comment_id)).mappings().first()
    return dict(row) if row else None


def add(store: Store, article_id: str, user: User, body: str,
        attribution_id: str | None = None, parent_id: int | None = None) -> int:
    body = _clean(body)
    with store.engine.begin() as conn:
        if not conn.execute(select(schema.articles.c.id).where(schema.articles.c.id == article_id)).first():
            raise CommentError("no such article")
        if parent_id is not None:
            c = schema.comments.c
            parent = conn.execute(select(c.article_id, c.attribution_id, c.hidden, c.deleted)
                                  .where(c.id == parent_id)).first()
            if parent is None or parent.article_id != article_id:
                raise CommentError("no such comment to reply to")
            if parent.hidden or parent.deleted:
                raise CommentError("that comment was hidden by a moderator or deleted: it cannot be replied to")
            attribution_id = parent.attribution_id  # a reply belongs where its parent is
        elif attribution_id:
            at = schema.attributions.c
            if not conn.execute(select(at.pk).where(and_(at.article_id == article_id, at.local_id == attribution_id))).first():
                raise CommentError("no such statement in this article")
        result = conn.execute(insert(schema.comments).values(
            article_id=article_id, attribution_id=attribution_id or None, parent_id=parent_id,
            user_id=user.id, body=body, created_at=now(), hidden=False, deleted=False,
        ))
        return int(result.inserted_primary_key[0])


def _change(store: Store, comment_id: int, **values: Any) -> None:
    with store.engine.begin() as conn:
        conn.execute(update(schema.comments).where(schema.comments.c.id == comment_id).values(**values))


def _existing(store: Store, comment_id: int) -> dict[str, Any]:
    row = get(store, comment_id)
    if row is None or row["deleted"]:
        raise CommentError("no such comment")
    return row


def edit(store: Store, comment_id: int, user: User, body: str) -> None:
    body = _clean(body)
    c = schema.comments.c
    with store.engine.begin() as conn:
        # The conditions are in the UPDATE itself, so a hide that lands first always wins.
        changed = conn.execute(update(schema.comments).where(and_(
            c.id == comment_id, c.user_id == user.id, c.hidden.is_(False), c.deleted.is_(False),
        )).values(body=body, edited_at=now())).rowcount
    if not changed:
        row = _existing(store, comment_id)
        if row["user_id"] != user.id:
            raise CommentError("only its author can edit a comment")
        raise CommentError("a moderator hid this comment: it can no longer be edited")


def delete(store: Store, comment_id: int, user: User) -> None:
    row = _existing(store, comment_id)
    if row["user_id"] != user.id and not user.is_admin:
        raise CommentError("only its author or an admin can delete a comment")
    _change(store, comment_id, deleted=True, body="")
    resolve_reports(store, comment_id)


def hide(store: Store, comment_id: int, user: User, hidden: bool = True) -> None:
    _existing(store, comment_id)
    if not user.is_admin:
        raise CommentError("only an admin can hide a comment")
    _change(store, comment_id, hidden=hidden)
    resolve_reports(store, comment_id)


def report(store: Store, comment_id: int, user: User, reason: str = "") -> None:
    row = _existing(store, comment_id)
    if row["user_id"] == user.id:
        raise CommentError("you cannot report your own comment")
    try:
        with store.engine.begin() as conn:
            conn.execute(insert(schema.comment_reports).values(
                comment_id=comment_id, user_id=user.id, reason=reason.strip()[:1000] or None,
                created_at=now(), resolved=False,
            ))
    except IntegrityError:
        raise AlreadyReported("You have already reported this comment: a moderator will look at it.") from None


def resolve_reports(store: Store, comment_id: int) -> None:
    r = schema.comment_reports.c
    with store.engine.begin() as conn:
        conn.execute(update(schema.comment_reports).where(r.comment_id == comment_id).values(resolved=True))


def open_reports(store: Store) -> list[dict[str, Any]]:
    """Reported comments not yet dealt with, oldest report first, one row per comment."""
    r, c, u = schema.comment_reports.c, schema.comments.c, schema.users.c
    author = schema.users.alias("author")
    query = (
        select(c.id, c.article_id, c.attribution_id, c.body, c.hidden, c.created_at,
               author.c.name.label("author"), r.reason, r.created_at.label("reported_at"), u.name.label("reporter"))
        .join(schema.comments, c.id == r.comment_id)
        .join(author, author.c.id == c.user_id)
        .join(schema.users, u.id == r.user_id)
        .where(r.resolved.is_(False))
        .order_by(r.created_at, r.id)
    )
    grouped: dict[int, dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for row in conn.execute(query).mappings():
            item = grouped.setdefault(row["id"], {**row, "reports": []})
            item["reports"].append({"reporter": row["reporter"], "reason": row["reason"], "at": row["reported_at"]})
    return list(grouped.values())


def thread(store: Store, article_id: str, viewer: User | None = None) -> list[dict[str, Any]]:
    """Top-level comments, oldest first, each with its ``replies`` nested the same way."""
    c, u = schema.comments.c, schema.users.c
    query = (select(schema.comments, u.name.label("author")).join(schema.users, u.id == c.user_id)
             .where(c.article_id == article_id).order_by(c.created_at, c.id))
    with store.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(query).mappings()]
    by_id = {row["id"]: {**row, "replies": [], "shown": _shown(row, viewer)} for row in rows}
    top = []
    for item in by_id.values():
        parent = by_id.get(item["parent_id"]) if item["parent_id"] else None
        (parent["replies"] if parent else top).append(item)
    return top


def _shown(row: dict[str, Any], viewer: User | None) -> bool:
    """Whether the viewer may read the body (the template shows a placeholder otherwise)."""
    if row["deleted"]:
        return False
    return not row["hidden"] or bool(viewer and viewer.is_admin)


def count(store: Store, article_id: str) -> int:
    c = schema.comments.c
    with store.engine.connect() as conn:
        return len(conn.execute(select(c.id).where(and_(c.article_id == article_id, c.deleted.is_(False)))).all())
