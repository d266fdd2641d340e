"""Who is asking: session users, API tokens, CSRF tokens and the posting rate limit.

The session is a signed cookie (Starlette's SessionMiddleware over
itsdangerous; HttpOnly, SameSite=Lax). It holds the user id and a CSRF token;
every POST form must echo that token, and API writes made with the session
cookie must send it as ``X-CSRF-Token``. API writes with ``Authorization:
Bearer`` need no CSRF token: a browser never adds that header by itself.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import defaultdict, deque

from fastapi import HTTPException, Request

from saywho import accounts
from saywho.accounts import User


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
    if not hasattr(request.state, "user"):
        user_id = request.session.get("uid")
        user = accounts.user_by_id(request.app.state.store, user_id) if isinstance(user_id, int) else None
        request.state.user = user
    return request.state.user


def sign_in(request: Request, user: User) -> None:
    # A fresh session (and CSRF token) at sign-in: nothing from before carries over.
    request.session.clear()
    request.session["uid"] = user.id
    request.session["csrf"] = secrets.token_urlsafe(32)
    request.state.user = user


def sign_out(request: Request) -> None:
    request.session.clear()
    request.state.user = None


def api_user(request: Request) -> User:
    """The user behind an API write: a bearer token, or the session plus its CSRF header."""
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        user = accounts.user_for_token(request.app.state.store, header[7:].strip())
        if user is None:
            raise HTTPException(401, "unknown API token", headers={"WWW-Authenticate": "Bearer"})
        return user
    user = session_user(request)
    if user is None:
        raise HTTPException(401, "sign in or send Authorization: Bearer TOKEN", headers={"WWW-Authenticate": "Bearer"})
    if not _same(request.headers.get("x-csrf-token"), request.session.get("csrf")):
        raise HTTPException(403, "a write with the session cookie needs the X-CSRF-Token header")
    return user


def check_rate(request: Request, user: User) -> None:
    if not request.app.state.limiter.allow(f"user:{user.id}"):
        raise HTTPException(429, "You are posting too fast. Wait a minute and try again.", headers={"Retry-After": "60"})
