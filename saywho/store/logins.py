"""Sign-in with throttling: per account name and per client address, kept in the database.

After a few failures each further attempt must wait, twice as long each time
(1 s, 2 s, 4 s … up to a minute); after ``lock_after`` failures the name (or
address) is locked for ``lock_minutes``, and after that each failure locks it
again, until a success (for a name) or a quiet day. The counts live in the
``login_failures`` table and are changed with single UPDATE statements, so
every worker process sees and adds to the same numbers.

Checking a password costs tens of milliseconds of CPU (argon2). The web app
runs it in a small pool of its own (:data:`HASH_WORKERS` threads) so that
many parallel guessers queue there and never hold the threads that serve the
other pages.
"""

from __future__ import annotations

import asyncio
import math
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import and_, case, delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from saywho.store import Store, accounts, now, schema
from saywho.store.accounts import User

HASH_WORKERS = max(1, (os.cpu_count() or 2) // 2)
hash_pool = ThreadPoolExecutor(max_workers=HASH_WORKERS, thread_name_prefix="saywho-argon2")


@dataclass(frozen=True)
class LoginPolicy:
    """How hard sign-in failures are throttled (``create_app(url, login_policy=LoginPolicy(...))``)."""

    free_failures: int = 3  # failures for one name before any wait
    free_failures_address: int = 10  # from one address (higher: people share addresses)
    base_delay: float = 1.0  # seconds to wait after the first throttled failure; doubles each time
    max_delay: float = 60.0
    lock_after: int = 10  # failures for one name before it is locked
    lock_after_address: int = 30  # from one address (higher: people share addresses)
    lock_minutes: float = 15.0
    forget_hours: float = 24.0  # a name or address quiet this long starts again from nothing


class LoginThrottled(Exception):
    """Sign-in refused before the password is checked; ``retry_after`` seconds, ``str()`` says why."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def keys_for(name: str, address: str | None) -> list[str]:
    """The throttle keys of an attempt: the name as compared (casefolded), and the client address if known."""
    keys = ["name:" + accounts.name_key(name)[:150]]
    if address:
        keys.append("addr:" + address[:150])
    return [key.replace("\x00", "\ufffd") for key in keys]  # PostgreSQL refuses NUL in text


def _limit(key: str, policy: LoginPolicy) -> int:
    return policy.lock_after_address if key.startswith("addr:") else policy.lock_after


def _free(key: str, policy: LoginPolicy) -> int:
    return policy.free_failures_address if key.startswith("addr:") else policy.free_failures


def check(store: Store, name: str, address: str | None, policy: LoginPolicy) -> None:
    """Raise :class:`LoginThrottled` when this name or address must wait or is locked."""
    t = schema.login_failures.c
    keys = keys_for(name, address)
    with store.engine.connect() as conn:
        rows = conn.execute(select(schema.login_failures).where(t.key.in_(keys))).mappings().all()
    moment = now()
    worst: tuple[float, str] | None = None
    for row in rows:
        who = "from your address" if row["key"].startswith("addr:") else "for this account"
        locked_until = accounts.aware(row["locked_until"])
        if locked_until is not None and locked_until > moment:
            wait = (locked_until - moment).total_seconds()
            minutes = max(1, math.ceil(wait / 60))
            message = (f"Too many failed sign-ins {who}: it is locked for now. "
                       f"Try again in {minutes} minute{'s' if minutes != 1 else ''}.")
        elif row["failures"] >= (free := _free(row["key"], policy)):
            # The exponent is capped: under attack the count runs into the thousands, past what a float holds.
            delay = min(policy.base_delay * 2 ** min(row["failures"] - free, 30), policy.max_delay)
            wait = (accounts.aware(row["last_failure"]) + timedelta(seconds=delay) - moment).total_seconds()
            seconds = math.ceil(wait)
            message = (f"Too many failed sign-ins {who}. "
                       f"Wait {seconds} second{'s' if seconds != 1 else ''} and try again.")
        else:
            continue
        if wait > 0 and (worst is None or wait > worst[0]):
            worst = (wait, message)
    if worst is not None:
        raise LoginThrottled(worst[1], max(1, math.ceil(worst[0])))


def record_failure(store: Store, name: str, address: str | None, policy: LoginPolicy) -> None:
    """Count one failure against the name and the address, locking either at its threshold."""
    t = schema.login_failures.c
    moment = now()
    forget_before = moment - timedelta(hours=policy.forget_hours)
    lock_until = moment + timedelta(minutes=policy.lock_minutes)
    for key in keys_for(name, address):
        limit = _limit(key, policy)
        stale = t.last_failure < forget_before
        for _attempt in range(3):  # an insert can race another worker's: then the update finds the row
            try:
                with store.engine.begin() as conn:
                    changed = conn.execute(update(schema.login_failures).where(t.key == key).values(
                        failures=case((stale, 1), else_=t.failures + 1),
                        last_failure=moment,
                        locked_until=case((and_(~stale, t.failures + 1 >= limit), lock_until), else_=None),
                    )).rowcount
                    if not changed:
                        conn.execute(insert(schema.login_failures).values(
                            key=key, failures=1, last_failure=moment, locked_until=lock_until if limit <= 1 else None))
                break
            except IntegrityError:
                continue
    with store.engine.begin() as conn:  # forget the long quiet ones
        conn.execute(delete(schema.login_failures).where(and_(
            t.last_failure < forget_before, or_(t.locked_until.is_(None), t.locked_until < moment))))


def record_success(store: Store, name: str) -> None:
    """A right password clears the name's count (not the address's: one good account must not unlock guessing)."""
    t = schema.login_failures.c
    with store.engine.begin() as conn:
        conn.execute(delete(schema.login_failures).where(t.key == keys_for(name, None)[0]))


def attempt(store: Store, name: str, password: str, address: str | None, policy: LoginPolicy) -> User | None:
    """Sign-in, synchronously (the CLI, tests): the user, None for a wrong name or password, or LoginThrottled."""
    check(store, name, address, policy)
    user, password_hash, disabled = accounts.account_for_login(store, name)
    return _settle(store, name, address, policy, user, disabled, accounts.verify_password(password_hash, password))


async def attempt_async(store: Store, name: str, password: str, address: str | None, policy: LoginPolicy) -> User | None:
    """:func:`attempt` for the web app: database work in the threadpool, argon2 in its own pool."""
    await run_in_threadpool(check, store, name, address, policy)
    user, password_hash, disabled = await run_in_threadpool(accounts.account_for_login, store, name)
    ok = await asyncio.get_running_loop().run_in_executor(hash_pool, accounts.verify_password, password_hash, password)
    return await run_in_threadpool(_settle, store, name, address, policy, user, disabled, ok)


def _settle(store: Store, name: str, address: str | None, policy: LoginPolicy, user: User | None,
            disabled: bool, ok: bool) -> User | None:
    if not ok or user is None:
        record_failure(store, name, address, policy)
        return None
    record_success(store, name)
    if disabled:
        raise accounts.AccountError("This account is disabled. Ask an admin to enable it.")
    return user
