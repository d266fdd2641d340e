"""The saywho web app: ``create_app(store_url)`` builds it on any database.

Pages are rendered on the server (Jinja2, autoescaping on); the little
JavaScript there is, and the stylesheet, ship in ``static/``. A strict
Content-Security-Policy backs up the escaping: only this site's own scripts
and styles run, never inline ones.
"""

from __future__ import annotations

import os
import secrets
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware
from swagger_ui_bundle import swagger_ui_path

from saywho.model import Article, IngestError
from saywho.store import Store
from saywho.store.logins import LoginPolicy
from saywho.store.paging import CursorError
from saywho.validate import printable
from saywho.web.auth import RateLimiter, csrf_token, session_user

HERE = Path(__file__).parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


@dataclass
class Settings:
    secret: str
    rate_limit: int = 5  # comments per user per window
    rate_window: float = 60.0
    secure_cookies: bool = False  # set behind HTTPS so the cookie is never sent in clear
    session_days: int = 14
    hsts: bool = False  # send Strict-Transport-Security (only behind HTTPS)
    login_policy: LoginPolicy = field(default_factory=LoginPolicy)  # sign-in throttling, see saywho.store.logins


def create_app(store_url: str, **settings: Any) -> FastAPI:
    """The app on ``store_url``. Settings: secret, rate_limit, rate_window, secure_cookies, session_days, hsts,
    login_policy.

    Without a ``secret`` (or ``SAYWHO_SECRET``) a random one is made per process,
    so sessions end when the server restarts.
    """
    config = Settings(secret=settings.pop("secret", None) or os.environ.get("SAYWHO_SECRET") or secrets.token_urlsafe(32),
                      **settings)
    # FastAPI's own Swagger/ReDoc pages load their scripts from a CDN: /docs below serves Swagger UI from a package.
    app = FastAPI(title="saywho", version="0.1.0", docs_url=None, redoc_url=None, dependencies=[Depends(refuse_nul)],
                  description="Who said what to whom: articles, statements, actors, events, comments and reviews.")
    app.state.store = Store(store_url)
    app.state.settings = config
    app.state.limiter = RateLimiter(config.rate_limit, config.rate_window)
    app.state.nlp_lock = threading.Lock()
    app.state.templates = _templates()
    # Headers first, then the session around them: the last added runs outermost, so the header
    # middleware can see whether the request carries a signed-in session.
    app.middleware("http")(_security_headers)
    app.add_middleware(SessionMiddleware, secret_key=config.secret, session_cookie="saywho_session",
                       max_age=config.session_days * 86400, same_site="lax", https_only=config.secure_cookies)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.mount("/docs/assets", StaticFiles(directory=str(swagger_ui_path)), name="swagger-ui")
    app.get("/docs", include_in_schema=False)(_swagger_ui)
    app.add_exception_handler(StarletteHTTPException, _http_error)  # FastAPI's is a subclass
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(DataError, _data_error)
    app.add_exception_handler(CursorError, _cursor_error)

    from saywho.web import api, pages  # here: they import this module's helpers

    app.include_router(api.router)
    app.include_router(pages.router)
    return app


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.autoescape = True
    templates.env.globals["csrf_token"] = csrf_token
    templates.env.filters["day"] = lambda v: str(v or "")[:10]
    templates.env.filters["headline"] = headline
    templates.env.filters["path"] = lambda v: quote(str(v), safe="")  # one URL path segment
    templates.env.filters["span_range"] = lambda span: f"{span.start}-{span.end}"  # a span as a review form writes it
    return templates


def headline(title: str | None, text: str | None = None, fallback: str = "") -> str:
    """The title, else the article's opening sentence, shortened: never a bare file name."""
    if title:
        return title
    opening = (text or "").strip().split("\n", 1)[0]
    sentence = opening.split(". ", 1)[0]
    if len(sentence) > 90:
        sentence = sentence[:90].rsplit(" ", 1)[0].rstrip(",;:—– ") + "…"
    return sentence or fallback


async def _security_headers(request: Request, call_next: Any) -> Response:
    response = await call_next(request)
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["X-Frame-Options"] = "DENY"
    if request.app.state.settings.hsts:
        response.headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
    if request.session.get("sid") or "authorization" in request.headers:
        # Someone's own pages and data: never kept by the browser or a shared cache for the next person.
        response.headers["Cache-Control"] = "no-store"
    return response


# Swagger UI's assets come from the pinned swagger-ui-bundle package; the page starts it with a script
# file of our own (static/swagger-init.js), as the CSP allows no inline script. Its React views set
# inline style attributes, so this one page also allows inline styles.
DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
DOCS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>saywho API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"><link rel="icon" href="/static/favicon.svg"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/swagger-ui-standalone-preset.js"></script>
<script src="/static/swagger-init.js"></script></body></html>
"""


def _swagger_ui() -> HTMLResponse:
    """Swagger UI for /openapi.json, served from this site only."""
    return HTMLResponse(DOCS_PAGE, headers={"Content-Security-Policy": DOCS_CSP})


def render(request: Request, template: str, status: int = 200, **context: Any) -> Response:
    """A page, with the signed-in user, a CSRF token and any flash messages."""
    flashes = request.session.pop("flash", []) if "flash" in request.session else []
    context.update(request=request, user=session_user(request), flashes=flashes)
    return request.app.state.templates.TemplateResponse(request, template, context, status_code=status)


def flash(request: Request, message: str, kind: str = "info") -> None:
    request.session["flash"] = [*request.session.get("flash", []), {"kind": kind, "text": message}]


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, StarletteHTTPException)
    headers = getattr(error, "headers", None)
    if _wants_json(request):
        return JSONResponse({"detail": error.detail}, status_code=error.status_code, headers=headers)
    response = render(request, "error.html", status=error.status_code, status_code=error.status_code, detail=error.detail)
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def refuse_nul(request: Request) -> None:
    """Every route: a NUL in the path or the query is a 400 here, not a PostgreSQL DataError (500) later.

    NUL is the one character PostgreSQL refuses in any string parameter; other values are checked
    where they are read (``Query(le=...)``, the API's models, ``saywho.validate``).
    """
    if "\x00" in request.scope.get("path", ""):
        raise HTTPException(400, "the path contains a NUL character")
    for key, value in request.query_params.multi_items():
        if "\x00" in key or "\x00" in value:
            raise HTTPException(400, f"the query parameter {printable(key)!r} contains a NUL character")


async def _data_error(request: Request, error: Exception) -> Response:
    # A safety net behind the validation above: a value the database cannot hold is the request's fault.
    assert isinstance(error, DataError)
    lines = str(error.orig or error).strip().splitlines()
    detail = f"a value in the request cannot be used: {lines[0] if lines else 'invalid data'}"
    return await _http_error(request, StarletteHTTPException(400, detail))


async def _cursor_error(request: Request, error: Exception) -> Response:
    # A paging cursor that was edited, truncated or made by another list: the request's fault.
    return await _http_error(request, StarletteHTTPException(400, f"bad cursor: {error}"))


async def _validation_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    if _wants_json(request):
        # Where and what, not the rejected input: it may be 10**30 digits long or not encodable at all.
        detail = [{"loc": list(e.get("loc", ())), "msg": printable(str(e.get("msg", ""))), "type": e.get("type")}
                  for e in error.errors()]
        return JSONResponse({"detail": detail}, status_code=422)
    return render(request, "error.html", status=422, status_code=422, detail="Some fields of the form are missing or wrong.")


def extract_and_save(request: Request, items: list[Article | IngestError]) -> tuple[list[Article], list[IngestError]]:
    """Run the pipeline over ingested items and store the articles (one extraction at a time)."""
    from saywho.pipeline import load_nlp, process

    store: Store = request.app.state.store
    saved, errors = [], []
    fresh: list[Article | IngestError] = []
    for item in items:  # an article already stored is answered from the store, not parsed again
        existing = store.stored_id(item) if isinstance(item, Article) else None
        found = store.article(existing) if existing is not None else None
        if found is not None:
            saved.append(found)
        else:
            fresh.append(item)
    with request.app.state.nlp_lock:  # spaCy pipelines are not meant to be shared between threads
        results = list(process(fresh, nlp=load_nlp("fast"))) if fresh else []
    for item in results:
        if isinstance(item, IngestError):
            store.record_error(item)
            errors.append(item)
            continue
        result = store.save_or_report(item)
        if isinstance(result, IngestError):
            errors.append(result)
            continue
        found = store.article(result.article_id)
        if found is not None:
            saved.append(found)
    return saved, errors
