"""The HTML pages: home and search, article, actor, events, sign-in, ingest, moderation.

Every POST is a plain form with a CSRF field (see :func:`auth.form_csrf`) and
answers with a redirect, so reloading a page never posts twice.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from saywho import validate
from saywho.ingest import InputError, kind_of, make_article, read_bytes, read_capped
from saywho.model import Article, IngestError
from saywho.store import Store, accounts, comments, logins, no_gc, reviews
from saywho.store.accounts import User
from saywho.store.paging import DEFAULT_SIZE, MAX_SIZE, Page
from saywho.store.search import Filters, event_categories, search_page, speakers_of, top_speakers
from saywho.web import charts, explore
from saywho.web.app import extract_and_save, flash, render
from saywho.web.auth import check_rate, form_csrf, session_user, sign_in, sign_out
from saywho.web.highlight import QUAD_CLASSES, article_html, event_label, speaker_classes

router = APIRouter(include_in_schema=False)
# The article page lists at most this many statements and events beside the text (every one is still
# marked in the text): a crafted article with 15,000 statements must not make a 20 MB, many-second page.
LISTED = 1000
TYPEAHEAD = 50  # actor names the home page's filter suggests: the most quoted
post = lambda path: router.post(path, dependencies=[Depends(form_csrf), Depends(form_nul)])  # noqa: E731 - every form
CommentId = Annotated[int, PathParam(ge=1, le=validate.MAX_INT)]
Text = Annotated[str, Form()]
OptText = Annotated[str, Form()]


async def form_nul(request: Request) -> None:
    """Every form: a NUL in any field is a 400 here (PostgreSQL refuses NUL in any string it is given)."""
    form = await request.form()  # cached by Starlette, as for the CSRF check
    for key, value in form.multi_items():
        if isinstance(value, str) and "\x00" in value:
            raise HTTPException(400, f"The form field {validate.printable(key)!r} contains a NUL character.")


def _store(request: Request) -> Store:
    return request.app.state.store


def _back(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _safe_next(target: str | None) -> str:
    # Only paths on this site: never "//evil.example" or "https://…".
    return target if target and target.startswith("/") and not target.startswith("//") and "\\" not in target else "/"


def _need_user(request: Request, role: str = "reader") -> User:
    user = session_user(request)
    if user is None:
        raise HTTPException(401, "Sign in first.")
    if role == "analyst" and not user.is_analyst or role == "admin" and not user.is_admin:
        raise HTTPException(403, f"This needs the {role} role.")
    return user


def _article_or_404(request: Request, article_id: str) -> Article:
    article = _store(request).article(article_id)
    if article is None or article.id != article_id:
        raise HTTPException(404, "No such article.")
    return article


def article_url(article_id: str, anchor: str = "") -> str:
    return f"/articles/{quote(article_id, safe='')}" + (f"#{anchor}" if anchor else "")


# -- reading -----------------------------------------------------------------------

Size = Annotated[int, Query(ge=1, le=MAX_SIZE, description="rows per page")]


def page_links(request: Request, page: Page) -> dict[str, str | None]:
    """The URLs of the next and previous pages: this URL with another ``cursor`` (and no ``offset``)."""
    def link(cursor: str | None) -> str | None:
        if cursor is None:
            return None
        url = request.url.remove_query_params("offset").include_query_params(cursor=cursor)
        return f"{url.path}?{url.query}"
    return {"next": link(page.next), "prev": link(page.prev)}


@router.get("/")
def home(request: Request, q: str = "", actor: str = "", event: str = "", date_from: str = "", date_to: str = "",
         cursor: str = "", limit: Size = DEFAULT_SIZE) -> Response:
    store = _store(request)
    filters = Filters(q=q.strip()[:200], actor=actor.strip()[:200], event=event.strip()[:40],
                      date_from=date_from.strip()[:10], date_to=date_to.strip()[:10])
    page = search_page(store, filters, cursor or None, limit)
    top = top_speakers(store, TYPEAHEAD)  # the actor filter suggests the most quoted, never every actor
    return render(request, "home.html", filters=filters, rows=page.rows, page=page, links=page_links(request, page),
                  speakers=speakers_of(store, [r["id"] for r in page.rows]), categories=event_categories(store),
                  actors=top, top=top[:8])


@router.get("/articles/{article_id:path}")  # ids may hold "/" (a URL used as an id), sent as %2F
def article_page(request: Request, article_id: str, on: str = "", show: str = "") -> Response:
    """An article with its statements highlighted; ``?show=all`` adds the other attributions."""
    store = _store(request)
    found = _article_or_404(request, article_id)
    everything = show == "all"
    article = found if everything else replace(found, attributions=found.statements)
    user = session_user(request)
    all_reviews = reviews.of_article(store, article.id)
    thread = comments.thread(store, article.id, user)
    per_statement: dict[str, int] = {}
    _count_by_statement(thread, per_statement)
    from saywho.store import stories  # the other outlets' copies of this story, first report first

    with store.engine.connect() as conn:
        reported = stories.reported_by(conn, article.id)
        provenance = stories.article_provenance(conn, article.id) if len(reported) > 1 else {}  # per statement
    outlets = len({stories.outlet(r["publisher"], r["url"], r["id"]) for r in reported})
    with no_gc():  # a long article's page builds tens of thousands of objects that are all kept
        body = article_html(article)
    return render(
        request, "article.html", article=article, body=body, colours=speaker_classes(article),
        reported=reported, outlets=outlets, provenance=provenance,
        reviews=all_reviews, latest=reviews.latest(all_reviews), missed=[r for r in all_reviews if r["verdict"] == "missed"],
        thread=thread, comment_count=comments.count(store, article.id), per_statement=per_statement,
        on=on if any(a.id == on for a in article.attributions) else "", event_label=event_label, quad_classes=QUAD_CLASSES,
        everything=everything, others=len(found.attributions) - len(found.statements),
        reviews_of=_by_statement(all_reviews), listed=LISTED,
    )


def _by_statement(items: list[dict]) -> dict[str, list[dict]]:
    """Reviews per statement id, so the page lists each statement's in one look-up (not statements × reviews)."""
    grouped: dict[str, list[dict]] = {}
    for item in items:
        grouped.setdefault(item["attribution_id"], []).append(item)
    return grouped


def _count_by_statement(items: list[dict], counts: dict[str, int]) -> None:
    for item in items:
        if item["attribution_id"] and not item["deleted"]:
            counts[item["attribution_id"]] = counts.get(item["attribution_id"], 0) + 1
        _count_by_statement(item["replies"], counts)


@router.get("/actors")
def actors_page(request: Request, q: str = "", cursor: str = "", limit: Size = DEFAULT_SIZE) -> Response:
    page = explore.actors_page(_store(request), q.strip()[:200], cursor or None, limit)
    return render(request, "actors.html", actors=page.rows, page=page, links=page_links(request, page), q=q.strip()[:200])


@router.get("/actors/{actor_id}")
def actor_page(request: Request, actor_id: str, cursor: str = "", limit: Size = DEFAULT_SIZE) -> Response:
    store = _store(request)
    actor = store.actor(actor_id)
    if actor is None:
        raise HTTPException(404, "No such actor.")
    if actor.id != actor_id:
        return _back(f"/actors/{quote(actor.id, safe='')}")
    record = explore.actor_record(store, actor, cursor or None, limit)
    return render(request, "actor.html", actor=actor, record=record, page=record["page"],
                  links=page_links(request, record["page"]),
                  timeline=charts.statements_over_time(record["per_day"]), network=charts.network(actor, record["edges"]))


@router.get("/events")
def events_page(request: Request, category: str = "", quad: Annotated[int, Query(ge=0, le=4)] = 0,
                cursor: str = "", limit: Size = DEFAULT_SIZE) -> Response:
    page = explore.events_page(_store(request), category.strip()[:40], quad, cursor or None, limit)
    return render(request, "events.html", rows=page.rows, page=page, links=page_links(request, page),
                  chart=charts.events_timeline(page.rows), categories=event_categories(_store(request)),
                  category=category.upper(), quad=quad, quad_classes=QUAD_CLASSES)


# -- accounts ----------------------------------------------------------------------

@router.get("/login")
def login_page(request: Request, next: str = "/") -> Response:
    return render(request, "login.html", next=_safe_next(next), name="")


@post("/login")
async def login(request: Request, name: Text, password: Text, next: OptText = "/") -> Response:
    # async: argon2 runs in its own small pool (saywho.store.logins), so guessers never hold the page threads.
    address = request.client.host if request.client else None
    try:
        user = await logins.attempt_async(_store(request), name, password, address, request.app.state.settings.login_policy)
    except logins.LoginThrottled as error:
        flash(request, str(error), "error")
        response = render(request, "login.html", status=429, next=_safe_next(next), name=name)
        response.headers["Retry-After"] = str(error.retry_after)
        return response
    except accounts.AccountError as error:  # a disabled account, with the right password
        flash(request, str(error), "error")
        return render(request, "login.html", status=403, next=_safe_next(next), name=name)
    if user is None:
        flash(request, "Wrong name or password.", "error")
        return render(request, "login.html", status=401, next=_safe_next(next), name=name)
    await run_in_threadpool(sign_in, request, user)
    flash(request, f"Signed in as {user.name}.")
    return _back(_safe_next(next))


@post("/logout")
def logout(request: Request) -> Response:
    sign_out(request)
    flash(request, "Signed out.")
    return _back("/")


# -- comments ----------------------------------------------------------------------

@post("/articles/{article_id:path}/comments")
def add_comment(request: Request, article_id: str, body: Text, attribution_id: OptText = "", parent_id: OptText = "") -> Response:
    user = _need_user(request)
    check_rate(request, user)
    try:
        new_id = comments.add(_store(request), article_id, user, body, attribution_id or None,
                              _comment_id(parent_id))
    except comments.CommentError as error:
        flash(request, str(error), "error")
        return _back(article_url(article_id, "comments"))
    return _back(article_url(article_id, f"c{new_id}"))


def _comment_id(value: str) -> int | None:
    """A reply's parent from a form field: digits in the id range, else no parent (never an OverflowError)."""
    value = value.strip()
    number = int(value) if value.isascii() and value.isdigit() else 0
    return number if 1 <= number <= validate.MAX_INT else None


def _comment_action(request: Request, comment_id: int, action: str, body: str = "", reason: str = "", next: str = "") -> Response:
    user = _need_user(request)
    store = _store(request)
    row = comments.get(store, comment_id)
    if row is None:
        raise HTTPException(404, "No such comment.")
    try:
        if action == "edit":
            comments.edit(store, comment_id, user, body)
        elif action == "delete":
            comments.delete(store, comment_id, user)
        elif action in ("hide", "unhide"):
            comments.hide(store, comment_id, user, hidden=action == "hide")
        elif action == "report":
            try:
                comments.report(store, comment_id, user, reason)
                flash(request, "Thank you: a moderator will look at it.")
            except comments.AlreadyReported as error:
                flash(request, str(error))
        elif action == "dismiss":
            _need_user(request, "admin")
            comments.resolve_reports(store, comment_id)
    except comments.CommentError as error:
        raise HTTPException(403, str(error)) from None
    return _back(_safe_next(next) if next else article_url(row["article_id"], f"c{comment_id}"))


@post("/comments/{comment_id}/edit")
def edit_comment(request: Request, comment_id: CommentId, body: Text) -> Response:
    return _comment_action(request, comment_id, "edit", body=body)


@post("/comments/{comment_id}/{action}")
def moderate_comment(request: Request, comment_id: CommentId, action: str, reason: OptText = "", next: OptText = "") -> Response:
    if action not in ("delete", "hide", "unhide", "report", "dismiss"):
        raise HTTPException(404, "No such action.")
    return _comment_action(request, comment_id, action, reason=reason, next=next)


@router.get("/moderation")
def moderation(request: Request) -> Response:
    _need_user(request, "admin")
    return render(request, "moderation.html", reports=comments.open_reports(_store(request)))


# -- reviews -----------------------------------------------------------------------

@post("/articles/{article_id:path}/reviews")
def add_review(request: Request, article_id: str, verdict: Text, attribution_id: OptText = "", speaker: OptText = "",
               source: OptText = "", cue: OptText = "", content: OptText = "", note: OptText = "") -> Response:
    user = _need_user(request, "analyst")
    article = _article_or_404(request, article_id)
    try:
        reviews.add(_store(request), article, user, verdict, attribution_id or None, speaker, source, cue, content, note)
    except reviews.ReviewError as error:
        flash(request, str(error), "error")
        return _back(article_url(article_id, f"s-{attribution_id}" if attribution_id else "missed"))
    flash(request, "Review saved.")
    return _back(article_url(article_id, f"s-{attribution_id}" if attribution_id else "missed"))


# -- ingest ------------------------------------------------------------------------

@router.get("/ingest")
def ingest_page(request: Request) -> Response:
    _need_user(request, "analyst")
    return render(request, "ingest.html")


@post("/ingest")
def ingest(request: Request, text: OptText = "", title: OptText = "", url: OptText = "",
           published: OptText = "", file: UploadFile | None = None) -> Response:
    user = _need_user(request, "analyst")
    items = []
    if file is not None and file.filename:
        origin = f"upload:{validate.printable(Path(file.filename).name)}"
        try:
            data = read_capped(file.file)
            items = list(read_bytes(data, origin, kind_of(Path(file.filename), data)))
        except InputError as error:  # over the limit: said with the file's true size
            items = [IngestError(origin, str(error))]
    elif text.strip():
        meta = {k: v.strip() for k, v in (("title", title), ("url", url), ("published", published)) if v.strip()}
        try:
            items = [make_article(text.replace("\r\n", "\n"), f"web:{user.name}", **meta)]
        except InputError as error:
            items = [IngestError(f"web:{user.name}", str(error))]
    else:
        flash(request, "Paste an article's text or choose a file.", "error")
        return _back("/ingest")
    saved, errors = extract_and_save(request, items)
    for error in errors:
        flash(request, str(error), "error")
    if not saved:
        return _back("/ingest")
    if len(saved) > 1:
        flash(request, f"{len(saved)} articles stored.")
        return _back("/")
    return _back(article_url(saved[0].id))
