"""Who is asking: session users, API tokens, CSRF tokens and the posting rate limit.

The session is a signed cookie (Starlette's SessionMiddleware over
itsdangerous; HttpOnly, SameSite=Lax, Secure with ``--secure-cookies``). It
holds a random session id and a CSRF token. The id names a row of the
``sessions`` table: logout deletes it, a password change or disabling the
account deletes all of the user's, so a copied cookie stops working at once.
Every POST form must echo the CSRF token, and API writes made with the session
cookie must send it as ``X-CSRF-Token``. API writes with ``Authorization:
Bearer`` need no CSRF token (a browser never adds that header by itself), but
the token must have write scope, not be expired, and its account be enabled.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import defaultdict, deque
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from saywho.store import accounts
from saywho.store.accounts import User

# Declared so /openapi.json names the scheme and marks the write operations with it.
bearer = HTTPBearer(auto_error=False, scheme_name="bearer",
                    description="An API token from `saywho token create NAME --scope write`.")


class RateLimiter:
    """At most ``limit`` actions per ``window`` seconds per key, as a sliding window, in memory."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit, self.window = limit, window
        self._hits: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        moment = time.monotonic()
        with self._lock:
            hits = self._hits[key]
            while hits and hits[0] <= moment - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return False
            hits.append(moment)
            return True


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token


def _same(given: object, expected: str | None) -> bool:
    return bool(expected) and isinstance(given, str) and hmac.compare_digest(given.encode(), expected.encode())


async def form_csrf(request: Request) -> None:
    """Dependency for every POST form: the hidden ``csrf`` field must match the session's token."""
    form = await request.form()  # Starlette caches it, so the route's Form() fields still work
    if not _same(form.get("csrf"), request.session.get("csrf")):
        raise HTTPException(403, "The form has expired or did not come from this site. Reload the page and try again.")


def session_user(request: Request) -> User | None:
    """The signed-in user, if the cookie names a live session (looked up once per request)."""
    if not hasattr(request.state, "user"):
        session_id = request.session.get("sid")
        user = accounts.session_user(request.app.state.store, session_id) if isinstance(session_id, str) else None
        if user is None and "sid" in request.session:
            del request.session["sid"]  # ended elsewhere (logout, passwd, disable) or expired
        request.state.user = user
    return request.state.user


def sign_in(request: Request, user: User) -> None:
    # A fresh session (and CSRF token) at sign-in: nothing from before carries over.
    settings = request.app.state.settings
    request.session.clear()
    request.session["sid"] = accounts.start_session(request.app.state.store, user, settings.session_days)
    request.session["csrf"] = secrets.token_urlsafe(32)
    request.state.user = user


def sign_out(request: Request) -> None:
    session_id = request.session.get("sid")
    if isinstance(session_id, str):
        accounts.end_session(request.app.state.store, session_id)
    request.session.clear()
    request.state.user = None


def api_user(request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> User:
    """The user behind an API write: a write-scoped bearer token, or the session plus its CSRF header."""
    if credentials is not None:
        try:
            grant = accounts.token_grant(request.app.state.store, credentials.credentials.strip())
        except accounts.TokenRefused as error:
            raise HTTPException(401, str(error), headers={"WWW-Authenticate": "Bearer"}) from None
        if not grant.can_write:
            raise HTTPException(403, "this API token is read-only: writing needs a token with write scope")
        return grant.user
    user = session_user(request)
    if user is None:
        raise HTTPException(401, "sign in or send Authorization: Bearer TOKEN", headers={"WWW-Authenticate": "Bearer"})
    if not _same(request.headers.get("x-csrf-token"), request.session.get("csrf")):
        raise HTTPException(403, "a write with the session cookie needs the X-CSRF-Token header")
    return user


def check_rate(request: Request, user: User) -> None:
    if not request.app.state.limiter.allow(f"user:{user.id}"):
        raise HTTPException(429, "You are posting too fast. Wait a minute and try again.", headers={"Retry-After": "60"})
