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
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from saywho.model import Article, IngestError
from saywho.store import Store
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


def create_app(store_url: str, **settings: Any) -> FastAPI:
    """The app on ``store_url``. Settings: secret, rate_limit, rate_window, secure_cookies, session_days.

    Without a ``secret`` (or ``SAYWHO_SECRET``) a random one is made per process,
    so sessions end when the server restarts.
    """
    config = Settings(secret=settings.pop("secret", None) or os.environ.get("SAYWHO_SECRET") or secrets.token_urlsafe(32),
                      **settings)
    # No Swagger/ReDoc pages: they load their scripts from a CDN. The schema is at /openapi.json.
    app = FastAPI(title="saywho", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Who said what to whom: articles, statements, actors, events, comments and reviews.")
    app.state.store = Store(store_url)
    app.state.settings = config
    app.state.limiter = RateLimiter(config.rate_limit, config.rate_window)
    app.state.nlp_lock = threading.Lock()
    app.state.templates = _templates()
    app.add_middleware(SessionMiddleware, secret_key=config.secret, session_cookie="saywho_session",
                       max_age=config.session_days * 86400, same_site="lax", https_only=config.secure_cookies)
    app.middleware("http")(_security_headers)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_exception_handler(StarletteHTTPException, _http_error)  # FastAPI's is a subclass
    app.add_exception_handler(RequestValidationError, _validation_error)

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
    return response


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


async def _validation_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    if _wants_json(request):
        return JSONResponse({"detail": error.errors()}, status_code=422)
    return render(request, "error.html", status=422, status_code=422, detail="Some fields of the form are missing or wrong.")


def extract_and_save(request: Request, items: list[Article | IngestError]) -> tuple[list[Article], list[IngestError]]:
    """Run the pipeline over ingested items and store the articles (one extraction at a time)."""
    from saywho.pipeline import load_nlp, process

    store: Store = request.app.state.store
    saved, errors = [], []
    with request.app.state.nlp_lock:  # spaCy pipelines are not meant to be shared between threads
        results = list(process(items, nlp=load_nlp("fast")))
    for item in results:
        if isinstance(item, IngestError):
            store.record_error(item)
            errors.append(item)
            continue
        result = store.save(item)
        found = store.article(result.article_id)
        if found is not None:
            saved.append(found)
    return saved, errors
