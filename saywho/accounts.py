"""People who sign in, their roles, and API tokens.

Passwords are hashed with argon2; API tokens are random and only their SHA-256
is stored (a token is long and random, so a fast hash is enough and lets the
token be looked up directly).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from saywho import schema
from saywho.store import Store, now

ROLES = ("reader", "analyst", "admin")
_hasher = PasswordHasher()
# Verifying against this when the name is unknown keeps login timing the same.
_DUMMY_HASH = _hasher.hash("not a password")


class AccountError(ValueError):
    """A request about accounts that cannot be done; the message says why."""


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


def add_user(store: Store, name: str, password: str, role: str = "reader") -> User:
    name = name.strip()
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    if not name or len(name) > 100:
        raise AccountError("a name needs 1 to 100 characters")
    if len(password) < 8:
        raise AccountError("a password needs at least 8 characters")
    try:
        with store.engine.begin() as conn:
            new_id = conn.execute(insert(schema.users).values(
                name=name, password_hash=_hasher.hash(password), role=role, created_at=now(),
            )).inserted_primary_key[0]
    except IntegrityError:
        raise AccountError(f"there is already a user called {name!r}") from None
    return User(int(new_id), name, role)


def authenticate(store: Store, name: str, password: str) -> User | None:
    u = schema.users.c
    with store.engine.connect() as conn:
        row = conn.execute(select(schema.users).where(u.name == name.strip())).mappings().first()
    try:
        _hasher.verify(row["password_hash"] if row else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    return User(row["id"], row["name"], row["role"]) if row else None


def user_by_id(store: Store, user_id: int) -> User | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(schema.users).where(schema.users.c.id == user_id)).mappings().first()
    return User(row["id"], row["name"], row["role"]) if row else None


def user_by_name(store: Store, name: str) -> User | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(schema.users).where(schema.users.c.name == name)).mappings().first()
    return User(row["id"], row["name"], row["role"]) if row else None


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(store: Store, user: User, name: str = "api") -> str:
    """A new API token for ``user``; shown once, only its hash is kept."""
    token = "sw_" + secrets.token_urlsafe(32)
    with store.engine.begin() as conn:
        conn.execute(insert(schema.api_tokens).values(
            user_id=user.id, name=name, token_hash=_token_hash(token), created_at=now(),
        ))
    return token


def user_for_token(store: Store, token: str) -> User | None:
    t, u = schema.api_tokens.c, schema.users.c
    query = (select(u.id, u.name, u.role).join(schema.api_tokens, t.user_id == u.id)
             .where(t.token_hash == _token_hash(token)))
    with store.engine.connect() as conn:
        row = conn.execute(query).mappings().first()
    return User(row["id"], row["name"], row["role"]) if row else None
