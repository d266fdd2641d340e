"""People who sign in, their roles, their sessions, and API tokens.

Passwords are hashed with argon2. Session ids and API tokens are random and
only their SHA-256 is stored (they are long and random, so a fast hash is
enough and lets them be looked up directly); a stolen database therefore holds
no usable credential. Sessions live in the database, not only in the signed
cookie, so that logout, a password change or disabling an account ends them at
once, in every worker.

Names are unique casefolded ("Reader" and "reader" are one name) and may not
contain control, invisible formatting (bidi overrides, zero-width) or markup
characters, so a name always reads as what it is wherever it is shown.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, and_, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from saywho.store import Store, now, schema

ROLES = ("reader", "analyst", "admin")
SCOPES = ("read", "write")
MAX_NAME = 100
MIN_PASSWORD = 8
MAX_PASSWORD = 1000  # argon2 takes any length; this keeps a megabyte "password" from being hashed
_MARKUP = frozenset('<>&"\'`')
_hasher = PasswordHasher()
# Verifying against this when the name is unknown keeps login timing the same.
_DUMMY_HASH = _hasher.hash("not a password")


class AccountError(ValueError):
    """A request about accounts that cannot be done; the message says why."""


class TokenRefused(AccountError):
    """An API token that does not authorise anything: unknown, expired, or its account disabled."""


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str

    @property
    def is_analyst(self) -> bool:
        return self.role in ("analyst", "admin")

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True)
class Grant:
    """What an API token allows: who it acts as, and whether it may write."""

    user: User
    scope: str
    token_id: int

    @property
    def can_write(self) -> bool:
        return self.scope == "write"


def _user(row: Any) -> User:
    return User(int(row["id"]), row["name"], row["role"])


def aware(moment: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; everything is stored in UTC.
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


def _sha256(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


# -- names and passwords -------------------------------------------------------------


def name_key(name: str) -> str:
    """The form two names are compared in: NFKC, casefolded ("Reader", "reader" and "ＲＥＡＤＥＲ" are one)."""
    return unicodedata.normalize("NFKC", name.strip()).casefold()[:MAX_NAME]


def check_name(name: str) -> str:
    """The name as it will be stored (NFC, trimmed), or :class:`AccountError` saying what is wrong with it."""
    name = unicodedata.normalize("NFC", name.strip())
    if not name or len(name) > MAX_NAME:
        raise AccountError(f"a name needs 1 to {MAX_NAME} characters")
    for char in name:
        category = unicodedata.category(char)
        # C*: control, format (bidi overrides U+202A-E and U+2066-9, zero-width), private, unassigned.
        if category[0] == "C" or category in ("Zl", "Zp") or (char.isspace() and char != " "):
            raise AccountError(f"a name cannot contain control or invisible characters (U+{ord(char):04X})")
        if char in _MARKUP:
            raise AccountError("a name cannot contain < > & \" ' or `")
    if "  " in name:
        raise AccountError("a name cannot contain two spaces in a row")
    return name


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password needs at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise AccountError(f"a password can have at most {MAX_PASSWORD} characters")
    return password


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """argon2 verification (tens of milliseconds of CPU: the web app runs it in its own small pool).

    Without a hash (unknown name) a dummy one is checked, so the answer takes as long.
    """
    if len(password) > MAX_PASSWORD:
        password = password[:MAX_PASSWORD]  # still do the work, still fail
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def add_user(store: Store, name: str, password: str, role: str = "reader") -> User:
    name = check_name(name)
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    password_hash = hash_password(check_password(password))
    try:
        with store.engine.begin() as conn:
            new_id = conn.execute(insert(schema.users).values(
                name=name, name_key=name_key(name), password_hash=password_hash, role=role, created_at=now(),
                disabled=False,
            )).inserted_primary_key[0]
    except IntegrityError:
        raise AccountError(f"there is already a user called {name!r} (names are compared ignoring case)") from None
    return User(int(new_id), name, role)


def _row_by_name(conn: Connection, name: str) -> Any:
    """The account a typed name means: the exact name first (older accounts may differ only in case), else its key."""
    u = schema.users.c
    if "\x00" in name or len(name) > 4 * MAX_NAME:  # no account has such a name (and PostgreSQL refuses NUL)
        return None
    row = conn.execute(select(schema.users).where(u.name == name.strip())).mappings().first()
    if row is None:
        row = conn.execute(select(schema.users).where(u.name_key == name_key(name))).mappings().first()
    return row


def account_for_login(store: Store, name: str) -> tuple[User | None, str | None, bool]:
    """``(user, password hash, disabled)`` for a typed name; ``(None, None, False)`` when there is none."""
    with store.engine.connect() as conn:
        row = _row_by_name(conn, name)
    if row is None:
        return None, None, False
    return _user(row), row["password_hash"], bool(row["disabled"])


def authenticate(store: Store, name: str, password: str) -> User | None:
    """The user for a name and password, or None (also for a disabled account). No throttling: see ``logins``."""
    user, password_hash, disabled = account_for_login(store, name)
    ok = verify_password(password_hash, password)
    return user if ok and not disabled else None


def user_by_id(store: Store, user_id: int) -> User | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(schema.users).where(schema.users.c.id == user_id)).mappings().first()
    return _user(row) if row else None


def user_by_name(store: Store, name: str) -> User | None:
    with store.engine.connect() as conn:
        row = _row_by_name(conn, name)
    return _user(row) if row else None


def _require(conn: Connection, name: str) -> Any:
    row = _row_by_name(conn, name)
    if row is None:
        raise AccountError(f"no user {name!r}")
    return row


def set_password(store: Store, name: str, password: str) -> User:
    """Change a password and end every session of the account (tokens stay: revoke them with ``saywho token``)."""
    password_hash = hash_password(check_password(password))
    with store.engine.begin() as conn:
        row = _require(conn, name)
        conn.execute(update(schema.users).where(schema.users.c.id == row["id"]).values(password_hash=password_hash))
        conn.execute(delete(schema.sessions).where(schema.sessions.c.user_id == row["id"]))
    return _user(row)


def set_disabled(store: Store, name: str, disabled: bool = True) -> User:
    """Disable an account (its sessions end, its tokens stop working, it cannot sign in) or enable it again."""
    with store.engine.begin() as conn:
        row = _require(conn, name)
        conn.execute(update(schema.users).where(schema.users.c.id == row["id"]).values(disabled=disabled))
        if disabled:
            conn.execute(delete(schema.sessions).where(schema.sessions.c.user_id == row["id"]))
    return _user(row)


def list_users(store: Store) -> list[dict[str, Any]]:
    u = schema.users.c
    with store.engine.connect() as conn:
        rows = conn.execute(select(u.id, u.name, u.role, u.disabled, u.created_at).order_by(u.id)).mappings()
        return [dict(r) for r in rows]


# -- sessions ------------------------------------------------------------------------


def start_session(store: Store, user: User, days: float = 14) -> str:
    """A new session for ``user``; returns its id (for the signed cookie). Expired sessions are swept here."""
    session_id = secrets.token_urlsafe(32)
    moment = now()
    s = schema.sessions.c
    with store.engine.begin() as conn:
        conn.execute(delete(schema.sessions).where(s.expires_at < moment))
        conn.execute(insert(schema.sessions).values(id_hash=_sha256(session_id), user_id=user.id, created_at=moment,
                                                    expires_at=moment + timedelta(days=days)))
    return session_id


def session_user(store: Store, session_id: str) -> User | None:
    """The user of a live session: not ended, not expired, account not disabled."""
    s, u = schema.sessions.c, schema.users.c
    query = (select(u.id, u.name, u.role).join(schema.sessions, s.user_id == u.id)
             .where(and_(s.id_hash == _sha256(session_id), s.expires_at > now(), u.disabled.is_(False))))
    with store.engine.connect() as conn:
        row = conn.execute(query).mappings().first()
    return _user(row) if row else None


def end_session(store: Store, session_id: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(delete(schema.sessions).where(schema.sessions.c.id_hash == _sha256(session_id)))


# -- API tokens ----------------------------------------------------------------------

_UNITS = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}


def parse_duration(text: str) -> timedelta:
    """``"30d"``, ``"12h"``, ``"90m"``, ``"2w"`` → a timedelta (positive, at most ten years)."""
    match = re.fullmatch(r"\s*(\d{1,6})\s*([mhdw])\s*", text.lower())
    if not match:
        raise AccountError(f"{text!r} is not a duration: write a number and m, h, d or w, e.g. 30d")
    value = int(match[1]) * _UNITS[match[2]]
    if not timedelta(0) < value <= timedelta(days=3653):
        raise AccountError("a duration must be more than 0 and at most ten years")
    return value


def create_token(store: Store, user: User, name: str = "api", scope: str = "write",
                 expires_in: timedelta | None = None) -> str:
    """A new API token for ``user``; shown once, only its hash is kept."""
    return issue_token(store, user, name, scope, expires_in)[1]


def issue_token(store: Store, user: User, name: str = "api", scope: str = "write",
                expires_in: timedelta | None = None) -> tuple[int, str]:
    """Like :func:`create_token`, also returning the token's id (for ``saywho token revoke``)."""
    if scope not in SCOPES:
        raise AccountError(f"scope must be one of {', '.join(SCOPES)}")
    name = name.strip()[:100] or "api"
    token = "sw_" + secrets.token_urlsafe(32)
    moment = now()
    with store.engine.begin() as conn:
        new_id = conn.execute(insert(schema.api_tokens).values(
            user_id=user.id, name=name, token_hash=_sha256(token), created_at=moment, scope=scope,
            expires_at=moment + expires_in if expires_in else None,
        )).inserted_primary_key[0]
    return int(new_id), token


def token_grant(store: Store, token: str) -> Grant:
    """What ``token`` allows, or :class:`TokenRefused` saying why it allows nothing."""
    t, u = schema.api_tokens.c, schema.users.c
    query = (select(u.id, u.name, u.role, u.disabled, t.id.label("token_id"), t.scope, t.expires_at)
             .join(schema.api_tokens, t.user_id == u.id).where(t.token_hash == _sha256(token)))
    with store.engine.connect() as conn:
        row = conn.execute(query).mappings().first()
    if row is None:
        raise TokenRefused("unknown API token")
    expires = aware(row["expires_at"])
    if expires is not None and expires <= now():
        raise TokenRefused("this API token has expired")
    if row["disabled"]:
        raise TokenRefused("the account of this API token is disabled")
    return Grant(_user(row), row["scope"], int(row["token_id"]))


def user_for_token(store: Store, token: str) -> User | None:
    try:
        return token_grant(store, token).user
    except TokenRefused:
        return None


def list_tokens(store: Store, user_name: str | None = None) -> list[dict[str, Any]]:
    """Every token (never the token itself), oldest first, with ``expired`` set where it no longer works."""
    t, u = schema.api_tokens.c, schema.users.c
    query = (select(t.id, u.name.label("user"), t.name.label("label"), t.scope, t.created_at, t.expires_at)
             .join(schema.users, u.id == t.user_id).order_by(t.id))
    with store.engine.connect() as conn:
        if user_name is not None:
            row = _require(conn, user_name)
            query = query.where(t.user_id == row["id"])
        rows = [dict(r) for r in conn.execute(query).mappings()]
    moment = now()
    for row in rows:
        row["created_at"], row["expires_at"] = aware(row["created_at"]), aware(row["expires_at"])
        row["expired"] = row["expires_at"] is not None and row["expires_at"] <= moment
    return rows


def revoke_token(store: Store, token_id: int) -> bool:
    """Delete a token; False when there is no token with that id."""
    with store.engine.begin() as conn:
        return conn.execute(delete(schema.api_tokens).where(schema.api_tokens.c.id == token_id)).rowcount > 0

