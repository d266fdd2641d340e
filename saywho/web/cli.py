"""``saywho serve``, ``saywho user add`` and ``saywho token create``."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from saywho import accounts
from saywho.store import Store, database_url

DbOption = Annotated[str | None, typer.Option("--db", help="SQLAlchemy URL or SQLite file (default: $SAYWHO_DB or saywho.db)")]


class Role(StrEnum):
    reader = "reader"
    analyst = "analyst"
    admin = "admin"


def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535)] = 8000,
) -> None:
    """Serve the web pages and the JSON API (set SAYWHO_SECRET to keep sessions across restarts)."""
    import uvicorn

    from saywho.web.app import create_app

    uvicorn.run(create_app(database_url(db)), host=host, port=port, proxy_headers=False)


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


def token_create(
    name: Annotated[str, typer.Argument(help="The user the token acts as")],
    label: Annotated[str, typer.Option("--label", help="What the token is for")] = "api",
    db: DbOption = None,
) -> None:
    """Make an API token for a user and print it (it is shown only this once)."""
    store = Store(db)
    user = accounts.user_by_name(store, name)
    if user is None:
        typer.echo(f"error: no user {name!r}", err=True)
        raise typer.Exit(1)
    typer.echo(accounts.create_token(store, user, label))


def register(app: typer.Typer) -> None:
    app.command()(serve)
    users = typer.Typer(help="Manage accounts.", no_args_is_help=True)
    users.command("add")(user_add)
    app.add_typer(users, name="user")
    tokens = typer.Typer(help="Manage API tokens.", no_args_is_help=True)
    tokens.command("create")(token_create)
    app.add_typer(tokens, name="token")
