"""The JSON API under ``/api``: the same objects as the CLI's JSON (``Article.to_dict()``).

Reads are open. Writes need ``Authorization: Bearer TOKEN`` (``saywho token
create``) or the session cookie plus its ``X-CSRF-Token`` header; see
:func:`auth.api_user`.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from pydantic import AfterValidator, BaseModel, Field
from sqlalchemy import tuple_

from saywho import validate
from saywho.ingest import InputError, make_article
from saywho.store import Store, actor_from_row, comments, reviews, schema, stories
from saywho.store.accounts import User
from saywho.store.paging import DEFAULT_SIZE, MAX_CURSOR, MAX_SIZE, Page
from saywho.store.search import Filters, search_page
from saywho.web import explore
from saywho.web.app import extract_and_save
from saywho.web.auth import api_user, check_rate

router = APIRouter(prefix="/api", tags=["api"])
Writer = Annotated[User, Depends(api_user)]


def _checked(name: str, multiline: bool = False) -> AfterValidator:
    """A JSON string checked as every other input is (no NUL, control characters or lone surrogates): 422."""
    return AfterValidator(lambda value: validate.check_plain(value, name, multiline=multiline))


LocalId = Annotated[str, Field(max_length=20), _checked("attribution_id")]


class CommentIn(BaseModel):
    body: Annotated[str, Field(max_length=comments.MAX_BODY), _checked("body", multiline=True)]
    attribution_id: LocalId | None = Field(None, description="Local id of the statement, e.g. A3")
    parent_id: int | None = Field(None, ge=1, le=validate.MAX_INT, description="The comment this replies to")


class ReviewIn(BaseModel):
    verdict: Annotated[str, Field(max_length=20), _checked("verdict")] = Field(description="correct | wrong | fixed | missed")
    attribution_id: LocalId | None = None
    speaker: Annotated[str, Field(max_length=300), _checked("speaker")] | None = None
    source: Annotated[str, Field(max_length=1000)] = Field("", description="START-END")
    cue: Annotated[str, Field(max_length=1000)] = Field("", description="START-END")
    content: Annotated[str, Field(max_length=10_000)] = Field("", description="START-END[, START-END…]")
    note: Annotated[str, Field(max_length=10_000), _checked("note", multiline=True)] | None = None


class ArticleIn(BaseModel):
    text: str = Field(min_length=1, max_length=2_000_000)
    title: str | None = None
    url: str | None = None
    published: str | None = None
    publisher: str | None = None


def _store(request: Request) -> Store:
    return request.app.state.store


def _article(request: Request, article_id: str) -> Any:
    article = _store(request).article(article_id)
    if article is None or article.id != article_id:
        raise HTTPException(404, "no such article")
    return article


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (str(v) if k in ("snippet", "ingested_at") else v) for k, v in row.items()}


Cursor = Annotated[str, Query(max_length=MAX_CURSOR, description="`next` or `prev` from the Link header")]
Limit = Annotated[int, Query(ge=1, le=MAX_SIZE, description="rows per page")]


def _paged(request: Request, response: Response, page: Page) -> None:
    """The page's position in headers, so the body stays the plain list it always was:
    ``Link: <…>; rel="next", <…>; rel="prev"``, ``X-Total-Count`` (and ``X-Total-Count-Capped``)."""
    links = []
    for rel, cursor in (("next", page.next), ("prev", page.prev)):
        if cursor is not None:
            links.append(f'<{request.url.remove_query_params("offset").include_query_params(cursor=cursor)}>; rel="{rel}"')
    if links:
        response.headers["Link"] = ", ".join(links)
    response.headers["X-Total-Count"] = str(page.total)
    if page.capped:  # a filtered count stops at saywho.store.paging.COUNT_CAP: there are more
        response.headers["X-Total-Count-Capped"] = "true"


@router.get("/articles")
def list_articles(request: Request, response: Response, q: str = "", actor: str = "", event: str = "",
                  date_from: str = "", date_to: str = "", cursor: Cursor = "", limit: Limit = DEFAULT_SIZE,
                  offset: int = Query(0, ge=0, le=validate.MAX_INT, description="deprecated: use cursor")
                  ) -> list[dict[str, Any]]:
    """Stored articles, newest first, or best match first for ``q`` (full-text search); paged by ``cursor``."""
    filters = Filters(q=q, actor=actor, event=event, date_from=date_from, date_to=date_to)
    page = search_page(_store(request), filters, cursor or None, limit, offset)
    _paged(request, response, page)
    return [_plain(r) for r in page.rows]


def get_article(request: Request, article_id: str) -> dict[str, Any]:
    """One article with its statements, events and actors (``Article.to_dict()``). A statement that other
    articles of its story also reported has ``provenance``: who else reported it, and who first."""
    article = _article(request, article_id)
    data = article.to_dict()
    with _store(request).engine.connect() as conn:
        found = stories.article_provenance(conn, article.id)
    for attribution in data["attributions"]:
        if attribution["id"] in found:
            attribution["provenance"] = found[attribution["id"]]
    return data


def _with_provenance(store: Store, rows: list[dict[str, Any]], local: str = "local_id") -> list[dict[str, Any]]:
    """Statement rows (``article_id`` and the statement id under ``local``): ``provenance`` added to those
    that other articles of their story also reported (docs/web.md); a few queries for the whole page."""
    if not rows:
        return rows
    t = schema.attributions.c
    keys = {(row["article_id"], row[local]) for row in rows}
    with store.engine.connect() as conn:
        found = stories.statement_provenance(conn, tuple_(t.article_id, t.local_id).in_(sorted(keys)))
    for row in rows:
        if (row["article_id"], row[local]) in found:
            row["provenance"] = found[(row["article_id"], row[local])]
    return rows


@router.post("/articles", status_code=201)
def post_article(request: Request, item: ArticleIn, user: Writer) -> dict[str, Any]:
    """Extract from a text and store it (analysts)."""
    if not user.is_analyst:
        raise HTTPException(403, "ingesting needs the analyst role")
    meta = {k: v for k, v in item.model_dump().items() if k != "text" and v}
    try:
        article = make_article(item.text, f"api:{user.name}", **meta)
    except InputError as error:
        raise HTTPException(422, str(error)) from None
    saved, errors = extract_and_save(request, [article])
    if not saved:
        raise HTTPException(422, "; ".join(str(e) for e in errors) or "nothing stored")
    return saved[0].to_dict()


def _comment_json(item: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": item["id"], "attribution_id": item["attribution_id"], "parent_id": item["parent_id"],
        "author": item["author"], "body": item["body"] if item["shown"] else None,
        "created_at": str(item["created_at"]), "edited_at": str(item["edited_at"]) if item["edited_at"] else None,
        "hidden": item["hidden"], "deleted": item["deleted"], "replies": [_comment_json(r) for r in item["replies"]],
    }


@router.get("/articles/{article_id:path}/comments")
def get_comments(request: Request, article_id: str) -> list[dict[str, Any]]:
    """The comment threads of an article; hidden and deleted comments have no body."""
    _article(request, article_id)
    return [_comment_json(c) for c in comments.thread(_store(request), article_id)]


@router.post("/articles/{article_id:path}/comments", status_code=201)
def post_comment(request: Request, article_id: str, item: CommentIn, user: Writer) -> dict[str, Any]:
    """Comment on an article, on one statement, or reply to a comment."""
    check_rate(request, user)
    try:
        new_id = comments.add(_store(request), article_id, user, item.body, item.attribution_id, item.parent_id)
    except comments.CommentError as error:
        raise HTTPException(404 if "no such" in str(error) else 422, str(error)) from None
    return {"id": new_id}


def _review_json(row: dict[str, Any]) -> dict[str, Any]:
    return {**{k: v for k, v in row.items() if k != "user_id"}, "created_at": str(row["created_at"])}


@router.get("/articles/{article_id:path}/reviews")
def get_reviews(request: Request, article_id: str) -> list[dict[str, Any]]:
    _article(request, article_id)
    return [_review_json(r) for r in reviews.of_article(_store(request), article_id)]


@router.post("/articles/{article_id:path}/reviews", status_code=201)
def post_review(request: Request, article_id: str, item: ReviewIn, user: Writer) -> dict[str, Any]:
    """Mark a statement correct or wrong, fix it, or add a missed one (analysts)."""
    article = _article(request, article_id)
    try:
        new_id = reviews.add(_store(request), article, user, item.verdict, item.attribution_id, item.speaker,
                             item.source, item.cue, item.content, item.note)
    except reviews.ReviewError as error:
        raise HTTPException(403 if "only analysts" in str(error) else 422, str(error)) from None
    return {"id": new_id}


# Ids may hold "/" (a URL used as an id; clients send it as %2F), so the id is a path: registered after the
# routes above, which end in /comments or /reviews, so that they are matched first.
router.get("/articles/{article_id:path}", summary="Get Article")(get_article)


@router.get("/actors")
def list_actors(request: Request, response: Response, q: str = "", cursor: Cursor = "",
                limit: Limit = DEFAULT_SIZE) -> list[dict[str, Any]]:
    """Actors by name; ``q``: those whose name contains it. Paged by ``cursor``."""
    page = explore.actors_page(_store(request), q, cursor or None, limit)
    _paged(request, response, page)
    return [actor_from_row(r).to_dict() for r in page.rows]


@router.get("/actors/{actor_id}")
def get_actor(request: Request, response: Response, actor_id: str, cursor: Cursor = "",
              limit: Limit = DEFAULT_SIZE) -> dict[str, Any]:
    """An actor with a page of their statements (newest first; paged by ``cursor``) and their relations."""
    store = _store(request)
    actor = store.actor(actor_id)
    if actor is None:
        raise HTTPException(404, "no such actor")
    record = explore.actor_record(store, actor, cursor or None, limit)
    _paged(request, response, record["page"])
    return {
        **actor.to_dict(),
        "statements": _with_provenance(store, [{"article_id": s["article"]["id"], "date": s["date"],
                                                **s["item"].to_dict()} for s in record["statements"]], local="id"),
        "relations": [{"relation": e["relation"], "actor": e["actor"].ref(), "count": e["count"]} for e in record["edges"]],
    }


@router.get("/statements")
def list_statements(request: Request, response: Response, speaker: str | None = None, about: str | None = None,
                    cursor: Cursor = "", limit: Limit = DEFAULT_SIZE,
                    everything: bool = Query(False, alias="all")) -> list[dict[str, Any]]:
    """Stored statements, newest first, like ``saywho who-said``; ``?all=true`` adds the other attributions."""
    page = explore.statements_page(_store(request), speaker, about, everything, cursor or None, limit)
    _paged(request, response, page)
    return _with_provenance(_store(request), page.rows)


@router.get("/events")
def list_events(request: Request, response: Response, category: str = "", quad: int = Query(0, ge=0, le=4),
                cursor: Cursor = "", limit: Limit = DEFAULT_SIZE) -> list[dict[str, Any]]:
    """Coded events, newest first; ``category`` (PLOVER) and ``quad`` (QuadClass 1-4) filter. Paged by ``cursor``."""
    page = explore.events_page(_store(request), category, quad, cursor or None, limit)
    _paged(request, response, page)
    return [{**{k: v for k, v in r.items() if k != "pk"}, "ingested_at": str(r["ingested_at"])} for r in page.rows]
