"""``saywho serve``, ``saywho user add|passwd|disable|enable|list`` and ``saywho token create|list|revoke``."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from saywho.store import Store, accounts, database_url

DbOption = Annotated[str | None, typer.Option("--db", help="SQLAlchemy URL or SQLite file (default: $SAYWHO_DB or saywho.db)")]


class Role(StrEnum):
    reader = "reader"
    analyst = "analyst"
    admin = "admin"


class Scope(StrEnum):
    read = "read"
    write = "write"


def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535)] = 8000,
    secure_cookies: Annotated[bool, typer.Option("--secure-cookies", help="Mark the session cookie Secure (behind HTTPS)")] = False,
    hsts: Annotated[bool, typer.Option("--hsts", help="Send Strict-Transport-Security (behind HTTPS)")] = False,
    forwarded_allow_ips: Annotated[str | None, typer.Option(
        "--forwarded-allow-ips", help="Behind a reverse proxy: its address(es), comma-separated, whose "
        "X-Forwarded-For is trusted (sign-in throttling then sees the real client address)")] = None,
) -> None:
    """Serve the web pages and the JSON API (set SAYWHO_SECRET to keep sessions across restarts)."""
    import uvicorn

    from saywho.web.app import create_app

    app = create_app(database_url(db), secure_cookies=secure_cookies, hsts=hsts)
    uvicorn.run(app, host=host, port=port, proxy_headers=bool(forwarded_allow_ips),
                forwarded_allow_ips=forwarded_allow_ips or None)


def _read_password() -> str:
    if sys.stdin.isatty():
        return typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    return sys.stdin.readline().rstrip("\r\n")  # piped: the first line is the password


def user_add(
    name: Annotated[str, typer.Argument(help="Sign-in name")],
    role: Annotated[Role, typer.Option("--role", help="reader comments; analyst also reviews and ingests; admin also moderates")] = Role.reader,
    db: DbOption = None,
) -> None:
    """Add an account; the password is read from standard input."""
    try:
        user = accounts.add_user(Store(db), name, _read_password(), role.value)
    except accounts.AccountError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"added {user.name} ({user.role})")


def _fail(error: Exception) -> typer.Exit:
    typer.echo(f"error: {error}", err=True)
    return typer.Exit(1)


def user_passwd(
    name: Annotated[str, typer.Argument(help="Sign-in name")],
    db: DbOption = None,
) -> None:
    """Set a new password (read from standard input, or prompted twice); every session of the account ends."""
    try:
        user = accounts.set_password(Store(db), name, _read_password())
    except accounts.AccountError as error:
        raise _fail(error) from None
    typer.echo(f"password changed for {user.name}; their sessions have ended")


def user_disable(
    name: Annotated[str, typer.Argument(help="Sign-in name")],
    db: DbOption = None,
) -> None:
    """Disable an account: its sessions end at once, its API tokens stop working, it cannot sign in."""
    try:
        user = accounts.set_disabled(Store(db), name, True)
    except accounts.AccountError as error:
        raise _fail(error) from None
    typer.echo(f"disabled {user.name}")


def user_enable(
    name: Annotated[str, typer.Argument(help="Sign-in name")],
    db: DbOption = None,
) -> None:
    """Enable a disabled account again (its API tokens work again; sessions were ended and stay ended)."""
    try:
        user = accounts.set_disabled(Store(db), name, False)
    except accounts.AccountError as error:
        raise _fail(error) from None
    typer.echo(f"enabled {user.name}")


def user_list(db: DbOption = None) -> None:
    """Every account: id, name, role, and whether it is disabled."""
    for row in accounts.list_users(Store(db)):
        state = "disabled" if row["disabled"] else "active"
        typer.echo(f"{row['id']}\t{row['name']}\t{row['role']}\t{state}")


def token_create(
    name: Annotated[str, typer.Argument(help="The user the token acts as")],
    label: Annotated[str, typer.Option("--label", help="What the token is for")] = "api",
    scope: Annotated[Scope, typer.Option("--scope", help="read: cannot post anything; write: acts as the user")] = Scope.write,
    expires: Annotated[str | None, typer.Option("--expires", help="Lifetime, e.g. 30d, 12h, 2w (default: never)")] = None,
    db: DbOption = None,
) -> None:
    """Make an API token for a user and print it (it is shown only this once; its id goes to stderr)."""
    store = Store(db)
    try:
        lifetime = accounts.parse_duration(expires) if expires else None
        user = accounts.user_by_name(store, name)
        if user is None:
            raise accounts.AccountError(f"no user {name!r}")
        token_id, token = accounts.issue_token(store, user, label, scope.value, lifetime)
    except accounts.AccountError as error:
        raise _fail(error) from None
    typer.echo(token)
    typer.echo(f"token {token_id} for {user.name}, {scope.value}"
               f"{f', expires in {expires}' if expires else ', never expires'}", err=True)


def token_list(
    user: Annotated[str | None, typer.Option("--user", help="Only this user's tokens")] = None,
    db: DbOption = None,
) -> None:
    """Every API token (never the token itself): id, user, label, scope, created, expires."""
    try:
        rows = accounts.list_tokens(Store(db), user)
    except accounts.AccountError as error:
        raise _fail(error) from None
    typer.echo("id\tuser\tlabel\tscope\tcreated\texpires")
    for row in rows:
        expires = "never" if row["expires_at"] is None else f"{row['expires_at']:%Y-%m-%d %H:%M}Z"
        typer.echo(f"{row['id']}\t{row['user']}\t{row['label']}\t{row['scope']}\t{row['created_at']:%Y-%m-%d %H:%M}Z\t"
                   f"{expires}{' (expired)' if row['expired'] else ''}")


def token_revoke(
    token_id: Annotated[int, typer.Argument(help="The token's id, from saywho token list", min=1)],
    db: DbOption = None,
) -> None:
    """Delete an API token: it stops working at once."""
    if not accounts.revoke_token(Store(db), token_id):
        raise _fail(ValueError(f"no token with id {token_id}"))
    typer.echo(f"revoked token {token_id}")


def register(app: typer.Typer) -> None:
    app.command()(serve)
    users = typer.Typer(help="Manage accounts.", no_args_is_help=True)
    users.command("add")(user_add)
    users.command("passwd")(user_passwd)
    users.command("disable")(user_disable)
    users.command("enable")(user_enable)
    users.command("list")(user_list)
    app.add_typer(users, name="user")
    tokens = typer.Typer(help="Manage API tokens.", no_args_is_help=True)
    tokens.command("create")(token_create)
    tokens.command("list")(token_list)
    tokens.command("revoke")(token_revoke)
    app.add_typer(tokens, name="token")
